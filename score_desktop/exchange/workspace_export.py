"""The laptop's export: a workspace's records, streamed from SQLite into the shared shape of
:mod:`score_desktop.exchange.sheets` (``score-desktop export`` and File > Export).

Rows come from a cursor a table at a time, in one read transaction (a consistent picture while a sync writes);
the file is written beside its target and renamed into place, so a failure (a full disk above all) never leaves a
half-written export that looks whole.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any, Iterator

from score_desktop.domain.entities import ENTITIES
from score_desktop.errors import DiskFullError, ExportTargetError, UserError, is_disk_full
from score_desktop.exchange import labels, sheets
from score_desktop.exchange.writers import Progress
from score_desktop.store.records import decode_value
from score_desktop.store.workspace import Workspace

#: Fields an export never shows (drawn signatures, annotation layers, report snapshots): large, and no use in a
#: spreadsheet. Leaving them out of the SELECT keeps a programme's export fast and small in memory.
_SKIPPED_KINDS = ("json",)


class WorkspaceSource:
    """The records of a workspace that are not in the trash, as plain dicts, straight from a cursor."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def count(self, entity: str) -> int:
        return int(self._conn.execute(f"SELECT count(*) FROM {entity} WHERE deleted = 0").fetchone()[0])

    def records(self, entity: str) -> Iterator[dict[str, Any]]:
        spec = ENTITIES[entity]
        fields = [f for f in spec.fields if f.kind not in _SKIPPED_KINDS]
        names = ["id", "enterprise_id", "created_at", "updated_at", "created_by", "updated_by"] + [
            f.name for f in fields]
        decoders = [(f.name, f.kind) for f in fields if f.kind in ("list", "bool", "float")]
        # The enterprise index gives this order without sorting the table (a programme's findings are many).
        cursor = self._conn.execute(f"SELECT {', '.join(names)} FROM {entity} WHERE deleted = 0 "
                                    f"ORDER BY enterprise_id")
        for row in cursor:
            record = dict(zip(names, row))
            for name, kind in decoders:
                record[name] = decode_value(kind, record[name])
            yield record


def export_workspace(ws: Workspace, fmt: str, target: Path, *, lang: str = "en",
                     progress: Progress | None = None) -> int:
    """Write the export of ``ws`` to ``target``; returns the number of rows. UserError for a target that cannot
    be written, a full disk, an unknown format or language."""
    if fmt not in sheets.FORMATS:
        raise UserError("Unknown export format {fmt}: choose xlsx or csv.", fmt=fmt)
    if lang not in labels.LANGUAGES:
        raise UserError("Unknown language {lang}: choose one of {languages}.", lang=lang,
                        languages=", ".join(labels.LANGUAGES))
    target = Path(target)
    if target.is_dir():
        raise ExportTargetError(ExportTargetError.IS_FOLDER, path=str(target))
    partial = target.with_name(f".{target.name}.part")
    try:
        handle = open(partial, "wb")  # closed below, before the rename
    except OSError as error:
        raise _target_error(target, error) from error
    try:
        with handle:
            began = not ws.conn.in_transaction
            if began:
                ws.conn.execute("BEGIN")  # one snapshot for every sheet, whatever a sync writes meanwhile
            try:
                rows = sheets.write_export(WorkspaceSource(ws.conn), fmt, handle, lang=lang, progress=progress)
            finally:
                if began:
                    ws.conn.execute("COMMIT")
        os.replace(partial, target)
    except BaseException as error:
        partial.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _target_error(target, error) from error
        raise
    return rows


def _target_error(target: Path, error: OSError) -> UserError:
    if is_disk_full(error):
        return DiskFullError()
    if target.is_dir():
        return ExportTargetError(ExportTargetError.IS_FOLDER, path=str(target))
    if not target.parent.is_dir():
        return ExportTargetError(ExportTargetError.NO_FOLDER, path=str(target))
    return ExportTargetError(path=str(target), reason=error.strerror or str(error))
