"""What the classroom-training papers print, read from a workspace: the session, its days, its participants.

Like :mod:`score_desktop.reports.data` for the visit report, the layouts never query the store themselves.
A workspace holds the participants of its own enterprises only (docs/sync-protocol.md, Part 2), so a trainer's
attendance sheet lists their enterprises' people and a coordinator's lists everyone.
"""

from __future__ import annotations

from dataclasses import dataclass

from score_desktop.domain.catalog import Catalog
from score_desktop.domain.training import attended_every_day, session_days
from score_desktop.errors import NotFoundError
from score_desktop.reports.labels import LANGUAGES, label, long_date
from score_desktop.store import training
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace


@dataclass
class SessionPaper:
    session: Record
    catalog: Catalog
    days: list[str]
    participants: list[training.Participant]

    def module_name(self, lang: str) -> str:
        code = self.session["module"]
        try:
            return f"{self.catalog.module(code).name(lang)} ({code})"
        except KeyError:
            return code

    def trainers(self) -> list[str]:
        names = [self.session.get("trainer") or ""] + list(self.session.get("co_trainers") or [])
        return [name for name in names if name.strip()]

    def full_attendees(self) -> list[training.Participant]:
        """The participants present on every day: one certificate each."""
        return [p for p in self.participants if attended_every_day(p.record, self.days)]


def session_paper_data(ws: Workspace, session_id: str, catalog: Catalog) -> SessionPaper:
    """The session and its participants; :class:`NotFoundError` for an unknown session."""
    session = ws.training_sessions.find(session_id)
    if session is None:
        raise NotFoundError(entity="training session", record_id=session_id)
    return SessionPaper(session, catalog, session_days(session), training.participants(ws, session_id))


def paper_language(ws: Workspace, session: Record, lang: str | None) -> str:
    """``lang`` when given, else the session's language, else its host's report language, else English."""
    if lang:
        return lang
    if session.get("language") in LANGUAGES:
        return session["language"]
    host = ws.enterprises.find(session["enterprise_id"], include_deleted=True)
    preferred = host.get("report_language") if host else None
    return preferred if preferred in LANGUAGES else "en"


@dataclass
class ClassroomLine:
    """The classroom session of a visit's module that the enterprise took part in, for the visit report."""

    session: Record
    days: list[str]
    participants: int
    full_attendance: int


def classroom_of_visit(ws: Workspace, visit: Record) -> ClassroomLine | None:
    session = training.session_of_module(ws, visit["enterprise_id"], visit["module"], on=visit["visit_date"])
    if session is None:
        return None
    days = session_days(session)
    people = ws.attendances.list(training_session_id=session["id"], enterprise_id=visit["enterprise_id"])
    return ClassroomLine(session, days, len(people), sum(attended_every_day(p, days) for p in people))


def classroom_text(line: ClassroomLine, lang: str) -> str:
    """The days, the place and the enterprise's people, e.g. "12 March 2026, 13 March 2026 · Garden Hotel,
    Guangzhou · Participants from this enterprise: 3 · full attendance: 2"."""
    days = label(lang, "list_sep").join(long_date(day, lang) for day in line.days)
    place = label(lang, "list_sep").join(part for part in (line.session.get("location"), line.session.get("city"))
                                         if part)
    people = label(lang, "classroom_people", count=line.participants, full=line.full_attendance)
    return " · ".join(part for part in (days, place, people) if part)
