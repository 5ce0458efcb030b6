"""Reopening a signed visit: why (required), printed with who and when in its next signed report."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from score_desktop.store import signoff
from score_desktop.store.records import Record
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import settings
from score_desktop.ui.core.errors import show_error
from score_desktop.errors import UserError
from score_desktop.ui.core.widgets import muted
from score_desktop.ui.visits.signoff_texts import day_text


class ReopenDialog(QDialog):
    def __init__(self, ctx: AppContext, visit: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self._ctx, self._visit = ctx, visit
        self.reopened: Record | None = None
        self.setWindowTitle(self.tr("Reopen the signed visit"))
        self.who = str(settings.value("trainer/name") or visit.get("trainer") or "")
        revision = signoff.next_revision(ctx.ws, visit).number
        explanation = QLabel(self.tr(
            "The visit of {date} was signed. Reopening it lets you change what was recorded; then both sign again "
            "and its report becomes revision {revision}. The signed report stays as it is, and the next one "
            "prints why the visit was reopened, by whom and when.").format(
            date=day_text(visit["visit_date"]), revision=revision), self)
        explanation.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reopenReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("For example: the October defect rate was entered for the wrong "
                                               "line."))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 16)
        reason_label = QLabel(self.tr("&Why is the visit reopened? (required)"), self)
        reason_label.setBuddy(self.reason)
        by = muted(self.tr("Reopened by {who}, now.").format(who=self.who or self.tr("(your name: set it in "
                                                                                     "Preferences)")), self)
        self.buttons = QDialogButtonBox(self)
        self.reopen_button = self.buttons.addButton(self.tr("&Reopen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.reopen_button.setObjectName("confirmReopen")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._reason_changed)
        self._reason_changed()
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(by)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _reason_changed(self) -> None:
        self.reopen_button.setEnabled(bool(self.reason.toPlainText().strip()))

    def accept(self) -> None:
        try:
            self.reopened = signoff.reopen_visit(self._ctx.ws, self._visit["id"], self.reason.toPlainText(),
                                                 by=self.who)
        except UserError as error:
            show_error(error, self)
            return
        super().accept()
