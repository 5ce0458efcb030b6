"""A dialog that asks a new record's name before anything is created (New enterprise, Add member): a slip of the
mouse leaves no nameless record behind. The subclass adds its rows and says how the record is made."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from score_desktop.errors import UserError
from score_desktop.store.records import Record
from score_desktop.ui.core.errors import show_error


class NameFirstDialog(QDialog):
    """The subclass calls :meth:`lay_out` with its rows after the name's; the OK button is on once a name is typed;
    :meth:`create` makes the record (a user's error keeps the dialog open with what was typed)."""

    def __init__(self, parent: QWidget | None, *, name_field: str) -> None:
        super().__init__(parent)
        #: The record created, once OK was pressed.
        self.record: Record | None = None
        self.name = QLineEdit(self)
        self.name.setObjectName(name_field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))

    def lay_out(self, *, name_label: str, rows: list[tuple[str, QWidget]], hint: str, ok_text: str,
                width: int) -> None:
        form = QFormLayout()
        form.addRow(name_label, self.name)
        for text, widget in rows:
            form.addRow(text, widget)
        note = QLabel(hint, self)
        note.setWordWrap(True)
        self.ok_button.setText(ok_text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(width)

    def create(self, name: str) -> Record:
        raise NotImplementedError

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        try:
            self.record = self.create(name)
        except UserError as error:  # a full disk: the dialog stays, with what was typed
            show_error(error, self)
            return
        super().accept()
