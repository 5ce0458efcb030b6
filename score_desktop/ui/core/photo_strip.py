"""The photos of a finding: thumbnails with their annotations, and every way to add more.

Drop files or whole folders on it, paste (Ctrl+V: a copied picture or copied files), or use "Attach photos…".
The import runs in the background (:mod:`ui.core.photo_import`) with a progress bar and a cancel button; thumbnails
appear as they are ready; refused files are listed with their reason.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize,
                            Qt, Signal)
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListView, QProgressBar, QPushButton,
                               QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget)

from score_desktop.store.photos import IMAGE_SUFFIXES
from score_desktop.store.records import Record
from score_desktop.ui.core import annotations, labels
from score_desktop.ui.core.photo_import import ImportSummary, PhotoImporter

if TYPE_CHECKING:
    from score_desktop.ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
THUMB = 100


class PhotoListModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole
    AnnotationsRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._photos: list[Record] = []
        ctx.thumbnails.ready.connect(self._thumbnail_ready)

    def set_photos(self, photos: list[Record]) -> None:
        if [p["id"] for p in photos] == [p["id"] for p in self._photos]:
            self._photos = photos
            if photos:
                self.dataChanged.emit(self.index(0), self.index(len(photos) - 1))
            return
        self.beginResetModel()
        self._photos = photos
        self.endResetModel()

    def photos(self) -> list[Record]:
        return list(self._photos)

    def photo(self, row: int) -> Record:
        return self._photos[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.get("caption") or labels.label("photo_kind", photo.get("kind")) or ""
        if role == Qt.ItemDataRole.DecorationRole:
            return self._ctx.thumbnails.get(photo["sha256"], photo["mime"])
        if role == Qt.ItemDataRole.ToolTipRole:
            return photo.get("original_name") or None
        if role == self.IdRole:
            return photo["id"]
        if role == self.AnnotationsRole:
            return photo.get("annotations")
        return None

    def _thumbnail_ready(self, sha256: str) -> None:
        for row, photo in enumerate(self._photos):
            if photo["sha256"] == sha256:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class PhotoDelegate(QStyledItemDelegate):
    """A thumbnail with its annotation layer drawn on, and its caption under it; ``side`` pixels square."""

    def __init__(self, parent: QWidget | None = None, *, side: int = THUMB) -> None:
        super().__init__(parent)
        self.side = side

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(self.side + 12, self.side + option.fontMetrics.height() + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        cell = option.rect.adjusted(6, 6, -6, -6)
        frame = QRect(cell.left(), cell.top(), self.side, self.side)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if pixmap is not None and not pixmap.isNull():
            size = pixmap.size().scaled(frame.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(frame.center())
            painter.drawPixmap(target, pixmap)
            annotations.paint(painter, QRectF(target), index.data(PhotoListModel.AnnotationsRole))
        else:
            painter.setPen(QPen(QColor("#b0bec5"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(frame.adjusted(0, 0, -1, -1))
        caption = option.fontMetrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                                Qt.TextElideMode.ElideRight, cell.width())
        painter.setPen(option.palette.color(option.palette.ColorRole.HighlightedText
                                            if option.state & QStyle.StateFlag.State_Selected
                                            else option.palette.ColorRole.Text))
        painter.drawText(QRect(cell.left(), frame.bottom() + 3, cell.width(), option.fontMetrics.height() + 2),
                         Qt.AlignmentFlag.AlignHCenter, caption)
        painter.restore()


def dropped_paths(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class PhotoStrip(QWidget):
    """Thumbnails of one finding plus the import controls. Emits :attr:`open_photo` (photo id) on double-click."""

    open_photo = Signal(str)
    #: Asks the screen for a finding to attach to when none is chosen (it creates one); returns via attach_to().
    finding_needed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, owner_field: str = "observation_id",
                 kind: str = "evidence") -> None:
        """``owner_field`` and ``kind`` say what imported photos attach to: a finding's evidence by default, an
        action's "after" photos with ``owner_field="action_item_id", kind="after"``."""
        super().__init__(parent)
        self._ctx = ctx
        self._observation_id: str | None = None
        self._owner_field, self._kind = owner_field, kind
        self._read_only = False
        self.model = PhotoListModel(ctx, self)
        self.view = QListView(self)
        self.view.setObjectName("photoStrip")
        self.view.setModel(self.model)
        self.view.setItemDelegate(PhotoDelegate(self.view))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setMinimumHeight(THUMB + self.fontMetrics().height() + 26)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.activated.connect(lambda index: self.open_photo.emit(index.data(PhotoListModel.IdRole)))
        self.view.setAcceptDrops(False)  # the strip as a whole takes drops (see dragEnterEvent)

        self.importer = PhotoImporter(ctx.ws, ctx.photos, self)
        self.importer.progressed.connect(self._progress)
        self.importer.preparing.connect(self._preparing)
        self.importer.finished.connect(self._finished)
        self.attach_button = QPushButton(self.tr("Attach photos…"), self)
        self.attach_button.setObjectName("attachPhotos")
        self.attach_button.clicked.connect(self.choose_files)
        self.hint = QLabel(self.tr("Drop photos or a folder here, or paste with Ctrl+V."), self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setFormat(self.tr("Importing %v of %m"))
        self.progress.setMaximumWidth(260)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.importer.cancel)
        self.report = QLabel(self)
        self.report.setObjectName("importReport")
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        controls = QHBoxLayout()
        controls.addWidget(self.attach_button)
        controls.addWidget(self.hint, 1)
        controls.addWidget(self.progress)
        controls.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(controls)
        layout.addWidget(self.report)
        self.report.hide()
        self._show_busy(False)
        self.setAcceptDrops(True)
        self._pending_paths: list[Path] | None = None

    # -- what is shown ---------------------------------------------------------------------------------------

    @property
    def observation_id(self) -> str | None:
        return self._observation_id

    def show_finding(self, observation_id: str | None, photos: list[Record]) -> None:
        self._observation_id = observation_id
        self.model.set_photos(photos)
        self.attach_button.setEnabled(not self._read_only)

    def set_read_only(self, read_only: bool) -> None:
        """Photos to look at only (a signed visit's): nothing is attached, dropped or pasted."""
        self._read_only = read_only
        self.attach_button.setEnabled(not read_only)
        self.hint.setVisible(not read_only and not self.importer.busy)
        self.setAcceptDrops(not read_only)

    def current_photo_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(PhotoListModel.IdRole) if index.isValid() else None

    # -- adding photos ---------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES))
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach photos"), str(Path.home()),
                                                      self.tr("Pictures ({patterns})").format(patterns=patterns))
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: list[Path]) -> None:
        if not paths or self._read_only:
            return
        if self.importer.busy:
            self.report.setText(self.tr("Another import is still running; wait for it or cancel it."))
            self.report.show()
            return
        if self._observation_id is None:
            self._pending_paths = paths
            self.finding_needed.emit()  # the screen makes a finding and calls attach_pending()
            return
        self.report.hide()
        self._show_busy(True)
        self.progress.setRange(0, 0)  # "busy" until the folders are searched and the count is known
        self.importer.start(paths, self._observation_id, owner_field=self._owner_field, kind=self._kind)

    def attach_pending(self) -> None:
        paths, self._pending_paths = self._pending_paths, None
        if paths and self._observation_id:
            self.import_paths(paths)

    def paste(self) -> bool:
        """Paste copied files or a copied picture; False when the clipboard holds neither."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return False
        if mime.hasUrls() and dropped_paths(mime):
            self.import_paths(dropped_paths(mime))
            return True
        if mime.hasImage():
            image = QGuiApplication.clipboard().image()
            if image.isNull():
                return False
            # The store imports files; a pasted picture becomes a PNG (lossless) in the workspace's tmp folder.
            folder = Path(tempfile.mkdtemp(prefix="paste-", dir=self._ctx.ws.paths.tmp))
            path = folder / "pasted-picture.png"
            if not image.save(str(path), "PNG"):
                return False
            self.import_paths([path])
            return True
        return False

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Paste) and self.paste():
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- import progress -------------------------------------------------------------------------------------

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.hint.setVisible(not busy)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setFormat(self.tr("Importing %v of %m"))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _preparing(self, done: int, total: int) -> None:
        """The pictures are in; their report-size copies follow, so the first report waits for none."""
        self.progress.setFormat(self.tr("Ready for the report: %v of %m"))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, summary: ImportSummary) -> None:
        self._show_busy(False)
        lines = [self.tr("%n photo(s) added.", "", summary.added)]
        if summary.cancelled:
            lines[0] += " " + self.tr("Import cancelled.")
        if summary.disk_full:
            lines.append(summary.disk_full)
        if summary.skipped:
            lines.append(self.tr("%n file(s) skipped:", "", len(summary.skipped)))
            lines.extend(f"• {reason}" for _name, reason in summary.skipped[:8])
            if len(summary.skipped) > 8:
                lines.append(self.tr("… and %n more.", "", len(summary.skipped) - 8))
        self.report.setText("\n".join(lines))
        self.report.setVisible(bool(summary.skipped or summary.cancelled or summary.disk_full))
