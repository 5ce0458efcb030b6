"""Classroom training: a session's days, its participants' attendance and feedback, and the session's results.

A SCORE module starts with classroom days for managers and workers of several factories together. The records
(see entities.py) are a ``training_session``, one ``training_enrolment`` per enterprise that sends people, and one
``attendance`` record per participant, holding the days they were present and their feedback.

The rules here need more than one record (a participant against their session and the other participants), so
they take those records as arguments: the store calls them before a write, the server before it applies a
mutation, and the reports and screens use the results. Pure Python, like the rest of domain/.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from score_desktop.domain.validation import (DAY_HAS_ATTENDANCE, DAY_OUTSIDE_SESSION, DUPLICATE_PARTICIPANT,
                                             FEEDBACK_FIELDS, Problem)

Record = Mapping[str, Any]


# -- days ------------------------------------------------------------------------------------------------------

def consecutive_days(first: dt.date | str, count: int) -> list[str]:
    """``count`` days in a row from ``first``, as ``YYYY-MM-DD``."""
    start = first if isinstance(first, dt.date) else dt.date.fromisoformat(first)
    return [(start + dt.timedelta(days=n)).isoformat() for n in range(count)]


def session_days(session: Record) -> list[str]:
    """The session's days: its ``dates``, or for a record without them, ``days`` days from ``session_date``."""
    dates = session.get("dates")
    if dates:
        return list(dates)
    first = session.get("session_date")
    if not first:
        return []
    return consecutive_days(first, max(1, int(session.get("days") or 1)))


def day_fields(dates: Sequence[str]) -> dict[str, Any]:
    """The session fields that follow from its days (version 1 readers know only ``session_date`` and ``days``)."""
    days = sorted(set(dates))
    return {"dates": days, "session_date": days[0] if days else None, "days": float(len(days))}


def present_fields(days_present: Iterable[str]) -> dict[str, Any]:
    """A participant's ``days_present`` and the version 1 ``days_attended`` that follows from it."""
    days = sorted(set(days_present))
    return {"days_present": days, "days_attended": float(len(days))}


# -- participants ------------------------------------------------------------------------------------------------

def person_key(name: str | None) -> str:
    """A name as compared for "the same person": Unicode-normalised, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", name or "").casefold().split())


def same_person(one: Record, other: Record) -> bool:
    """Two participant records of one enterprise name the same person: the same EIT member, or the same name."""
    if one.get("eit_member_id") and one.get("eit_member_id") == other.get("eit_member_id"):
        return True
    return bool(person_key(one.get("name"))) and person_key(one.get("name")) == person_key(other.get("name"))


def participant_problems(participant: Record, session: Record | None, others: Iterable[Record], *,
                         check_days: bool = True, check_person: bool = True) -> list[Problem]:
    """What is wrong with ``participant`` against its session and ``others`` (the live participants of the same
    session and enterprise; the participant itself may be among them)."""
    problems = []
    if check_days and session is not None:
        days = session_days(session)
        for day in participant.get("days_present") or []:
            if day not in days:
                problems.append(Problem("days_present", "day_outside_session", DAY_OUTSIDE_SESSION,
                                        {"day": day, "days": ", ".join(days)}))
                break
    if check_person:
        for other in others:
            if other.get("id") != participant.get("id") and not other.get("deleted") \
                    and other.get("training_session_id") == participant.get("training_session_id") \
                    and same_person(participant, other):
                problems.append(Problem("name", "duplicate_participant", DUPLICATE_PARTICIPANT,
                                        {"name": participant.get("name") or other.get("name") or ""}))
                break
    return problems


def removed_day_problems(old_days: Sequence[str], new_days: Sequence[str],
                         participants: Iterable[Record]) -> list[Problem]:
    """A day may leave a session only when nobody is marked present on it (nothing ticked is dropped)."""
    gone = set(old_days) - set(new_days)
    for day in sorted(gone):
        if any(day in (p.get("days_present") or []) for p in participants if not p.get("deleted")):
            return [Problem("dates", "day_has_attendance", DAY_HAS_ATTENDANCE, {"day": day})]
    return []


def attended_every_day(participant: Record, days: Sequence[str]) -> bool:
    """Present on every day of the session: what a certificate of participation asks for."""
    present = set(participant.get("days_present") or [])
    return bool(days) and all(day in present for day in days)


# -- results -----------------------------------------------------------------------------------------------------

@dataclass
class GroupResults:
    """Counts of one group of participants (a factory, or the whole session) as coordinators report them."""

    participants: int = 0
    women: int = 0
    men: int = 0
    managers: int = 0
    workers: int = 0
    #: Participant-days present, and participant-days planned (participants x days).
    present_days: int = 0
    planned_days: int = 0
    full_attendance: int = 0

    @property
    def attendance_rate(self) -> float | None:
        return self.present_days / self.planned_days * 100 if self.planned_days else None

    def add(self, participant: Record, days: Sequence[str]) -> None:
        self.participants += 1
        self.women += participant.get("gender") == "female"
        self.men += participant.get("gender") == "male"
        self.managers += participant.get("side") == "manager"
        self.workers += participant.get("side") == "worker"
        present = set(participant.get("days_present") or [])
        self.present_days += sum(day in present for day in days)
        self.planned_days += len(days)
        self.full_attendance += attended_every_day(participant, days)


@dataclass
class SessionResults:
    """A session's results: attendance, who came, and the average feedback per question."""

    days: list[str]
    total: GroupResults
    #: Per enterprise id, in the order first met.
    by_enterprise: dict[str, GroupResults] = field(default_factory=dict)
    #: Per question (``feedback_content``, ...): the average score, None without answers.
    averages: dict[str, float | None] = field(default_factory=dict)
    #: How many participants gave feedback (any score or a comment).
    feedback_count: int = 0

    @property
    def factories(self) -> int:
        return len(self.by_enterprise)

    @property
    def women_share(self) -> float | None:
        return self.total.women / self.total.participants * 100 if self.total.participants else None

    @property
    def workers_share(self) -> float | None:
        return self.total.workers / self.total.participants * 100 if self.total.participants else None


def gave_feedback(participant: Record) -> bool:
    return any(participant.get(name) is not None for name in FEEDBACK_FIELDS) or \
        bool((participant.get("feedback_comment") or "").strip())


def results(session: Record, participants: Iterable[Record], enterprise_ids: Iterable[str] = ()) -> SessionResults:
    """The results of ``session`` over its live ``participants``; ``enterprise_ids`` lists enterprises to show even
    without participants (those enrolled)."""
    days = session_days(session)
    outcome = SessionResults(days=days, total=GroupResults())
    for enterprise_id in enterprise_ids:
        outcome.by_enterprise.setdefault(enterprise_id, GroupResults())
    scores: dict[str, list[int]] = {name: [] for name in FEEDBACK_FIELDS}
    for participant in participants:
        if participant.get("deleted"):
            continue
        outcome.total.add(participant, days)
        outcome.by_enterprise.setdefault(participant["enterprise_id"], GroupResults()).add(participant, days)
        for name in FEEDBACK_FIELDS:
            if isinstance(participant.get(name), int):
                scores[name].append(participant[name])
        outcome.feedback_count += gave_feedback(participant)
    outcome.averages = {name: (sum(values) / len(values) if values else None) for name, values in scores.items()}
    return outcome
