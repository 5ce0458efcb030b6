"""Where things live: bundled resources and the folders of a workspace (STYLE.md habit 8).

Nothing here touches the disk at import time. The default workspace comes from platformdirs and is chosen in
``main()``; tests and ``--workspace`` point everything elsewhere.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from score_desktop import APP_ID


def resource_path(*parts: str) -> Path:
    """A bundled resource, found the same way from source and from a PyInstaller build.

    Frozen, PyInstaller unpacks data files under ``sys._MEIPASS`` (``build.spec`` puts ``resources/`` there);
    from source, ``resources/`` sits beside the package.
    """
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


def default_workspace_dir() -> Path:
    """The trainer's workspace when no ``--workspace`` is given: the platform's user-data folder."""
    import platformdirs  # here, not at the top: the app's start-up only needs it without --workspace

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "workspace"



@dataclass(frozen=True)
class WorkspacePaths:
    """The layout of one workspace folder (DESIGN.md section 3)."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "workspace.db"

    @property
    def photos(self) -> Path:
        """Content-addressed originals, ``photos/ab/cd/<sha256>.<ext>``; never edited."""
        return self.root / "photos"

    @property
    def derived(self) -> Path:
        """Thumbnails and report-size copies; always rebuildable, safe to delete."""
        return self.root / "derived"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def tmp(self) -> Path:
        """Files being written (photo imports); emptied when the workspace opens, so nothing half-written stays."""
        return self.root / "tmp"

    def photo_file(self, sha256: str, ext: str) -> Path:
        return self.photos / sha256[:2] / sha256[2:4] / f"{sha256}.{ext}"

    @property
    def documents(self) -> Path:
        """Signed reports, ``documents/ab/cd/<sha256>.pdf``: rendered once at signing, never edited."""
        return self.root / "documents"

    def document_file(self, sha256: str) -> Path:
        return self.documents / sha256[:2] / sha256[2:4] / f"{sha256}.pdf"

    def make_dirs(self) -> None:
        """Create the workspace's folders, readable by the trainer only; older ones are made so too."""
        for folder in (self.root, self.photos, self.derived, self.backups, self.logs, self.tmp):
            private_folder(folder)
            if os.name == "posix":
                folder.chmod(PRIVATE_FOLDER)


#: Modes of what a workspace holds: trainers' findings, photos of factories and people, a sign-in token.
PRIVATE_FOLDER, PRIVATE_FILE = 0o700, 0o600


def private_folder(folder: Path) -> None:
    """Create ``folder`` and its missing parents with mode 0700 (``mkdir -p`` would give the parents 0755)."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for new_folder in reversed(missing):
        new_folder.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)


def private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist; make an existing one 0600."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    if os.name == "posix":
        path.chmod(PRIVATE_FILE)


def catalog_file() -> Path:
    """The SCORE catalog shipped with the app (modules, checklists, KPI definitions)."""
    return resource_path("catalog", "catalog.json")


def translations_dir() -> Path:
    """Compiled translations (.qm): ``translations/`` beside the package from source, bundled when frozen."""
    base = getattr(sys, "_MEIPASS", None)  # PyInstaller's folder, when frozen
    if base:
        return Path(base) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"
