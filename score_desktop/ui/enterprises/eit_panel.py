"""The Enterprise Improvement Team of an enterprise: its members, their balance, and a member's details.

SCORE asks for a team of managers and workers together, with women in it; the balance line says at once whether
this team is one, and it follows every change as the trainer makes it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from score_desktop.domain.eit import balance, is_current
from score_desktop.store.records import Record
from score_desktop.store.workspace import ChangeSet, Workspace
from score_desktop.ui.core import labels
from score_desktop.ui.core.lazy_model import RecordTableModel
from score_desktop.ui.core.autosave import AutoSaver
from score_desktop.ui.core.dates import date_box, set_date
from score_desktop.ui.core.formats import date_text
from score_desktop.ui.core.widgets import table_view
from score_desktop.ui.enterprises.new_member_dialog import NewMemberDialog

Index = QModelIndex | QPersistentModelIndex
_ENDED = QColor("#9e9e9e")


class EitModel(RecordTableModel):
    COLUMNS = ("name", "role", "side", "gender", "department", "from_date", "to_date")
    LABELS = {"role": "role", "side": "side", "gender": "gender"}

    def __init__(self, parent: Any = None) -> None:
        super().__init__((self.tr("Name"), self.tr("Role"), self.tr("Manager or worker"), self.tr("Gender"),
                          self.tr("Department"), self.tr("From"), self.tr("Until")), parent)
        self._today = dt.date.today().isoformat()

    member = RecordTableModel.row_record

    def set_members(self, members: list[Record]) -> None:
        self.beginResetModel()
        self._rows = members
        self._today = dt.date.today().isoformat()
        self.endResetModel()

    def members(self) -> list[Record]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        member = self.record_at(index)
        if member is None:
            return None
        field = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = member.get(field)
            if field in ("from_date", "to_date"):
                return date_text(value) if value else ""
            return labels.label(self.LABELS[field], value) if field in self.LABELS else (value or "")
        if role == Qt.ItemDataRole.UserRole:
            return member["id"]
        if role == Qt.ItemDataRole.ForegroundRole and not is_current(member, self._today):
            return QBrush(_ENDED)
        return None


def _choice_box(kind: str, parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.addItem("", None)
    for code, text in labels.choices(kind):
        box.addItem(text, code)
    return box


class EitPanel(QWidget):
    #: A member's id: the trainer asked to delete them (the screen asks first, saying what it means).
    delete_requested = Signal(str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._enterprise_id: str | None = None
        self._member: Record | None = None
        self.model = EitModel(self)
        self.view = table_view(self.model, self, name="eitView", stretch=0)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.balance_label = QLabel(self)
        self.balance_label.setObjectName("eitBalance")
        self.balance_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add member…"), self)
        self.add_button.setObjectName("addMember")
        self.add_button.clicked.connect(self.add_member)
        self.end_button = QPushButton(self.tr("End membership"), self)
        self.end_button.setObjectName("endMembership")
        self.end_button.setToolTip(self.tr("The member leaves the team today; past visits still list them."))
        self.end_button.clicked.connect(self.end_membership)
        self.delete_button = QPushButton(self.tr("Delete member…"), self)
        self.delete_button.setObjectName("deleteMember")
        self.delete_button.setToolTip(self.tr("For a member added by mistake (to the Trash, with undo)."))
        self.delete_button.clicked.connect(self.delete_member)

        self.saver = AutoSaver(self._save, self)
        self.editor = QWidget(self)
        self.fields: dict[str, QWidget] = {
            "name": QLineEdit(self.editor), "role": _choice_box("role", self.editor),
            "side": _choice_box("side", self.editor), "gender": _choice_box("gender", self.editor),
            "department": QLineEdit(self.editor), "position": QLineEdit(self.editor),
            "from_date": date_box(self.editor), "to_date": date_box(self.editor)}
        names = {"name": self.tr("Name"), "role": self.tr("Role"), "side": self.tr("Manager or worker"),
                 "gender": self.tr("Gender"), "department": self.tr("Department"), "position": self.tr("Position"),
                 "from_date": self.tr("Member from"), "to_date": self.tr("Until")}
        grid = QGridLayout(self.editor)
        grid.setContentsMargins(0, 0, 0, 0)
        # Two columns of the form side by side: the panel is wide and short on a 1366 x 768 screen.
        for n, (field, widget) in enumerate(self.fields.items()):
            widget.setObjectName(f"member_{field}")
            label = QLabel(names[field], self.editor)
            label.setBuddy(widget)
            grid.addWidget(label, n // 2, (n % 2) * 2)
            grid.addWidget(widget, n // 2, (n % 2) * 2 + 1)
            self.saver.bind(field, widget, label=names[field])
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.balance_label, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)
        self.editor.setEnabled(False)
        self.end_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.setTabOrder(self.view, self.add_button)

    # -- loading -----------------------------------------------------------------------------------------------

    def load(self, enterprise_id: str) -> None:
        self.saver.flush()
        self._enterprise_id = enterprise_id
        self._member = None
        self.reload()
        self.view.resizeColumnsToContents()  # "Manager or worker" must not be cut to "anager or worke"
        header = self.view.horizontalHeader()  # and the name (the stretching column) keeps room beside them
        self.view.setMinimumWidth(sum(header.sectionSize(column) for column in range(1, header.count())) + 120)
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self._show_member(None)

    def reload(self) -> None:
        current = self._member["id"] if self._member else None
        members = self._ws.eit_members.list(enterprise_id=self._enterprise_id, order_by="to_date, name")
        self.view.selectionModel().blockSignals(True)
        self.model.set_members(members)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.view.selectRow(row)
            self._member = self.model.member(row)
        self.view.selectionModel().blockSignals(False)
        if current and row < 0:  # the member shown was deleted (here, or by a sync): show no one's details
            self.view.clearSelection()
            self._show_member(None)
        self._show_balance()

    def on_changes(self, changes: ChangeSet) -> None:
        if self._enterprise_id and changes.touches("eit_member") and self._enterprise_id in changes.enterprises:
            self.reload()

    def _show_balance(self) -> None:
        counts = balance(self.model.members(), dt.date.today().isoformat())
        # Each count its own plural ("1 man", "1 hombre", "0 femme"): the sentence only puts them together.
        text = self.tr("{members}: {managers}, {workers} · {women}, {men}", "the EIT's balance").format(
            members=self.tr("%n member(s)", "", counts["members"]),
            managers=self.tr("%n manager(s)", "", counts["manager"]),
            workers=self.tr("%n worker(s)", "", counts["worker"]),
            women=self.tr("%n woman(s)", "", counts["female"]), men=self.tr("%n man(s)", "", counts["male"]))
        warnings = []
        if counts["members"] and (not counts["manager"] or not counts["worker"]):
            warnings.append(self.tr("SCORE needs managers and workers in the team."))
        elif counts["members"] and counts["worker"] < counts["manager"]:
            warnings.append(self.tr("Fewer workers than managers."))
        if counts["members"] and not counts["female"]:
            warnings.append(self.tr("No women in the team."))
        if warnings:
            text += "<br><span style='color:#c62828'>" + " ".join(warnings) + "</span>"
        self.balance_label.setText(text)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.saver.flush()
        self._show_member(self.model.member(current.row()) if current.isValid() else None)

    def _show_member(self, member: Record | None) -> None:
        self._member = member
        self.editor.setEnabled(member is not None)
        self.end_button.setEnabled(member is not None and not member.get("to_date"))
        self.delete_button.setEnabled(member is not None)
        with self.saver.loading():
            for field, widget in self.fields.items():
                value = member.get(field) if member else None
                if isinstance(widget, QLineEdit):
                    widget.setText(value or "")
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(0, widget.findData(value)))
                else:
                    set_date(widget, value)

    # -- changing ------------------------------------------------------------------------------------------------

    def _save(self, changes: dict[str, Any]) -> None:
        if self._member is None:
            return
        if "name" in changes and not changes["name"]:
            changes.pop("name")  # required: the last name stays until a new one is typed
            if not changes:
                return
        self._member = self._ws.eit_members.update(self._member["id"], **changes)
        self.end_button.setEnabled(not self._member.get("to_date"))

    def add_member(self) -> QDialog | None:
        """Ask the new member's name first (nothing is created until it is given); then show their details."""
        if not self._enterprise_id:
            return None
        self.saver.flush()
        dialog = NewMemberDialog(self._ws, self._enterprise_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.member and self._show_new_member(dialog.member))
        dialog.open()
        return dialog

    def _show_new_member(self, member: Record) -> None:
        self._member = member
        self.reload()
        self._show_member(member)
        self.fields["role"].setFocus()  # the name is given: the details go on from the next field

    def delete_member(self) -> None:
        if self._member is not None:
            self.saver.flush()
            self.delete_requested.emit(self._member["id"])

    def end_membership(self) -> None:
        if self._member is None:
            return
        self.saver.flush()
        self._member = self._ws.eit_members.update(self._member["id"], to_date=dt.date.today().isoformat())
        self._show_member(self._member)
