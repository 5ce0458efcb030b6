"""Visits: every visit of the workspace, newest first, sortable by any column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from score_desktop.store import queries
from score_desktop.ui.core.deleting import on_delete_key
from score_desktop.ui.core.formats import date_text
from score_desktop.ui.core import labels
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.lazy_model import Column, LazyTableModel, Row
from score_desktop.ui.core.widgets import RefreshedOnChange, fit_columns, heading, on_activated, table_view
from score_desktop.ui.visits.deleting import confirm_delete_visit


class VisitsScreen(RefreshedOnChange, QWidget):
    WATCHES = ("visit", "enterprise")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = LazyTableModel([
            Column("visit_date", self.tr("Date"), "visit_date", lambda row: date_text(row["visit_date"])),
            Column("enterprise_name", self.tr("Enterprise"), "enterprise"),
            Column("module", self.tr("Module"), "module", self._module_name),
            Column("visit_type", self.tr("Type"), "visit_type",
                   lambda row: labels.label("visit_type", row["visit_type"])),
            Column("status", self.tr("Status"), "status", lambda row: labels.label("visit_status", row["status"])),
            Column("trainer", self.tr("Trainer"), "trainer"),
        ], lambda order, limit, offset: queries.visits_page(ctx.ws, order_by=order, limit=limit, offset=offset),
            lambda: queries.count_visits(ctx.ws), order_by="visit_date desc", parent=self, load=False)
        self.view = table_view(self.model, self, name="visitsView", stretch=1, sortable=True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        fit_columns(self.view, {0: [date_text("2026-12-31")],
                                2: [module.name(ctx.language) for module in ctx.catalog.modules],
                                3: [text for _code, text in labels.choices("visit_type")],
                                4: [text for _code, text in labels.choices("visit_status")]})
        on_activated(self.view, ctx.nav.open_visit.emit)
        on_delete_key(self.view, self.delete_visit)
        self.count_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Visits"), self, size=1.4))
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._dirty = True

    def _module_name(self, row: Row) -> str:
        try:
            return self._ctx.catalog.module(row["module"]).name(self._ctx.language)
        except KeyError:
            return row["module"]

    def delete_visit(self) -> QWidget | None:
        """Delete ▸ the chosen visit, after the question (a signed one stays, and it says why)."""
        row = self.model.record_at(self.view.currentIndex())
        return confirm_delete_visit(self._ctx, self, row["id"]) if row else None

    def refresh(self) -> None:
        self._dirty = False
        self.model.reload()
        self.count_label.setText(self.tr("%n visit(s)", "", queries.count_visits(self._ctx.ws)))
