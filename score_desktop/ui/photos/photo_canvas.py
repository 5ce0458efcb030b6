"""The picture in the photo viewer: zoom, a rotated view, and drawing annotation shapes with the mouse.

The view's rotation and zoom never touch the picture or the layer: shapes are stored in the picture's own upright
coordinates (fractions of its width and height, see :mod:`ui.core.annotations`), whichever way the view is turned.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from score_desktop.ui.core import annotations

#: Shorter drags are clicks: they draw nothing (a trainer's touchpad twitches).
MIN_DRAG = 0.01


class PhotoCanvas(QWidget):
    #: A finished shape (a dict of the annotation layer).
    shape_drawn = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoCanvas")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._image = QImage()
        self._layer: list[dict] = []
        self._drag_start: QPointF | None = None
        self._draft: dict | None = None
        self.tool: str | None = None
        self.color = annotations.DEFAULT_COLOR
        #: Where the text tool gets its words (the viewer's label field).
        self.text_source: Callable[[], str] = lambda: ""
        self.rotation = 0
        #: None: fit the window; otherwise screen pixels per picture pixel.
        self.zoom: float | None = None

    # -- what is shown -------------------------------------------------------------------------------------------

    def set_image(self, image: QImage) -> None:
        self._image = image
        self._update_size()
        self.update()

    def set_layer(self, layer: list[dict]) -> None:
        self._layer = list(layer or [])
        self.update()

    def has_image(self) -> bool:
        return not self._image.isNull()

    def rotate_view(self, degrees: int) -> None:
        self.rotation = (self.rotation + degrees) % 360
        self._update_size()
        self.update()

    def zoom_by(self, factor: float) -> None:
        current = self.zoom if self.zoom is not None else self._fit_scale()
        self.zoom = min(8.0, max(0.05, current * factor))
        self._update_size()
        self.update()

    def fit(self) -> None:
        self.zoom = None
        self._update_size()
        self.update()

    def _rotated_size(self) -> QSize:
        size = self._image.size()
        return size.transposed() if self.rotation in (90, 270) else size

    def _fit_scale(self) -> float:
        rotated = self._rotated_size()
        area = self.parentWidget().size() if self.parentWidget() is not None else self.size()
        if rotated.isEmpty() or area.isEmpty():
            return 1.0
        return min(area.width() / rotated.width(), area.height() / rotated.height())

    def scale(self) -> float:
        return self.zoom if self.zoom is not None else self._fit_scale()

    def _update_size(self) -> None:
        # Zoomed beyond the window, the canvas grows and its scroll area shows scroll bars.
        if self.zoom is None or self._image.isNull():
            self.setMinimumSize(0, 0)
        else:
            rotated = self._rotated_size()
            self.setMinimumSize(round(rotated.width() * self.zoom), round(rotated.height() * self.zoom))

    def transform(self) -> QTransform:
        """Picture pixels -> widget pixels: centred, rotated, scaled."""
        transform = QTransform()
        transform.translate(self.width() / 2, self.height() / 2)
        transform.rotate(self.rotation)
        transform.scale(self.scale(), self.scale())
        transform.translate(-self._image.width() / 2, -self._image.height() / 2)
        return transform

    def to_picture(self, point: QPointF) -> QPointF:
        """A widget point as fractions (0..1) of the picture, clamped to it."""
        inverse, _ok = self.transform().inverted()
        mapped = inverse.map(point)
        width, height = max(1, self._image.width()), max(1, self._image.height())
        return QPointF(min(1.0, max(0.0, mapped.x() / width)), min(1.0, max(0.0, mapped.y() / height)))

    def from_picture(self, x: float, y: float) -> QPointF:
        """Fractions of the picture -> a widget point (tests and the text tool use it)."""
        return self.transform().map(QPointF(x * self._image.width(), y * self._image.height()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#263238"))
        if self._image.isNull():
            painter.setPen(QColor("#eceff1"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Loading the picture…"))
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setTransform(self.transform())
        painter.drawImage(0, 0, self._image)
        picture = QRectF(0, 0, self._image.width(), self._image.height())
        layer = self._layer + ([self._draft] if self._draft else [])
        annotations.paint(painter, picture, layer)
        painter.end()

    # -- drawing -------------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton or not self.tool or self._image.isNull():
            return super().mousePressEvent(event)
        start = self.to_picture(event.position())
        if self.tool == "text":
            text = self.text_source().strip()
            if text:
                self.shape_drawn.emit(annotations.shape_from_drag("text", start.x(), start.y(), start.x(), start.y(),
                                                                  color=self.color, text=text))
            return None
        self._drag_start = start
        self._draft = None
        return None

    def _shape(self, start: QPointF, end: QPointF) -> dict:
        return annotations.shape_from_drag(self.tool or "arrow", start.x(), start.y(), end.x(), end.y(),
                                           color=self.color)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag_start is None:
            return super().mouseMoveEvent(event)
        self._draft = self._shape(self._drag_start, self.to_picture(event.position()))
        self.update()
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag_start is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        end = self.to_picture(event.position())
        start, self._drag_start, self._draft = self._drag_start, None, None
        if abs(end.x() - start.x()) + abs(end.y() - start.y()) >= MIN_DRAG:
            self.shape_drawn.emit(self._shape(start, end))
        self.update()
        return None

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)
            event.accept()
            return
        super().wheelEvent(event)
