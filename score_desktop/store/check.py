"""``score-desktop check``: is the workspace whole? Database integrity, records, and the photo store.

Each finding is one sentence in plain words, with what to do where there is something to do. A *problem* means
something is damaged or lost (``check`` exits 1); a *note* is worth knowing and harms nothing (exit 0):

* a photo of a synced record whose picture is not on this laptop is a note: pictures of others' records come
  down only when shown (sync/blobs.py). It is a problem when the server cannot have it either: the record was
  never synced (version 0), or its upload is still owed (the ``upload`` queue);
* a picture file that no photo record names is a note (an import cut short, records purged): it takes room and
  nothing else.

The check reads and never writes: a damaged database is examined as it is, step by step, so one unreadable
part does not hide the others, and a database that is not one at all is a clear error, not a crash.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from score_desktop.domain.entities import ENTITIES
from score_desktop.errors import UserError, WorkspaceCorruptError
from score_desktop.paths import WorkspacePaths
from score_desktop.store.workspace import Workspace

_NAME = re.compile(r"^[0-9a-f]{64}$")
#: Lines of PRAGMA integrity_check shown; a badly damaged file can give thousands.
_INTEGRITY_LINES = 10
#: Uploads the laptop still owes the server (sync/uploads.py): their pictures exist nowhere else.
_OWED = ("waiting", "uploading", "failed")
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Problem:
    what: str

    def __str__(self) -> str:
        return self.what


@dataclass(frozen=True)
class Note:
    what: str

    def __str__(self) -> str:
        return self.what


_RESTORE_ADVICE = Note("To get the records back, copy the newest copy in backups/ over workspace.db (with the "
                       "app closed), or sign in from a new workspace to get back everything that was synced.")


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    #: Photo records (deleted ones included), None when they could not be read.
    photo_records: int | None = None


def check_workspace(ws: Workspace, progress: Progress | None = None) -> list[Problem]:
    """Every problem found in an open workspace; an empty list means it is whole."""
    return check_report(ws, progress).problems


def check_report(ws: Workspace, progress: Progress | None = None) -> CheckReport:
    return _check(ws.conn, ws.paths, progress)


def check_folder(root: Path, progress: Progress | None = None) -> CheckReport:
    """Check the workspace in ``root`` without opening it as the app does (no migration, no writing)."""
    paths = WorkspacePaths(Path(root))
    database = paths.database
    if not database.exists():
        raise UserError("There is no workspace in {path}.", path=str(paths.root))
    if database.stat().st_size == 0:
        return _emptied(paths, progress)
    try:
        conn = _read_only(database)
    except sqlite3.DatabaseError as error:
        return _unreadable(paths, error, progress)
    try:
        return _check(conn, paths, progress)
    finally:
        conn.close()


def _emptied(paths: WorkspacePaths, progress: Progress | None) -> CheckReport:
    """A zero-byte database: SQLite would take it for a new one, but every record it held is gone."""
    stored, file_problems = _photo_files(paths, progress)
    report = CheckReport([Problem("The database workspace.db is empty (0 bytes): the workspace's records are "
                                  "gone."), *file_problems], [_RESTORE_ADVICE])
    if stored:
        report.notes.append(Note(f"{len(stored)} picture files remain in photos/."))
    return report


def _unreadable(paths: WorkspacePaths, error: sqlite3.DatabaseError, progress: Progress | None) -> CheckReport:
    """A database whose list of tables is itself damaged: nothing in it can be examined."""
    stored, file_problems = _photo_files(paths, progress)
    report = CheckReport([Problem(f"The database is damaged: {error}; none of its records can be read."),
                          *file_problems], [_RESTORE_ADVICE])
    if stored:
        report.notes.append(Note(f"{len(stored)} picture files remain in photos/."))
    return report


def _read_only(database: Path) -> sqlite3.Connection:
    """A connection that cannot write. A file that is no SQLite database at all is a clear error."""
    conn = sqlite3.connect(database, timeout=10)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        conn.close()
        if getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise WorkspaceCorruptError(path=str(database), reason=str(error)) from error
        raise
    return conn


def _check(conn: sqlite3.Connection, paths: WorkspacePaths, progress: Progress | None) -> CheckReport:
    report = CheckReport()
    damage = _integrity(conn)
    report.problems += damage
    if damage:
        report.notes.append(_RESTORE_ADVICE)
    report.problems += _guarded("The links between records cannot be checked", lambda: _foreign_keys(conn))
    report.problems += _guarded("The records' extra fields cannot be checked", lambda: _extra_fields(conn))
    stored, file_problems = _photo_files(paths, progress)
    report.problems += file_problems
    try:
        rows = conn.execute("SELECT id, sha256, deleted, version FROM photo ORDER BY id").fetchall()
        owed = {row[0] for row in conn.execute(
            f"SELECT sha256 FROM upload WHERE state IN ({', '.join('?' * len(_OWED))})", _OWED)}
    except sqlite3.DatabaseError as error:
        report.problems.append(Problem(f"The photo records cannot be read: {error}."))
        return report
    report.photo_records = len(rows)
    _compare_photos(rows, stored, owed, report)
    report.problems += _guarded("The signed reports cannot be checked", lambda: _documents(conn, paths, owed, report))
    return report


def _documents(conn: sqlite3.Connection, paths: WorkspacePaths, owed: set[str], report: CheckReport) -> list[Problem]:
    """Signed reports (``documents/``): each signed_report record's PDF whole, named by its SHA-256 (a signed
    report printed again is these bytes, so a damaged one must be found here, not at the factory)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'signed_report'").fetchone() is None:
        return []  # a workspace from before sign-off (check_folder does not migrate)
    problems: list[Problem] = []
    files = {path.name.split(".", 1)[0]: path for path in paths.documents.rglob("*.pdf")} \
        if paths.documents.exists() else {}
    not_downloaded = 0
    for record_id, sha256, version in conn.execute(
            "SELECT id, sha256, version FROM signed_report WHERE deleted = 0 ORDER BY id"):
        path = files.pop(sha256, None)
        if path is None:
            if version and sha256 not in owed:
                not_downloaded += 1
            else:
                problems.append(Problem(f"The signed report {record_id} is missing from documents/ and the server "
                                        f"does not have it yet: sign the visit again after reopening it."))
        elif _sha256(path) != sha256:
            problems.append(Problem(f"The signed report documents/{path.relative_to(paths.documents).as_posix()} "
                                    f"is damaged: its content no longer matches its name."))
    if not_downloaded:
        report.notes.append(Note(f"{not_downloaded} signed reports made on other laptops are not downloaded yet; "
                                 f"they come when they are opened."))
    if files:
        report.notes.append(Note(f"{len(files)} files in documents/ belong to no signed report (a signing cut "
                                 f"short)."))
    return problems


