"""An enterprise's KPIs: per KPI the baseline, the latest reading and the change (green when better in the KPI's
direction: a lower defect rate is an improvement), a trend line, and for the chosen KPI a chart and every reading,
corrections and the readings they replaced included.

New readings and corrections open the KPI reading window (through the Navigator: it is its own feature).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from score_desktop.domain.catalog import localized
from score_desktop.store import kpis as kpi_store
from score_desktop.store.kpis import KpiSeries
from score_desktop.store.records import Record
from score_desktop.store.workspace import ChangeSet
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import labels
from score_desktop.ui.core.lazy_model import Column, Row, RowsTableModel
from score_desktop.ui.core.formats import month_text, percent_text, period_text, quantity_text
from score_desktop.ui.core.settings import remember_splitter
from score_desktop.ui.core.widgets import heading, muted, on_activated, table_view
from score_desktop.ui.enterprises.kpi_chart import BETTER, WORSE, KpiChart, SeriesRole, TrendDelegate, points_of

_SUPERSEDED = QColor("#9e9e9e")


class KpiTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._enterprise_id: str | None = None
        self._series: list[KpiSeries] = []
        self.summary_model = RowsTableModel([
            Column("kpi", self.tr("KPI")),
            Column("baseline", self.tr("Baseline")),
            # The latest reading's period is in its tooltip, the chart and the readings: the list keeps the room
            # for the KPIs' names and the trend.
            Column("latest", self.tr("Latest"), tooltip=lambda row: self.tr("Latest period: {period}").format(
                period=row["latest_period"])),
            Column("change", self.tr("Change")),
            Column("trend", self.tr("Trend"), text=lambda row: ""),
        ], self, style=self._summary_style)
        self.summary_view = table_view(self.summary_model, self, name="kpiSummary", stretch=0)
        self.summary_view.setItemDelegateForColumn(4, TrendDelegate(self.summary_view))
        self.summary_view.selectionModel().currentRowChanged.connect(self._kpi_changed)
        self.chart_title = heading("", self, size=1.05)
        self.chart_title.setObjectName("kpiChartTitle")
        self.chart_about = muted("", self)
        self.chart = KpiChart(self)
        self.history_model = RowsTableModel([
            Column("period", self.tr("Period")),
            Column("phase", self.tr("Phase"), text=lambda row: labels.label("phase", row["phase"])),
            Column("value", self.tr("Value")),
            Column("source", self.tr("Source"), text=lambda row: labels.label("kpi_source", row["source"])),
            Column("state", self.tr("State")),
            Column("note", self.tr("Note")),
        ], self, style=self._history_style)
        self.history_view = table_view(self.history_model, self, name="kpiReadings", stretch=5)
        on_activated(self.history_view, self._ctx.nav.open_kpi_reading.emit)
        self.history_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_buttons())
        self.new_button = QPushButton(self.tr("New KPI reading…"), self)
        self.new_button.setObjectName("newKpiReading")
        self.new_button.clicked.connect(self.new_reading)
        self.correct_button = QPushButton(self.tr("Correct reading…"), self)
        self.correct_button.setObjectName("correctKpiReading")
        self.correct_button.clicked.connect(self.open_reading)
        self.new_action = QAction(self.tr("New KPI reading…"), self)
        self.new_action.setObjectName("newKpiReadingAction")
        self.new_action.setShortcut(QKeySequence("Ctrl+K"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_reading)
        self.addAction(self.new_action)
        self.empty = muted(self.tr("No KPI readings yet. Record the baseline first: press Ctrl+K."), self)
        self._lay_out()

    def _lay_out(self) -> None:
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart_title)
        right_layout.addWidget(self.chart_about)
        right_layout.addWidget(self.chart, 3)
        right_layout.addWidget(QLabel(self.tr("Readings, corrections included"), self))
        right_layout.addWidget(self.history_view, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.summary_view)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        remember_splitter(self.splitter, "enterprise_kpis")
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addStretch()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

    # -- loading -------------------------------------------------------------------------------------------------

    def load(self, enterprise_id: str | None) -> None:
        self._enterprise_id = enterprise_id
        self.reload()

    def reload(self) -> None:
        current = self.current_kpi()
        self._series = kpi_store.kpi_series(self._ctx.ws, self._enterprise_id, self._ctx.catalog) \
            if self._enterprise_id else []
        self.summary_model.set_rows([self._summary_row(series) for series in self._series])
        self.summary_view.resizeColumnsToContents()
        self.summary_view.horizontalHeader().resizeSection(4, 110)
        # The KPI's name (the stretching column) keeps room for a name beside the figures, in any language.
        header = self.summary_view.horizontalHeader()
        figures = sum(header.sectionSize(column) for column in range(1, header.count()))
        self.summary_view.setMinimumWidth(figures + 90)
        codes = [series.code for series in self._series]
        self.empty.setVisible(not codes)
        if codes:
            self.summary_view.selectRow(codes.index(current) if current in codes else 0)
        else:
            self._show_series(None)

    def _summary_row(self, series: KpiSeries) -> Row:
        unit = series.definition.unit_name(self._ctx.language) if series.definition else ""
        name = series.definition.name(self._ctx.language) if series.definition else series.code
        change = series.change
        arrow = "" if change.percent is None else "▲" if change.percent > 0 else "▼" if change.percent < 0 else "="
        return {"id": series.code, "kpi": name, "baseline": quantity_text(series.baseline["value"], unit),
                "latest": quantity_text(series.latest["value"], unit),
                "change": f"{arrow} {percent_text(abs(change.percent))}" if change.percent is not None else "",
                "improved": change.improved, "latest_period": month_text(series.latest["period_end"]),
                "points": points_of(series), "baseline_value": series.baseline["value"]}

    def _summary_style(self, row: Row, column: Column, role: int) -> Any:
        if role == SeriesRole and column.key == "trend":
            return row["points"], row["baseline_value"], row["improved"]
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "change" and row["improved"] is not None:
            return QBrush(BETTER if row["improved"] else WORSE)
        return None

    def current_kpi(self) -> str | None:
        index = self.summary_view.currentIndex()
        row = self.summary_model.record_at(index) if index.isValid() else None
        return row["id"] if row else None

    def _kpi_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.summary_model.record_at(current) if current.isValid() else None
        self._show_series(next((s for s in self._series if row and s.code == row["id"]), None))

    def _show_series(self, series: KpiSeries | None) -> None:
        self.chart.set_series(series)
        definition = series.definition if series else None
        self.chart_title.setText(definition.name(self._ctx.language) if definition else series.code if series
                                 else "")
        self.chart_about.setText(" · ".join(part for part in (
            definition.unit_name(self._ctx.language) if definition and definition.unit != "¤" else "",
            labels.label("direction", definition.direction) if definition else "",
            localized(definition.formula, self._ctx.language) if definition else "") if part))
        superseded = kpi_store.superseded_ids(series.history) if series else set()
        rows = [self._history_row(series, reading, superseded) for reading in reversed(series.history)] \
            if series else []
        self.history_model.set_rows(rows)
        self.history_view.resizeColumnsToContents()
        if rows:
            self.history_view.selectRow(0)
        self._show_buttons()

    def _history_row(self, series: KpiSeries, reading: Record, superseded: set[str]) -> Row:
        unit = series.definition.unit_name(self._ctx.language) if series.definition else ""
        if reading["id"] in superseded:
            state = self.tr("Replaced by a correction")
        elif reading.get("supersedes_id"):
            state = self.tr("Correction")
        else:
            state = ""
        return {"id": reading["id"], "period": period_text(reading["period_start"], reading["period_end"]),
                "phase": reading["phase"],
                "value": quantity_text(reading.get("value"), unit), "source": reading.get("source"), "state": state,
                "note": reading.get("note") or "", "superseded": reading["id"] in superseded,
                "synced": kpi_store.is_synced(self._ctx.ws, reading)}

    def _history_style(self, row: Row, column: Column, role: int) -> Any:
        if row["superseded"] and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_SUPERSEDED)
        if row["superseded"] and role == Qt.ItemDataRole.FontRole and column.key == "value":
            font = QFont(self.history_view.font())
            font.setStrikeOut(True)
            return font
        return None

    def current_reading(self) -> Row | None:
        index = self.history_view.currentIndex()
        return self.history_model.record_at(index) if index.isValid() else None

    def _show_buttons(self) -> None:
        reading = self.current_reading()
        self.new_button.setEnabled(self._enterprise_id is not None)
        self.correct_button.setEnabled(reading is not None and not reading["superseded"])
        self.correct_button.setText(self.tr("Correct reading…") if reading is None or reading["synced"]
                                    else self.tr("Change reading…"))

    # -- commands ------------------------------------------------------------------------------------------------

    def new_reading(self) -> None:
        if self._enterprise_id:
            self._ctx.nav.new_kpi_reading.emit(self._enterprise_id, "")

    def open_reading(self) -> None:
        reading = self.current_reading()
        if reading is not None:
            self._ctx.nav.open_kpi_reading.emit(reading["id"])

    def on_changes(self, changes: ChangeSet) -> None:
        if self._enterprise_id and self._enterprise_id in changes.enterprises and changes.touches("kpi_reading"):
            self.reload()
