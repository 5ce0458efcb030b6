"""A session's details, saved as typed: module, days, venue, city, trainers, language, notes; and the enterprises
that send people to it (add one, or take one out while it has nobody in the session)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from score_desktop.domain.training import session_days
from score_desktop.domain.validation import MAX_SESSION_DAYS
from score_desktop.errors import ValidationError
from score_desktop.reports import LANGUAGE_NAMES, LANGUAGES
from score_desktop.store import training
from score_desktop.store.records import Record
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import settings
from score_desktop.ui.core.autosave import AutoSaver
from score_desktop.ui.core.lazy_model import Column, RowsTableModel
from score_desktop.ui.core.widgets import table_view
from score_desktop.ui.training.common import describe, module_name
from score_desktop.ui.core.formats import date_edit_pattern


def names_list(text: str) -> list[str] | None:
    names = [name.strip() for name in text.replace("，", ",").split(",") if name.strip()]
    return names or None


def module_box(ctx: AppContext, parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for code in settings.module_order(ctx.catalog):
        box.addItem(module_name(ctx, code), code)
    return box


def language_box(parent: QWidget) -> QComboBox:
    """The papers' language, each by its own name so a trainer finds theirs whatever the UI language."""
    box = QComboBox(parent)
    box.addItem("", None)
    for code in LANGUAGES:
        box.addItem(LANGUAGE_NAMES[code], code)
    return box


class DaysEditor(QWidget):
    """One date field per day of the session, with a day more or less; emits the days when they change."""

    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._boxes: list[QDateEdit] = []
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton("+", self)
        self.add_button.setObjectName("addDay")
        self.add_button.setToolTip(self.tr("Add the next day"))
        self.remove_button = QPushButton("−", self)
        self.remove_button.setObjectName("removeDay")
        self.remove_button.setToolTip(self.tr("Remove the last day"))
        for button in (self.add_button, self.remove_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") * 4)
        self.add_button.clicked.connect(self._add_day)
        self.remove_button.clicked.connect(self._remove_day)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)

    def days(self) -> list[str]:
        return [box.date().toString("yyyy-MM-dd") for box in self._boxes]

    def set_days(self, days: list[str]) -> None:
        while len(self._boxes) > len(days):
            self._boxes.pop().deleteLater()
        while len(self._boxes) < len(days):
            box = QDateEdit(self)
            box.setObjectName(f"day{len(self._boxes) + 1}")
            box.setCalendarPopup(True)
            box.setDisplayFormat(date_edit_pattern())
            box.editingFinished.connect(lambda: self.changed.emit(self.days()))
            self._row.addWidget(box)
            self._boxes.append(box)
        for box, day in zip(self._boxes, days):
            box.blockSignals(True)
            box.setDate(QDate.fromString(day, "yyyy-MM-dd"))
            box.blockSignals(False)
        self.add_button.setEnabled(len(days) < MAX_SESSION_DAYS)
        self.remove_button.setEnabled(len(days) > 1)

    def _add_day(self) -> None:
        days = self.days()
        last = dt.date.fromisoformat(days[-1]) if days else dt.date.today()
        self.changed.emit(days + [(last + dt.timedelta(days=1)).isoformat()])

    def _remove_day(self) -> None:
        self.changed.emit(self.days()[:-1])


