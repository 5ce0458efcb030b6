"""The lock of a signed visit: which writes it refuses, and why (docs/sync-protocol.md Part 2, "Signed visits are
locked").

A signed visit report is the document the factory, the trainer and the sponsor rely on, so once a visit is signed
what was recorded at it stays as signed until someone reopens the visit with a reason. The laptop's store and the
server both ask :func:`lock_refusal` with the records they hold, so they refuse exactly the same writes: the store
before anything is written, the server as a rejected mutation.

Pure Python: the caller looks records up (:class:`LockLookup`), this module only decides.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Mapping, Protocol

VISIT_LOCKED = "visit_locked"
REOPEN_REASON_REQUIRED = "reopen_reason_required"
SIGNED, DRAFT = "signed", "draft"

#: Records that belong to a visit through their ``visit_id`` (a photo also through its finding's).
LOCKED_CHILDREN = ("observation", "photo", "kpi_reading", "practice_check", "action_item")
#: An action agreed at a signed visit still lives on: the EIT works on it, and these fields say how far it got.
ACTION_PROGRESS_FIELDS = frozenset({"status", "completed_date", "actual_saving", "note"})
#: Members of a write that are not fields of the record (its scope and the undelete control member).
_CONTROL = ("enterprise_id",)

# English sentences; the server sends them as the rejection's message, the laptop shows its own translations.
LOCKED_MESSAGE = ("The visit is signed: what was recorded at it cannot change until the visit is reopened with "
                  "a reason.")
REPORT_MESSAGE = "A signed report is a document: it is never changed or deleted."
REASON_MESSAGE = "A signed visit is reopened only with a reason (a non-empty 'reopen_reason')."


class LockLookup(Protocol):
    """What the rule needs to know about other records, as the caller holds them now."""

    def visit(self, visit_id: str) -> Mapping[str, Any] | None:
        """The visit's fields (``status`` at least), or None when it is not held."""

    def observation(self, observation_id: str) -> Mapping[str, Any] | None:
        """The finding's fields (``visit_id`` at least), or None when it is not held."""


@dataclass(frozen=True)
class Refusal:
    code: str
    #: The signed visit the write would change.
    visit_id: str | None
    message: str


def same_value(a: Any, b: Any) -> bool:
    """Equality as JSON sees it (Python's ``1 == True`` would hide a real change)."""
    if type(a) is type(b) and isinstance(a, (str, int)):
        return a == b
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def effective_changes(current: Mapping[str, Any] | None, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The members of ``fields`` that change ``current`` (every one for a new record).

    ``deleted`` is the undelete control member: ``False`` changes only a deleted record.
    """
    if current is None:
        return {name: value for name, value in fields.items() if name not in _CONTROL}
    changed = {}
    for name, value in fields.items():
        if name in _CONTROL:
            continue
        if name == "deleted":
            if value is False and current.get("deleted"):
                changed[name] = value
        elif not same_value(current.get(name), value):
            changed[name] = value
    return changed


def lock_refusal(entity: str, record_id: str, current: Mapping[str, Any] | None, fields: Mapping[str, Any], *,
                 delete: bool, lookup: LockLookup) -> Refusal | None:
    """Why this write must be refused, or None when the lock allows it.

    ``current`` is the record as held (its fields and ``deleted``; None for a record not held yet), ``fields`` the
    values the write sets (a mutation's ``fields``), ``delete`` whether it deletes the record. A write that changes
    nothing is never refused: repeating what is already there (a client re-sending everything after a server
    restore) does no harm.
    """
    if delete:
        if current is None or current.get("deleted"):
            return None
        changed: dict[str, Any] = {"deleted": True}
    else:
        changed = effective_changes(current, fields)
        if current is not None and not changed:
            return None
    if entity == "visit":
        return _visit_refusal(record_id, current, fields, changed, delete)
    if entity == "signed_report":
        return Refusal(VISIT_LOCKED, (current or {}).get("visit_id"), REPORT_MESSAGE) if current is not None \
            else None
    if entity not in LOCKED_CHILDREN:
        return None
    if entity == "action_item" and current is not None and not delete and set(changed) <= ACTION_PROGRESS_FIELDS:
        return None
    for visit_id in visits_of(entity, current, fields, lookup):
        visit = lookup.visit(visit_id)
        if visit is not None and visit.get("status") == SIGNED and not visit.get("deleted"):
            return Refusal(VISIT_LOCKED, visit_id, LOCKED_MESSAGE)
    return None


def is_reopen(current: Mapping[str, Any] | None, fields: Mapping[str, Any]) -> bool:
    """True for the write that reopens a signed visit: status ``draft`` with a reason."""
    return (current is not None and current.get("status") == SIGNED and fields.get("status") == DRAFT
            and isinstance(fields.get("reopen_reason"), str) and bool(fields["reopen_reason"].strip()))


def _visit_refusal(visit_id: str, current: Mapping[str, Any] | None, fields: Mapping[str, Any],
                   changed: Mapping[str, Any], delete: bool) -> Refusal | None:
    if current is None or current.get("status") != SIGNED:
        return None  # a new visit, or one not signed: signing it is the write that locks it
    if delete:
        return Refusal(VISIT_LOCKED, visit_id, LOCKED_MESSAGE)
    if changed.get("status") == DRAFT:
        if is_reopen(current, fields):
            return None
        return Refusal(REOPEN_REASON_REQUIRED, visit_id, REASON_MESSAGE)
    return Refusal(VISIT_LOCKED, visit_id, LOCKED_MESSAGE)


def visits_of(entity: str, current: Mapping[str, Any] | None, fields: Mapping[str, Any],
              lookup: LockLookup) -> list[str]:
    """The visits a record belongs to before and after the write (moving a finding out of a signed visit changes
    that visit as much as adding one does)."""
    states = [state for state in (current, fields) if state is not None]
    visit_ids = [state.get("visit_id") for state in states]
    if entity == "photo":
        for observation_id in {state.get("observation_id") for state in states}:
            if not isinstance(observation_id, str):
                continue
            observation = lookup.observation(observation_id)
            if observation is not None:
                visit_ids.append(observation.get("visit_id"))
    return [visit_id for visit_id in dict.fromkeys(visit_ids) if isinstance(visit_id, str)]
