"""Trash: deleted findings, actions, suggestions and photos, newest first, each one click from coming back."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from score_desktop.store import deletion, queries
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.formats import date_text, date_time_text
from score_desktop.ui.core.lazy_model import Column, RowsTableModel
from score_desktop.ui.core.widgets import RefreshedOnChange, heading, muted, table_view


class TrashScreen(RefreshedOnChange, QWidget):
    WATCHES = ("enterprise", "visit", "eit_member", "observation", "photo", "action_item", "suggestion")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        kinds = {"enterprise": self.tr("Enterprise"), "visit": self.tr("Visit"), "eit_member": self.tr("EIT member"),
                 "observation": self.tr("Finding"), "photo": self.tr("Photo"), "action_item": self.tr("Action"),
                 "suggestion": self.tr("Suggestion")}
        self.model = RowsTableModel([
            Column("entity", self.tr("What"), text=lambda row: kinds.get(row["entity"], row["entity"])),
            Column("title", self.tr("Text or caption"), text=self._title),
            Column("enterprise_name", self.tr("Enterprise")),
            Column("deleted_at", self.tr("Deleted"), text=lambda row: date_time_text(row["deleted_at"])),
        ], self)
        self.view = table_view(self.model, self, name="trashView", stretch=1)
        self.view.horizontalHeader().resizeSection(0, 90)
        self.view.horizontalHeader().resizeSection(2, 240)
        self.view.activated.connect(lambda _index: self.restore_selected())
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore_selected)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Trash"), self, size=1.4))
        top.addStretch()
        top.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addWidget(muted(self.tr("Deleted enterprises, visits, EIT members, findings, actions, suggestions and "
                                       "photos stay here; restore puts them back where they were, an enterprise or "
                                       "a visit with everything that went with it."), self))
        layout.addWidget(self.view, 1)
        self._dirty = True

    def restore_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_record(index.row())
        deletion.restore(self._ctx.ws, row["entity"], row["id"])  # with what went with it
        self._ctx.deletions.forget(row["entity"], row["id"])

    def _title(self, row: dict) -> str:
        if row["entity"] != "visit":
            return row["title"]
        module, _, day = row["title"].partition(" ")  # a visit is its module and its day
        try:
            module = self._ctx.catalog.module(module).name(self._ctx.language)
        except KeyError:
            pass
        return f"{module} · {date_text(day)}"

    def refresh(self) -> None:
        self._dirty = False
        items = queries.trash(self._ctx.ws)
        self.model.set_rows([{"id": item.record_id, "entity": item.entity, "title": item.title,
                              "enterprise_name": item.enterprise_name, "deleted_at": item.deleted_at}
                             for item in items])
        self.restore_button.setEnabled(bool(items))
        if items:
            self.view.selectRow(0)
