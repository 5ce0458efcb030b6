"""Thumbnails made and read off the GUI thread, handed out as they are ready.

A view asks :meth:`ThumbnailLoader.get`; the first time it gets None and the picture's hash is queued. Queued
hashes go to the background together (one task per batch, through ``ui.tasks``), where the store makes the
256-pixel JPEG if it is not on disk yet and Qt reads it into a QImage (QImage, unlike QPixmap, may be made off
the GUI thread). Each one comes back as it is done: :attr:`ready` says which, and views repaint that item.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from score_desktop.errors import BadPhotoError
from score_desktop.store.photos import PhotoStore, ext_for_mime
from score_desktop.ui.tasks import TaskContext, run_in_background

log = logging.getLogger(__name__)

#: Enough for every photo of a long visit; a 256-pixel thumbnail is about 200 KB decoded.
CACHE_SIZE = 600


class ThumbnailLoader(QObject):
    #: The sha256 of a picture whose thumbnail is now available (or known to be missing).
    ready = Signal(str)

    def __init__(self, photos: PhotoStore, parent: QObject | None = None, *, size: int = 256) -> None:
        super().__init__(parent)
        self._photos = photos
        self._size = size
        self._cache: OrderedDict[str, QPixmap | None] = OrderedDict()
        self._queued: dict[str, str] = {}
        self._in_flight: set[str] = set()
        self._batch_timer = QTimer(self)
        self._batch_timer.setSingleShot(True)
        self._batch_timer.setInterval(0)
        self._batch_timer.timeout.connect(self._start_batch)

    def get(self, sha256: str, mime: str) -> QPixmap | None:
        """The thumbnail if it is loaded; otherwise None, and :attr:`ready` fires when it is."""
        if sha256 in self._cache:
            self._cache.move_to_end(sha256)
            return self._cache[sha256]
        if sha256 not in self._in_flight and sha256 not in self._queued:
            self._queued[sha256] = mime
            self._batch_timer.start()
        return None

    def is_missing(self, sha256: str) -> bool:
        """True when the picture's file is missing or damaged (it came through sync and is not here yet)."""
        return sha256 in self._cache and self._cache[sha256] is None

    def is_busy(self) -> bool:
        return bool(self._queued or self._in_flight)

    def _start_batch(self) -> None:
        batch, self._queued = self._queued, {}
        self._in_flight |= set(batch)
        photos, size = self._photos, self._size

        def work(task: TaskContext) -> None:
            for sha256, mime in batch.items():
                image = None
                try:
                    path = photos.thumbnail(sha256, ext_for_mime(mime), size=size)
                    image = QImage(str(path))
                except (BadPhotoError, ValueError) as error:
                    log.info("no thumbnail for %s: %s", sha256, error)
                task.partial((sha256, image))

        run_in_background(work, on_partial=self._arrived, on_done=lambda _result: None,
                          on_error=lambda error: self._failed(batch, error))

    def _arrived(self, item: tuple[str, QImage | None]) -> None:
        sha256, image = item
        self._in_flight.discard(sha256)
        self._cache[sha256] = QPixmap.fromImage(image) if image is not None and not image.isNull() else None
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        self.ready.emit(sha256)

    def _failed(self, batch: dict[str, str], error: BaseException) -> None:
        # A full disk while writing a thumbnail: show placeholders now, try again next time they are asked for.
        log.warning("thumbnails failed: %s", error)
        for sha256 in batch:
            self._in_flight.discard(sha256)
            self.ready.emit(sha256)
