"""The KPI readings entered at this visit (corrections included), and the way to enter more (Ctrl+K). The reading
window is the KPI feature's, opened through the Navigator."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from score_desktop.store import kpis as kpi_store
from score_desktop.store.records import Record
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import labels
from score_desktop.ui.core.lazy_model import Column, Row, RowsTableModel
from score_desktop.ui.core.formats import number_text, period_text, quantity_text
from score_desktop.ui.core.widgets import muted, on_activated, table_view

_SUPERSEDED = QColor("#9e9e9e")


class VisitKpis(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._visit: Record | None = None
        self.model = RowsTableModel([
            Column("kpi", self.tr("KPI")),
            Column("period", self.tr("Period")),
            Column("value", self.tr("Value")),
            Column("parts", self.tr("Numerator / denominator")),
            Column("phase", self.tr("Phase"), text=lambda row: labels.label("phase", row["phase"])),
            Column("state", self.tr("State")),
        ], self, style=self._style)
        self.view = table_view(self.model, self, name="visitKpisView", stretch=0)
        on_activated(self.view, ctx.nav.open_kpi_reading.emit)
        self.new_button = QPushButton(self.tr("New KPI reading…"), self)
        self.new_button.setObjectName("newVisitKpiReading")
        self.new_button.clicked.connect(self.new_reading)
        self.open_button = QPushButton(self.tr("Change or correct…"), self)
        self.open_button.setObjectName("openVisitKpiReading")
        self.open_button.clicked.connect(self._open_current)
        self.empty = muted(self.tr("No KPI readings entered at this visit. Press Ctrl+K to enter one; the "
                                   "enterprise's KPI tab shows them all with their trends."), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

    def load(self, visit: Record) -> None:
        self._visit = visit
        self.reload()

    def reload(self) -> None:
        readings = kpi_store.readings_of_visit(self._ctx.ws, self._visit["id"]) if self._visit else []
        superseded = kpi_store.superseded_among(self._ctx.ws, [reading["id"] for reading in readings])
        self.model.set_rows([self._row(reading, superseded) for reading in readings])
        self.view.resizeColumnsToContents()
        self.empty.setVisible(not readings)
        self.open_button.setEnabled(bool(readings))

    def count(self) -> int:
        return self.model.rowCount()

    def _row(self, reading: Record, superseded: set[str]) -> Row:
        try:
            definition = self._ctx.catalog.kpi(reading["kpi"])
            name, unit = definition.name(self._ctx.language), definition.unit_name(self._ctx.language)
        except KeyError:
            name, unit = reading["kpi"], ""
        parts = "" if reading.get("numerator") is None else \
            f"{number_text(reading['numerator'])} / {number_text(reading.get('denominator'))}"
        value = quantity_text(reading.get("value"))
        state = (self.tr("Replaced by a correction") if reading["id"] in superseded
                 else self.tr("Correction") if reading.get("supersedes_id") else "")
        return {"id": reading["id"], "kpi": name, "period": period_text(reading["period_start"], reading["period_end"]),
                "value": f"{value}\u00a0{unit}" if value and unit and unit != "¤" else value, "parts": parts,
                "phase": reading["phase"], "state": state, "superseded": reading["id"] in superseded}

    def _style(self, row: Row, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row["superseded"]:
            return QBrush(_SUPERSEDED)
        return None

    def new_reading(self) -> None:
        if self._visit is not None:
            self._ctx.nav.new_kpi_reading.emit(self._visit["enterprise_id"], self._visit["id"])

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        row = self.model.record_at(index) if index.isValid() else None
        if row is not None:
            self._ctx.nav.open_kpi_reading.emit(row["id"])
