"""Thumbnails made and read off the GUI thread, handed out as they are ready.

A view asks :meth:`ThumbnailLoader.get`; the first time it gets None and the picture's hash is queued. Queued
hashes go to the background together (one task per batch, through ``ui.core.tasks``), where the store makes the
256-pixel JPEG if it is not on disk yet and Qt reads it into a QImage (QImage, unlike QPixmap, may be made off
the GUI thread). Each one comes back as it is done: :attr:`ready` says which, and views repaint that item.

Photos of others' records arrive by sync without their picture. When the main window gives the loader a fetcher
(:meth:`ThumbnailLoader.set_fetcher`: signed in), the worker downloads a missing original before making its
thumbnail; otherwise, or when the download fails, the thumbnail is a placeholder saying so.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from score_desktop.errors import BadPhotoError, DiskFullError, UserError
from score_desktop.store.photos import PhotoStore, ext_for_mime
from score_desktop.ui.core.errors import user_message
from score_desktop.ui.core.tasks import INTERACTIVE, NETWORK, TaskContext, run_in_background

log = logging.getLogger(__name__)

#: Enough for every photo of a long visit; a 256-pixel thumbnail is about 200 KB decoded.
CACHE_SIZE = 600
#: ``fetch(sha256, ext) -> Path``: brings a missing original to the photo store, or raises a UserError.
Fetcher = Callable[[str, str], Path]


def _thumbnails(batch: dict[str, str], photos: PhotoStore, size: int,
                fetch: Fetcher | None) -> Callable[[TaskContext], None]:
    """The worker for a batch: each thumbnail (fetching the original first where needed) as it is ready."""
    def work(task: TaskContext) -> None:
        for sha256, mime in batch.items():
            image, reason = None, None
            try:
                ext = ext_for_mime(mime)
                if not photos.original_path(sha256, ext).exists():
                    if fetch is None:
                        raise _NotHere()
                    fetch(sha256, ext)
                image = QImage(str(photos.thumbnail(sha256, ext, size=size)))
            except _NotHere:
                reason = ""
            except (BadPhotoError, ValueError) as error:
                log.info("no thumbnail for %s: %s", sha256, error)
            except DiskFullError:
                raise
            except UserError as error:  # the download did not happen: not available, offline, signed out
                log.info("no picture for %s: %s", sha256, error)
                reason = user_message(error)
            task.partial((sha256, image, reason))

    return work


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
        #: Pictures shown as a placeholder (not on this laptop), with what the placeholder says.
        self._missing: dict[str, str] = {}
        self._fetch: Fetcher | None = None
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
        return sha256 in self._missing or (sha256 in self._cache and self._cache[sha256] is None)

    def missing_reason(self, sha256: str) -> str | None:
        return self._missing.get(sha256)

    def set_fetcher(self, fetch: Fetcher | None) -> None:
        """Download missing originals with ``fetch`` (on the worker); None shows placeholders instead."""
        self._fetch = fetch

    def retry_missing(self) -> None:
        """Ask again for the pictures shown as placeholders (signed in, or the network is back)."""
        for sha256 in list(self._missing):
            self._missing.pop(sha256, None)
            self._cache.pop(sha256, None)
            self.ready.emit(sha256)  # views repaint, ask with get(), and the download is tried again

    def is_busy(self) -> bool:
        return bool(self._queued or self._in_flight)

    def _start_batch(self) -> None:
        batch, self._queued = self._queued, {}
        self._in_flight |= set(batch)
        photos, size, fetch = self._photos, self._size, self._fetch
        # Pictures still on the server wait for the network: they go to its pool, so a slow download never holds
        # up the thumbnails of the photos on this laptop.
        remote = {sha256: mime for sha256, mime in batch.items()
                  if fetch is not None and not photos.original_path(sha256, ext_for_mime(mime)).exists()}
        local = {sha256: mime for sha256, mime in batch.items() if sha256 not in remote}
        for part, pool in ((local, INTERACTIVE), (remote, NETWORK)):
            if part:
                run_in_background(_thumbnails(part, photos, size, fetch), owner=self, pool=pool,
                                  on_partial=self._arrived, on_done=lambda _result: None,
                                  on_error=lambda error, part=part: self._failed(part, error))

    def _arrived(self, item: tuple[str, QImage | None, str | None]) -> None:
        sha256, image, reason = item
        self._in_flight.discard(sha256)
        if reason is not None:
            self._missing[sha256] = reason
            self._cache[sha256] = self._placeholder(reason)
        else:
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

    def _placeholder(self, reason: str) -> QPixmap:
        """A calm grey square saying the picture is not on this laptop (and why, when it is known)."""
        side = self._size
        pixmap = QPixmap(side, side)
        pixmap.fill(QColor("#eceff1"))
        painter = QPainter(pixmap)
        painter.setPen(QPen(QColor("#90a4ae"), 2, Qt.PenStyle.DashLine))
        painter.drawRect(1, 1, side - 3, side - 3)
        painter.setPen(QColor("#455a64"))
        font = painter.font()
        font.setPixelSize(max(12, side // 14))
        painter.setFont(font)
        text = QCoreApplication.translate("Thumbnails", "Photo not on this laptop")
        if reason:
            text += "\n\n" + reason
        painter.drawText(QRect(side // 10, side // 10, side * 8 // 10, side * 8 // 10),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
        painter.end()
        return pixmap


class _NotHere(Exception):
    """The original is not on this laptop and nothing may download it (not signed in, a demo)."""


