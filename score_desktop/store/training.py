"""Classroom training in a workspace: plan a session, enrol enterprises, add participants, tick attendance,
record feedback; and the questions the Training screens, the reports and the enterprise page ask.

Every write goes through the repositories (the one write path, with its outbox mutation); the rules that need
other records are checked there too (:mod:`score_desktop.store.training_rules`). A session is hosted by the first
enterprise it was planned with (its ``enterprise_id``); each enterprise that sends people has a
``training_enrolment`` and its people are ``attendance`` records of that enterprise, so each trainer's workspace
holds only the people of their own enterprises (docs/sync-protocol.md, Part 2, "Classroom training").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from score_desktop.domain import training as rules
from score_desktop.domain.entities import ATTENDANCE, TRAINING_SESSION
from score_desktop.domain.validation import HAS_PARTICIPANTS, MAX_SESSION_DAYS, NO_ENTERPRISE, Problem
from score_desktop.errors import ValidationError
from score_desktop.store.records import Record, from_row
from score_desktop.store.training_rules import is_enrolled, rows
from score_desktop.store.workspace import Workspace

#: Columns the sessions list may be sorted by: what the user clicks -> SQL expression.
SESSION_ORDER = {"session_date": "s.session_date", "module": "s.module", "location": "s.location",
                 "city": "s.city", "trainer": "s.trainer", "participants": "participants",
                 "enterprises": "enterprises"}


# -- planning ----------------------------------------------------------------------------------------------------

def plan_session(ws: Workspace, *, module: str, dates: Sequence[str], enterprise_ids: Sequence[str],
                 **details: Any) -> Record:
    """A new session with its enterprises (the first one hosts it), in one transaction.

    ``details`` are other session fields (``location``, ``city``, ``trainer``, ``co_trainers``, ``language``,
    ``notes``). Raises :class:`ValidationError` (nothing written) without an enterprise or with bad fields.
    """
    enterprise_ids = list(dict.fromkeys(enterprise_ids))
    if not enterprise_ids:
        raise ValidationError("training_session", [Problem(None, "no_enterprise", NO_ENTERPRISE)])
    with ws.transaction():
        session = ws.training_sessions.create(enterprise_id=enterprise_ids[0], module=module,
                                              **rules.day_fields(dates), **details)
        for enterprise_id in enterprise_ids:
            ws.training_enrolments.create(enterprise_id=enterprise_id, training_session_id=session["id"])
    return session


def set_days(ws: Workspace, session_id: str, dates: Sequence[str]) -> Record:
    """Change the session's days; a day with participants marked present cannot go (ValidationError)."""
    return ws.training_sessions.update(session_id, **rules.day_fields(dates))


def enterprise_ids(ws: Workspace, session_id: str) -> list[str]:
    """The enterprises of this workspace that take part in the session, host first, then by name."""
    return [row[0] for row in ws.conn.execute(
        "SELECT n.enterprise_id FROM training_enrolment n JOIN enterprise e ON e.id = n.enterprise_id "
        "JOIN training_session s ON s.id = n.training_session_id WHERE n.training_session_id = ? "
        "AND n.deleted = 0 AND e.deleted = 0 GROUP BY n.enterprise_id "
        "ORDER BY n.enterprise_id != s.enterprise_id, e.name", (session_id,))]


def enrol(ws: Workspace, session_id: str, enterprise_id: str) -> Record:
    """Add an enterprise to the session (its deleted enrolment comes back if it had one)."""
    ws.training_sessions.get(session_id)
    earlier = ws.training_enrolments.list(training_session_id=session_id, enterprise_id=enterprise_id,
                                          include_deleted=True, order_by="deleted")
    if earlier and not earlier[0]["deleted"]:
        return earlier[0]
    if earlier:
        return ws.training_enrolments.restore(earlier[0]["id"])
    return ws.training_enrolments.create(enterprise_id=enterprise_id, training_session_id=session_id)


def withdraw(ws: Workspace, session_id: str, enterprise_id: str) -> None:
    """Take an enterprise out of the session: refused while it has participants, or when it is the last one."""
    if ws.attendances.count(training_session_id=session_id, enterprise_id=enterprise_id):
        raise ValidationError("training_enrolment", [Problem("enterprise_id", "has_participants",
                                                             HAS_PARTICIPANTS)])
    if enterprise_ids(ws, session_id) == [enterprise_id]:
        raise ValidationError("training_session", [Problem(None, "no_enterprise", NO_ENTERPRISE)])
    with ws.transaction():
        for enrolment in ws.training_enrolments.list(training_session_id=session_id, enterprise_id=enterprise_id):
            ws.training_enrolments.delete(enrolment["id"])


