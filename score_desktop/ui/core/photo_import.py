"""Importing photos onto a finding in the background, while the trainer keeps typing.

The worker (through ``ui.core.tasks``, in the pool for long work, so searches and thumbnails never wait behind an
import) finds the pictures in what was dropped (files, a phone's DCIM folder, a camera card), copies each into the photo
store and makes its thumbnail, and hands each result back as soon as it is done. The GUI thread writes the photo
records, a few at a time in one transaction, so thumbnails appear one by one and the window stays responsive.
A refused file is listed with its reason and skipped; a full disk stops the import with one sentence.

Once every picture is in, the same worker makes each one's report-size copy (``PhotoStore.report_copy``), so the
first report of the visit, often printed at the factory door, decodes no photo at all (bench/report.py,
``first_report_after_import_s``). The photos are there before this; cancelling it only leaves the copies to be made
by the report.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from score_desktop.errors import BadPhotoError, DiskFullError
from score_desktop.store import actions, queries
from score_desktop.store.photos import PhotoStore, StoredPhoto, collect_image_files
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core.errors import user_message
from score_desktop.ui.core.tasks import LONG, Task, TaskContext, run_in_background

log = logging.getLogger(__name__)

#: How often imported pictures are written as records: often enough to see them arrive, rarely enough that
#: the fsync of each commit never adds up to a stall.
FLUSH_MS = 150


@dataclass
class ImportSummary:
    added: int = 0
    #: (file name, the reason in one translated sentence)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    disk_full: str | None = None


#: The progress message of the second part of an import (the report-size copies).
PREPARING = "preparing"


def _import_worker(photos: PhotoStore, paths: list[Path]):
    def work(task: TaskContext) -> None:
        files = collect_image_files(paths)
        total = len(files)
        task.progress(0, total)
        imported: list[StoredPhoto] = []
        for done, path in enumerate(files):
            if task.is_cancelled():
                return
            try:
                stored = photos.import_file(path)
            except BadPhotoError as error:
                task.partial(("bad", path.name, error))
            except DiskFullError as error:
                task.partial(("full", path.name, error))
                return
            else:
                try:
                    photos.thumbnail(stored.sha256, stored.ext)
                except BadPhotoError as error:  # stored fine; its thumbnail is made again when shown
                    log.info("thumbnail of %s failed: %s", path, error)
                task.partial(("ok", path.name, stored))
                imported.append(stored)
            task.progress(done + 1, total)
        _prepare_for_reports(task, photos, imported)

    return work


def _prepare_for_reports(task: TaskContext, photos: PhotoStore, imported: list[StoredPhoto]) -> None:
    task.progress(0, len(imported), PREPARING)  # the pictures are in: the GUI writes the last records now
    for done, stored in enumerate(imported):
        if task.is_cancelled():
            return
        try:
            photos.report_copy(stored.sha256, stored.ext)
        except (BadPhotoError, DiskFullError) as error:  # the report makes it, or shows the photo as missing
            log.info("report copy of %s not made at import: %s", stored.original_name, error)
        task.progress(done + 1, len(imported), PREPARING)


class PhotoImporter(QObject):
    """One import at a time per importer; :attr:`finished` carries the :class:`ImportSummary`."""

    progressed = Signal(int, int)
    #: Every picture is in and has its record (the count added so far); the report-size copies follow.
    pictures_in = Signal(int)
    #: The report-size copies being made, once the pictures are in: (done, total).
    preparing = Signal(int, int)
    finished = Signal(object)

    def __init__(self, ws: Workspace, photos: PhotoStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._photos = photos
        self._task: Task | None = None
        self._pending: list[StoredPhoto] = []
        self._summary = ImportSummary()
        self._observation_id: str | None = None
        #: What the photos are attached to: a finding (``observation_id``) or an action (``action_item_id``).
        self._owner_field = "observation_id"
        self._kind = "evidence"
        self._attached: set[str] = set()
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._write_records)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, paths: list[Path], observation_id: str, *, owner_field: str = "observation_id",
              kind: str = "evidence") -> bool:
        """Import ``paths`` (files or folders) onto the finding (or, with ``owner_field="action_item_id"``, the
        action) with this photo ``kind``; False when an import is already running."""
        if self.busy:
            return False
        self._observation_id = observation_id
        self._owner_field, self._kind = owner_field, kind
        self._summary = ImportSummary()
        self._attached = {photo["sha256"] for photo in self._ws.photos.list(**{owner_field: observation_id})}
        self._flush_timer.start()
        self._task = run_in_background(_import_worker(self._photos, [Path(p) for p in paths]), owner=self,
                                       pool=LONG, on_partial=self._arrived, on_progress=self._progress,
                                       on_done=lambda _r: self._end(), on_cancelled=self._cancelled,
                                       on_error=self._failed)
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the worker has stopped (closing the window mid-import)."""
        return self._task is None or self._task.wait(msecs)

    # -- results, on the GUI thread --------------------------------------------------------------------------

    def _progress(self, done: int, total: int, message: str) -> None:
        if message != PREPARING:
            self.progressed.emit(done, total)
            return
        if done == 0:
            self._write_records()
            self.pictures_in.emit(self._summary.added)
        self.preparing.emit(done, total)

    def _arrived(self, item: tuple) -> None:
        outcome, name, value = item
        if outcome == "ok":
            self._pending.append(value)
        elif outcome == "bad":
            self._summary.skipped.append((name, user_message(value)))
        else:
            self._summary.disk_full = user_message(value)

    def _write_records(self) -> None:
        pending, self._pending = self._pending, []
        fresh = []
        for stored in pending:
            if stored.sha256 not in self._attached:  # the same picture twice on one finding helps nobody
                self._attached.add(stored.sha256)
                fresh.append(stored)
        if not fresh or self._observation_id is None:
            return
        position = (queries.next_position(self._ws, "photo", observation_id=self._observation_id)
                    if self._owner_field == "observation_id"
                    else actions.next_photo_position(self._ws, self._observation_id))
        try:
            with self._ws.transaction():
                for offset, stored in enumerate(fresh):
                    self._ws.photos.create(
                        sha256=stored.sha256, size=stored.size, mime=stored.mime, width=stored.width,
                        height=stored.height, taken_at=stored.taken_at, original_name=stored.original_name[:500],
                        kind=self._kind, position=position + offset, **{self._owner_field: self._observation_id})
        except DiskFullError as error:
            self._summary.disk_full = user_message(error)
            self.cancel()
            return
        self._summary.added += len(fresh)

    def _end(self) -> None:
        self._flush_timer.stop()
        self._write_records()
        self._task = None
        self.finished.emit(self._summary)

    def _cancelled(self) -> None:
        self._summary.cancelled = True
        self._end()

    def _failed(self, error: BaseException) -> None:
        from score_desktop.ui.core.errors import show_error

        self._end()
        show_error(error)
