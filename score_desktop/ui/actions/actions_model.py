"""The Actions list: a lazy, SQL-sorted table whose status column is edited in place (F2, or a click on the
selected cell), and a combo box delegate to do it with."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from score_desktop.domain.actions import is_overdue, status_changes
from score_desktop.store import actions as action_store
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core import labels
from score_desktop.ui.core.lazy_model import Column, LazyTableModel, Row

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#c62828")
STATUS_COLUMN = "status"


class ActionsTableModel(LazyTableModel):
    def __init__(self, ws: Workspace, columns: list[Column], fetch: Callable[[str, int, int], list[Row]],
                 count: Callable[[], int], parent: Any = None) -> None:
        super().__init__(columns, fetch, count, order_by="due_date asc", parent=parent, style=self._style, load=False)
        self._ws = ws
        self._status_column = next(n for n, column in enumerate(columns) if column.key == STATUS_COLUMN)
        self.today = dt.date.today()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self._status_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.column() == self._status_column:
            row = self.record_at(index)
            return row["status"] if row else None
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.record_at(index)
        if role != Qt.ItemDataRole.EditRole or row is None or index.column() != self._status_column:
            return False
        if value == row["status"]:
            return False
        self._ws.action_items.update(row["id"], **status_changes(value, row, self.today))
        # The change notification refreshes the row (refresh_rows); the list is not re-queried, so the action
        # stays where it is even when the filter no longer matches it: the trainer sees what they just did.
        return True

    def refresh_rows(self, action_ids: set[str]) -> None:
        """Re-read these rows in place (an edit here or elsewhere), keeping the selection and the scroll."""
        for fresh in action_store.action_rows(self._ws, [i for i in action_ids if self.row_of(i) >= 0]):
            row = self.row_of(fresh["id"])
            self._rows[row] = fresh
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _style(self, row: Row, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column.key in ("due_date", "status") and \
                is_overdue(row, self.today):
            return QBrush(OVERDUE)
        return None


class StatusDelegate(QStyledItemDelegate):
    """A combo box of the four statuses for the status column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        box.setObjectName("statusEditor")
        for code, text in labels.choices("action_status"):
            box.addItem(text, code)
        # A choice is complete when made: commit it at once, as everywhere else in the app.
        box.activated.connect(lambda _index: (self.commitData.emit(box), self.closeEditor.emit(box)))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