def delete_session(ws: Workspace, session_id: str) -> None:
    """Delete the session with its enrolments and participants held here (soft deletes: they can come back)."""
    with ws.transaction():
        for participant in ws.attendances.list(training_session_id=session_id):
            ws.attendances.delete(participant["id"])
        for enrolment in ws.training_enrolments.list(training_session_id=session_id):
            ws.training_enrolments.delete(enrolment["id"])
        ws.training_sessions.delete(session_id)


# -- participants --------------------------------------------------------------------------------------------------

def add_participant(ws: Workspace, session_id: str, enterprise_id: str, *, name: str, **fields: Any) -> Record:
    """A new person (``side``, ``gender``, ``position``; ``eit_member_id`` when they are on the EIT)."""
    return ws.attendances.create(enterprise_id=enterprise_id, training_session_id=session_id,
                                 name=name.strip(), **{k: v for k, v in fields.items() if v not in (None, "")})


def add_members(ws: Workspace, session_id: str, member_ids: Iterable[str]) -> list[Record]:
    """Add EIT members as participants (their enterprises are enrolled if need be); members already in the
    session are left as they are. Returns the new participants."""
    added = []
    with ws.transaction():
        present = {p["eit_member_id"] for p in ws.attendances.list(training_session_id=session_id)}
        for member_id in member_ids:
            if member_id in present:
                continue
            member = ws.eit_members.get(member_id)
            if not is_enrolled(ws, session_id, member["enterprise_id"]):
                enrol(ws, session_id, member["enterprise_id"])
            added.append(add_participant(ws, session_id, member["enterprise_id"], name=member["name"],
                                         eit_member_id=member_id, side=member.get("side"),
                                         gender=member.get("gender"), position=member.get("position")))
            present.add(member_id)
    return added


def add_to_eit(ws: Workspace, participant_id: str, *, today: dt.date | None = None) -> Record:
    """Make a participant a member of their enterprise's EIT (from today), linked to this participation."""
    participant = ws.attendances.get(participant_id)
    if participant.get("eit_member_id"):
        return ws.eit_members.get(participant["eit_member_id"])
    with ws.transaction():
        member = ws.eit_members.create(
            enterprise_id=participant["enterprise_id"], name=participant["name"], role="member",
            side=participant.get("side"), gender=participant.get("gender"), position=participant.get("position"),
            from_date=(today or dt.date.today()).isoformat())
        ws.attendances.update(participant_id, eit_member_id=member["id"])
    return member


def set_present(ws: Workspace, participant_id: str, day: str, present: bool) -> Record:
    """Tick (or untick) one participant on one day of the session."""
    participant = ws.attendances.get(participant_id)
    days = set(participant.get("days_present") or [])
    days = days | {day} if present else days - {day}
    return ws.attendances.update(participant_id, **rules.present_fields(days))


def set_everyone_present(ws: Workspace, session_id: str, day: str) -> int:
    """Tick every participant held here on ``day`` (the morning's first step; absentees are then unticked)."""
    count = 0
    with ws.transaction():
        for participant in ws.attendances.list(training_session_id=session_id):
            if day not in (participant.get("days_present") or []):
                set_present(ws, participant["id"], day, True)
                count += 1
    return count


# -- reading -------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Participant:
    """A participant with the names the screens and papers print next to them."""

    record: Record
    enterprise_name: str
    enterprise_latin: str


def participants(ws: Workspace, session_id: str) -> list[Participant]:
    """The live participants held here, by enterprise (host first, then by name) and by name."""
    order = {enterprise_id: n for n, enterprise_id in enumerate(enterprise_ids(ws, session_id))}
    cursor = ws.conn.execute(
        "SELECT a.*, e.name AS _enterprise_name, e.name_latin AS _enterprise_latin FROM attendance a "
        "JOIN enterprise e ON e.id = a.enterprise_id WHERE a.training_session_id = ? AND a.deleted = 0",
        (session_id,))
    names = [column[0] for column in cursor.description]
    found = []
    for row in cursor:
        values = dict(zip(names, row))
        name, latin = values.pop("_enterprise_name"), values.pop("_enterprise_latin")
        found.append(Participant(from_row(ATTENDANCE, values), name or "", latin or ""))
    found.sort(key=lambda p: (order.get(p.record["enterprise_id"], len(order)), p.enterprise_name,
                              rules.person_key(p.record["name"])))
    return found


