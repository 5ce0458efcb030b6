"""The merge rules of docs/sync-protocol.md (Push, rule 4), as pure functions on one record's state.

No database here: push.py loads the record, asks these functions what an upsert or a delete does to it, and writes
the result. Keeping the decisions apart makes every rule testable on its own and by Hypothesis.

What a record remembers per field (``RecordState.meta``) is what the rules need: the version at which the field
last changed (to tell "changed since your base version"), the HLC of the standing value (to pick a conflict's
winner) and its author (to name both sides of a conflict).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping

from score_desktop.domain.hlc import Timestamp, hlc_key
from score_desktop.sync import protocol

#: An HLC further ahead of the server's clock than this counts as the server's time of arrival (rule 3).
MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000

#: Members of ``fields`` that are not stored as fields: ``enterprise_id`` is the record's scope (fixed at
#: creation), ``deleted`` is the undelete control member.
CONTROL_MEMBERS = ("enterprise_id", "deleted")


def effective_hlc(stamp: Timestamp, server_millis: int) -> Timestamp:
    """The HLC a mutation counts with: a clock more than 5 minutes fast cannot win every conflict for days."""
    if stamp.millis > server_millis + MAX_CLOCK_AHEAD_MS:
        return Timestamp(server_millis, 0, stamp.device_id)
    return stamp


def same_value(a: Any, b: Any) -> bool:
    """Equality as JSON sees it (Python's ``1 == True == 1.0`` would hide a real change)."""
    if type(a) is type(b) and isinstance(a, (str, int)):
        return a == b
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


@dataclass
class RecordState:
    """A record as stored: its fields (``enterprise_id`` included) and what merge remembers about them."""

    entity: str
    id: str
    enterprise_id: str
    version: int
    fields: dict[str, Any]
    meta: dict[str, dict[str, Any]]
    deleted: bool = False
    delete_version: int | None = None
    delete_hlc: str | None = None
    deleted_by: str | None = None
    #: The accounts (user ids) that created the record and last changed it (docs/sync-protocol.md Part 2, "Roles").
    created_by: str | None = None
    updated_by: str | None = None


@dataclass(frozen=True)
class Side:
    """One side of a conflict. ``value`` is a field's value, or for delete against edit the edited fields."""

    value: Any
    user_id: str | None
    hlc: str | None
    deleted: bool = False


@dataclass(frozen=True)
class ConflictDraft:
    """A conflict to store. ``field`` is None for delete against edit."""

    field: str | None
    winning: Side
    losing: Side


@dataclass
class Outcome:
    """What a mutation did: its status, or the rejection code and message; the conflicts it made."""

    status: str
    error_code: str | None = None
    message: str | None = None
    conflicts: list[ConflictDraft] = field(default_factory=list)
    #: The ids the stored conflicts got (filled in by push.py).
    conflict_ids: list[str] = field(default_factory=list)

    @classmethod
    def rejected(cls, code: str, message: str) -> "Outcome":
        return cls(protocol.REJECTED, code, message)


def _changed_since(record: RecordState, base_version: int) -> list[str]:
    return [name for name, meta in record.meta.items() if meta["v"] > base_version]


def _status(record: RecordState, base_version: int, conflicts: list[ConflictDraft]) -> str:
    if conflicts:
        return protocol.CONFLICTED
    return protocol.APPLIED if base_version == record.version else protocol.MERGED


def new_record(entity: str, record_id: str, enterprise_id: str, changes: Mapping[str, Any], *, version: int,
               hlc: str, user_id: str) -> RecordState:
    """A record first seen in an upsert: every field it carries stands."""
    values = {name: value for name, value in changes.items() if name not in CONTROL_MEMBERS}
    return RecordState(entity, record_id, enterprise_id, version,
                       {"enterprise_id": enterprise_id, **values},
                       {name: {"v": version, "h": hlc, "u": user_id} for name in values},
                       created_by=user_id, updated_by=user_id)


def upsert(record: RecordState, changes: Mapping[str, Any], *, base_version: int, hlc: str, user_id: str,
           version: int) -> Outcome:
    """Merge an upsert's ``changes`` into ``record`` (changed in place) and say how it went.

    The caller has checked that ``deleted``, if present, is ``False`` and that the values are valid.
    """
    values = {name: value for name, value in changes.items() if name not in CONTROL_MEMBERS}
    undelete = changes.get("deleted") is False
    if record.deleted and not undelete:
        if record.delete_version is not None and base_version >= record.delete_version:
            return Outcome.rejected(protocol.RECORD_DELETED,
                                    "The record was deleted; undelete it to edit it again.")
        # The editor had not seen the delete: the delete stands, the edit waits in a conflict record.
        draft = ConflictDraft(None, Side(None, record.deleted_by, record.delete_hlc, deleted=True),
                              Side(values, user_id, hlc))
        record.version = version
        return Outcome(protocol.CONFLICTED, conflicts=[draft])
    changed_since = set(_changed_since(record, base_version))
    conflicts: list[ConflictDraft] = []
    for name, value in values.items():
        stored_meta = record.meta.get(name)
        if name in record.fields and same_value(record.fields[name], value):
            continue
        if name in changed_since and stored_meta is not None:
            standing = Side(record.fields.get(name), stored_meta.get("u"), stored_meta.get("h"))
            incoming = Side(value, user_id, hlc)
            if hlc_key(hlc) > hlc_key(stored_meta["h"]):
                conflicts.append(ConflictDraft(name, incoming, standing))
            else:
                conflicts.append(ConflictDraft(name, standing, incoming))
                continue
        record.fields[name] = value
        record.meta[name] = {"v": version, "h": hlc, "u": user_id}
    status = _status(record, base_version, conflicts)
    if undelete and record.deleted:
        record.deleted = False
        record.delete_version = record.delete_hlc = record.deleted_by = None
    record.version = version
    return Outcome(status, conflicts=conflicts)


def delete(record: RecordState, *, base_version: int, hlc: str, user_id: str, version: int) -> Outcome:
    """Delete ``record`` (changed in place). Edits the deleter had not seen are kept in a conflict record."""
    if record.deleted:
        record.version = version
        return Outcome(protocol.APPLIED)
    edited = _changed_since(record, base_version)
    conflicts = []
    if edited:
        latest = max(edited, key=lambda name: hlc_key(record.meta[name]["h"]))
        edit = Side({name: record.fields.get(name) for name in edited}, record.meta[latest].get("u"),
                    record.meta[latest]["h"])
        conflicts.append(ConflictDraft(None, Side(None, user_id, hlc, deleted=True), edit))
    status = _status(record, base_version, conflicts)
    record.deleted = True
    record.delete_version = version
    record.delete_hlc = hlc
    record.deleted_by = user_id
    record.version = version
    return Outcome(status, conflicts=conflicts)
