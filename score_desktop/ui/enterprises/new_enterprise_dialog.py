"""New enterprise: its name (in any script) before anything is created, so no "New enterprise" is left behind."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from score_desktop.errors import UserError
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core.errors import show_error


class NewEnterpriseDialog(QDialog):
    """Asks the enterprise's name (required) and, optionally, its Latin name and city; OK creates it."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newEnterpriseDialog")
        self.setWindowTitle(self.tr("New enterprise"))
        self._ws = ws
        #: The enterprise created, once OK was pressed.
        self.enterprise: Record | None = None
        self.name = QLineEdit(self)
        self.name.setObjectName("enterpriseName")
        self.name.setPlaceholderText(self.tr("As the factory writes it, e.g. 广州华美服装有限公司"))
        self.name_latin = QLineEdit(self)
        self.name_latin.setObjectName("enterpriseNameLatin")
        self.city = QLineEdit(self)
        self.city.setObjectName("enterpriseCity")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Name in &Latin letters:"), self.name_latin)
        form.addRow(self.tr("&City:"), self.city)
        hint = QLabel(self.tr("Everything else goes on the enterprise's page, which opens next."), self)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        self.ok_button.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        try:
            self.enterprise = self._ws.enterprises.create(
                name=name, name_latin=self.name_latin.text().strip() or None, city=self.city.text().strip() or None)
        except UserError as error:  # a full disk: the dialog stays, with what was typed
            show_error(error, self)
            return
        super().accept()
