"""``score-desktop check``: is the workspace whole? Database integrity, foreign keys and the photo store.

Each problem is one sentence in plain words, with what to do where there is something to do.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from score_desktop.store.workspace import Workspace

_NAME = re.compile(r"^[0-9a-f]{64}$")
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Problem:
    what: str

    def __str__(self) -> str:
        return self.what


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_database(ws: Workspace) -> list[Problem]:
    problems = [Problem(f"The database is damaged: {row[0]}.")
                for row in ws.conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    for table, rowid, parent, _ in ws.conn.execute("PRAGMA foreign_key_check"):
        record = ws.conn.execute(f"SELECT id FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        problems.append(Problem(f"A {table} record ({record[0] if record else rowid}) points at a {parent} "
                                f"that is not in the workspace."))
    return problems


def check_photos(ws: Workspace, progress: Progress | None = None) -> list[Problem]:
    problems: list[Problem] = []
    root = ws.paths.photos
    files = sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []
    stored: set[str] = set()
    for index, path in enumerate(files):
        relative = path.relative_to(root)
        stem = path.name.split(".", 1)[0]
        if not _NAME.match(stem) or relative.parts[:2] != (stem[:2], stem[2:4]):
            problems.append(Problem(f"photos/{relative.as_posix()} does not belong in the photo store "
                                    f"(its name is not a SHA-256 in its ab/cd/ folder)."))
        elif _sha256(path) != stem:
            problems.append(Problem(f"The photo photos/{relative.as_posix()} is damaged: its content no longer "
                                    f"matches its name."))
        else:
            stored.add(stem)
        if progress:
            progress("photos", index + 1, len(files))
    for record_id, sha256, deleted in ws.conn.execute("SELECT id, sha256, deleted FROM photo ORDER BY id"):
        if sha256 not in stored and not deleted:
            problems.append(Problem(f"The picture of photo {record_id} is missing from photos/ "
                                    f"(sha256 {sha256[:12]}…); it may still be on the server."))
    return problems


def check_workspace(ws: Workspace, progress: Progress | None = None) -> list[Problem]:
    """Every problem found; an empty list means the workspace is whole."""
    return check_database(ws) + check_photos(ws, progress)
