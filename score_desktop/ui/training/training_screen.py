"""Training: every classroom session of the workspace, coming ones and past ones, sortable, with a button to plan
the next one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from score_desktop.domain.training import session_days
from score_desktop.store import training
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.lazy_model import Column, LazyTableModel, Row
from score_desktop.ui.core.widgets import RefreshedOnChange, fit_columns, heading, muted, on_activated, table_view
from score_desktop.ui.training.common import days_text, module_name

_COMING = QColor("#1565c0")


class TrainingScreen(RefreshedOnChange, QWidget):
    WATCHES = ("training_session", "training_enrolment", "attendance", "enterprise")
    plan_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = dt.date.today().isoformat()
        self.model = LazyTableModel([
            Column("session_date", self.tr("Days"), "session_date", lambda row: days_text(session_days(row))),
            Column("module", self.tr("Module"), "module", lambda row: module_name(ctx, row["module"])),
            Column("location", self.tr("Venue"), "location"),
            Column("city", self.tr("City"), "city"),
            Column("trainer", self.tr("Trainer"), "trainer"),
            Column("enterprises", self.tr("Enterprises"), "enterprises"),
            Column("participants", self.tr("Participants"), "participants"),
        ], lambda order, limit, offset: training.sessions_page(ctx.ws, order_by=order, limit=limit, offset=offset),
            lambda: training.count_sessions(ctx.ws), order_by="session_date desc", parent=self, load=False,
            style=self._style)
        self.view = table_view(self.model, self, name="sessionsView", stretch=2, sortable=True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column, width in ((0, 250), (1, 260), (3, 110), (4, 120)):
            self.view.horizontalHeader().resizeSection(column, width)
        fit_columns(self.view, {5: ["99"], 6: ["999"]})
        on_activated(self.view, ctx.nav.open_training_session.emit)
        self.plan_button = QPushButton(self.tr("Plan a session…"), self)
        self.plan_button.setObjectName("planSession")
        self.plan_button.setToolTip(QKeySequence("Ctrl+Shift+T").toString(QKeySequence.SequenceFormat.NativeText))
        self.plan_button.clicked.connect(self.plan_requested.emit)
        self.count_label = QLabel(self)
        self.empty = muted(self.tr("No classroom sessions yet. Plan the first one: its module, days, venue and the "
                                   "enterprises whose people attend."), self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Training"), self, size=1.4))
        top.addStretch()
        top.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addWidget(muted(self.tr("Classroom days of each module, with managers and workers of several "
                                       "factories in one room. Coming sessions are in blue."), self))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.count_label)
        self._dirty = True

    def _style(self, row: Row, _column: Column, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and (row.get("last_date") or "") >= self._today:
            return QBrush(_COMING)
        return None

    def refresh(self) -> None:
        self._dirty = False
        self._today = dt.date.today().isoformat()
        self.model.reload()
        count = training.count_sessions(self._ctx.ws)
        self.count_label.setText(self.tr("%n session(s)", "", count))
        self.empty.setVisible(count == 0)