class SessionDetails(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session: Record | None = None
        self.saver = AutoSaver(self._save, self)
        self.module = module_box(ctx, self)
        self.days = DaysEditor(self)
        self.days.changed.connect(self._days_changed)
        self.location = QLineEdit(self)
        self.city = QLineEdit(self)
        self.trainer = QLineEdit(self)
        self.co_trainers = QLineEdit(self)
        self.co_trainers.setPlaceholderText(self.tr("Names, separated by commas"))
        self.language = language_box(self)
        self.language.setToolTip(self.tr("The language of the attendance sheet and the certificates"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        self.names = {"module": self.tr("Module"), "dates": self.tr("Days"), "location": self.tr("Venue"),
                      "city": self.tr("City"), "trainer": self.tr("Trainer"), "co_trainers": self.tr("Co-trainers"),
                      "language": self.tr("Papers in"), "notes": self.tr("Notes")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, widget in (("module", self.module), ("dates", self.days), ("location", self.location),
                              ("city", self.city), ("trainer", self.trainer), ("co_trainers", self.co_trainers),
                              ("language", self.language), ("notes", self.notes)):
            widget.setObjectName(f"session_{field}")
            form.addRow(self.names[field], widget)
            if field != "dates":
                read = (lambda w=widget: names_list(w.text())) if field == "co_trainers" else None
                self.saver.bind(field, widget, read, label=self.names[field])
        self.problem = QLabel(self)
        self.problem.setObjectName("sessionProblem")
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.saver.problem.connect(self.show_problem)

        self.enterprises_model = RowsTableModel([Column("name", self.tr("Enterprise")),
                                                 Column("participants", self.tr("People"))], self)
        self.enterprises_view = table_view(self.enterprises_model, self, name="sessionEnterprises", stretch=0)
        self.enterprises_view.setMinimumHeight(self.fontMetrics().height() * 6)
        self.enterprise_choice = QComboBox(self)
        self.enterprise_choice.setObjectName("enterpriseChoice")
        self.enterprise_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.enterprise_choice.setMinimumContentsLength(12)
        self.add_enterprise_button = QPushButton(self.tr("Add"), self)
        self.add_enterprise_button.setObjectName("addEnterprise")
        self.add_enterprise_button.clicked.connect(self.add_enterprise)
        self.remove_enterprise_button = QPushButton(self.tr("Remove"), self)
        self.remove_enterprise_button.setObjectName("removeEnterprise")
        self.remove_enterprise_button.setToolTip(self.tr("Take the selected enterprise out of the session"))
        self.remove_enterprise_button.clicked.connect(self.remove_enterprise)
        box = QGroupBox(self.tr("Enterprises whose people attend"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.enterprises_view, 1)
        choose = QHBoxLayout()
        choose.addWidget(self.enterprise_choice, 1)
        choose.addWidget(self.add_enterprise_button)
        choose.addWidget(self.remove_enterprise_button)
        box_layout.addLayout(choose)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(box, 1)

    # -- loading -----------------------------------------------------------------------------------------------

    def load(self, session: Record) -> None:
        self.saver.flush()
        self._session = session
        self.show_problem("")
        with self.saver.loading():
            self.module.setCurrentIndex(max(0, self.module.findData(session.get("module"))))
            self.location.setText(session.get("location") or "")
            self.city.setText(session.get("city") or "")
            self.trainer.setText(session.get("trainer") or "")
            self.co_trainers.setText(", ".join(session.get("co_trainers") or []))
            self.language.setCurrentIndex(max(0, self.language.findData(session.get("language"))))
            self.notes.setPlainText(session.get("notes") or "")
        self.days.set_days(session_days(session))
        self.load_enterprises()

    def load_enterprises(self) -> None:
        if self._session is None:
            return
        ws = self._ctx.ws
        enrolled = training.enterprise_ids(ws, self._session["id"])
        counts = dict(ws.conn.execute("SELECT enterprise_id, count(*) FROM attendance WHERE deleted = 0 AND "
                                      "training_session_id = ? GROUP BY enterprise_id", (self._session["id"],)))
        names = {e["id"]: e["name"] for e in ws.enterprises.list(order_by="name")}
        self.enterprises_model.set_rows([{"id": enterprise_id, "name": names.get(enterprise_id, "?"),
                                          "participants": counts.get(enterprise_id, 0)} for enterprise_id in enrolled])
        self.enterprises_view.resizeColumnToContents(1)
        self.enterprise_choice.clear()
        for enterprise_id, name in names.items():
            if enterprise_id not in enrolled:
                self.enterprise_choice.addItem(name, enterprise_id)
        self.add_enterprise_button.setEnabled(self.enterprise_choice.count() > 0)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- saving ------------------------------------------------------------------------------------------------

    def _save(self, changes: dict[str, Any]) -> None:
        if self._session is not None:
            self._session = self._ctx.ws.training_sessions.update(self._session["id"], **changes)

    def _days_changed(self, days: list[str]) -> None:
        if self._session is None:
            return
        try:
            self._session = training.set_days(self._ctx.ws, self._session["id"], days)
        except ValidationError as error:
            self.show_problem(describe(error, self.names))
        else:
            self.show_problem("")
        self.days.set_days(session_days(self._session))  # the stored days, also after a refusal

    def add_enterprise(self) -> None:
        enterprise_id = self.enterprise_choice.currentData()
        if self._session is not None and enterprise_id:
            training.enrol(self._ctx.ws, self._session["id"], enterprise_id)

    def remove_enterprise(self) -> None:
        index = self.enterprises_view.currentIndex()
        if self._session is None or not index.isValid():
            return
        enterprise_id = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        try:
            training.withdraw(self._ctx.ws, self._session["id"], enterprise_id)
        except ValidationError as error:
            self.show_problem(describe(error, self.names))
        else:
            self.show_problem("")
