"""Actions: the EITs' improvement plans across enterprises, narrowed by enterprise, module, owner, status and due
date, sorted by any column, with the chosen action's editor beside the list.

Change a status in the list (F2, or a click on the selected status, or the context menu), open the action's visit
with Enter or a double click. Today's "overdue actions" opens this screen already filtered.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QMenu, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from score_desktop.store import actions as action_store
from score_desktop.store.actions import ActionFilter
from score_desktop.store.workspace import ChangeSet
from score_desktop.ui.actions.action_editor import ActionEditor
from score_desktop.ui.actions.action_filters import ActionFilters
from score_desktop.ui.actions.actions_model import ActionsTableModel, StatusDelegate
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.formats import date_text
from score_desktop.ui.core import labels
from score_desktop.ui.core.lazy_model import Column, Row
from score_desktop.ui.core.settings import remember_splitter
from score_desktop.ui.core.widgets import fit_columns, heading, on_activated, table_view


class ActionsScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._filter = ActionFilter()
        self._dirty = True
        self.filters = ActionFilters(ctx, self)
        self.filters.changed.connect(self._filter_changed)
        self.model = ActionsTableModel(ctx.ws, [
            Column("due_date", self.tr("Due"), "due_date", lambda row: date_text(row["due_date"])),
            Column("enterprise_name", self.tr("Enterprise"), "enterprise"),
            Column("title", self.tr("Action"), "title"),
            Column("owner_name", self.tr("Owner"), "owner"),
            Column("status", self.tr("Status"), "status", lambda row: labels.label("action_status", row["status"])),
            # The module's code (WC, QM...) keeps the title readable beside the editor; its name is the tooltip.
            Column("module", self.tr("Module"), "module", lambda row: row["module"] or "", self._module_name),
        ], self._page, self._count, self)
        self.view = table_view(self.model, self, name="actionsView", stretch=2, sortable=True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setItemDelegateForColumn(4, StatusDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        header = self.view.horizontalHeader()
        for column, width in ((0, 88), (1, 150), (3, 80), (4, 90), (5, 120)):
            header.resizeSection(column, width)
        fit_columns(self.view, {0: [date_text("2026-12-31")], 3: [],
                                4: [text for _code, text in labels.choices("action_status")],
                                5: [module.code for module in ctx.catalog.modules]})
        on_activated(self.view, self.open_visit_of)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("actionsCount")
        self.open_visit_button = QPushButton(self.tr("Open visit"), self)
        self.open_visit_button.setObjectName("openActionVisit")
        self.open_visit_button.clicked.connect(lambda: self.open_visit_of(self.current_action_id() or ""))
        self.editor = ActionEditor(ctx, self)
        self.editor.setMinimumWidth(420)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 460])  # the list first: due, enterprise, action, owner and status in view
        remember_splitter(self.splitter, "actions")
        self._make_status_actions()

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Actions"), self, size=1.4))
        top.addStretch()
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("F2 changes the status; Enter opens the visit."), self), 1)
        bottom.addWidget(self.open_visit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

    def _make_status_actions(self) -> None:
        """Context menu entries, one per status, and Ctrl+Shift+D to mark the chosen action done."""
        self.status_actions: dict[str, QAction] = {}
        for code, text in labels.choices("action_status"):
            action = QAction(text, self)
            action.setObjectName(f"markAction_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.set_status(c))
            self.status_actions[code] = action
        done = self.status_actions["done"]
        done.setShortcut(QKeySequence("Ctrl+Shift+D"))
        done.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(done)

    # -- the list ------------------------------------------------------------------------------------------------

    def _page(self, order_by: str, limit: int, offset: int) -> list[Row]:
        return action_store.actions_page(self._ctx.ws, self._filter, today=self.model.today, order_by=order_by,
                                         limit=limit, offset=offset)

    def _count(self) -> int:
        return action_store.count_actions(self._ctx.ws, self._filter, today=self.model.today)

    def _module_name(self, row: Row) -> str:
        try:
            return self._ctx.catalog.module(row["module"]).name(self._ctx.language) if row["module"] else ""
        except KeyError:
            return row["module"]

    def apply_filter(self, values: dict[str, Any]) -> None:
        """Show the actions a request names (``{"enterprise_id": ..., "due": "overdue"}``; missing keys: default)."""
        self.filters.set_filter(ActionFilter.from_dict(values))

    def current_filter(self) -> ActionFilter:
        return self._filter

    def _filter_changed(self, action_filter: ActionFilter) -> None:
        self._filter = action_filter
        self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        self.model.today = dt.date.today()
        current = self.current_action_id()
        self.model.reload()
        self.count_label.setText(self.tr("%n action(s)", "", self.model.total))
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.view.selectRow(row)
        else:
            self.editor.show_action(None)
            self.open_visit_button.setEnabled(False)

    def current_action_id(self) -> str | None:
        index = self.view.currentIndex()
        record = self.model.record_at(index) if index.isValid() else None
        return record["id"] if record else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.model.record_at(current) if current.isValid() else None
        self.editor.show_action(record["id"] if record else None)
        self.open_visit_button.setEnabled(bool(record and record.get("visit_id")))

    # -- commands ------------------------------------------------------------------------------------------------

    def set_status(self, status: str) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.setData(index.siblingAtColumn(4), status)

    def open_visit_of(self, action_id: str) -> None:
        row = self.model.row_of(action_id)
        if row < 0:
            return
        record = self.model.row_record(row)
        self.editor.saver.flush()
        if record.get("visit_id"):
            self._ctx.nav.open_visit.emit(record["visit_id"])
        else:
            self._ctx.nav.open_enterprise.emit(record["enterprise_id"])

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        record = self.model.record_at(index)
        menu = QMenu(self)
        for code, action in self.status_actions.items():
            action.setEnabled(record is not None and record["status"] != code)
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Open visit"), lambda: self.open_visit_of(record["id"]))
        menu.addAction(self.tr("Open enterprise"),
                       lambda: self._ctx.nav.open_enterprise.emit(record["enterprise_id"]))
        menu.popup(self.view.viewport().mapToGlobal(point))

    # -- refreshing ----------------------------------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        self.editor.on_changes(changes)
        if not any(changes.touches(entity) for entity in ("action_item", "enterprise", "eit_member")):
            return
        updated = changes.updated.get("action_item", set())
        structural = (changes.created.get("action_item") or changes.deleted.get("action_item")
                      or changes.touches("enterprise") or changes.touches("eit_member"))
        if not structural and updated and self.model.loaded:
            self.model.refresh_rows(updated)  # edits: rows change in place, the list keeps its order
            return
        self._dirty = True
        if self.isVisible():
            self.filters.reload_enterprises()
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._dirty:
            self.filters.reload_enterprises()
            self.refresh()
        super().showEvent(event)

    def is_stale(self) -> bool:
        return self._dirty
