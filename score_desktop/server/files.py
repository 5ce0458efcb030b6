"""The server's files are its own: folders 0700, files 0600, whatever the umask it was started with.

The data folder holds password hashes (server.db), every trainer's records and photos, backups and exports;
under the usual umask 022 all of it would be readable by every account on the machine (issue 10, item 10).
(score_desktop/paths.py does the same for a workspace; the server may not import it.)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

PRIVATE_FOLDER, PRIVATE_FILE = 0o700, 0o600


def private_folder(folder: Path) -> Path:
    """Create ``folder`` and its missing parents with mode 0700 (``mkdir -p`` would give the parents 0755)."""
    missing = []
    current = Path(folder)
    while not current.exists():
        missing.append(current)
        current = current.parent
    for new_folder in reversed(missing):
        new_folder.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
    return Path(folder)


def create_private(path: Path) -> BinaryIO:
    """Open ``path`` for writing from scratch, mode 0600 (an existing file is emptied and made 0600)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    if os.name == "posix":
        os.fchmod(descriptor, PRIVATE_FILE)
    return os.fdopen(descriptor, "wb")


def touch_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists (then only its mode changes)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)


def protect_data_folder(data_dir: Path) -> None:
    """Make a data folder written before this rule private: the folder itself and the SQLite files in it.

    What lies inside a 0700 folder is out of others' reach whatever its own mode.
    """
    if os.name != "posix" or not data_dir.is_dir():
        return
    os.chmod(data_dir, PRIVATE_FOLDER)
    for name in ("server.db", "server.db-wal", "server.db-shm", "server.json"):
        path = data_dir / name
        if path.exists():
            os.chmod(path, PRIVATE_FILE)
