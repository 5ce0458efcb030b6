"""Who came to a visit already started: the EIT's members ticked or not, as at the start (someone arrives late,
someone ticked by mistake left before the walk-through)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListView, QVBoxLayout, QWidget

from score_desktop.errors import UserError
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core.errors import show_error
from score_desktop.ui.visits.new_visit_dialog import AttendeesModel


class AttendeesDialog(QDialog):
    """OK writes the ticked members as the visit's attendees (a synced change like any other)."""

    def __init__(self, ws: Workspace, visit: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendeesDialog")
        self.setWindowTitle(self.tr("Attendees from the EIT"))
        self._ws = ws
        self._visit = visit
        #: The visit as saved, once OK was pressed.
        self.visit: Record | None = None
        members = ws.eit_members.list(enterprise_id=visit["enterprise_id"], order_by="name")
        self.model = AttendeesModel(members, self, checked=list(visit.get("attendees") or []))
        self.view = QListView(self)
        self.view.setObjectName("attendees")
        self.view.setModel(self.model)
        self.view.setMinimumHeight(180)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def accept(self) -> None:
        try:
            self.visit = self._ws.visits.update(self._visit["id"], attendees=self.model.checked_ids() or None)
        except UserError as error:  # a signed visit (signed on the way), a full disk: nothing changed
            show_error(error, self)
            return
        super().accept()
