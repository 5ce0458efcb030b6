"""What the per-sponsor results report prints: one sponsoring buyer's suppliers in the programme, gathered from a
coordinator's workspace into plain objects (as :mod:`score_desktop.reports.data` does for the other reports).

A sponsor is a name in an enterprise's ``sponsors`` list, as the trainers typed it. Each supplier's figures are
those of its progress report (visits, KPIs from baseline to latest, actions, the EIT), so the two reports never
disagree; this module adds what only the sponsor report needs: the KPI changes summed up across suppliers and the
suppliers' classroom training.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field

from score_desktop.domain.catalog import Catalog, KpiDefinition
from score_desktop.errors import QT_TRANSLATE_NOOP, UserError
from score_desktop.reports.data import ActionStats, Balance, KpiRow, ProgressReportData, progress_report_data
from score_desktop.store import training
from score_desktop.store.queries import sponsors
from score_desktop.store.workspace import Workspace


class UnknownSponsorError(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "No enterprise in this workspace names the sponsor {sponsor}. "
                                           "Sponsors it knows: {known}.")


def resolve_sponsor(ws: Workspace, name: str) -> str:
    """The sponsor as the workspace writes it: ``name`` itself, or the one known sponsor that differs from it only
    in case and surrounding spaces; :class:`UnknownSponsorError` (listing the known ones) otherwise."""
    known = sponsors(ws)
    if name in known:
        return name
    alike = [sponsor for sponsor in known if sponsor.strip().casefold() == name.strip().casefold()]
    if len(alike) == 1:
        return alike[0]
    raise UnknownSponsorError(sponsor=name, known=", ".join(known) or "—")


@dataclass
class TrainingLine:
    """Suppliers' people in classroom sessions: how many, how many came every day, women and workers."""

    #: The sessions they took part in (one session often holds several suppliers: counted once).
    session_ids: set[str] = field(default_factory=set)
    participants: int = 0
    full_attendance: int = 0
    women: int = 0
    workers: int = 0

    @property
    def sessions(self) -> int:
        return len(self.session_ids)

    def add(self, other: "TrainingLine") -> None:
        self.session_ids |= other.session_ids
        for name in ("participants", "full_attendance", "women", "workers"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Supplier:
    progress: ProgressReportData
    #: The modules of its visits, in the catalog's order.
    modules: list[str]
    training: TrainingLine

    @property
    def enterprise(self):
        return self.progress.enterprise


@dataclass
class KpiAcross:
    """One KPI over the suppliers that measure it: how many improved or got worse from baseline to latest, and
    the median change (direction-aware colours come from the definition)."""

    code: str
    definition: KpiDefinition | None
    suppliers: int = 0
    improved: int = 0
    worse: int = 0
    changes: list[float] = field(default_factory=list)

    @property
    def median_change(self) -> float | None:
        return statistics.median(self.changes) if self.changes else None

    @property
    def median_improved(self) -> bool | None:
        """Whether the median change is an improvement for this KPI's direction (None: no change known)."""
        median = self.median_change
        if median is None or median == 0 or self.definition is None:
            return None
        return self.definition.is_improvement(100.0, 100.0 + median)


@dataclass
class SponsorReportData:
    sponsor: str
    catalog: Catalog
    as_of: dt.date
    suppliers: list[Supplier]
    kpis: list[KpiAcross]
    actions: ActionStats
    eit_members: int
    eit_balance: Balance
    training: TrainingLine

    @property
    def visit_dates(self) -> list[str]:
        return sorted(line.record["visit_date"] for supplier in self.suppliers for line in supplier.progress.visits)

    @property
    def modules(self) -> list[str]:
        seen = {module for supplier in self.suppliers for module in supplier.modules}
        order = [module.code for module in self.catalog.modules]
        return sorted(seen, key=lambda code: (order.index(code) if code in order else len(order), code))


def sponsor_report_data(ws: Workspace, sponsor: str, catalog: Catalog,
                        as_of: dt.date | None = None) -> SponsorReportData:
    """Everything the report of ``sponsor`` prints (its name resolved by :func:`resolve_sponsor`)."""
    sponsor = resolve_sponsor(ws, sponsor)
    ids = [row[0] for row in ws.conn.execute(
        "SELECT e.id FROM enterprise e WHERE e.deleted = 0 AND EXISTS (SELECT 1 FROM json_each(e.sponsors) j "
        "WHERE j.value = ?) ORDER BY e.name, e.id", (sponsor,))]
    suppliers = [_supplier(ws, enterprise_id, catalog, as_of) for enterprise_id in ids]
    actions, balance, trained = ActionStats(), Balance(), TrainingLine()
    for supplier in suppliers:
        for name in ("total", "on_time", "late", "open", "overdue", "dropped"):
            setattr(actions, name, getattr(actions, name) + getattr(supplier.progress.actions, name))
        for name in ("managers", "workers", "women", "men"):
            setattr(balance, name, getattr(balance, name) + getattr(supplier.progress.eit_balance, name))
        trained.add(supplier.training)
    return SponsorReportData(
        sponsor=sponsor, catalog=catalog, as_of=as_of or dt.date.today(), suppliers=suppliers,
        kpis=_kpis_across([row for supplier in suppliers for row in supplier.progress.kpis], catalog),
        actions=actions, eit_members=sum(s.progress.eit_members for s in suppliers), eit_balance=balance,
        training=trained)


def _supplier(ws: Workspace, enterprise_id: str, catalog: Catalog, as_of: dt.date | None) -> Supplier:
    progress = progress_report_data(ws, enterprise_id, catalog, as_of=as_of)
    order = [module.code for module in catalog.modules]
    modules = sorted({line.record["module"] for line in progress.visits},
                     key=lambda code: (order.index(code) if code in order else len(order), code))
    return Supplier(progress, modules, _training(ws, enterprise_id))


def _training(ws: Workspace, enterprise_id: str) -> TrainingLine:
    line = TrainingLine()
    for session in training.enterprise_training(ws, enterprise_id):
        line.session_ids.add(session["id"])
        line.participants += session["participants"]
        line.full_attendance += session["attended_all"]
    people = ws.attendances.list(enterprise_id=enterprise_id)
    line.women = sum(person.get("gender") == "female" for person in people)
    line.workers = sum(person.get("side") == "worker" for person in people)
    return line


def _kpis_across(rows: list[KpiRow], catalog: Catalog) -> list[KpiAcross]:
    by_code: dict[str, KpiAcross] = {}
    for row in rows:
        across = by_code.setdefault(row.code, KpiAcross(row.code, row.definition))
        across.suppliers += 1
        across.improved += row.improved is True
        across.worse += row.improved is False
        if row.change_percent is not None:
            across.changes.append(row.change_percent)
    order = [kpi.code for kpi in catalog.kpis]
    return sorted(by_code.values(), key=lambda k: (order.index(k.code) if k.code in order else len(order), k.code))
