"""Start a visit: module, type, date, trainer, co-visitors, and the attendees ticked from the EIT."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QListView,
                               QVBoxLayout, QWidget)

from score_desktop.store.records import Record
from score_desktop.ui.core import labels, settings
from score_desktop.ui.core.checklist_model import ChecklistModel
from score_desktop.ui.context import AppContext
from score_desktop.domain.eit import is_current
from score_desktop.ui.core.formats import date_edit_pattern


class AttendeesModel(ChecklistModel):
    """EIT members with a check box each: for a new visit the current members, ticked; for a visit already
    started (``checked``: its attendees) the current members and those who came then, its attendees ticked."""

    def __init__(self, members: list[Record], parent: Any = None, *, checked: list[str] | None = None) -> None:
        today = dt.date.today().isoformat()
        came = set(checked or [])
        shown = [m for m in members if is_current(m, today) or m["id"] in came]
        super().__init__(shown, parent)
        self._ticked = [m["id"] for m in shown if checked is None or m["id"] in came]

    def text(self, member: Record) -> str:
        side = labels.label("side", member.get("side"))
        return f"{member['name']} ({side})" if side else member["name"]


class NewVisitDialog(QDialog):
    def __init__(self, ctx: AppContext, enterprise: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._enterprise = enterprise
        self.visit: Record | None = None
        self.setWindowTitle(self.tr("New visit — {enterprise}").format(enterprise=enterprise["name"]))
        self.setMinimumWidth(520)
        earlier = {visit["module"] for visit in ctx.ws.visits.list(enterprise_id=enterprise["id"])}

        self.module = QComboBox(self)
        self.module.setObjectName("visitModule")
        for code in settings.module_order(ctx.catalog):
            self.module.addItem(f"{code} — {ctx.catalog.module(code).name(ctx.language)}", code)
        # The first module without a visit yet is the likely next one.
        next_code = next((code for code in settings.module_order(ctx.catalog) if code not in earlier), None)
        if next_code:
            self.module.setCurrentIndex(self.module.findData(next_code))
        self.visit_type = QComboBox(self)
        self.visit_type.setObjectName("visitType")
        for code, text in labels.choices("visit_type"):
            self.visit_type.addItem(text, code)
        self.module.currentIndexChanged.connect(lambda _i: self._suggest_type(earlier))
        self._suggest_type(earlier)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setObjectName("visitDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_edit_pattern())
        self.trainer = QLineEdit(settings.value("trainer/name"), self)
        self.trainer.setObjectName("visitTrainer")
        self.co_visitors = QLineEdit(self)
        self.co_visitors.setObjectName("coVisitors")
        self.co_visitors.setPlaceholderText(self.tr("Names, separated by commas"))
        self.attendees_model = AttendeesModel(
            ctx.ws.eit_members.list(enterprise_id=enterprise["id"], order_by="name"), self)
        self.attendees = QListView(self)
        self.attendees.setObjectName("attendees")
        self.attendees.setModel(self.attendees_model)
        self.attendees.setMinimumHeight(150)

        form = QFormLayout()
        form.addRow(self.tr("Module"), self.module)
        form.addRow(self.tr("Type"), self.visit_type)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Trainer"), self.trainer)
        form.addRow(self.tr("Co-visitors"), self.co_visitors)
        form.addRow(self.tr("Attendees from the EIT"), self.attendees)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start visit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _suggest_type(self, modules_visited: set[str]) -> None:
        code = "consultation" if self.module.currentData() in modules_visited else "baseline"
        self.visit_type.setCurrentIndex(self.visit_type.findData(code))

    def accept(self) -> None:
        co_visitors = [name.strip() for name in self.co_visitors.text().replace("，", ",").split(",") if name.strip()]
        self.visit = self._ctx.ws.visits.create(
            enterprise_id=self._enterprise["id"], module=self.module.currentData(),
            visit_type=self.visit_type.currentData(), visit_date=self.date.date().toString("yyyy-MM-dd"),
            status="draft", catalog_version=self._ctx.catalog.version, trainer=self.trainer.text().strip() or None,
            co_visitors=co_visitors or None, attendees=self.attendees_model.checked_ids() or None)
        super().accept()
