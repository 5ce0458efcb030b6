"""Practice checks and last time's findings, for the visit screen and the visit report.

Each visit holds at most one live practice check per checklist topic (ticking again updates it, so the sync
carries one record per topic and visit). A module's baseline score comes from the first assessment of its topics;
"now" is the visit's own checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from score_desktop.domain.practice import PracticeScore, check_phase, practice_score
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class PracticeSummary:
    """A module's practices at its baseline and at this visit: in place or not, by topic (a topic not assessed is
    missing), and the scores. At the baseline visit itself there is no "now" apart from the baseline."""

    phase: str
    topics: tuple[str, ...]
    baseline_checks: dict[str, bool]
    baseline_date: str | None
    now_checks: dict[str, bool]

    @property
    def baseline(self) -> PracticeScore | None:
        return _score(self.topics, self.baseline_checks)

    @property
    def now(self) -> PracticeScore | None:
        return _score(self.topics, self.now_checks)


def _score(topics: tuple[str, ...], checks: dict[str, bool]) -> PracticeScore | None:
    if not checks:
        return None
    return practice_score(topics, [{"topic": topic, "in_place": value} for topic, value in checks.items()])


def visit_checks(ws: Workspace, visit_id: str) -> dict[str, Record]:
    """The visit's practice checks by topic code."""
    return {check["topic"]: check for check in ws.practice_checks.list(visit_id=visit_id, order_by="created_at")}


def _earlier_checks(ws: Workspace, visit: Record, topics: Sequence[str]) -> list[dict]:
    """Checks of ``topics`` at the enterprise's visits before ``visit``, oldest first, each with ``visit_date``."""
    if not topics:
        return []
    marks = ", ".join("?" * len(topics))
    cursor = ws.conn.execute(
        f"SELECT c.topic, c.phase, c.in_place, v.visit_date FROM practice_check c JOIN visit v ON v.id = c.visit_id "
        f"WHERE c.enterprise_id = ? AND c.deleted = 0 AND v.deleted = 0 AND c.topic IN ({marks}) AND c.visit_id != ? "
        f"AND (v.visit_date < ? OR (v.visit_date = ? AND v.created_at < ?)) "
        f"ORDER BY v.visit_date, v.created_at, c.created_at",
        (visit["enterprise_id"], *topics, visit["id"], visit["visit_date"], visit["visit_date"], visit["created_at"]))
    return [{"topic": topic, "phase": phase, "in_place": bool(in_place), "visit_date": date}
            for topic, phase, in_place, date in cursor]


def phase_of_visit(ws: Workspace, visit: Record, topics: Sequence[str]) -> str:
    """The phase this visit's checks have (or will have): the one they were made with, else as the rules say."""
    existing = next(iter(visit_checks(ws, visit["id"]).values()), None)
    if existing is not None:
        return existing["phase"]
    has_baseline = any(check["phase"] == "baseline" for check in _earlier_checks(ws, visit, topics))
    return check_phase(visit.get("visit_type"), module_has_baseline=has_baseline)


def set_in_place(ws: Workspace, visit: Record, topic: str, in_place: bool, topics: Sequence[str]) -> Record:
    """Tick or untick the good practice of ``topic`` at ``visit`` (one record per topic and visit)."""
    current = visit_checks(ws, visit["id"]).get(topic)
    if current is not None:
        return ws.practice_checks.update(current["id"], in_place=in_place)
    return ws.practice_checks.create(visit_id=visit["id"], topic=topic, in_place=in_place,
                                     phase=phase_of_visit(ws, visit, topics))


def practice_summary(ws: Workspace, visit: Record, topics: Sequence[str]) -> PracticeSummary:
    """The module's practices at its baseline (the first check of each topic made in the baseline phase) and now."""
    topics = tuple(topics)
    phase = phase_of_visit(ws, visit, topics)
    own = {topic: bool(check["in_place"]) for topic, check in visit_checks(ws, visit["id"]).items()
           if topic in topics}
    if phase == "baseline":
        return PracticeSummary(phase, topics, own, visit["visit_date"] if own else None, {})
    first: dict[str, dict] = {}
    for check in _earlier_checks(ws, visit, topics):
        if check["phase"] == "baseline":
            first.setdefault(check["topic"], check)
    date = min((check["visit_date"] for check in first.values()), default=None)
    return PracticeSummary(phase, topics, {topic: check["in_place"] for topic, check in first.items()}, date, own)


# -- last time ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LastTime:
    """The previous visit of the same module at the enterprise: its findings and practice checks by topic."""

    visit: Record
    findings: dict[str | None, list[Record]]
    in_place: dict[str, bool]


def previous_visit(ws: Workspace, visit: Record) -> Record | None:
    """The enterprise's latest visit of the same module before ``visit``."""
    earlier = ws.visits.list(
        enterprise_id=visit["enterprise_id"], module=visit["module"],
        where="id != ? AND (visit_date < ? OR (visit_date = ? AND created_at < ?))",
        where_args=[visit["id"], visit["visit_date"], visit["visit_date"], visit["created_at"]],
        order_by="visit_date desc, created_at desc", limit=1)
    return earlier[0] if earlier else None


def last_time(ws: Workspace, visit: Record) -> LastTime | None:
    """What was found and ticked at the previous visit of the same module, so a follow-up starts from there."""
    previous = previous_visit(ws, visit)
    if previous is None:
        return None
    findings: dict[str | None, list[Record]] = {}
    for finding in ws.observations.list(visit_id=previous["id"], order_by="position, created_at"):
        findings.setdefault(finding.get("topic"), []).append(finding)
    checks = {topic: bool(check["in_place"]) for topic, check in visit_checks(ws, previous["id"]).items()}
    return LastTime(previous, findings, checks)
