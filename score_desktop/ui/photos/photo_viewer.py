"""The photo viewer: one finding's photos, next/previous, zoom, a turned view, and annotation with undo.

Annotations are saved at once, as a layer in the photo record (never in the picture). The caption and the kind
(before, after, evidence) are saved as typed. The picture shown is the report-size copy (1600 pixels), made in
the background the first time; the thumbnail stands in until it is ready.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QImage, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea,
                               QToolBar, QVBoxLayout, QWidget)

from score_desktop.errors import NotFoundError
from score_desktop.store import visit_lock
from score_desktop.store.photos import ext_for_mime
from score_desktop.store.records import Record
from score_desktop.ui.core import labels
from score_desktop.ui.core.autosave import AutoSaver
from score_desktop.ui.context import AppContext
from score_desktop.ui.photos.photo_canvas import PhotoCanvas
from score_desktop.ui.core.tasks import TaskContext, TaskSlot, run_in_background


class PhotoViewerDialog(QDialog):
    def __init__(self, ctx: AppContext, photo_ids: list[str], index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self._ctx = ctx
        self._ids = list(photo_ids)
        self._index = index
        self._photo: Record | None = None
        #: The photo shown belongs to a signed visit: nothing of it may change.
        self.locked = False
        self._undo: list[list[dict]] = []
        self._picture = TaskSlot()  # the full-size picture of the photo shown now
        self.setWindowTitle(self.tr("Photo"))
        self.resize(1100, 720)

        self.canvas = PhotoCanvas(self)
        self.canvas.shape_drawn.connect(self._add_shape)
        scroll = QScrollArea(self)
        scroll.setWidget(self.canvas)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = scroll

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.previous_action = self._add(self.tr("◀ Previous"), ["Left", "PgUp"], lambda: self.show_photo(-1),
                                         "previousPhoto")
        self.next_action = self._add(self.tr("Next ▶"), ["Right", "PgDown"], lambda: self.show_photo(1), "nextPhoto")
        self.toolbar.addSeparator()
        self._add(self.tr("Zoom out"), ["-", "Ctrl+-"], lambda: self.canvas.zoom_by(0.8), "zoomOut")
        self._add(self.tr("Fit"), ["0", "Ctrl+0"], self.canvas.fit, "zoomFit")
        self._add(self.tr("Zoom in"), ["+", "=", "Ctrl++"], lambda: self.canvas.zoom_by(1.25), "zoomIn")
        self._add(self.tr("Turn ⟲"), ["Shift+R"], lambda: self.canvas.rotate_view(-90), "rotateLeft")
        self._add(self.tr("Turn ⟳"), ["R"], lambda: self.canvas.rotate_view(90), "rotateRight")
        self.toolbar.addSeparator()
        self.tools = QActionGroup(self)
        self.tools.setExclusive(True)
        self.tool_actions: dict[str | None, QAction] = {}
        for tool, text, key in ((None, self.tr("Look"), "V"), ("arrow", self.tr("Arrow"), "A"),
                                ("ellipse", self.tr("Circle"), "C"), ("rect", self.tr("Rectangle"), "B"),
                                ("text", self.tr("Text"), "T")):
            action = self._add(text, [key], lambda _c=False, t=tool: self._choose_tool(t), f"tool_{tool or 'look'}")
            action.setCheckable(True)
            self.tools.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions[None].setChecked(True)
        self.label_text = QLineEdit(self)
        self.label_text.setObjectName("labelText")
        self.label_text.setPlaceholderText(self.tr("Label text, then click the photo"))
        self.label_text.setMaximumWidth(220)
        self.toolbar.addWidget(self.label_text)
        self.canvas.text_source = self.label_text.text
        self.toolbar.addSeparator()
        self.undo_action = self._add(self.tr("Undo"), [QKeySequence.StandardKey.Undo], self.undo, "undoAnnotation")
        self.clear_action = self._add(self.tr("Clear"), [], self.clear, "clearAnnotations")
        self.position = QLabel(self)
        self.position.setObjectName("photoPosition")

        self.saver = AutoSaver(self._save, self)
        self.caption = QLineEdit(self)
        self.caption.setObjectName("photoCaption")
        self.caption.setPlaceholderText(self.tr("Caption, as it will print in the report"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("photoKind")
        self.kind.addItem("", None)
        for code, text in labels.choices("photo_kind"):
            self.kind.addItem(text, code)
        self.saver.bind("caption", self.caption, label=self.tr("Caption"))
        self.saver.bind("kind", self.kind, label=self.tr("Kind"))
        delete = self.delete_button = QPushButton(self.tr("Delete photo"), self)
        delete.setObjectName("deletePhoto")
        delete.clicked.connect(self.delete_photo)
        delete.setAutoDefault(False)  # Enter in the caption must never delete the photo
        close = QPushButton(self.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)

        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Caption"), self))
        bottom.addWidget(self.caption, 1)
        bottom.addWidget(QLabel(self.tr("Kind"), self))
        bottom.addWidget(self.kind)
        bottom.addWidget(delete)
        bottom.addWidget(close)
        top = QHBoxLayout()
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.position)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.show_photo(0)

    def _add(self, text: str, keys: list, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # -- which photo ---------------------------------------------------------------------------------------------

    @property
    def photo(self) -> Record | None:
        return self._photo

    def show_photo(self, step: int) -> None:
        if not self._ids:
            return
        target = self._index + step
        if not 0 <= target < len(self._ids):
            return
        self.saver.flush()
        self._index = target
        try:
            self._photo = self._ctx.ws.photos.get(self._ids[target])
        except NotFoundError:
            self._photo = None
            return
        self._undo.clear()
        self.undo_action.setEnabled(False)
        self.position.setText(self.tr("{n} of {total}").format(n=target + 1, total=len(self._ids)))
        self.previous_action.setEnabled(target > 0)
        self.next_action.setEnabled(target < len(self._ids) - 1)
        self.setWindowTitle(self._photo.get("original_name") or self.tr("Photo"))
        with self.saver.loading():
            self.caption.setText(self._photo.get("caption") or "")
            self.kind.setCurrentIndex(max(0, self.kind.findData(self._photo.get("kind"))))
        self.canvas.set_layer(self._photo.get("annotations") or [])
        self._show_lock()
        self._load_picture(self._photo)

    def _show_lock(self) -> None:
        """A photo of a signed visit is looked at, not changed: the tools and the fields are off."""
        self.locked = visit_lock.locked_fields(self._ctx.ws.conn, "photo", self._photo) is not None
        for tool, action in self.tool_actions.items():
            action.setEnabled(tool is None or not self.locked)
        if self.locked:
            self.tool_actions[None].setChecked(True)
            self._choose_tool(None)
        for widget in (self.label_text, self.kind, self.delete_button):
            widget.setEnabled(not self.locked)
        self.caption.setReadOnly(self.locked)
        self.undo_action.setEnabled(not self.locked and bool(self._undo))
        self.clear_action.setEnabled(not self.locked)

    def _load_picture(self, photo: Record) -> None:
        thumbnail = self._ctx.thumbnails.get(photo["sha256"], photo["mime"])
        self.canvas.set_image(thumbnail.toImage() if thumbnail is not None else QImage())
        photos, sha256, mime = self._ctx.photos, photo["sha256"], photo["mime"]

        def work(_task: TaskContext) -> QImage:
            return QImage(str(photos.report_copy(sha256, ext_for_mime(mime))))

        def shown(image: QImage) -> None:
            if not image.isNull():
                self.canvas.set_image(image)

        # The slot drops the picture of a photo the trainer has already moved past.
        run_in_background(work, owner=self, slot=self._picture, on_done=shown, on_error=self._picture_failed)

    def _picture_failed(self, error: BaseException) -> None:
        from score_desktop.ui.core.errors import show_error

        show_error(error, self)

    # -- annotating ----------------------------------------------------------------------------------------------

    def _choose_tool(self, tool: str | None) -> None:
        self.canvas.tool = tool
        self.canvas.setCursor(Qt.CursorShape.ArrowCursor if tool is None else Qt.CursorShape.CrossCursor)
        if tool == "text" and not self.label_text.text().strip():
            self.label_text.setFocus()

    def layer(self) -> list[dict]:
        return list((self._photo or {}).get("annotations") or [])

    def _set_layer(self, layer: list[dict], *, undoable: bool = True) -> None:
        if self._photo is None or self.locked:
            return
        if undoable:
            self._undo.append(self.layer())
        self._photo = self._ctx.ws.photos.update(self._photo["id"], annotations=layer)
        self.canvas.set_layer(layer)
        self.undo_action.setEnabled(bool(self._undo))

    def _add_shape(self, shape: dict[str, Any]) -> None:
        self._set_layer(self.layer() + [shape])

    def undo(self) -> None:
        if self._undo:
            self._set_layer(self._undo.pop(), undoable=False)

    def clear(self) -> None:
        if self.layer():
            self._set_layer([])

    # -- the photo record ----------------------------------------------------------------------------------------

    def _save(self, changes: dict[str, Any]) -> None:
        if self._photo is not None:
            self._photo = self._ctx.ws.photos.update(self._photo["id"], **changes)

    def delete_photo(self) -> None:
        if self._photo is None or self.locked:
            return
        self.saver.discard()
        self._ctx.deletions.delete("photo", self._photo["id"])
        del self._ids[self._index]
        if not self._ids:
            self.accept()
            return
        self._index = min(self._index, len(self._ids) - 1)
        self.show_photo(0)

    def done(self, result: int) -> None:
        self.saver.flush()
        self._picture.cancel()  # a picture still loading in the background is not wanted any more
        super().done(result)