def results(ws: Workspace, session_id: str) -> rules.SessionResults:
    """The session's results over the participants held here."""
    session = ws.training_sessions.get(session_id)
    return rules.results(session, [p.record for p in participants(ws, session_id)], enterprise_ids(ws, session_id))


def _sessions_sql(where: str) -> str:
    return (f"SELECT s.id, s.enterprise_id, s.module, s.session_date, s.days, s.dates, s.location, s.city, "
            f"s.trainer, (SELECT count(*) FROM attendance a WHERE a.training_session_id = s.id AND a.deleted = 0) "
            f"AS participants, (SELECT count(DISTINCT n.enterprise_id) FROM training_enrolment n "
            f"WHERE n.training_session_id = s.id AND n.deleted = 0) AS enterprises "
            f"FROM training_session s WHERE s.deleted = 0 AND {where}")


def _session_rows(ws: Workspace, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cursor = ws.conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    found = []
    for row in cursor:
        values = dict(zip(names, row))
        values["dates"] = from_row(TRAINING_SESSION, {"dates": values["dates"]})["dates"]
        values["last_date"] = rules.session_days(values)[-1] if values["session_date"] else None
        found.append(values)
    return found


#: The sessions a workspace shows: those with people or an enrolment of its enterprises, or hosted by one of them.
_VISIBLE = ("(EXISTS (SELECT 1 FROM enterprise e WHERE e.id = s.enterprise_id AND e.deleted = 0) OR EXISTS "
            "(SELECT 1 FROM training_enrolment n WHERE n.training_session_id = s.id AND n.deleted = 0))")


def sessions_page(ws: Workspace, *, order_by: str = "session_date desc", limit: int = 200,
                  offset: int = 0) -> list[dict[str, Any]]:
    """A page of sessions, with ``participants`` and ``enterprises`` counted over what this workspace holds."""
    name, _, direction = order_by.partition(" ")
    if name not in SESSION_ORDER or direction.strip().lower() not in ("", "asc", "desc"):
        raise ValueError(f"cannot sort by {order_by!r}")
    order = f"{SESSION_ORDER[name]} {direction.strip().upper() or 'ASC'}, s.id"
    return _session_rows(ws, _sessions_sql(_VISIBLE) + f" ORDER BY {order} LIMIT ? OFFSET ?", (limit, offset))


def count_sessions(ws: Workspace) -> int:
    return ws.conn.execute(f"SELECT count(*) FROM training_session s WHERE s.deleted = 0 AND {_VISIBLE}").fetchone()[0]


def next_session(ws: Workspace, today: dt.date | str) -> dict[str, Any] | None:
    """The session under way or coming next (its last day is ``today`` or later), the soonest first."""
    day = today.isoformat() if isinstance(today, dt.date) else today
    # A session under way today started at most MAX_SESSION_DAYS spread-out days ago; look a little further.
    earliest = (dt.date.fromisoformat(day) - dt.timedelta(days=7 * MAX_SESSION_DAYS)).isoformat()
    candidates = _session_rows(ws, _sessions_sql(f"{_VISIBLE} AND s.session_date >= ?")
                               + " ORDER BY s.session_date, s.id LIMIT 200", (earliest,))
    return next((row for row in candidates if row["last_date"] and row["last_date"] >= day), None)


def enterprise_training(ws: Workspace, enterprise_id: str) -> list[dict[str, Any]]:
    """The sessions the enterprise takes part in, newest first, with its own people: ``participants``, how many
    ``attended_all`` days, and the session's days."""
    found = _session_rows(ws, _sessions_sql(
        "EXISTS (SELECT 1 FROM training_enrolment n WHERE n.training_session_id = s.id AND n.deleted = 0 "
        "AND n.enterprise_id = ?)") + " ORDER BY s.session_date DESC, s.id", (enterprise_id,))
    for row in found:
        people = ws.attendances.list(training_session_id=row["id"], enterprise_id=enterprise_id)
        days = rules.session_days(row)
        row["participants"] = len(people)
        row["attended_all"] = sum(rules.attended_every_day(p, days) for p in people)
    return found


def session_of_module(ws: Workspace, enterprise_id: str, module: str, *, on: str | None = None) -> Record | None:
    """The classroom session of ``module`` the enterprise took part in: the latest that started by ``on``
    (a visit's date), else the next one planned."""
    found = rows(ws, TRAINING_SESSION, "module = ? AND id IN (SELECT training_session_id FROM training_enrolment "
                                       "WHERE deleted = 0 AND enterprise_id = ?) ORDER BY session_date",
                 (module, enterprise_id))
    if not found:
        return None
    before = [session for session in found if on is None or session["session_date"] <= on]
    return before[-1] if before else found[0]

