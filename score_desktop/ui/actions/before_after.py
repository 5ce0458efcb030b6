"""An action's photos side by side: "before" (the photos of the finding it came from, at an earlier visit) and
"after" (its own, added when the work is done). Drop, paste or attach pictures on the "after" side."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from score_desktop.store import actions as action_store
from score_desktop.store.records import Record
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.photo_strip import PhotoDelegate, PhotoListModel, PhotoStrip
from score_desktop.ui.core.widgets import muted


#: Before and after are compared, not browsed: bigger than a finding's thumbnails.
SIDE = 150


class BeforeAfter(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._action: Record | None = None
        self.before_model = PhotoListModel(ctx, self)
        self.before_view = QListView(self)
        self.before_view.setObjectName("beforePhotos")
        self.before_view.setModel(self.before_model)
        self.before_view.setItemDelegate(PhotoDelegate(self.before_view, side=SIDE))
        self.before_view.setViewMode(QListView.ViewMode.IconMode)
        self.before_view.setWrapping(False)
        self.before_view.setMovement(QListView.Movement.Static)
        self.before_view.setMinimumHeight(SIDE + self.fontMetrics().height() + 26)
        self.before_view.activated.connect(lambda index: self._open(self.before_model, index.row()))
        self.before_empty = muted(self.tr("The finding has no photos."), self)
        self.after = PhotoStrip(ctx, self, owner_field="action_item_id", kind="after")
        self.after.view.setObjectName("afterPhotos")
        self.after.hint.setWordWrap(True)  # half a side panel wide
        self.after.view.setItemDelegate(PhotoDelegate(self.after.view, side=SIDE))
        self.after.view.setMinimumHeight(SIDE + self.fontMetrics().height() + 26)
        self.after.open_photo.connect(lambda photo_id: self._open_id(self.after.model, photo_id))

        titles = [QLabel(self.tr("Before: the finding's photos"), self),
                  QLabel(self.tr("After: photos of the work done"), self)]
        for title in titles:
            title.setWordWrap(True)  # half a side panel wide, in any language
        before = QVBoxLayout()
        before.addWidget(titles[0])
        before.addWidget(self.before_view, 1)
        before.addWidget(self.before_empty)
        after = QVBoxLayout()
        after.addWidget(titles[1])
        after.addWidget(self.after, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(before, 1)
        layout.addLayout(after, 1)

    def show_action(self, action: Record | None) -> None:
        self._action = action
        self.refresh()

    def refresh(self) -> None:
        action = self._action
        before = action_store.before_photos(self._ctx.ws, action) if action else []
        self.before_model.set_photos(before)
        self.before_view.setVisible(bool(before))
        self.before_empty.setVisible(not before)
        self.before_empty.setText(self.tr("The finding has no photos.") if action and action.get("observation_id")
                                  else self.tr("This action was not made from a finding."))
        after = action_store.after_photos(self._ctx.ws, action["id"]) if action else []
        self.after.show_finding(action["id"] if action else None, after)
        self.after.setEnabled(action is not None)

    def _open(self, model: PhotoListModel, row: int) -> None:
        ids = [photo["id"] for photo in model.photos()]
        if 0 <= row < len(ids):
            self._ctx.nav.open_photos.emit(ids, row)

    def _open_id(self, model: PhotoListModel, photo_id: str) -> None:
        ids = [photo["id"] for photo in model.photos()]
        if photo_id in ids:
            self._ctx.nav.open_photos.emit(ids, ids.index(photo_id))
