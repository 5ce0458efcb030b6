"""Last visits' open actions, at the top of the visit screen, to tick off as the trainer checks them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QListView, QToolButton, QVBoxLayout, QWidget

from score_desktop.store import queries
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex


class CarriedActionsModel(QAbstractListModel):
    """Checkable open actions: ticking one marks it done today; unticking opens it again."""

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._actions: list[dict] = []

    def set_actions(self, actions: list[dict]) -> None:
        self.beginResetModel()
        self._actions = actions
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._actions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._actions):
            return None
        action = self._actions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [action["title"]]
            if action.get("owner_name"):
                parts.append(action["owner_name"])
            if action.get("due_date"):
                parts.append(self.tr("due {date}").format(date=action["due_date"]))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if action["status"] == "done" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return action["id"]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.row() >= len(self._actions):
            return False
        action = self._actions[index.row()]
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        changes = ({"status": "done", "completed_date": dt.date.today().isoformat()} if done
                   else {"status": "open", "completed_date": None})
        updated: Record = self._ws.action_items.update(action["id"], **changes)
        # The row stays (ticked) until the visit is opened again, so a slip of the finger is one click to undo.
        self._actions[index.row()] = {**action, "status": updated["status"]}
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class CarriedActions(QWidget):
    #: An action id: the trainer wants its details (to add an "after" photo, change the owner, ...).
    open_action = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.model = CarriedActionsModel(ws, self)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("carriedToggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._expand)
        self.view = QListView(self)
        self.view.setObjectName("carriedActions")
        self.view.setModel(self.model)
        self.view.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.view.setToolTip(self.tr("Tick an action when it is done; double-click it (or press Enter) for its "
                                     "details and photos."))
        self.view.activated.connect(lambda index: self.open_action.emit(index.data(Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.view)

    def load(self, visit: Record) -> None:
        actions = queries.open_actions_before(self._ws, visit["enterprise_id"], visit)
        self.model.set_actions(actions)
        self.toggle.setText(self.tr("%n open action(s) from earlier visits", "", len(actions)))
        self.setVisible(bool(actions))
        # Open when there is something to review, folded when there is too much to keep on screen all day.
        self.toggle.setChecked(0 < len(actions) <= 4)
        self._expand(self.toggle.isChecked())

    def _expand(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.view.setVisible(expanded)
