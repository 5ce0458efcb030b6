"""The rules of classroom training that need other records, checked by every local write (``Workspace.write``).

The rules themselves are in :mod:`score_desktop.domain.training`; this module reads the records they need from
the workspace: a participant's session and the other participants of the same session and enterprise, an
enterprise's other enrolment in a session, a session's participants when its days change. (The server checks the
same rules against what it holds, in ``server/training_scope.py``.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from score_desktop.domain.entities import ATTENDANCE, TRAINING_ENROLMENT, TRAINING_SESSION, EntitySpec
from score_desktop.domain.training import participant_problems, removed_day_problems, session_days
from score_desktop.domain.validation import ALREADY_ENROLLED, NOT_ENROLLED, Problem
from score_desktop.store.records import Record, from_row

if TYPE_CHECKING:
    from score_desktop.store.workspace import Workspace

#: The entities whose writes this module checks.
CHECKED = ("training_session", "training_enrolment", "attendance")
#: A change of any of these may make a participant the same person as another one.
_IDENTITY = ("name", "eit_member_id", "training_session_id", "enterprise_id")


def related_problems(ws: Workspace, spec: EntitySpec, record: Mapping[str, Any],
                     changed: Mapping[str, Any]) -> list[Problem]:
    """The problems of writing ``record`` (its state after the write) given the records around it."""
    if spec.name == "attendance":
        return _participant(ws, record, changed)
    if spec.name == "training_enrolment":
        return _enrolment(ws, record, changed)
    return _session(ws, record, changed)


def rows(ws: Workspace, spec: EntitySpec, where: str, args: tuple) -> list[Record]:
    """Live records of ``spec`` matching an SQL condition."""
    cursor = ws.conn.execute(f"SELECT * FROM {spec.name} WHERE deleted = 0 AND {where}", args)
    names = [column[0] for column in cursor.description]
    return [from_row(spec, dict(zip(names, row))) for row in cursor]


def is_enrolled(ws: Workspace, session_id: str, enterprise_id: str) -> bool:
    return ws.conn.execute("SELECT 1 FROM training_enrolment WHERE deleted = 0 AND training_session_id = ? "
                           "AND enterprise_id = ?", (session_id, enterprise_id)).fetchone() is not None


def _participant(ws: Workspace, record: Mapping[str, Any], changed: Mapping[str, Any]) -> list[Problem]:
    session_id, enterprise_id = record.get("training_session_id"), record.get("enterprise_id")
    if not isinstance(session_id, str) or not isinstance(enterprise_id, str):
        return []  # the required fields' own rules have said so already
    if "enterprise_id" in changed and not is_enrolled(ws, session_id, enterprise_id):
        return [Problem("enterprise_id", "not_enrolled", NOT_ENROLLED)]
    check_person = any(name in changed for name in _IDENTITY)
    check_days = "days_present" in changed
    if not (check_person or check_days):
        return []
    session = ws.read_record(TRAINING_SESSION, session_id)
    others = rows(ws, ATTENDANCE, "training_session_id = ? AND enterprise_id = ?", (session_id, enterprise_id))
    return participant_problems(record, session, others, check_days=check_days, check_person=check_person)


def _enrolment(ws: Workspace, record: Mapping[str, Any], changed: Mapping[str, Any]) -> list[Problem]:
    if "training_session_id" not in changed and "enterprise_id" not in changed:
        return []
    others = rows(ws, TRAINING_ENROLMENT, "training_session_id = ? AND enterprise_id = ? AND id != ?",
                  (record.get("training_session_id"), record.get("enterprise_id"), record.get("id") or ""))
    return [Problem("enterprise_id", "already_enrolled", ALREADY_ENROLLED)] if others else []


def _session(ws: Workspace, record: Mapping[str, Any], changed: Mapping[str, Any]) -> list[Problem]:
    if "dates" not in changed or not record.get("id"):
        return []
    before = ws.read_record(TRAINING_SESSION, record["id"])
    if before is None:
        return []
    participants = rows(ws, ATTENDANCE, "training_session_id = ?", (record["id"],))
    return removed_day_problems(session_days(before), session_days(record), participants)
