"""Actions: the EITs' improvement plans across enterprises, open ones by due date, overdue in red."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from score_desktop.store import queries
from score_desktop.ui.core import labels
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.lazy_model import Column, LazyTableModel, Row
from score_desktop.ui.core.widgets import RefreshedOnChange, heading, on_activated, table_view

_OVERDUE = QColor("#c62828")


class ActionsScreen(RefreshedOnChange, QWidget):
    WATCHES = ("action_item", "enterprise", "eit_member")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.show_all = QCheckBox(self.tr("Show done and dropped actions too"), self)
        self.show_all.setObjectName("showAllActions")
        self.model = LazyTableModel([
            Column("due_date", self.tr("Due"), "due_date"),
            Column("enterprise_name", self.tr("Enterprise"), "enterprise"),
            Column("title", self.tr("Action"), "title"),
            Column("owner_name", self.tr("Owner"), "owner"),
            Column("status", self.tr("Status"), "status", lambda row: labels.label("action_status", row["status"])),
        ], self._page, self._count, order_by="due_date asc", parent=self, style=self._style,
                                    load=False)
        self.view = table_view(self.model, self, name="actionsView", stretch=2, sortable=True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        for column, width in ((0, 100), (1, 240), (3, 120), (4, 100)):
            header.resizeSection(column, width)
        on_activated(self.view, self._open)
        self.show_all.toggled.connect(lambda _checked: self.refresh())
        self.count_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Actions"), self, size=1.4))
        top.addStretch()
        top.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._dirty = True

    def _page(self, order_by: str, limit: int, offset: int) -> list[Row]:
        return queries.actions_page(self._ctx.ws, only_open=not self.show_all.isChecked(), order_by=order_by,
                                    limit=limit, offset=offset)

    def _count(self) -> int:
        return queries.count_actions(self._ctx.ws, only_open=not self.show_all.isChecked())

    def _style(self, row: Row, column: Column, role: int) -> Any:
        overdue = row["status"] in queries.OPEN_STATUSES and row.get("due_date") and \
            row["due_date"] < dt.date.today().isoformat()
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column.key in ("due_date", "status"):
            return QBrush(_OVERDUE)
        return None

    def _open(self, action_id: str) -> None:
        row = self.model.row_of(action_id)
        if row >= 0:
            record = self.model.row_record(row)
            if record.get("visit_id"):
                self._ctx.nav.open_visit.emit(record["visit_id"])
            else:
                self._ctx.nav.open_enterprise.emit(record["enterprise_id"])

    def refresh(self) -> None:
        self._dirty = False
        self.model.reload()
        self.count_label.setText(self.tr("%n action(s)", "", self._count()))
