"""Plan a classroom session: module, first day and number of days, venue, city, trainer, the papers' language,
and the enterprises whose people attend (ticked from a list that filters as you type)."""

from __future__ import annotations


from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListView,
                               QSpinBox, QVBoxLayout, QWidget)

from score_desktop.domain.training import consecutive_days
from score_desktop.domain.validation import MAX_SESSION_DAYS
from score_desktop.errors import ValidationError
from score_desktop.store import training
from score_desktop.store.records import Record
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import settings
from score_desktop.ui.core.checklist_model import ChecklistModel
from score_desktop.ui.training.common import describe
from score_desktop.ui.training.session_details import language_box, module_box, names_list
from score_desktop.ui.core.formats import date_edit_pattern


class EnterpriseChoiceModel(ChecklistModel):
    """The workspace's enterprises, each with a check box; the order of ticking is kept (the first hosts)."""

    def text(self, enterprise: Record) -> str:
        details = [part for part in (enterprise.get("name_latin"), enterprise.get("city")) if part]
        return f"{enterprise['name']} ({', '.join(details)})" if details else enterprise["name"]


class PlanSessionDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, enterprise_id: str | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.session: Record | None = None
        self.setWindowTitle(self.tr("Plan a training session"))
        self.setMinimumWidth(560)
        self.module = module_box(ctx, self)
        self.module.setObjectName("planModule")
        self.first_day = QDateEdit(QDate.currentDate().addDays(7), self)
        self.first_day.setObjectName("planFirstDay")
        self.first_day.setCalendarPopup(True)
        self.first_day.setDisplayFormat(date_edit_pattern())
        self.day_count = QSpinBox(self)
        self.day_count.setObjectName("planDays")
        self.day_count.setRange(1, MAX_SESSION_DAYS)
        self.day_count.setValue(2)  # a SCORE module's classroom part is two days
        self.location = QLineEdit(self)
        self.location.setObjectName("planVenue")
        self.city = QLineEdit(self)
        self.city.setObjectName("planCity")
        self.trainer = QLineEdit(settings.value("trainer/name"), self)
        self.trainer.setObjectName("planTrainer")
        self.co_trainers = QLineEdit(self)
        self.co_trainers.setPlaceholderText(self.tr("Names, separated by commas"))
        self.language = language_box(self)
        self.language.setObjectName("planLanguage")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("planFilter")
        self.filter.setPlaceholderText(self.tr("Type to find an enterprise"))
        self.filter.setClearButtonEnabled(True)
        self.enterprises_model = EnterpriseChoiceModel(ctx.ws.enterprises.list(order_by="name"), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.enterprises_model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.enterprises = QListView(self)
        self.enterprises.setObjectName("planEnterprises")
        self.enterprises.setModel(self.proxy)
        self.enterprises.setMinimumHeight(170)
        if enterprise_id:
            self.enterprises_model.tick(enterprise_id)
        self.problem = QLabel(self)
        self.problem.setObjectName("planProblem")
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("Module"), self.module)
        form.addRow(self.tr("First day"), self.first_day)
        form.addRow(self.tr("Number of days"), self.day_count)
        form.addRow(self.tr("Venue"), self.location)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Trainer"), self.trainer)
        form.addRow(self.tr("Co-trainers"), self.co_trainers)
        form.addRow(self.tr("Papers in"), self.language)
        form.addRow(self.tr("Enterprises"), self.filter)
        form.addRow("", self.enterprises)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Plan session"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        days = consecutive_days(self.first_day.date().toString("yyyy-MM-dd"), self.day_count.value())
        try:
            self.session = training.plan_session(
                self._ctx.ws, module=self.module.currentData(), dates=days,
                enterprise_ids=self.enterprises_model.ticked(), location=self.location.text().strip() or None,
                city=self.city.text().strip() or None, trainer=self.trainer.text().strip() or None,
                co_trainers=names_list(self.co_trainers.text()), language=self.language.currentData())
        except ValidationError as error:
            # The dialog stays open with everything as typed: tick an enterprise and plan again.
            self.problem.setText(describe(error))
            self.problem.show()
            return
        super().accept()
