"""Conflicts the server kept (docs/sync-protocol.md rule 4), shown to the trainer until someone resolves them.

A conflict names a record, a field (or none, for a delete against an edit), the value that stands (``winning``)
and the one that lost (``losing``), each with who and when. Resolving it here may change the record (keep the
other value, or an edited one: a normal edit with its own mutation) and marks the conflict ``resolved`` with a
``conflict`` mutation, which the server passes on to everyone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from score_desktop.store import outbox
from score_desktop.store.records import utc_now
from score_desktop.store.workspace import Workspace

OPEN, RESOLVED = "open", "resolved"
_KNOWN = {"enterprise_id", "entity", "target_id", "field", "winning", "losing", "status", "resolution"}


@dataclass(frozen=True)
class Conflict:
    id: str
    enterprise_id: str
    entity: str
    target_id: str
    field: str | None
    winning: dict[str, Any]
    losing: dict[str, Any]
    status: str
    resolution: str | None
    version: int

    @property
    def is_delete(self) -> bool:
        """A delete against an edit: the delete stands and ``losing["value"]`` holds the edited fields."""
        return self.field is None


def apply_change(ws: Workspace, change: dict[str, Any]) -> None:
    """Store a pulled conflict (inside the pull's transaction); a local resolution not yet sent is kept."""
    fields = change["fields"]
    unsent = outbox.unsent_fields(ws.conn, "conflict", change["record_id"])
    current = ws.conn.execute("SELECT status, resolution FROM conflict WHERE id = ?", (change["record_id"],)).fetchone()
    status = current[0] if current and "status" in unsent else fields.get("status", OPEN)
    resolution = current[1] if current and "resolution" in unsent else fields.get("resolution")
    ws.conn.execute(
        "INSERT OR REPLACE INTO conflict (id, enterprise_id, entity, target_id, field, winning_json, losing_json, "
        "status, resolution, version, extra_json, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (change["record_id"], fields["enterprise_id"], fields["entity"], fields["target_id"], fields.get("field"),
         json.dumps(fields.get("winning") or {}, ensure_ascii=False),
         json.dumps(fields.get("losing") or {}, ensure_ascii=False), status, resolution, change["version"],
         json.dumps({k: v for k, v in fields.items() if k not in _KNOWN}, ensure_ascii=False), utc_now()))
    ws.note_change("updated", "conflict", change["record_id"], fields["enterprise_id"])


def _from_row(row: tuple) -> Conflict:
    return Conflict(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]), json.loads(row[6]), row[7], row[8],
                    row[9])


_COLUMNS = "id, enterprise_id, entity, target_id, field, winning_json, losing_json, status, resolution, version"


def open_conflicts(ws: Workspace, *, enterprise_id: str | None = None) -> list[Conflict]:
    sql = f"SELECT {_COLUMNS} FROM conflict WHERE status = 'open'"
    params: list[Any] = []
    if enterprise_id:
        sql += " AND enterprise_id = ?"
        params.append(enterprise_id)
    return [_from_row(row) for row in ws.conn.execute(sql + " ORDER BY updated_at", params)]


def get(ws: Workspace, conflict_id: str) -> Conflict:
    row = ws.conn.execute(f"SELECT {_COLUMNS} FROM conflict WHERE id = ?", (conflict_id,)).fetchone()
    if row is None:
        raise KeyError(conflict_id)
    return _from_row(row)


_NOTHING = object()


def resolve(ws: Workspace, conflict_id: str, *, value: Any = _NOTHING, resolution: str = "") -> None:
    """Resolve a conflict: keep what stands (no ``value``), or put ``value`` into the record; one transaction.

    For a delete against an edit, ``value`` is the object of fields to restore (usually ``losing["value"]``).
    """
    conflict = get(ws, conflict_id)
    with ws.transaction():
        if value is not _NOTHING:
            if conflict.is_delete:
                ws.write(conflict.entity, conflict.target_id, {**(value or {}), "deleted": False})
            else:
                assert conflict.field is not None  # a conflict over a field names it; only delete-vs-edit has none
                ws.write(conflict.entity, conflict.target_id, {conflict.field: value})
        ws.conn.execute("UPDATE conflict SET status = ?, resolution = ?, updated_at = ? WHERE id = ?",
                        (RESOLVED, resolution, utc_now(), conflict_id))
        _record_resolution(ws, conflict, resolution)
        ws.note_change("updated", "conflict", conflict_id, conflict.enterprise_id)


def _record_resolution(ws: Workspace, conflict: Conflict, resolution: str) -> None:
    outbox.record_mutation(ws.conn, entity="conflict", record_id=conflict.id, enterprise_id=conflict.enterprise_id,
                           op="upsert", base_version=conflict.version, hlc=ws.write_clock_now(),
                           fields={"status": RESOLVED, "resolution": resolution})


def repush_resolutions(ws: Workspace) -> None:
    """After a server restore: send again every resolution made here (inside the caller's transaction)."""
    resolved_here = ("SELECT {columns} FROM conflict WHERE status = ? AND id IN "
                     "(SELECT record_id FROM outbox WHERE entity = 'conflict')").format(columns=_COLUMNS)
    for row in ws.conn.execute(resolved_here, (RESOLVED,)).fetchall():
        conflict = _from_row(row)
        outbox.record_mutation(ws.conn, entity="conflict", record_id=conflict.id,
                               enterprise_id=conflict.enterprise_id, op="upsert", base_version=0,
                               hlc=ws.write_clock_now(), fields={"status": RESOLVED,
                                                                 "resolution": conflict.resolution or ""})
