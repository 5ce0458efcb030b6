"""New enterprise: its name (in any script) before anything is created, so no "New enterprise" is left behind."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core.name_first import NameFirstDialog


class NewEnterpriseDialog(NameFirstDialog):
    """Asks the enterprise's name (required) and, optionally, its Latin name and city; OK creates it."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent, name_field="enterpriseName")
        self.setObjectName("newEnterpriseDialog")
        self.setWindowTitle(self.tr("New enterprise"))
        self._ws = ws
        self.name.setPlaceholderText(self.tr("As the factory writes it, e.g. 广州华美服装有限公司"))
        self.name_latin = QLineEdit(self)
        self.name_latin.setObjectName("enterpriseNameLatin")
        self.city = QLineEdit(self)
        self.city.setObjectName("enterpriseCity")
        self.lay_out(name_label=self.tr("&Name:"), width=460,
                     rows=[(self.tr("Name in &Latin letters:"), self.name_latin), (self.tr("&City:"), self.city)],
                     hint=self.tr("Everything else goes on the enterprise's page, which opens next."),
                     ok_text=self.tr("Create"))

    @property
    def enterprise(self) -> Record | None:
        """The enterprise created, once OK was pressed."""
        return self.record

    def create(self, name: str) -> Record:
        return self._ws.enterprises.create(name=name, name_latin=self.name_latin.text().strip() or None,
                                           city=self.city.text().strip() or None)
