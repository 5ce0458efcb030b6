"""An action in a window of its own, opened from the visit screen, Today or a search: the editor, and buttons to
open the visit that agreed it or to delete it (Edit ▸ Undo delete and the Trash bring it back).

It is not modal, so the trainer can keep the finding in view while writing the action; one window per action.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from score_desktop.store.workspace import ChangeSet
from score_desktop.ui.actions.action_editor import ActionEditor
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.widgets import muted
from score_desktop.ui.core.formats import date_text


class ActionDialog(QDialog):
    def __init__(self, ctx: AppContext, action_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self._ctx = ctx
        self.action_id = action_id
        self.setWindowTitle(self.tr("Action"))
        self.resize(820, 620)
        self.context = muted("", self)
        self.context.setObjectName("actionContext")
        self.editor = ActionEditor(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.open_visit_button = QPushButton(self.tr("Open visit"), self)
        self.open_visit_button.setObjectName("openVisit")
        self.open_visit_button.clicked.connect(self.open_visit)
        self.delete_button = QPushButton(self.tr("Delete action"), self)
        self.delete_button.setObjectName("deleteAction")
        self.delete_button.clicked.connect(self.delete_action)
        buttons.addButton(self.open_visit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.context)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.editor.show_action(action_id)
        self._show_context()

    def _show_context(self) -> None:
        action = self._ctx.ws.action_items.find(self.action_id)
        if action is None:
            return
        enterprise = self._ctx.ws.enterprises.find(action["enterprise_id"])
        visit = self._ctx.ws.visits.find(action["visit_id"]) if action.get("visit_id") else None
        parts = [enterprise["name"] if enterprise else ""]
        if visit is not None:
            parts.append(self.tr("agreed at the visit of {date}").format(date=date_text(visit["visit_date"])))
        self.context.setText(" · ".join(part for part in parts if part))
        self.open_visit_button.setEnabled(visit is not None)

    def open_visit(self) -> None:
        action = self._ctx.ws.action_items.find(self.action_id)
        if action is not None and action.get("visit_id"):
            self.editor.saver.flush()
            self._ctx.nav.open_visit.emit(action["visit_id"])

    def delete_action(self) -> None:
        self.editor.saver.discard()
        self._ctx.deletions.delete("action_item", self.action_id)
        self.accept()

    def on_changes(self, changes: ChangeSet) -> None:
        self.editor.on_changes(changes)

    def done(self, result: int) -> None:
        self.editor.saver.flush()
        super().done(result)

    def focus_title(self) -> None:
        self.editor.focus_title()

    def bring_forward(self) -> None:
        """Asked for again while open: show it (un-minimised) in front, where the trainer is looking."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.activateWindow()
