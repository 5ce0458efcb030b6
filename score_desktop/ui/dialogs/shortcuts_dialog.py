"""Help ▸ Keyboard shortcuts: every command that has a key, read from the actions themselves (never stale)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from score_desktop.ui.core.lazy_model import Column, RowsTableModel
from score_desktop.ui.core.widgets import table_view


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        rows = {}
        for action in actions:
            text = action.text().replace("&", "")
            keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
            rows.setdefault(text, {"id": text, "command": text, "keys": keys})
        self.model = RowsTableModel([Column("command", self.tr("Command")), Column("keys", self.tr("Keys"))], self)
        self.model.set_rows(sorted(rows.values(), key=lambda row: row["command"].lower()))
        view = table_view(self.model, self, name="shortcutsView", stretch=0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
