"""The visit itself: date, type, status, who came, objectives, summary and the next visit. Saved as typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from score_desktop.store.records import Record
from score_desktop.ui.core import labels
from score_desktop.ui.core.autosave import AutoSaver
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.dates import date_box, set_date
from score_desktop.ui.visits.attendees_dialog import AttendeesDialog


def _names(text: str) -> list[str] | None:
    names = [name.strip() for name in text.replace("，", ",").split(",") if name.strip()]
    return names or None


class VisitDetails(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._visit: Record | None = None
        self.saver = AutoSaver(self._save, self)
        self.visit_date = date_box(self)
        self.visit_type = QComboBox(self)
        for code, text in labels.choices("visit_type"):
            self.visit_type.addItem(text, code)
        self.status = QComboBox(self)
        for code, text in labels.choices("visit_status"):
            self.status.addItem(text, code)
        # A visit becomes signed by signing it (the Sign-off tab), never by a choice here.
        self.status.model().item(self.status.findData("signed")).setEnabled(False)
        self.status.setToolTip(self.tr("Signed comes from signing the visit on its Sign-off tab (Ctrl+Shift+S)."))
        self.trainer = QLineEdit(self)
        self.co_visitors = QLineEdit(self)
        self.co_visitors.setPlaceholderText(self.tr("Names, separated by commas"))
        self.attendees = QLabel(self)
        self.attendees.setWordWrap(True)
        self.attendees.setObjectName("visitAttendees")
        self.change_attendees_button = QPushButton(self.tr("Change…"), self)
        self.change_attendees_button.setObjectName("changeAttendees")
        self.change_attendees_button.setToolTip(self.tr("Tick who came from the EIT (someone late, someone who left)."))
        self.change_attendees_button.clicked.connect(self.change_attendees)
        attendees_row = QHBoxLayout()
        attendees_row.setContentsMargins(0, 0, 0, 0)
        attendees_row.addWidget(self.attendees, 1)
        attendees_row.addWidget(self.change_attendees_button, 0, Qt.AlignmentFlag.AlignTop)
        self.objectives = QPlainTextEdit(self)
        self.summary = QPlainTextEdit(self)
        for box in (self.objectives, self.summary):
            box.setTabChangesFocus(True)
        self.next_visit_date = date_box(self)
        form = QFormLayout()
        rows = [("visit_date", self.tr("Date"), self.visit_date), ("visit_type", self.tr("Type"), self.visit_type),
                ("status", self.tr("Status"), self.status), ("trainer", self.tr("Trainer"), self.trainer),
                ("co_visitors", self.tr("Co-visitors"), self.co_visitors),
                ("objectives", self.tr("Objectives"), self.objectives),
                ("summary", self.tr("Summary"), self.summary),
                ("next_visit_date", self.tr("Next visit"), self.next_visit_date)]
        for field, label, widget in rows:
            widget.setObjectName(f"visit_{field}")
            read = (lambda w=widget: _names(w.text())) if field == "co_visitors" else None
            self.saver.bind(field, widget, read, label=label)
            form.addRow(label, widget)
            if field == "co_visitors":
                form.addRow(self.tr("Attendees"), attendees_row)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        self.saver.problem.connect(lambda text: (self.problem.setText(text), self.problem.setVisible(bool(text))))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch()

    def set_read_only(self, read_only: bool) -> None:
        """A signed visit: its details are shown, not changed (the status changes by signing or reopening)."""
        for widget in (self.trainer, self.co_visitors, self.objectives, self.summary):
            widget.setReadOnly(read_only)
        for widget in (self.visit_date, self.visit_type, self.status, self.next_visit_date,
                       self.change_attendees_button):
            widget.setEnabled(not read_only)

    def load(self, visit: Record) -> None:
        self.saver.flush()
        self._visit = visit
        with self.saver.loading():
            set_date(self.visit_date, visit.get("visit_date"))
            self.visit_type.setCurrentIndex(max(0, self.visit_type.findData(visit.get("visit_type"))))
            self.status.setCurrentIndex(max(0, self.status.findData(visit.get("status"))))
            self.trainer.setText(visit.get("trainer") or "")
            self.co_visitors.setText(", ".join(visit.get("co_visitors") or []))
            self.objectives.setPlainText(visit.get("objectives") or "")
            self.summary.setPlainText(visit.get("summary") or "")
            set_date(self.next_visit_date, visit.get("next_visit_date"))
        self._show_attendees(visit)

    def _show_attendees(self, visit: Record) -> None:
        members = {m["id"]: m["name"] for m in self._ctx.ws.eit_members.list(enterprise_id=visit["enterprise_id"])}
        names = [members.get(member_id, "?") for member_id in visit.get("attendees") or []]
        self.attendees.setText(", ".join(names) or self.tr("Nobody from the EIT recorded."))

    def change_attendees(self) -> QDialog | None:
        """Tick who came, after the visit started; the list shows them at once."""
        if self._visit is None:
            return None
        self.saver.flush()
        dialog = AttendeesDialog(self._ctx.ws, self._visit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.visit and self._attendees_changed(dialog.visit))
        dialog.open()
        return dialog

    def _attendees_changed(self, visit: Record) -> None:
        self._visit = visit
        self._show_attendees(visit)

    def _save(self, changes: dict[str, Any]) -> None:
        if self._visit is None:
            return
        if "visit_date" in changes and not changes["visit_date"]:
            changes.pop("visit_date")  # a visit always has a date
            if not changes:
                return
        self._visit = self._ctx.ws.visits.update(self._visit["id"], **changes)
