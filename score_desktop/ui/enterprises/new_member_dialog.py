"""Add member: the member's name (and, while at it, manager or worker and gender, which the EIT's balance needs)
before anything is created, so no "New member" is left in a team after a slip of the mouse."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QWidget

from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core import labels
from score_desktop.ui.core.name_first import NameFirstDialog


def _choices(kind: str, parent: QWidget, name: str) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    box.addItem("", None)
    for code, text in labels.choices(kind):
        box.addItem(text, code)
    return box


class NewMemberDialog(NameFirstDialog):
    """Asks the member's name (required), side and gender; Add creates the member, from today."""

    def __init__(self, ws: Workspace, enterprise_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, name_field="memberName")
        self.setObjectName("newMemberDialog")
        self.setWindowTitle(self.tr("Add member"))
        self._ws = ws
        self._enterprise_id = enterprise_id
        self.side = _choices("side", self, "memberSide")
        self.gender = _choices("gender", self, "memberGender")
        self.lay_out(name_label=self.tr("&Name:"), width=420,
                     rows=[(self.tr("&Manager or worker:"), self.side), (self.tr("&Gender:"), self.gender)],
                     hint=self.tr("Role, department and dates follow in the team's list."), ok_text=self.tr("Add"))

    @property
    def member(self) -> Record | None:
        """The member created, once Add was pressed."""
        return self.record

    def create(self, name: str) -> Record:
        return self._ws.eit_members.create(
            enterprise_id=self._enterprise_id, name=name, role="member", side=self.side.currentData(),
            gender=self.gender.currentData(), from_date=dt.date.today().isoformat())
