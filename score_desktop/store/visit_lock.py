"""The lock of signed visits in the store: a write it refuses raises :class:`VisitLockedError` (or
:class:`ReopenReasonRequiredError`) before anything is written.

The rule itself is :func:`score_desktop.domain.signoff.lock_refusal`, the one the server applies to pushed
mutations; here it looks records up in the workspace. Records pulled from the server are not written through here:
the server has already applied its lock to them.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Mapping

from score_desktop.domain import signoff
from score_desktop.errors import ReopenReasonRequiredError, VisitLockedError


class _Lookup:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def visit(self, visit_id: str) -> Mapping[str, Any] | None:
        row = self._conn.execute("SELECT status, deleted FROM visit WHERE id = ?", (visit_id,)).fetchone()
        return {"status": row[0], "deleted": bool(row[1])} if row else None

    def observation(self, observation_id: str) -> Mapping[str, Any] | None:
        row = self._conn.execute("SELECT visit_id FROM observation WHERE id = ?", (observation_id,)).fetchone()
        return {"visit_id": row[0]} if row else None


def refusal(conn: sqlite3.Connection, entity: str, record_id: str | None, current: Mapping[str, Any] | None,
            changes: Mapping[str, Any], *, delete: bool) -> signoff.Refusal | None:
    return signoff.lock_refusal(entity, record_id or "", current, changes, delete=delete, lookup=_Lookup(conn))


def check_write(conn: sqlite3.Connection, entity: str, record_id: str | None, current: Mapping[str, Any] | None,
                changes: Mapping[str, Any], *, delete: bool) -> None:
    """Raise the lock's error when this write would change a signed visit or what was recorded at it."""
    found = refusal(conn, entity, record_id, current, changes, delete=delete)
    if found is None:
        return
    if found.code == signoff.REOPEN_REASON_REQUIRED:
        raise ReopenReasonRequiredError()
    if entity == "signed_report":
        raise VisitLockedError(VisitLockedError.DOCUMENT)
    raise VisitLockedError()


def is_signed(conn: sqlite3.Connection, visit_id: str | None) -> bool:
    if not visit_id:
        return False
    found = _Lookup(conn).visit(visit_id)
    return found is not None and found["status"] == signoff.SIGNED and not found["deleted"]


def locked_fields(conn: sqlite3.Connection, entity: str, record: Mapping[str, Any]) -> frozenset[str] | None:
    """For the screens: None when the record may change; else the fields that still may (none but an action's
    progress), because it is a signed visit or was recorded at one."""
    if entity == "visit":
        return frozenset() if record.get("status") == signoff.SIGNED else None
    if entity not in signoff.LOCKED_CHILDREN:
        return None
    if not any(is_signed(conn, visit_id) for visit_id in signoff.visits_of(entity, record, {}, _Lookup(conn))):
        return None
    return signoff.ACTION_PROGRESS_FIELDS if entity == "action_item" else frozenset()


def visit_of(conn: sqlite3.Connection, entity: str, record_id: str) -> str | None:
    """The visit a record belongs to (itself for a visit; a photo's through its finding), or None."""
    if entity == "visit":
        return record_id
    if entity not in signoff.LOCKED_CHILDREN and entity != "signed_report":
        return None
    row = conn.execute(f"SELECT * FROM {entity} WHERE id = ?", (record_id,))
    names = [column[0] for column in row.description]
    values = row.fetchone()
    if values is None:
        return None
    found = signoff.visits_of(entity, dict(zip(names, values)), {}, _Lookup(conn))
    return found[0] if found else None
