"""The visit's action plan: the actions agreed at this visit, each with its owner, due date and status. A new action
comes from the chosen finding (Ctrl+T, the button, or the findings' context menu) or stands on its own; each opens in
its own window (the actions feature's editor, through the Navigator)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from score_desktop.domain.actions import is_overdue
from score_desktop.store import actions as action_store
from score_desktop.store.records import Record
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.formats import date_text
from score_desktop.ui.core import labels
from score_desktop.ui.core.lazy_model import Column, Row, RowsTableModel
from score_desktop.ui.core.widgets import muted, on_activated, table_view

_OVERDUE = QColor("#c62828")


def default_due_date(visit: Record) -> str:
    """The next visit, when one is planned (that is when the trainer checks), else a month after this one."""
    if visit.get("next_visit_date") and visit["next_visit_date"] > visit["visit_date"]:
        return visit["next_visit_date"]
    return (dt.date.fromisoformat(visit["visit_date"]) + dt.timedelta(days=30)).isoformat()


class ActionPlan(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._visit: Record | None = None
        self.model = RowsTableModel([
            Column("title", self.tr("Action")),
            Column("owner_name", self.tr("Owner")),
            Column("due_date", self.tr("Due"), text=lambda row: date_text(row["due_date"])),
            Column("status", self.tr("Status"), text=lambda row: labels.label("action_status", row["status"])),
            Column("after_photos", self.tr("After photos"), text=lambda row: str(row["after_photos"] or "")),
        ], self, style=self._style)
        self.view = table_view(self.model, self, name="actionPlanView", stretch=0)
        on_activated(self.view, ctx.nav.open_action.emit)
        self.from_finding_button = QPushButton(self.tr("New action from finding"), self)
        self.from_finding_button.setObjectName("newActionFromFinding")
        self.free_button = QPushButton(self.tr("New action"), self)
        self.free_button.setObjectName("newFreeAction")
        self.open_button = QPushButton(self.tr("Open action…"), self)
        self.open_button.setObjectName("openAction")
        self.open_button.clicked.connect(self._open_current)
        self.empty = muted(self.tr("No actions agreed at this visit yet. Choose a finding and press Ctrl+T to turn "
                                   "its recommendation into an action."), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.from_finding_button)
        buttons.addWidget(self.free_button)
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
        rows = action_store.actions_of_visit(self._ctx.ws, self._visit["id"]) if self._visit else []
        current = self.view.currentIndex().row()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().resizeSection(0, min(420, max(200, self.view.columnWidth(0))))
        self.empty.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.view.selectRow(min(max(current, 0), len(rows) - 1))

    def count(self) -> int:
        return self.model.rowCount()

    def new_action(self, visit: Record, finding: Record | None) -> Record:
        """An action of ``visit``'s plan, from ``finding`` (its recommendation, or its text, as the first words) or
        on its own; its window opens with the title ready to be typed over."""
        title = ((finding.get("recommendation") or finding.get("text") or "").strip() if finding else "") or \
            self.tr("New action")
        action = self._ctx.ws.action_items.create(
            visit_id=visit["id"], title=title[:2000], status="open", module=visit["module"],
            observation_id=finding["id"] if finding else None, due_date=default_due_date(visit))
        self._ctx.nav.open_action.emit(action["id"])
        return action

    def _style(self, row: Row, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column.key in ("due_date", "status") and \
                is_overdue(row, dt.date.today()):
            return QBrush(_OVERDUE)
        return None

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        row = self.model.record_at(index) if index.isValid() else None
        if row is not None:
            self._ctx.nav.open_action.emit(row["id"])
