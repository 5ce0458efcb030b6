"""Finalise: before a visit is signed, the list of what a signed report would lack (no findings, actions without
an owner or a due date, the module's core KPIs not entered at this visit), and the choice: fix it, or go on.

Going on marks the visit final and goes to its Sign-off tab; fixing goes where the chosen item is fixed (the
checklist, the action's window, a new KPI reading).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from score_desktop.store import signoff
from score_desktop.store.records import Record
from score_desktop.store.signoff import Missing
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.lazy_model import Column, RowsTableModel
from score_desktop.ui.core.widgets import heading, muted, table_view
from score_desktop.ui.visits.signoff_texts import missing_text

GO_ON, FIX = "go_on", "fix"


class FinaliseDialog(QDialog):
    def __init__(self, ctx: AppContext, visit: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finaliseDialog")
        self.setWindowTitle(self.tr("Finalise the visit"))
        self._ctx, self._visit = ctx, visit
        #: What the trainer chose: GO_ON, FIX (with :attr:`to_fix`), or None (closed).
        self.choice: str | None = None
        self.to_fix: Missing | None = None
        missing = signoff.missing_before_signing(ctx.ws, visit, ctx.catalog)
        self.model = RowsTableModel([Column("text", self.tr("What the signed report would lack"))], self)
        self.model.set_rows([{"id": str(n), "item": item, "text": missing_text(item, ctx.catalog, ctx.language)}
                             for n, item in enumerate(missing)])
        self.view = table_view(self.model, self, name="missingView")
        self.view.activated.connect(lambda _index: self._fix())
        title = heading(self.tr("%n thing(s) to look at before signing", "", len(missing)) if missing
                        else self.tr("Ready to sign"), self, size=1.1)
        hint = muted(self.tr("Fix them now, or go on: a visit may be signed without them, and the report shows "
                             "what was recorded.") if missing else
                     self.tr("Everything a signed report needs is recorded. Go on to sign it."), self)
        self.buttons = QDialogButtonBox(self)
        self.go_on_button = self.buttons.addButton(self.tr("&Go on to sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_on_button.setObjectName("goOn")
        self.fix_button = self.buttons.addButton(self.tr("&Fix it"), QDialogButtonBox.ButtonRole.ActionRole)
        self.fix_button.setObjectName("fixIt")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.go_on_button.clicked.connect(self._go_on)
        self.fix_button.clicked.connect(self._fix)
        self.buttons.rejected.connect(self.reject)
        self.fix_button.setVisible(bool(missing))
        self.view.setVisible(bool(missing))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        if missing:
            self.view.selectRow(0)
            self.fix_button.setDefault(True)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.go_on_button.setDefault(True)
        self.resize(620, 380 if missing else 180)

    def _go_on(self) -> None:
        self.choice = GO_ON
        self.accept()

    def _fix(self) -> None:
        row = self.model.record_at(self.view.currentIndex())
        if row is None and self.model.rowCount():
            row = self.model.row_record(0)
        if row is None:
            return
        self.choice, self.to_fix = FIX, row["item"]
        self.accept()
