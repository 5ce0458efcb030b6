"""Programme results: the dashboard a coordinator reads before writing to a donor or a sponsor.

Filters on top (period, province, module, sponsoring buyer, trainer); under them the figures of
:mod:`score_desktop.results.figures`: enterprises and visits, KPI change from baseline per KPI (direction-aware,
with the enterprises behind it), practice scores per module, actions on time, late and overdue, the EITs' balance,
classroom training, visits per trainer and month, photos received, open conflicts. Each figure opens the records
behind it (a list, then the record where it belongs). The figures are read on a worker, so the window never waits;
a filter changed meanwhile drops the answer that came too late.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from score_desktop.results.figures import Figures, ResultFilter, choices, figures
from score_desktop.store.workspace import Workspace
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.formats import date_text, number_text, percent_text
from score_desktop.ui.core.lazy_model import Column, RowsTableModel
from score_desktop.ui.core.tasks import INTERACTIVE, TaskSlot, run_in_background
from score_desktop.ui.core.widgets import RefreshedOnChange, fit_columns, heading, muted, table_view
from score_desktop.ui.results.bars import BAD, GOOD, NEUTRAL, OTHER, WARN, StackedBar
from score_desktop.ui.results.records_dialog import RecordsDialog


def _count(value: int) -> str:
    return number_text(value, decimals=0)


class ResultsScreen(RefreshedOnChange, QWidget):
    WATCHES = None  # every change and every sync round may move a figure

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._slot = TaskSlot()
        self.shown: Figures | None = None
        self._build()

    # -- widgets -----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.period = self._combo("period")
        for text, key in ((self.tr("All time"), "all"), (self.tr("Last 12 months"), "12m"),
                          (self.tr("This year"), "year"), (self.tr("Last year"), "last_year")):
            self.period.addItem(text, key)
        self.province, self.module = self._combo("province"), self._combo("module")
        self.sponsor, self.trainer = self._combo("sponsor"), self._combo("trainer")
        filters = QHBoxLayout()
        for text, box in ((self.tr("&Period"), self.period), (self.tr("Provi&nce"), self.province),
                          (self.tr("&Module"), self.module), (self.tr("Sp&onsor"), self.sponsor),
                          (self.tr("T&rainer"), self.trainer)):
            label = QLabel(text, self)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box, 1)
        self.status = muted("", self)

        self.enterprises_button = self._link("enterprisesFigure", lambda: self._open_enterprises(
            self.shown.enterprise_ids if self.shown else [], self.tr("Enterprises")))
        self.visits_button = self._link("visitsFigure", lambda: self._open_visits(
            self.shown.visit_ids if self.shown else [], self.tr("Visits")))
        self.photos_label = QLabel(self)
        self.conflicts_button = self._link("conflictsFigure", lambda: self._ctx.nav.show_screen.emit("sync"))
        overview = QHBoxLayout()
        for widget in (self.enterprises_button, self.visits_button, self.photos_label, self.conflicts_button):
            overview.addWidget(widget)
        overview.addStretch(1)

        self.kpi_model = RowsTableModel([
            Column("name", self.tr("KPI")), Column("enterprises", self.tr("Enterprises")),
            Column("improved", self.tr("Improved")), Column("worse", self.tr("Worse")),
            Column("median", self.tr("Median change"))], self)
        self.kpi_view = table_view(self.kpi_model, self, name="kpiFigures", stretch=0)
        self.kpi_view.activated.connect(self._open_kpi)
        self.practice_model = RowsTableModel([
            Column("module", self.tr("Module"), tooltip=lambda row: row["name"]),
            Column("enterprises", self.tr("Enterprises")), Column("baseline", self.tr("Baseline")),
            Column("latest", self.tr("Latest"))], self)
        self.practice_view = table_view(self.practice_model, self, name="practiceFigures", stretch=0)
        self.practice_view.activated.connect(self._open_practice)
        self.trainer_model = RowsTableModel([
            Column("trainer", self.tr("Trainer")), Column("month", self.tr("Month")),
            Column("visits", self.tr("Visits"))], self)
        self.trainer_view = table_view(self.trainer_model, self, name="visitsPerTrainer", stretch=0)
        self.trainer_view.activated.connect(self._open_trainer_month)
        # Counts and percentages: columns as wide as their titles (and "−100.0%"), in every language.
        fit_columns(self.kpi_view, {1: ["9,999"], 2: ["9,999"], 3: ["9,999"], 4: ["+100.0%"]})
        fit_columns(self.practice_view, {1: ["9,999"], 2: ["100%"], 3: ["100%"]})
        fit_columns(self.trainer_view, {1: ["2026-12"], 2: ["9,999"]})

        self.actions_bar = StackedBar(self)
        self.actions_bar.setObjectName("actionsFigure")
        self.actions_bar.part_clicked.connect(self._open_actions)
        self.eit_sides, self.eit_sexes = StackedBar(self), StackedBar(self)
        self.training_label = QLabel(self)
        self.training_label.setWordWrap(True)

        grid = QGridLayout()
        grid.addWidget(self._group(self.tr("KPI change from baseline to latest"), self.kpi_view), 0, 0, 2, 1)
        grid.addWidget(self._group(self.tr("Good practices in place, per module (%)"), self.practice_view), 0, 1)
        grid.addWidget(self._group(self.tr("Actions agreed at these visits"), self.actions_bar), 1, 1)
        eit = QWidget(self)
        eit_layout = QVBoxLayout(eit)
        eit_layout.setContentsMargins(0, 0, 0, 0)
        eit_layout.addWidget(self.eit_sides)
        eit_layout.addWidget(self.eit_sexes)
        grid.addWidget(self._group(self.tr("EIT balance"), eit), 2, 0)
        grid.addWidget(self._group(self.tr("Classroom training"), self.training_label), 2, 1)
        grid.addWidget(self._group(self.tr("Visits per trainer and month"), self.trainer_view), 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(overview)
        body_layout.addLayout(grid)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Programme results"), self))
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        for box in (self.period, self.province, self.module, self.sponsor, self.trainer):
            box.currentIndexChanged.connect(lambda _index: self.refresh())

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(f"{name}Filter")
        # A long province or sponsor name must not widen the window: the list opens as wide as it needs.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(10)
        return box

    def _link(self, name: str, slot) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setFlat(True)
        button.clicked.connect(slot)
        return button

    def _group(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    # -- reading -----------------------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        found = choices(self._ctx.ws)
        names = {"module": lambda code: self._module_name(code)}
        for key, box, everything in (("province", self.province, self.tr("All provinces")),
                                     ("module", self.module, self.tr("All modules")),
                                     ("sponsor", self.sponsor, self.tr("All sponsors")),
                                     ("trainer", self.trainer, self.tr("All trainers"))):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for value in found[key]:
                box.addItem(names.get(key, str)(value), value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def current_filter(self, today: dt.date | None = None) -> ResultFilter:
        today = today or dt.date.today()
        first = last = None
        period = self.period.currentData()
        if period == "12m":
            first = (today - dt.timedelta(days=365)).isoformat()
        elif period == "year":
            first = f"{today.year}-01-01"
        elif period == "last_year":
            first, last = f"{today.year - 1}-01-01", f"{today.year - 1}-12-31"
        return ResultFilter(first_day=first, last_day=last, province=self.province.currentData(),
                            module=self.module.currentData(), sponsor=self.sponsor.currentData(),
                            trainer=self.trainer.currentData())

    def refresh(self) -> None:
        self._dirty = False
        if self.province.count() == 0:
            self._fill_choices()
        root, catalog, wanted = self._ctx.ws.paths.root, self._ctx.catalog, self.current_filter()

        def work(_task) -> Figures:
            with Workspace.open(root, migrate_schema=False) as ws:  # the worker's own connection
                return figures(ws, catalog, wanted)

        self.status.setText(self.tr("Counting…"))
        run_in_background(work, owner=self, pool=INTERACTIVE, slot=self._slot, on_done=self._show)

    def mark_stale(self) -> None:
        self.province.clear()  # new provinces, sponsors or trainers may have come with the change
        super().mark_stale()

    @property
    def busy(self) -> bool:
        return self._slot.busy

    # -- showing -----------------------------------------------------------------------------------------------

    def _show(self, shown: Figures) -> None:
        self.shown = shown
        self.status.setText("")
        self.enterprises_button.setText(self.tr("%n enterprise(s)", "", len(shown.enterprise_ids)))
        self.visits_button.setText(self.tr("%n visit(s)", "", len(shown.visit_ids)))
        self.photos_label.setText(self.tr("Photos received: {received} of {expected}").format(
            received=_count(shown.photos_received), expected=_count(shown.photos_expected)))
        self.conflicts_button.setText(self.tr("%n open conflict(s)", "", shown.open_conflicts))
        self.kpi_model.set_rows([{
            "id": kpi.code, "name": kpi.definition.name(self._ctx.language) if kpi.definition else kpi.code,
            "enterprises": _count(len(kpi.enterprise_ids)), "improved": _count(len(kpi.improved_ids)),
            "worse": _count(len(kpi.worse_ids)),
            "median": percent_text(kpi.median_change, decimals=1, signed=True)} for kpi in shown.kpis])
        self.practice_model.set_rows([{
            "id": p.module, "module": p.module, "name": self._module_name(p.module),
            "enterprises": _count(len(p.enterprise_ids)),
            "baseline": percent_text(p.baseline), "latest": percent_text(p.latest)} for p in shown.practice])
        self.trainer_model.set_rows([{"id": f"{trainer}|{month}", "trainer": trainer or "—", "month": month,
                                      "visits": _count(count)}
                                     for trainer, month, count in shown.visits_per_trainer])
        actions = shown.actions
        self.actions_bar.set_parts([
            ("on_time", len(actions.on_time_ids), GOOD, self.tr("Done on time")),
            ("late", len(actions.late_ids), WARN, self.tr("Done late")),
            ("overdue", len(actions.overdue_ids), BAD, self.tr("Overdue")),
            ("open", len(actions.open_ids), NEUTRAL, self.tr("Open, not yet due"))])
        eit = shown.eit
        self.eit_sides.set_parts([("managers", eit.managers, OTHER, self.tr("Managers")),
                                  ("workers", eit.workers, NEUTRAL, self.tr("Workers"))])
        self.eit_sexes.set_parts([("women", eit.women, WARN, self.tr("Women")),
                                  ("men", eit.men, NEUTRAL, self.tr("Men"))])
        training = shown.training
        lines = [self.tr("%n participant(s)", "", training.participants) + " · "
                 + self.tr("%n session(s)", "", len(training.session_ids))]
        if training.participants:
            lines.append(self.tr("Present every day: {share} · women: {women}").format(
                share=percent_text(training.full_attendance * 100 / training.participants),
                women=percent_text(training.women * 100 / training.participants)))
            questions = {"feedback_content": self.tr("content useful"), "feedback_trainer": self.tr("trainer clear"),
                         "feedback_apply": self.tr("will apply at work")}
            scores = [f"{questions[name]} {number_text(value, decimals=1)}"
                      for name, value in training.satisfaction.items() if value is not None]
            if scores:
                lines.append(self.tr("Satisfaction (1-5): {scores}").format(scores=" · ".join(scores)))
        self.training_label.setText("\n".join(lines))

    def _module_name(self, code: str) -> str:
        try:
            return self._ctx.catalog.module(code).name(self._ctx.language)
        except KeyError:
            return code

    # -- the records behind a figure -----------------------------------------------------------------------------

    def _open_enterprises(self, ids: list[str], title: str, extra: dict[str, str] | None = None) -> QWidget:
        rows = []
        for enterprise in self._records("enterprise", ids):
            rows.append({"id": enterprise["id"], "name": enterprise["name"], "city": enterprise.get("city") or "",
                         "note": (extra or {}).get(enterprise["id"], "")})
        columns = [Column("name", self.tr("Enterprise")), Column("city", self.tr("City"))]
        if extra:
            columns.append(Column("note", self.tr("Change")))
        return self._dialog(title, columns, rows, lambda row: self._ctx.nav.open_enterprise.emit(row["id"]))

    def _open_visits(self, ids: list[str], title: str) -> QWidget:
        names = {e["id"]: e["name"] for e in self._records("enterprise", self._parents("visit", ids))}
        rows = [{"id": v["id"], "date": date_text(v["visit_date"]), "module": self._module_name(v["module"]),
                 "enterprise": names.get(v["enterprise_id"], ""), "trainer": v.get("created_by") or v.get("trainer")
                 or ""} for v in self._records("visit", ids)]
        columns = [Column("date", self.tr("Date")), Column("enterprise", self.tr("Enterprise")),
                   Column("module", self.tr("Module")), Column("trainer", self.tr("Trainer"))]
        return self._dialog(title, columns, rows, lambda row: self._ctx.nav.open_visit.emit(row["id"]))

    def _open_kpi(self, index) -> QWidget | None:
        if self.shown is None:
            return None
        kpi = self.shown.kpis[index.row()]
        verdicts = {**{i: self.tr("better") for i in kpi.improved_ids}, **{i: self.tr("worse") for i in kpi.worse_ids},
                    **{i: self.tr("no change yet") for i in kpi.unchanged_ids}}
        name = kpi.definition.name(self._ctx.language) if kpi.definition else kpi.code
        return self._open_enterprises(kpi.enterprise_ids, name, verdicts)

    def _open_practice(self, index) -> QWidget | None:
        if self.shown is None:
            return None
        practice = self.shown.practice[index.row()]
        return self._open_enterprises(practice.enterprise_ids, self._module_name(practice.module))

    def _open_trainer_month(self, index) -> QWidget | None:
        trainer, month = self.trainer_model.row_record(index.row())["id"].split("|", 1)
        visits = [v["id"] for v in self._records("visit", self.shown.visit_ids if self.shown else [])
                  if (v.get("created_by") or v.get("trainer") or "") == trainer and v["visit_date"][:7] == month]
        return self._open_visits(visits, f"{trainer or '—'} · {month}")

    def _open_actions(self, part: str) -> QWidget | None:
        if self.shown is None:
            return None
        ids = {"on_time": self.shown.actions.on_time_ids, "late": self.shown.actions.late_ids,
               "overdue": self.shown.actions.overdue_ids, "open": self.shown.actions.open_ids}[part]
        rows = [{"id": a["id"], "title": a["title"], "due": date_text(a.get("due_date")),
                 "completed": date_text(a.get("completed_date"))} for a in self._records("action_item", ids)]
        columns = [Column("title", self.tr("Action")), Column("due", self.tr("Due")),
                   Column("completed", self.tr("Done"))]
        title = {key: label for key, _v, _c, label in self.actions_bar.parts()}[part]
        return self._dialog(title, columns, rows, lambda row: self._ctx.nav.open_action.emit(row["id"]))

    def _records(self, entity: str, ids: list[str]) -> list[dict[str, Any]]:
        wanted = list(dict.fromkeys(ids))[:2000]
        found: dict[str, dict] = {}
        repository = self._ctx.ws.repositories[entity]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for record in repository.list(where=f"id IN ({marks})", where_args=chunk, limit=len(chunk)):
                found[record["id"]] = record
        return [found[i] for i in wanted if i in found]

    def _parents(self, entity: str, ids: list[str]) -> list[str]:
        return list(dict.fromkeys(record["enterprise_id"] for record in self._records(entity, ids)))

    def _dialog(self, title: str, columns: list[Column], rows: list[dict], open_row) -> QWidget:
        dialog = RecordsDialog(title, columns, rows, open_row, self)
        dialog.open()
        return dialog

