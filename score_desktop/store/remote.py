"""Applying records that come from elsewhere (a sync pull, later a bundle): no outbox, local edits respected.

A pulled change carries a record's full current state. Fields with local edits the server has not acknowledged
keep their local value (docs/sync-protocol.md: "A change to a record with unsent local edits updates only the fields
that have no unsent edit"); the next push sends them. Fields this version does not know go to ``extra`` and are
sent back untouched. A child whose parent has not arrived yet is parked and applied when the parent comes.

A record this laptop cannot store (an integer past SQLite's 64 bits from a server that let one through, a newer
server's wider value) is parked too, with a warning in the log: one bad record must never stop a round. It stays
parked until the server sends a version that can be stored, which replaces it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any, Mapping

from score_desktop.domain.entities import ENTITIES, EntitySpec
from score_desktop.store import outbox, search
from score_desktop.store.records import Record, utc_now
from score_desktop.store.workspace import Workspace

log = logging.getLogger(__name__)

#: ``updated_hlc`` of a record known only from the server (a pulled change carries no HLC).
REMOTE_HLC = "0-0000-server"
APPLIED, PARKED = "applied", "parked"
#: What storing a value SQLite cannot hold raises (OverflowError: an integer past 64 bits; the others: a value
#: of a type or shape no column takes). A full disk is not among them: that stops the round, as it should.
_UNSTORABLE = (OverflowError, ValueError, TypeError, sqlite3.IntegrityError, sqlite3.InterfaceError)


def _parents_present(ws: Workspace, spec: EntitySpec, record: Mapping[str, Any]) -> bool:
    checks = [(field.ref, record.get(field.name)) for field in spec.refs if record.get(field.name)]
    if spec.name != "enterprise" and not spec.shared:  # a shared session may come without its host enterprise
        checks.append(("enterprise", record.get("enterprise_id")))
    return all(value and ws.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (value,)).fetchone()
               for table, value in checks)


def _merged(spec: EntitySpec, current: Record | None, fields: Mapping[str, Any], keep: set[str]) -> Record:
    """The record after the change: the server's state except the fields in ``keep`` (unsent local edits)."""
    known = {name: value for name, value in fields.items() if name in spec.by_name}
    extra = {name: value for name, value in fields.items()
             if name not in spec.by_name and name not in ("enterprise_id", "id", "deleted")}
    if current is None:
        return {**dict.fromkeys(spec.field_names), **known, "extra": extra}
    record = dict(current)
    for name in spec.field_names:
        if name not in keep:
            record[name] = known.get(name)
    record["extra"] = extra
    return record


def apply_change(ws: Workspace, entity: str, record_id: str, version: int, deleted: bool,
                 fields: Mapping[str, Any]) -> str:
    """Apply one pulled record change inside the caller's transaction; returns APPLIED or PARKED."""
    spec = ENTITIES[entity]
    current = ws.read_record(spec, record_id)
    if current is not None and current["version"] >= version:
        return APPLIED  # this state or a newer one is here already (our own applied edit, a repeated page)
    keep = outbox.unsent_fields(ws.conn, entity, record_id) if current is not None else set()
    record = _merged(spec, current, fields, keep)
    enterprise_id: str = record_id if entity == "enterprise" else (fields.get("enterprise_id")
                                                                  or (current or {}).get("enterprise_id") or "")
    record.update(id=record_id, enterprise_id=enterprise_id, version=version, updated_at=utc_now(),
                  deleted=current["deleted"] if current is not None and "deleted" in keep else bool(deleted))
    deleted = record["deleted"]
    if current is None:
        record.update(created_at=record["updated_at"], updated_hlc=REMOTE_HLC)
    if not _parents_present(ws, spec, record):
        _park(ws, entity, record_id, version, deleted, fields)
        return PARKED
    try:
        with ws.transaction():  # a savepoint: a record that cannot be stored leaves nothing half-written
            # A tombstone of a record this laptop never had is kept too: a photo or action may still point at it.
            ws.store_row(spec, record, insert=current is None)
            search.index_record(ws.conn, spec, record)
    except _UNSTORABLE as error:
        log.warning("a pulled %s (%s, version %d) cannot be stored on this laptop and waits for a later version: "
                    "%s: %s", entity, record_id, version, type(error).__name__, error)
        _park(ws, entity, record_id, version, deleted, fields)
        return PARKED
    kind = "created" if current is None else "deleted" if deleted and not current["deleted"] else "updated"
    ws.note_change(kind, entity, record_id, enterprise_id)
    return APPLIED


def _park(ws: Workspace, entity: str, record_id: str, version: int, deleted: bool,
          fields: Mapping[str, Any]) -> None:
    ws.conn.execute("INSERT OR REPLACE INTO pull_parked (entity, record_id, version, deleted, fields_json) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (entity, record_id, version, int(deleted), json.dumps(dict(fields), ensure_ascii=False)))


def apply_parked(ws: Workspace) -> int:
    """Apply every parked change whose parents have arrived (call inside a transaction); returns how many."""
    applied = 0
    progress = True
    while progress:  # a parked parent may unblock a parked child
        progress = False
        rows = ws.conn.execute("SELECT entity, record_id, version, deleted, fields_json FROM pull_parked").fetchall()
        for entity, record_id, version, deleted, fields_json in rows:
            ws.conn.execute("DELETE FROM pull_parked WHERE entity = ? AND record_id = ?", (entity, record_id))
            if apply_change(ws, entity, record_id, version, bool(deleted), json.loads(fields_json)) == APPLIED:
                applied += 1
                progress = True
    return applied
