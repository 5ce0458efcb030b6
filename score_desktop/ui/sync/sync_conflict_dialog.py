"""Edit… on a conflict: write the value the record should hold, starting from mine, with theirs in view."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from score_desktop.domain.entities import ENTITIES, Field
from score_desktop.errors import UserError
from score_desktop.store.workspace import Workspace
from score_desktop.sync import conflicts
from score_desktop.ui.sync.sync_models import Side
from score_desktop.ui.core.errors import user_message
from score_desktop.ui.sync.sync_texts import field_label, value_text


class ConflictEditDialog(QDialog):
    """Resolves the conflict with the edited value when the trainer presses OK (the dialog stays open on an
    invalid value, with the reason)."""

    def __init__(self, ws: Workspace, conflict: conflicts.Conflict, mine: Side, theirs: Side,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictEditDialog")
        self.setWindowTitle(self.tr("Edit the value"))
        self._ws = ws
        self._conflict = conflict
        spec = ENTITIES.get(conflict.entity)
        self._field: Field | None = spec.by_name.get(conflict.field or "") if spec else None
        start = mine.value if not mine.deleted else theirs.value
        self.editor = self._make_editor(start)
        self.editor.setObjectName("conflictValue")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Mine:"), self._read_only(mine))
        form.addRow(self.tr("Theirs:"), self._read_only(theirs))
        form.addRow(field_label(conflict.field) + ":", self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The value you save here goes to everyone with the next sync."), self))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _read_only(self, side: Side) -> QLabel:
        label = QLabel(f"{side.text}\n{side.who}, {side.when}", self)
        label.setWordWrap(True)
        return label

    def _make_editor(self, start: Any) -> QWidget:
        field = self._field
        if field is not None and field.choices:
            box = QComboBox(self)
            for code in field.choices:
                box.addItem(value_text(self._conflict.entity, field.name, code), code)
            box.setCurrentIndex(max(0, box.findData(start)))
            return box
        if field is not None and field.kind == "text" and (field.max_length or 0) > 500:
            box = QPlainTextEdit(self)
            box.setPlainText("" if start is None else str(start))
            box.setMinimumHeight(110)
            return box
        line = QLineEdit("" if start is None else str(start), self)
        if field is not None and field.kind == "date":
            line.setPlaceholderText("YYYY-MM-DD")
        return line

    def value(self) -> Any:
        editor, field = self.editor, self._field
        if isinstance(editor, QComboBox):
            return editor.currentData()
        text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text().strip()
        if text == "":
            return None
        if field is not None and field.kind == "int":
            return int(text)
        if field is not None and field.kind == "float":
            return float(text.replace(",", "."))
        return text

    def save(self) -> None:
        try:
            value = self.value()
        except ValueError:
            self._say(self.tr("Please write a number."))
            return
        try:
            conflicts.resolve(self._ws, self._conflict.id, value=value, resolution="edited")
        except UserError as error:
            self._say(user_message(error))
            return
        self.accept()

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()
