"""Programme results: the figures a coordinator reports to donors and sponsors, read from a workspace that holds
the programme (a coordinator's, after a pull) or a trainer's own.

Every figure is narrowed by one :class:`ResultFilter` (period, province, module, sponsoring buyer, trainer) and
remembers the records behind it (``*_ids``), so the dashboard can open them. The questions are SQL over the
filtered enterprises and visits; the rules (which reading is a KPI's baseline, what is an improvement, what counts
as done on time) are the reports' own, so a figure here never disagrees with a printed report.

The trainer of a visit is the account that synced it (``created_by``); a visit never synced counts under the
trainer's name typed on it.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from dataclasses import dataclass, field
from typing import Any

from score_desktop.domain.catalog import Catalog, KpiDefinition
from score_desktop.domain.entities import TRAINING_SESSION
from score_desktop.domain.training import attended_every_day, session_days
from score_desktop.store import queries
from score_desktop.store.photos import PhotoStore, ext_for_mime
from score_desktop.store.records import from_row
from score_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class ResultFilter:
    """None means any. ``first_day``/``last_day`` bound the visits (and sessions) by date, ISO."""

    first_day: str | None = None
    last_day: str | None = None
    province: str | None = None
    module: str | None = None
    sponsor: str | None = None
    trainer: str | None = None

    def enterprises(self) -> tuple[str, list[Any]]:
        clauses, args = ["e.deleted = 0"], []
        if self.province:
            clauses.append("e.province = ?")
            args.append(self.province)
        if self.sponsor:
            clauses.append("EXISTS (SELECT 1 FROM json_each(e.sponsors) j WHERE j.value = ?)")
            args.append(self.sponsor)
        return " AND ".join(clauses), args

    def visits(self) -> tuple[str, list[Any]]:
        """A WHERE over ``visit v JOIN enterprise e``."""
        where, args = self.enterprises()
        clauses = [where, "v.deleted = 0"]
        for column, value, op in (("v.visit_date", self.first_day, ">="), ("v.visit_date", self.last_day, "<="),
                                  ("v.module", self.module, "="), (TRAINER, self.trainer, "=")):
            if value:
                clauses.append(f"{column} {op} ?")
                args.append(value)
        return " AND ".join(clauses), args


#: The trainer of a visit: the account that synced it, else the name typed on it.
TRAINER = "coalesce(v.created_by, v.trainer, '')"


@dataclass
class KpiFigure:
    code: str
    definition: KpiDefinition | None
    improved_ids: list[str] = field(default_factory=list)
    worse_ids: list[str] = field(default_factory=list)
    unchanged_ids: list[str] = field(default_factory=list)
    changes: list[float] = field(default_factory=list)

    @property
    def enterprise_ids(self) -> list[str]:
        return self.improved_ids + self.worse_ids + self.unchanged_ids

    @property
    def median_change(self) -> float | None:
        return statistics.median(self.changes) if self.changes else None


@dataclass
class PracticeFigure:
    module: str
    enterprise_ids: list[str]
    baseline: float | None  # average share of topics in place at the module's first assessment, in %
    latest: float | None


@dataclass
class ActionFigure:
    on_time_ids: list[str] = field(default_factory=list)
    late_ids: list[str] = field(default_factory=list)
    overdue_ids: list[str] = field(default_factory=list)
    open_ids: list[str] = field(default_factory=list)


@dataclass
class EitFigure:
    members: int = 0
    managers: int = 0
    workers: int = 0
    women: int = 0
    men: int = 0


@dataclass
class TrainingFigure:
    participants: int = 0
    full_attendance: int = 0
    women: int = 0
    session_ids: set[str] = field(default_factory=set)
    #: Per feedback question: the average score (1-5), None without answers.
    satisfaction: dict[str, float | None] = field(default_factory=dict)


@dataclass
class Figures:
    enterprise_ids: list[str]
    visit_ids: list[str]
    kpis: list[KpiFigure]
    practice: list[PracticeFigure]
    actions: ActionFigure
    eit: EitFigure
    training: TrainingFigure
    #: (trainer, month "YYYY-MM", visits), by trainer then month.
    visits_per_trainer: list[tuple[str, str, int]]
    photos_expected: int
    photos_received: int
    open_conflicts: int


def figures(ws: Workspace, catalog: Catalog, results_filter: ResultFilter | None = None,
            today: dt.date | None = None) -> Figures:
    """Every figure of the dashboard under ``results_filter`` (actions count as overdue against ``today``)."""
    f = results_filter or ResultFilter()
    day = (today or dt.date.today()).isoformat()
    visit_where, visit_args = f.visits()
    visit_rows = ws.conn.execute(
        f"SELECT v.id, v.enterprise_id FROM visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE {visit_where} "
        f"ORDER BY v.visit_date, v.id", visit_args).fetchall()
    visit_ids = [row[0] for row in visit_rows]
    narrowed = bool(f.first_day or f.last_day or f.module or f.trainer)
    enterprise_where, enterprise_args = f.enterprises()
    if narrowed:  # the enterprises of the visits in view
        enterprise_ids = list(dict.fromkeys(row[1] for row in visit_rows))
    else:
        enterprise_ids = [row[0] for row in ws.conn.execute(
            f"SELECT e.id FROM enterprise e WHERE {enterprise_where} ORDER BY e.name, e.id", enterprise_args)]
    _scratch_ids(ws, "results_enterprise", enterprise_ids)
    _scratch_ids(ws, "results_visit", visit_ids)
    return Figures(
        enterprise_ids=enterprise_ids, visit_ids=visit_ids,
        kpis=_kpis(ws, catalog, f), practice=_practice(ws, catalog), actions=_actions(ws, day),
        eit=_eit(ws, day), training=_training(ws, f), visits_per_trainer=_per_trainer(ws),
        photos_expected=_count(ws, "SELECT count(*) FROM photo p WHERE p.deleted = 0 AND p.enterprise_id IN "
                                   "(SELECT id FROM results_enterprise)"),
        photos_received=_photos_received(ws),
        open_conflicts=_count(ws, "SELECT count(*) FROM conflict c WHERE c.status = 'open' AND c.enterprise_id IN "
                                  "(SELECT id FROM results_enterprise)"),
    )


def _scratch_ids(ws: Workspace, table: str, ids: list[str]) -> None:
    """The ids in view, in a temporary table of this connection, for the questions below to join."""
    _scratch_table(ws, table, "id TEXT PRIMARY KEY", [(i,) for i in ids])


def _scratch_table(ws: Workspace, table: str, columns: str, rows: list[tuple]) -> None:
    """A temporary table of this connection holding ``rows``. Writing it opens a transaction (Python's sqlite3
    does so before any INSERT): ended here unless the caller had one."""
    ours = not ws.conn.in_transaction
    ws.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({columns})")
    ws.conn.execute(f"DELETE FROM temp.{table}")
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        ws.conn.executemany(f"INSERT OR IGNORE INTO temp.{table} VALUES ({marks})", rows)
    if ours and ws.conn.in_transaction:
        ws.conn.commit()


def _count(ws: Workspace, sql: str, args: tuple = ()) -> int:
    return int(ws.conn.execute(sql, args).fetchall()[0][0] or 0)


def _kpis(ws: Workspace, catalog: Catalog, f: ResultFilter) -> list[KpiFigure]:
    """Per KPI and enterprise: the baseline (the first reading of phase baseline, else the first) against the
    latest reading; superseded readings left out, as the reports do. With a period, readings whose period ends in it."""
    clauses, args = ["r.deleted = 0", "r.value IS NOT NULL", "r.enterprise_id IN (SELECT id FROM results_enterprise)",
                     "r.id NOT IN (SELECT s.supersedes_id FROM kpi_reading s WHERE s.deleted = 0 "
                     "AND s.supersedes_id IS NOT NULL)"], []
    if f.first_day:
        clauses.append("r.period_end >= ?")
        args.append(f.first_day)
    if f.last_day:
        clauses.append("r.period_end <= ?")
        args.append(f.last_day)
    rows = ws.conn.execute(
        f"SELECT r.kpi, r.enterprise_id, r.phase, r.value FROM kpi_reading r WHERE {' AND '.join(clauses)} "
        f"ORDER BY r.kpi, r.enterprise_id, r.period_end, r.period_start, r.created_at", args).fetchall()
    series: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for kpi, enterprise_id, phase, value in rows:
        series.setdefault((kpi, enterprise_id), []).append((phase, value))
    by_kpi: dict[str, KpiFigure] = {}
    for (code, enterprise_id), readings in series.items():
        definition = _definition(catalog, code)
        if f.module and definition is not None and f.module not in definition.modules:
            continue
        figure = by_kpi.setdefault(code, KpiFigure(code, definition))
        start = next((n for n, (phase, _v) in enumerate(readings) if phase == "baseline"), 0)
        baseline, latest = readings[start][1], readings[-1][1]
        if len(readings) - start < 2 or baseline == latest or definition is None:
            figure.unchanged_ids.append(enterprise_id)
        elif definition.is_improvement(baseline, latest):
            figure.improved_ids.append(enterprise_id)
        else:
            figure.worse_ids.append(enterprise_id)
        if len(readings) - start >= 2 and baseline:
            figure.changes.append((latest - baseline) / abs(baseline) * 100)
    order = [kpi.code for kpi in catalog.kpis]
    return sorted(by_kpi.values(), key=lambda k: (order.index(k.code) if k.code in order else len(order), k.code))


def _definition(catalog: Catalog, code: str) -> KpiDefinition | None:
    try:
        return catalog.kpi(code)
    except KeyError:
        return None


def _practice(ws: Workspace, catalog: Catalog) -> list[PracticeFigure]:
    """Per module: each enterprise's share of the module's topics in place at its first assessment and at its
    latest, over the visits in view. A topic counts for the module the catalog puts it in, whichever visit
    assessed it (a baseline visit may check every module's topics)."""
    _scratch_topics(ws, catalog)
    rows = ws.conn.execute(
        "SELECT t.module, v.enterprise_id, sum(c.in_place != 0) * 100.0 / count(*) FROM practice_check c "
        "JOIN visit v ON v.id = c.visit_id JOIN temp.results_topic t ON t.topic = c.topic "
        "WHERE c.deleted = 0 AND c.in_place IS NOT NULL AND v.id IN (SELECT id FROM results_visit) "
        "GROUP BY t.module, v.enterprise_id, v.id ORDER BY t.module, v.enterprise_id, v.visit_date, v.created_at"
    ).fetchall()
    per_module: dict[str, dict[str, list[float]]] = {}
    for module, enterprise_id, share in rows:  # each visit's share, oldest first
        per_module.setdefault(module, {}).setdefault(enterprise_id, []).append(share)
    order = [module.code for module in catalog.modules]
    found = []
    for module in sorted(per_module, key=lambda code: (order.index(code) if code in order else len(order), code)):
        shares = per_module[module]
        found.append(PracticeFigure(module, list(shares), statistics.fmean(s[0] for s in shares.values()),
                                    statistics.fmean(s[-1] for s in shares.values())))
    return found


def _scratch_topics(ws: Workspace, catalog: Catalog) -> None:
    """The catalog's topics with their modules, in a temporary table of this connection."""
    _scratch_table(ws, "results_topic", "topic TEXT PRIMARY KEY, module TEXT NOT NULL",
                   [(topic.code, module.code) for module in catalog.modules for topic in module.topics])


def _actions(ws: Workspace, day: str) -> ActionFigure:
    """The actions agreed at the visits in view (with their status as it is now)."""
    figure = ActionFigure()
    for action_id, status, due, completed in ws.conn.execute(
            "SELECT a.id, a.status, a.due_date, a.completed_date FROM action_item a WHERE a.deleted = 0 "
            "AND a.visit_id IN (SELECT id FROM results_visit) ORDER BY a.due_date, a.id"):
        if status == "done":
            late = bool(due and completed and completed > due)
            (figure.late_ids if late else figure.on_time_ids).append(action_id)
        elif status != "dropped":
            (figure.overdue_ids if due and due < day else figure.open_ids).append(action_id)
    return figure


def _eit(ws: Workspace, day: str) -> EitFigure:
    row = ws.conn.execute(
        "SELECT count(*), sum(side = 'manager'), sum(side = 'worker'), sum(gender = 'female'), sum(gender = 'male') "
        "FROM eit_member m WHERE m.deleted = 0 AND m.enterprise_id IN (SELECT id FROM results_enterprise) "
        "AND coalesce(m.from_date, '') <= ? AND coalesce(m.to_date, '9999') >= ?", (day, day)).fetchall()[0]
    return EitFigure(*(int(value or 0) for value in row))


def _training(ws: Workspace, f: ResultFilter) -> TrainingFigure:
    clauses, args = ["a.deleted = 0", "s.deleted = 0", "a.enterprise_id IN (SELECT id FROM results_enterprise)"], []
    for column, value, op in (("s.session_date", f.first_day, ">="), ("s.session_date", f.last_day, "<="),
                              ("s.module", f.module, "=")):
        if value:
            clauses.append(f"{column} {op} ?")
            args.append(value)
    cursor = ws.conn.execute(
        f"SELECT s.id, s.session_date, s.days, s.dates, a.days_present, a.gender, a.feedback_content, "
        f"a.feedback_trainer, a.feedback_apply FROM attendance a JOIN training_session s "
        f"ON s.id = a.training_session_id WHERE {' AND '.join(clauses)}", args)
    figure = TrainingFigure()
    scores: dict[str, list[int]] = {"feedback_content": [], "feedback_trainer": [], "feedback_apply": []}
    days_of: dict[str, list[str]] = {}
    for session_id, session_date, days, dates, present, gender, content, trainer, apply in cursor:
        if session_id not in days_of:
            session = from_row(TRAINING_SESSION, {"session_date": session_date, "days": days, "dates": dates})
            days_of[session_id] = session_days(session)
        person = {"days_present": _json_list(present)}
        figure.session_ids.add(session_id)
        figure.participants += 1
        figure.full_attendance += attended_every_day(person, days_of[session_id])
        figure.women += gender == "female"
        for name, value in (("feedback_content", content), ("feedback_trainer", trainer),
                            ("feedback_apply", apply)):
            if value is not None:
                scores[name].append(value)
    figure.satisfaction = {name: statistics.fmean(values) if values else None for name, values in scores.items()}
    return figure


def _json_list(text: str | None) -> list[str]:
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return [str(item) for item in value] if isinstance(value, list) else []


def _per_trainer(ws: Workspace) -> list[tuple[str, str, int]]:
    return [(trainer, month, count) for trainer, month, count in ws.conn.execute(
        f"SELECT {TRAINER}, substr(v.visit_date, 1, 7), count(*) FROM visit v "
        f"WHERE v.id IN (SELECT id FROM results_visit) GROUP BY 1, 2 ORDER BY 1, 2")]


def _photos_received(ws: Workspace) -> int:
    """Photos in view whose picture reached the server (it said so) or is on this laptop; each picture is looked
    for once, however many records name it."""
    rows = ws.conn.execute(
        "SELECT p.sha256, p.mime, count(*), EXISTS (SELECT 1 FROM server_blob b WHERE b.sha256 = p.sha256) "
        "FROM photo p WHERE p.deleted = 0 AND p.enterprise_id IN (SELECT id FROM results_enterprise) "
        "GROUP BY p.sha256").fetchall()
    store = PhotoStore(ws.paths)
    return sum(count for sha256, mime, count, on_server in rows
               if on_server or store.original_path(sha256, ext_for_mime(mime)).exists())


def choices(ws: Workspace) -> dict[str, list[str]]:
    """What each filter can be set to in this workspace: provinces, modules, sponsors, trainers."""
    def distinct(sql: str) -> list[str]:
        return [row[0] for row in ws.conn.execute(sql) if row[0]]

    enterprise_choices = queries.enterprise_filter_choices(ws)
    return {
        "province": distinct("SELECT DISTINCT province FROM enterprise WHERE deleted = 0 ORDER BY 1"),
        "module": enterprise_choices["module"],
        "sponsor": enterprise_choices["sponsor"],
        "trainer": distinct(f"SELECT DISTINCT {TRAINER} FROM visit v WHERE v.deleted = 0 ORDER BY 1"),
    }
