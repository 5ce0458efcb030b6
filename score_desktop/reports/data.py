"""What the reports print, read from a workspace through its repositories.

The report layouts never query the store themselves: :func:`visit_report_data` and :func:`progress_report_data`
gather everything into plain objects first, which keeps the rules (which earlier actions still matter, which
reading is the baseline, what counts as done on time) here, testable without drawing anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

from score_desktop.domain.catalog import Catalog, KpiDefinition
from score_desktop.domain.signatures import ROLES, parse as parse_signatures
from score_desktop.reports.training_data import ClassroomLine, classroom_of_visit
from score_desktop.store import actions as action_store
from score_desktop.store.practice import PracticeSummary, practice_summary
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace

CLOSED = ("done", "dropped")


@dataclass
class Balance:
    """The EIT balance the reports show: managers and workers, women and men."""

    managers: int = 0
    workers: int = 0
    women: int = 0
    men: int = 0

    @classmethod
    def of(cls, members: list[Record]) -> "Balance":
        return cls(managers=sum(m.get("side") == "manager" for m in members),
                   workers=sum(m.get("side") == "worker" for m in members),
                   women=sum(m.get("gender") == "female" for m in members),
                   men=sum(m.get("gender") == "male" for m in members))


@dataclass
class Attendee:
    name: str
    member: Record | None = None


@dataclass
class ActionRow:
    record: Record
    owner: str
    #: The date of the visit that agreed the action (None for actions made outside a visit).
    agreed: str | None
    overdue: bool
    done_late: bool


@dataclass
class KpiRow:
    code: str
    definition: KpiDefinition | None
    baseline: Record
    current: Record | None
    #: Every reading from the baseline on, oldest first (for trend charts).
    series: list[Record] = field(default_factory=list)

    @property
    def change_percent(self) -> float | None:
        if self.current is None or self.current is self.baseline:
            return None
        base, value = self.baseline.get("value"), self.current.get("value")
        if base is None or value is None or base == 0:
            return None
        return (value - base) / abs(base) * 100

    @property
    def improved(self) -> bool | None:
        """True for better, False for worse, None when unchanged or unknown."""
        base = self.baseline.get("value")
        value = self.current.get("value") if self.current else None
        if self.definition is None or base is None or value is None or base == value:
            return None
        return self.definition.is_improvement(base, value)


@dataclass
class Signature:
    role: str  # "trainer" or "enterprise"
    name: str = ""
    signed_at: str | None = None
    photo: Record | None = None
    position: str = ""
    #: The drawn signature as vectors (see :mod:`score_desktop.domain.signatures`); empty when not drawn.
    strokes: tuple = ()


@dataclass
class BeforeAfter:
    """An action with its "before" (the photos of the finding it came from) and its "after" (its own photos)."""

    action: ActionRow
    before: list[Record]
    after: list[Record]


@dataclass
class VisitReportData:
    enterprise: Record
    visit: Record
    number: int
    catalog: Catalog
    attendees: list[Attendee]
    attendee_balance: Balance
    eit_balance: Balance
    earlier_actions: list[ActionRow]
    #: (topic code or None for findings outside the module's checklist, its observations in order)
    findings: list[tuple[str | None, list[Record]]]
    photos: dict[str, list[Record]]
    kpis: list[KpiRow]
    new_actions: list[ActionRow]
    signatures: list[Signature]
    #: The module's good practices in place at its baseline and at this visit (None: the module is unknown).
    practice: PracticeSummary | None = None
    #: Actions shown in this report that have "after" photos, with their finding's "before" photos.
    before_after: list[BeforeAfter] = field(default_factory=list)
    #: The classroom session of the visit's module the enterprise took part in (None: none recorded).
    classroom: ClassroomLine | None = None

    def all_photos(self) -> list[Record]:
        found = [photo for group in self.photos.values() for photo in group]
        found += [photo for pair in self.before_after for photo in pair.before + pair.after]
        found += [s.photo for s in self.signatures if s.photo is not None]
        unique = {photo["id"]: photo for photo in found}  # a finding of this visit may also be an action's before
        return list(unique.values())


@dataclass
class VisitLine:
    number: int
    record: Record
    findings: int
    actions: int


@dataclass
class ActionStats:
    total: int = 0
    on_time: int = 0
    late: int = 0
    open: int = 0
    overdue: int = 0
    dropped: int = 0


@dataclass
class ProgressReportData:
    enterprise: Record
    catalog: Catalog
    as_of: dt.date
    visits: list[VisitLine]
    kpis: list[KpiRow]
    actions: ActionStats
    open_actions: list[ActionRow]
    eit_members: int
    eit_balance: Balance
    eit_meetings: int
    suggestions_received: int
    suggestions_implemented: int


# -- the visit report --------------------------------------------------------------------------------------------

def visit_report_data(ws: Workspace, visit_id: str, catalog: Catalog, *,
                      actions_as_of: Mapping[str, Mapping[str, Any]] | None = None) -> VisitReportData:
    """Everything the visit report prints; :class:`NotFoundError` when there is no such visit.

    ``actions_as_of`` maps action ids to the fields they had at another moment (a signed report's snapshot): the
    report then shows those actions as they were then, not as the EIT has moved them on since.
    """
    visit = ws.visits.get(visit_id)
    enterprise = ws.enterprises.get(visit["enterprise_id"], include_deleted=True)
    visits = _visits_in_order(ws, enterprise["id"])
    position = next((index for index, v in enumerate(visits) if v["id"] == visit_id), len(visits))
    members = {m["id"]: m for m in ws.eit_members.list(enterprise_id=enterprise["id"], include_deleted=True)}
    attendees = [Attendee(members[entry]["name"], members[entry]) if entry in members else Attendee(str(entry))
                 for entry in visit.get("attendees") or [] if entry]
    observations = ws.observations.list(visit_id=visit_id, order_by="position, created_at")
    actions = ws.action_items.list(enterprise_id=enterprise["id"], order_by="due_date, created_at")
    if actions_as_of:
        actions = [{**action, **actions_as_of.get(action["id"], {})} for action in actions]
    visit_dates = {v["id"]: v["visit_date"] for v in visits}
    earlier_ids = {v["id"] for v in visits[:position]}
    previous = visits[position - 1] if position > 0 else None
    earlier_actions = [_action_row(a, members, visit_dates, visit["visit_date"]) for a in actions
                       if a.get("visit_id") in earlier_ids and _still_matters(a, previous)]
    new_actions = [_action_row(a, members, visit_dates, visit["visit_date"]) for a in actions
                   if a.get("visit_id") == visit_id]
    return VisitReportData(
        enterprise=enterprise, visit=visit, number=position + 1, catalog=catalog, attendees=attendees,
        attendee_balance=Balance.of([a.member for a in attendees if a.member]),
        eit_balance=Balance.of(_current_members(members.values(), visit["visit_date"])),
        earlier_actions=earlier_actions,
        findings=_by_topic(observations, visit["module"], catalog),
        photos=_finding_photos(ws, visit_id),
        kpis=_kpi_rows(ws, enterprise["id"], catalog, visit=visit),
        new_actions=new_actions,
        signatures=_signatures(ws, visit),
        practice=_practice(ws, visit, catalog),
        before_after=_before_after(ws, earlier_actions + new_actions),
        classroom=classroom_of_visit(ws, visit),
    )


def _practice(ws: Workspace, visit: Record, catalog: Catalog) -> PracticeSummary | None:
    try:
        topics = [topic.code for topic in catalog.module(visit["module"]).topics]
    except KeyError:
        return None
    return practice_summary(ws, visit, topics)


def _before_after(ws: Workspace, rows: list[ActionRow]) -> list[BeforeAfter]:
    pairs = []
    for row in rows:
        after = action_store.after_photos(ws, row.record["id"])
        if after:
            pairs.append(BeforeAfter(row, action_store.before_photos(ws, row.record), after))
    return pairs


def _visits_in_order(ws: Workspace, enterprise_id: str) -> list[Record]:
    return ws.visits.list(enterprise_id=enterprise_id, order_by="visit_date, created_at")


def _current_members(members: Any, on: str) -> list[Record]:
    return [m for m in members if not m["deleted"] and (m.get("from_date") or "") <= on
            and (m.get("to_date") or "9999") >= on]


def _still_matters(action: Record, previous: Record | None) -> bool:
    """An earlier action is reported while it is open, and once more after it was closed: done since the
    previous visit, or dropped at it."""
    if action["status"] not in CLOSED:
        return True
    if previous is None:
        return False
    if action["status"] == "done":
        completed = action.get("completed_date")
        if completed is None:
            return action.get("visit_id") == previous["id"]
        return completed >= previous["visit_date"]
    return action.get("visit_id") == previous["id"]


def _action_row(action: Record, members: dict[str, Record], visit_dates: dict[str, str], on: str) -> ActionRow:
    owner = members.get(action.get("owner_id") or "")
    due, completed = action.get("due_date"), action.get("completed_date")
    return ActionRow(record=action, owner=owner["name"] if owner else "",
                     agreed=visit_dates.get(action.get("visit_id")),
                     overdue=action["status"] not in CLOSED and due is not None and due < on,
                     done_late=action["status"] == "done" and None not in (due, completed) and completed > due)


def _by_topic(observations: list[Record], module_code: str,
              catalog: Catalog) -> list[tuple[str | None, list[Record]]]:
    try:
        order = [topic.code for topic in catalog.module(module_code).topics]
    except KeyError:
        order = []
    groups: dict[str | None, list[Record]] = {}
    for observation in observations:
        topic = observation.get("topic")
        groups.setdefault(topic if topic in order or _known_topic(catalog, topic) else None, []).append(observation)
    ranked = sorted((key for key in groups if key is not None),
                    key=lambda code: (order.index(code) if code in order else len(order), code))
    return [(code, groups[code]) for code in ranked] + ([(None, groups[None])] if None in groups else [])


def _known_topic(catalog: Catalog, code: str | None) -> bool:
    if not code:
        return False
    try:
        catalog.topic(code)
    except KeyError:
        return False
    return True


def _finding_photos(ws: Workspace, visit_id: str) -> dict[str, list[Record]]:
    # Every photo of a finding shows under it, whatever its kind: a picture marked "signature" on a finding is a
    # photographed paper, and dropping it would lose it from the report.
    photos = ws.photos.list(
        where="observation_id IN (SELECT id FROM observation WHERE visit_id = ? AND deleted = 0)",
        where_args=[visit_id], order_by="position, taken_at, created_at")
    grouped: dict[str, list[Record]] = {}
    for photo in photos:
        grouped.setdefault(photo["observation_id"], []).append(photo)
    return grouped


def _signatures(ws: Workspace, visit: Record) -> list[Signature]:
    """The two signature blocks, from the visit's ``signatures`` (:mod:`score_desktop.domain.signatures`): drawn
    strokes, or a signature photo that the entry names. Signature photos of the visit that no role names fill the
    roles still without a signature, in their order."""
    signers = parse_signatures(visit.get("signatures"))
    photos = ws.photos.list(visit_id=visit["id"], kind="signature", order_by="position, created_at")
    by_id = {photo["id"]: photo for photo in photos}
    signatures = []
    for role in ROLES:
        signer = signers[role]
        name = signer.name or (str(visit.get("trainer") or "") if role == "trainer" else "")
        signatures.append(Signature(role, name, signer.signed_at, by_id.pop(signer.photo_id or "", None),
                                    signer.position, signer.strokes))
    spare = [photo for photo in photos if photo["id"] in by_id]
    for signature in signatures:
        if signature.photo is None and not signature.strokes and spare:
            signature.photo = spare.pop(0)
    return signatures


# -- KPIs ----------------------------------------------------------------------------------------------------

def _kpi_rows(ws: Workspace, enterprise_id: str, catalog: Catalog, *, visit: Record | None = None) -> list[KpiRow]:
    """One row per KPI the enterprise measures: baseline, the reading for the visit (or the latest), the series.

    A reading that another one supersedes is left out. For a visit, only readings of periods that started by the
    visit date count, and "current" is the reading made at the visit, else the latest one before it.
    """
    readings = ws.kpi_readings.list(enterprise_id=enterprise_id, order_by="period_end, period_start, created_at")
    superseded = {r["supersedes_id"] for r in readings if r.get("supersedes_id")}
    by_kpi: dict[str, list[Record]] = {}
    for reading in readings:
        if reading["id"] in superseded or reading.get("value") is None:
            continue
        if (visit is not None and reading["period_start"] > visit["visit_date"]
                and reading.get("visit_id") != visit["id"]):
            continue
        by_kpi.setdefault(reading["kpi"], []).append(reading)
    rows = []
    for code, series in by_kpi.items():
        baselines = [r for r in series if r["phase"] == "baseline"]
        baseline = baselines[0] if baselines else series[0]
        later = series[series.index(baseline) + 1:]
        current = later[-1] if later else None
        if visit is not None:
            at_visit = [r for r in later if r.get("visit_id") == visit["id"]]
            current = at_visit[-1] if at_visit else current
        rows.append(KpiRow(code, _definition(catalog, code), baseline, current, [baseline] + later))
    module = visit["module"] if visit else None
    return sorted(rows, key=lambda row: _kpi_rank(catalog, row, module))


def _definition(catalog: Catalog, code: str) -> KpiDefinition | None:
    try:
        return catalog.kpi(code)
    except KeyError:
        return None


def _kpi_rank(catalog: Catalog, row: KpiRow, module: str | None) -> tuple[int, int, str]:
    codes = [kpi.code for kpi in catalog.kpis]
    own = 0 if row.definition is not None and module in row.definition.modules else 1
    return own, codes.index(row.code) if row.code in codes else len(codes), row.code


# -- the progress report -------------------------------------------------------------------------------------------

def progress_report_data(ws: Workspace, enterprise_id: str, catalog: Catalog,
                         as_of: dt.date | None = None) -> ProgressReportData:
    """Everything the enterprise progress report prints; :class:`NotFoundError` for an unknown enterprise."""
    enterprise = ws.enterprises.get(enterprise_id)
    today = (as_of or dt.date.today()).isoformat()
    visits = _visits_in_order(ws, enterprise_id)
    members = {m["id"]: m for m in ws.eit_members.list(enterprise_id=enterprise_id, include_deleted=True)}
    actions = ws.action_items.list(enterprise_id=enterprise_id, order_by="due_date, created_at")
    visit_dates = {v["id"]: v["visit_date"] for v in visits}
    rows = [_action_row(a, members, visit_dates, today) for a in actions]
    stats = ActionStats(total=len(rows), on_time=sum(r.record["status"] == "done" and not r.done_late for r in rows),
                        late=sum(r.done_late for r in rows),
                        open=sum(r.record["status"] not in CLOSED for r in rows), overdue=sum(r.overdue for r in rows),
                        dropped=sum(r.record["status"] == "dropped" for r in rows))
    current = _current_members(members.values(), today)
    return ProgressReportData(
        enterprise=enterprise, catalog=catalog, as_of=dt.date.fromisoformat(today),
        visits=[VisitLine(n + 1, v, ws.observations.count(visit_id=v["id"]), ws.action_items.count(visit_id=v["id"]))
                for n, v in enumerate(visits)],
        kpis=_kpi_rows(ws, enterprise_id, catalog), actions=stats,
        open_actions=[r for r in rows if r.record["status"] not in CLOSED],
        eit_members=len(current), eit_balance=Balance.of(current),
        eit_meetings=sum(any(a in members for a in v.get("attendees") or []) for v in visits),
        suggestions_received=ws.suggestions.count(enterprise_id=enterprise_id),
        suggestions_implemented=ws.suggestions.count(enterprise_id=enterprise_id, implemented=True),
    )

