"""What every screen is given (STYLE.md habit 4: services are injected): the workspace, the catalog, the UI
language, the photo files, the thumbnail loader, navigation, and the list of deletions Edit ▸ Undo delete
takes back."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from score_desktop.domain.catalog import Catalog
from score_desktop.store import deletion
from score_desktop.store.photos import PhotoStore
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core.thumbnails import ThumbnailLoader


class Navigator(QObject):
    """Screens ask to show a record; the main window decides how."""

    open_enterprise = Signal(str)
    open_visit = Signal(str)
    #: (visit id, observation id): open the visit on that finding.
    open_finding = Signal(str, str)
    #: A screen name of the sidebar ("today", "enterprises", ...).
    show_screen = Signal(str)
    #: A visit id: preview its report (to print or save).
    open_report = Signal(str)
    #: An action id: open its editor (owner, due date, status, savings, before and after photos).
    open_action = Signal(str)
    #: The Actions screen narrowed by a filter: a dict of ``store.actions.ActionFilter`` fields, e.g.
    #: ``{"enterprise_id": ..., "due": "overdue"}``.
    show_actions = Signal(dict)
    #: (enterprise id, visit id or ""): enter a new KPI reading.
    new_kpi_reading = Signal(str, str)
    #: A KPI reading id: change it (before it was synced) or correct it (after).
    open_kpi_reading = Signal(str)
    #: (photo ids, the one to show first): the photo viewer.
    open_photos = Signal(list, int)
    #: A classroom training session id: open its page.
    open_training_session = Signal(str)
    #: A visit id: the coordinator's review page of its report (ui/coordinator/).
    open_review = Signal(str)


class Deletions(QObject):
    """Records deleted in this session, newest last, for Edit ▸ Undo delete.

    Deleting is a soft delete (a tombstone that syncs); undoing restores the record, so nothing is lost even
    after the app restarts: the Trash screen lists what was deleted. An enterprise or a visit goes with what
    belongs to it, and comes back with it (:mod:`score_desktop.store.deletion`).
    """

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._done: list[tuple[str, str]] = []

    def delete(self, entity: str, record_id: str) -> None:
        deletion.delete(self._ws, entity, record_id)
        self._done.append((entity, record_id))
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._done)

    def undo_text(self) -> str:
        if not self._done:
            return QCoreApplication.translate("Deletions", "Undo delete")
        if self._done[-1][0] == "photo":
            return QCoreApplication.translate("Deletions", "Undo delete photo")
        if self._done[-1][0] == "action_item":
            return QCoreApplication.translate("Deletions", "Undo delete action")
        if self._done[-1][0] == "suggestion":
            return QCoreApplication.translate("Deletions", "Undo delete suggestion")
        if self._done[-1][0] == "enterprise":
            return QCoreApplication.translate("Deletions", "Undo delete enterprise")
        if self._done[-1][0] == "visit":
            return QCoreApplication.translate("Deletions", "Undo delete visit")
        if self._done[-1][0] == "eit_member":
            return QCoreApplication.translate("Deletions", "Undo delete EIT member")
        return QCoreApplication.translate("Deletions", "Undo delete finding")

    def undo(self) -> tuple[str, str] | None:
        """Restore the last deletion; returns (entity, id) of what came back."""
        if not self._done:
            return None
        entity, record_id = self._done.pop()
        deletion.restore(self._ws, entity, record_id)
        self.changed.emit()
        return entity, record_id

    def forget(self, entity: str, record_id: str) -> None:
        """The record was restored another way (the Trash screen)."""
        if (entity, record_id) in self._done:
            self._done.remove((entity, record_id))
            self.changed.emit()


@dataclass
class AppContext:
    ws: Workspace
    catalog: Catalog
    #: The UI language code ("en", "zh_CN", ...): catalog names and guidance are shown in it.
    language: str
    photos: PhotoStore
    thumbnails: ThumbnailLoader
    nav: Navigator
    deletions: Deletions

    @classmethod
    def create(cls, ws: Workspace, catalog: Catalog, language: str, parent: QObject | None = None) -> "AppContext":
        photos = PhotoStore(ws.paths)
        return cls(ws, catalog, language, photos, ThumbnailLoader(photos, parent), Navigator(parent),
                   Deletions(ws, parent))
