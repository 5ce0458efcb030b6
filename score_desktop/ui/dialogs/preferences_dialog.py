"""Preferences: one row per entry of :data:`settings.SETTINGS`, a widget chosen by the setting's kind."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit,
                               QListWidget, QPushButton, QVBoxLayout, QWidget)

from score_desktop.domain.catalog import Catalog
from score_desktop.ui.core import settings
from score_desktop.ui.core.settings import Setting


class ModuleOrderEditor(QWidget):
    """The module codes as a list the trainer reorders with two buttons (or by dragging)."""

    def __init__(self, catalog: Catalog, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.list = QListWidget(self)
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.list.setMaximumHeight(130)
        self._language = language
        up = self.up_button = QPushButton(self.tr("Move up"), self)
        down = self.down_button = QPushButton(self.tr("Move down"), self)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        buttons = QVBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def set_codes(self, codes: list[str]) -> None:
        self.list.clear()
        for code in codes:
            self.list.addItem(f"{code} — {self._catalog.module(code).name(self._language)}")
            self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, code)

    def codes(self) -> list[str]:
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())]

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)


class PreferencesDialog(QDialog):
    def __init__(self, catalog: Catalog, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(480)
        self._catalog = catalog
        self._language = language
        self._readers: dict[str, Callable[[], str]] = {}
        #: After OK: a changed setting takes effect at the next start (the main window offers to restart).
        self.restart_needed = False
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for setting in settings.SETTINGS:
            editor = self._editor(setting)
            editor.setObjectName(setting.key.replace("/", "_"))
            self.editors[setting.key] = editor
            form.addRow(setting.translated_label(), editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _editor(self, setting: Setting) -> QWidget:
        if setting.kind == "choice":
            combo = QComboBox(self)
            for choice in setting.choices:
                combo.addItem(setting.choice_label(choice), choice)
            combo.setCurrentIndex(setting.choices.index(settings.value(setting.key)))
            self._readers[setting.key] = combo.currentData
            return combo
        if setting.kind == "order":
            order = ModuleOrderEditor(self._catalog, self._language, self)
            order.set_codes(settings.module_order(self._catalog))
            self._readers[setting.key] = lambda: ",".join(order.codes())
            return order
        line = QLineEdit(settings.value(setting.key), self)
        self._readers[setting.key] = line.text
        return line

    def accept(self) -> None:
        self.restart_needed = False
        for key, read in self._readers.items():
            new_value = read()
            if settings.BY_KEY[key].needs_restart and new_value != settings.value(key):
                self.restart_needed = True
            settings.set_value(key, new_value)
        super().accept()
