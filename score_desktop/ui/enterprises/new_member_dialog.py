"""Add member: the member's name (and, while at it, manager or worker and gender, which the EIT's balance needs)
before anything is created, so no "New member" is left in a team after a slip of the mouse."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from score_desktop.errors import UserError
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core import labels
from score_desktop.ui.core.errors import show_error


def _choices(kind: str, parent: QWidget, name: str) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    box.addItem("", None)
    for code, text in labels.choices(kind):
        box.addItem(text, code)
    return box


class NewMemberDialog(QDialog):
    """Asks the member's name (required), side and gender; Add creates the member, from today."""

    def __init__(self, ws: Workspace, enterprise_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newMemberDialog")
        self.setWindowTitle(self.tr("Add member"))
        self._ws = ws
        self._enterprise_id = enterprise_id
        #: The member created, once Add was pressed.
        self.member: Record | None = None
        self.name = QLineEdit(self)
        self.name.setObjectName("memberName")
        self.side = _choices("side", self, "memberSide")
        self.gender = _choices("gender", self, "memberGender")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Manager or worker:"), self.side)
        form.addRow(self.tr("&Gender:"), self.gender)
        hint = QLabel(self.tr("Role, department and dates follow in the team's list."), self)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        self.ok_button.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        try:
            self.member = self._ws.eit_members.create(
                enterprise_id=self._enterprise_id, name=name, role="member", side=self.side.currentData(),
                gender=self.gender.currentData(), from_date=dt.date.today().isoformat())
        except UserError as error:  # a full disk: the dialog stays, with what was typed
            show_error(error, self)
            return
        super().accept()
