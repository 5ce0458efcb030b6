"""Last visits' open actions, at the top of the visit screen, to tick off as the trainer checks them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListView, QToolButton, QVBoxLayout, QWidget

from score_desktop.store import queries
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core.checklist_model import ChecklistModel
from score_desktop.ui.core.formats import date_text


class CarriedActionsModel(ChecklistModel):
    """Checkable open actions: ticking one marks it done today; unticking opens it again."""

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(None, parent)
        self._ws = ws

    def set_actions(self, actions: list[dict]) -> None:
        self.set_records(actions)

    def text(self, action: Record) -> str:
        parts = [action["title"]]
        if action.get("owner_name"):
            parts.append(action["owner_name"])
        if action.get("due_date"):
            parts.append(self.tr("due {date}").format(date=date_text(action["due_date"])))
        return " · ".join(parts)

    def is_checked(self, action: Record) -> bool:
        return action["status"] == "done"

    def set_checked(self, row: int, checked: bool) -> None:
        action = self._records[row]
        changes = ({"status": "done", "completed_date": dt.date.today().isoformat()} if checked
                   else {"status": "open", "completed_date": None})
        updated: Record = self._ws.action_items.update(action["id"], **changes)
        # The row stays (ticked) until the visit is opened again, so a slip of the finger is one click to undo.
        self._records[row] = {**action, "status": updated["status"]}


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
