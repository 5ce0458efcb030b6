"""Add participants to a session: tick members of an enterprise's EIT, or type new people one after another
(Enter adds the person and starts the next). Each addition is saved at once; the dialog stays open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget)

from score_desktop.domain.eit import is_current
from score_desktop.errors import ValidationError
from score_desktop.store import training
from score_desktop.store.records import Record
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import labels
from score_desktop.ui.core.checklist_model import ChecklistModel
from score_desktop.ui.training.common import describe


class MembersModel(ChecklistModel):
    """Current EIT members not yet in the session, each with a check box."""

    def set_members(self, members: list[Record]) -> None:
        self.set_records(members)

    def text(self, member: Record) -> str:
        details = [labels.label("side", member.get("side")), member.get("position") or ""]
        details = [detail for detail in details if detail]
        return f"{member['name']} ({', '.join(details)})" if details else member["name"]


def _choice(kind: str, parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.addItem("", None)
    for code, text in labels.choices(kind):
        box.addItem(text, code)
    return box


class AddParticipantsDialog(QDialog):
    #: How many people were just added (for the screen's status line).
    added = Signal(int)

    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session_id = session_id
        self.setWindowTitle(self.tr("Add participants"))
        self.setMinimumWidth(560)
        self.enterprise = QComboBox(self)
        self.enterprise.setObjectName("participantEnterprise")
        names = {e["id"]: e["name"] for e in ctx.ws.enterprises.list()}
        for enterprise_id in training.enterprise_ids(ctx.ws, session_id):
            self.enterprise.addItem(names.get(enterprise_id, "?"), enterprise_id)
        self.enterprise.currentIndexChanged.connect(lambda _index: self._load_members())

        self.members_model = MembersModel(parent=self)
        self.members = QListView(self)
        self.members.setObjectName("eitMembers")
        self.members.setModel(self.members_model)
        self.members.setMinimumHeight(150)
        self.members_note = QLabel(self)
        self.add_members_button = QPushButton(self.tr("Add the ticked members"), self)
        self.add_members_button.setObjectName("addMembers")
        self.add_members_button.clicked.connect(self.add_members)
        eit_box = QGroupBox(self.tr("From the enterprise's EIT"), self)
        eit_layout = QVBoxLayout(eit_box)
        eit_layout.addWidget(self.members, 1)
        row = QHBoxLayout()
        row.addWidget(self.members_note, 1)
        row.addWidget(self.add_members_button)
        eit_layout.addLayout(row)

        self.name = QLineEdit(self)
        self.name.setObjectName("newName")
        self.side = _choice("side", self)
        self.side.setObjectName("newSide")
        self.gender = _choice("gender", self)
        self.gender.setObjectName("newGender")
        self.position = QLineEdit(self)
        self.position.setObjectName("newPosition")
        self.to_eit = QCheckBox(self.tr("Also add to the EIT"), self)
        self.to_eit.setObjectName("newToEit")
        self.add_person_button = QPushButton(self.tr("Add person"), self)
        self.add_person_button.setObjectName("addPerson")
        self.add_person_button.clicked.connect(self.add_person)
        person_box = QGroupBox(self.tr("A new person"), self)
        form = QFormLayout(person_box)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Manager or worker"), self.side)
        form.addRow(self.tr("Sex"), self.gender)
        form.addRow(self.tr("Position"), self.position)
        last = QHBoxLayout()
        last.addWidget(self.to_eit, 1)
        last.addWidget(self.add_person_button)
        form.addRow(last)

        self.message = QLabel(self)
        self.message.setObjectName("participantMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Enter adds the person being typed (and never closes the dialog): the next name follows at once.
        for button in (self.add_members_button, *buttons.buttons()):
            button.setAutoDefault(False)
        self.add_person_button.setDefault(True)
        top = QFormLayout()
        top.addRow(self.tr("Enterprise"), self.enterprise)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(eit_box, 1)
        layout.addWidget(person_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._load_members()

    @property
    def enterprise_id(self) -> str | None:
        return self.enterprise.currentData()

    def _load_members(self) -> None:
        enterprise_id = self.enterprise_id
        if enterprise_id is None:
            self.members_model.set_members([])
            return
        ws, today = self._ctx.ws, dt.date.today().isoformat()
        taken = {p["eit_member_id"] for p in ws.attendances.list(training_session_id=self._session_id,
                                                                  enterprise_id=enterprise_id)}
        members = [m for m in ws.eit_members.list(enterprise_id=enterprise_id, order_by="name")
                   if is_current(m, today) and m["id"] not in taken]
        self.members_model.set_members(members)
        self.members_note.setText(self.tr("%n member(s) of the EIT already take part.", "", len(taken - {None})))

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if problem else "")
        self.message.setText(text)

    def add_members(self) -> None:
        chosen = self.members_model.checked_ids()
        if not chosen:
            self._say(self.tr("Tick the members who attend first."), problem=True)
            return
        added = training.add_members(self._ctx.ws, self._session_id, chosen)
        self._say(self.tr("%n participant(s) added.", "", len(added)))
        self.added.emit(len(added))
        self._load_members()

    def add_person(self) -> None:
        name = self.name.text().strip()
        if not name or self.enterprise_id is None:
            self._say(self.tr("Type the person's name first."), problem=True)
            self.name.setFocus()
            return
        try:
            participant = training.add_participant(
                self._ctx.ws, self._session_id, self.enterprise_id, name=name, side=self.side.currentData(),
                gender=self.gender.currentData(), position=self.position.text().strip() or None)
            if self.to_eit.isChecked():
                training.add_to_eit(self._ctx.ws, participant["id"])
        except ValidationError as error:
            # Nothing typed is lost: the fields keep the values until they are fixed or cleared.
            self._say(describe(error, {"name": self.tr("Name"), "position": self.tr("Position")}), problem=True)
            return
        self._say(self.tr("{name} added.").format(name=name))
        self.added.emit(1)
        self.name.clear()
        self.position.clear()
        self.name.setFocus()
        if self.to_eit.isChecked():
            self._load_members()
