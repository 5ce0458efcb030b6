"""The scope rule of classroom training (docs/sync-protocol.md, Part 2, "Classroom training").

Every record keeps the version 1 rule: a trainer sees and writes the records whose ``enterprise_id`` is one of
their enterprises. A classroom session is shared by several enterprises, so one rule is added for the entities
marked ``shared`` in entities.py (``training_session``): such a record is also seen and written by the users whose
scope holds an enterprise with a live ``training_enrolment`` naming it. Enrolments and participants
(``attendance``) travel in their own enterprise like any record, so a trainer receives the session and the people
of their enterprises, never another enterprise's people.

When an enrolment joins a session (created, or undeleted), the session gets a new version in the same
transaction, so the trainers who now see it receive it in the stream even though it did not change.

Reads only what it needs: a user's enrolments (to know the sessions they reach) and the participants of the
enterprises a push adds people to (to refuse the same person twice). Kept apart from push.py and pull.py, which
call it at a few points.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

from sqlalchemy import and_, or_, select

from score_desktop.domain.entities import ENTITIES
from score_desktop.domain.training import participant_problems
from score_desktop.server import merge, schema
from score_desktop.sync import protocol

SHARED = frozenset(name for name, spec in ENTITIES.items() if spec.shared)
SESSION = "training_session"
ENROLMENT = "training_enrolment"
PARTICIPANT = "attendance"
#: Records that name a shared session in this field (a participant or enrolment stays in its session).
SESSION_FIELD = "training_session_id"
_IDENTITY = ("name", "eit_member_id", SESSION_FIELD)
_CHUNK = 900


def linked_sessions(conn, enterprises: Iterable[str]) -> set[str]:
    """The sessions that live enrolments of these enterprises name."""
    table = schema.records
    wanted = sorted(enterprises)
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        query = select(table.c.fields).where(table.c.entity == ENROLMENT, table.c.deleted.is_(False),
                                             table.c.enterprise_id.in_(wanted[start:start + _CHUNK]))
        for fields in conn.scalars(query):
            session_id = json.loads(fields).get(SESSION_FIELD)
            if isinstance(session_id, str):
                found.add(session_id)
    return found


def visible(table, enterprises: Iterable[str], sessions: set[str], *, records: bool):
    """The pull's scope condition on ``table`` (records, or conflicts by their target): the enterprises' own rows,
    and the shared sessions they reach (and conflicts about those)."""
    own = table.c.enterprise_id.in_(sorted(enterprises))
    if not sessions:
        return own  # the version 1 condition, unchanged
    target = table.c.id if records else table.c.target_id
    return or_(own, and_(table.c.entity.in_(sorted(SHARED)), target.in_(sorted(sessions))))


def _rejected(code: str, message: str) -> merge.Outcome:
    return merge.Outcome.rejected(code, message)


class SessionAccess:
    """One push's view of the training rules: which shared sessions its user reaches, and who is in them."""

    def __init__(self, conn, scope: set[str] | None) -> None:
        self.conn = conn
        #: The push's scope (the same set object, so an enterprise created in the push counts at once).
        self.scope = scope
        self._linked: set[str] | None = None
        self._people: dict[str, dict[str, dict[str, Any]]] = {}

    def linked(self) -> set[str]:
        if self._linked is None:
            self._linked = linked_sessions(self.conn, self.scope) if self.scope is not None else set()
        return self._linked

    def sees(self, session: merge.RecordState) -> bool:
        return self.scope is None or session.enterprise_id in self.scope or session.id in self.linked()

    def may_write(self, entity: str, record: merge.RecordState | None) -> bool:
        """A shared record the user reaches through an enrolment (its host may be another trainer's)."""
        return entity in SHARED and record is not None and self.sees(record)

    def may_resolve(self, conflict: dict[str, Any]) -> bool:
        fields = conflict["fields"]
        return fields.get("entity") in SHARED and (self.scope is None or fields.get("target_id") in self.linked())

    # -- enrolments and participants ---------------------------------------------------------------------------

    def check(self, mutation: protocol.Mutation, record: merge.RecordState | None, enterprise_id: str,
              records: dict[tuple[str, str], merge.RecordState]) -> merge.Outcome | None:
        """The training rules for an upsert of an enrolment or a participant; None when they hold."""
        if mutation.entity not in (ENROLMENT, PARTICIPANT) or mutation.op != protocol.OP_UPSERT:
            return None
        session_id = mutation.fields.get(SESSION_FIELD)
        if record is not None:
            held = record.fields.get(SESSION_FIELD)
            if session_id is not None and session_id != held:
                return _rejected(protocol.INVALID_MUTATION, "A participant or an enrolment cannot move to another "
                                                            "training session.")
            session_id = held
        session = records.get((SESSION, session_id)) if isinstance(session_id, str) else None
        # A session the server does not hold is accepted (v1: a reference may wait for its record); one it holds
        # must be one the user sees, or anyone could attach people to any session whose id they learnt.
        if record is None and session is not None and not self.sees(session):
            return _rejected(protocol.OUT_OF_SCOPE, "This training session is not one of your enterprises'.")
        if mutation.entity == PARTICIPANT:
            return self._participant(mutation, record, enterprise_id, session, records)
        return None

    def _participant(self, mutation: protocol.Mutation, record: merge.RecordState | None, enterprise_id: str,
                     session: merge.RecordState | None,
                     records: dict[tuple[str, str], merge.RecordState]) -> merge.Outcome | None:
        values = {k: v for k, v in mutation.fields.items() if k not in merge.CONTROL_MEMBERS}
        state = {**(record.fields if record is not None else {}), **values, "id": mutation.record_id,
                 "enterprise_id": enterprise_id}
        check_person = record is None or any(name in values for name in _IDENTITY)
        check_days = "days_present" in values
        if not (check_person or check_days):
            return None
        others = self._participants_of(enterprise_id, state.get(SESSION_FIELD), records) if check_person else []
        problems = participant_problems(state, session.fields if session is not None else None, others,
                                        check_days=check_days, check_person=check_person)
        if problems:
            return _rejected(protocol.INVALID_MUTATION, "; ".join(problem.message for problem in problems))
        return None

    def _participants_of(self, enterprise_id: str, session_id: Any,
                         records: dict[tuple[str, str], merge.RecordState]) -> list[dict[str, Any]]:
        """The participants of one enterprise in one session: as stored, updated by this push."""
        if enterprise_id not in self._people:
            table = schema.records
            query = select(table.c.id, table.c.fields, table.c.deleted).where(
                table.c.entity == PARTICIPANT, table.c.enterprise_id == enterprise_id)
            self._people[enterprise_id] = {row.id: {**json.loads(row.fields), "id": row.id, "deleted": row.deleted}
                                           for row in self.conn.execute(query)}
        found = dict(self._people[enterprise_id])
        for (entity, record_id), state in records.items():
            if entity == PARTICIPANT and state.enterprise_id == enterprise_id:
                found[record_id] = {**state.fields, "id": record_id, "deleted": state.deleted}
        return [person for person in found.values() if person.get(SESSION_FIELD) == session_id]

    def joined(self, mutation: protocol.Mutation, record: merge.RecordState, was_live: bool) -> str | None:
        """The session an enrolment has just joined (created or undeleted), which must get a new version."""
        if mutation.entity != ENROLMENT or record.deleted or was_live:
            return None
        session_id = record.fields.get(SESSION_FIELD)
        if not isinstance(session_id, str):
            return None
        if self.scope is not None:
            self.linked().add(session_id)
        return session_id