def _guarded(what: str, step: Callable[[], list[Problem]]) -> list[Problem]:
    """One step of the check; a database too damaged for it is a problem, not the end of the check."""
    try:
        return step()
    except sqlite3.DatabaseError as error:
        return [Problem(f"{what}: {error}.")]


def _integrity(conn: sqlite3.Connection) -> list[Problem]:
    try:
        lines = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    except sqlite3.DatabaseError as error:  # too damaged for SQLite to say where
        lines = [str(error)]
    problems = [Problem(f"The database is damaged: {line}.") for line in lines[:_INTEGRITY_LINES]]
    if len(lines) > _INTEGRITY_LINES:
        problems.append(Problem(f"The database is damaged in {len(lines) - _INTEGRITY_LINES} more places."))
    return problems


def _foreign_keys(conn: sqlite3.Connection) -> list[Problem]:
    problems = []
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall():
        record = conn.execute(f"SELECT id FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        problems.append(Problem(f"A {table} record ({record[0] if record else rowid}) points at a {parent} "
                                f"that is not in the workspace."))
    return problems


def _extra_fields(conn: sqlite3.Connection) -> list[Problem]:
    """Fields of newer app versions are kept as a JSON object; anything else is lost at the record's next edit."""
    problems = []
    for table in (*ENTITIES, "conflict"):
        for (record_id,) in conn.execute(
                f"SELECT id FROM {table} WHERE extra_json IS NOT NULL AND "
                f"(json_valid(extra_json) = 0 OR json_type(extra_json) != 'object') ORDER BY id"):
            problems.append(Problem(f"The {table} record {record_id} holds fields of a newer SCORE Desktop that "
                                    f"cannot be read (its extra_json is not a JSON object)."))
    return problems


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _photo_files(paths: WorkspacePaths, progress: Progress | None) -> tuple[dict[str, int], list[Problem]]:
    """The pictures stored whole, ``{sha256: size}``, and the files that are damaged or do not belong."""
    problems: list[Problem] = []
    root = paths.photos
    files = sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []
    stored: dict[str, int] = {}
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
            stored[stem] = path.stat().st_size
        if progress:
            progress("photos", index + 1, len(files))
    return stored, problems


def _compare_photos(rows: list[tuple], stored: dict[str, int], owed: set[str], report: CheckReport) -> None:
    not_downloaded = 0
    for record_id, sha256, deleted, version in rows:
        if sha256 in stored or deleted:
            continue
        if version and sha256 not in owed:
            not_downloaded += 1  # the server holds it: it comes down when shown
        else:
            report.problems.append(Problem(
                f"The picture of photo {record_id} is missing from photos/ (sha256 {sha256[:12]}…) and the "
                f"server does not have it yet: import it again if you still have it."))
    if not_downloaded:
        report.notes.append(Note(f"{not_downloaded} photos of synced records are on the server and not "
                                 f"downloaded yet; each comes down when it is shown."))
    named = {row[1] for row in rows}
    unused = [sha256 for sha256 in stored if sha256 not in named]
    if unused:
        megabytes = sum(stored[sha256] for sha256 in unused) / 1e6
        report.notes.append(Note(f"{len(unused)} picture file{'s' if len(unused) != 1 else ''} in photos/ "
                                 f"belong{'' if len(unused) != 1 else 's'} to no photo record ({megabytes:.1f} "
                                 f"MB); they harm nothing."))
