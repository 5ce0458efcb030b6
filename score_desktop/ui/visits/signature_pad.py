"""A pad to sign on: with the mouse, a touchpad, a pen (tablet events, with its pressure ignored) or a finger on a
touch screen. Strokes are kept as vectors in the box of :mod:`score_desktop.domain.signatures`, so what was drawn
is what the report draws, at any size.

Qt turns pen and touch input it is not given into mouse events; the pad takes pen and touch events itself and
ignores the mouse events Qt makes from them, so one stroke is never drawn twice.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from score_desktop.domain.signatures import BOX_HEIGHT, BOX_WIDTH

INK = QColor("#1a2b6b")
#: Points closer than this (in box units) to the last one add nothing but weight.
MIN_STEP = 1.5
_MARGIN = 8


class SignaturePad(QWidget):
    #: A stroke was finished or the pad was cleared: the strokes as they are now, in box units.
    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # the pad keeps the signature box's shape
        self.setSizePolicy(policy)
        self.setMinimumSize(240, 90)
        self._strokes: list[list[tuple[float, float]]] = []
        self._current: list[tuple[float, float]] | None = None
        self._read_only = False
        self.placeholder = self.tr("Sign here")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, self.heightForWidth(420))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return round((width - 2 * _MARGIN) * BOX_HEIGHT / BOX_WIDTH) + 2 * _MARGIN

    # -- strokes -------------------------------------------------------------------------------------------------

    def strokes(self) -> list[list[tuple[int, int]]]:
        return [[(round(x), round(y)) for x, y in stroke] for stroke in self._strokes]

    def set_strokes(self, strokes) -> None:
        self._strokes = [[(float(x), float(y)) for x, y in stroke] for stroke in strokes]
        self._current = None
        self.update()

    def clear(self) -> None:
        if self._read_only or not self._strokes:
            return
        self._strokes = []
        self.update()
        self.changed.emit(self.strokes())

    def is_empty(self) -> bool:
        return not self._strokes

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._current = None
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)
        self.update()

    def is_read_only(self) -> bool:
        return self._read_only

    # -- geometry --------------------------------------------------------------------------------------------

    def area(self) -> QRectF:
        """The part of the widget that maps onto the signature box (its shape kept)."""
        inner = QRectF(self.rect()).adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        scale = min(inner.width() / BOX_WIDTH, inner.height() / BOX_HEIGHT)
        width, height = BOX_WIDTH * scale, BOX_HEIGHT * scale
        return QRectF(inner.center().x() - width / 2, inner.top(), width, height)  # room to spare goes below

    def to_box(self, point: QPointF) -> tuple[float, float]:
        area = self.area()
        x = (point.x() - area.left()) / area.width() * BOX_WIDTH
        y = (point.y() - area.top()) / area.height() * BOX_HEIGHT
        return min(float(BOX_WIDTH), max(0.0, x)), min(float(BOX_HEIGHT), max(0.0, y))

    def to_widget(self, x: float, y: float) -> QPointF:
        area = self.area()
        return QPointF(area.left() + x / BOX_WIDTH * area.width(), area.top() + y / BOX_HEIGHT * area.height())

    # -- input -----------------------------------------------------------------------------------------------

    def _begin(self, point: QPointF) -> None:
        if self._read_only:
            return
        self._current = [self.to_box(point)]
        self._strokes.append(self._current)
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._current is None:
            return
        x, y = self.to_box(point)
        last_x, last_y = self._current[-1]
        if abs(x - last_x) + abs(y - last_y) >= MIN_STEP:
            self._current.append((x, y))
            self.update()

    def _end(self, point: QPointF | None = None) -> None:
        if self._current is None:
            return
        if point is not None:
            self._extend(point)
        self._current = None
        self.changed.emit(self.strokes())

    @staticmethod
    def _synthesized(event) -> bool:
        """A mouse event Qt made from pen or touch input, which the pad has taken already."""
        return event.source() != Qt.MouseEventSource.MouseEventNotSynthesized

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and not self._synthesized(event):
            self._begin(event.position())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._synthesized(event):
            self._extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and not self._synthesized(event):
            self._end(event.position())
        event.accept()

    def tabletEvent(self, event) -> None:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    def event(self, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            points = event.points()
            point = points[0].position() if points else None
            if kind == QEvent.Type.TouchBegin and point is not None:
                self._begin(point)
            elif kind == QEvent.Type.TouchUpdate and point is not None:
                self._extend(point)
            else:
                self._end(point if kind == QEvent.Type.TouchEnd else None)
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            return
        super().keyPressEvent(event)

    # -- drawing ---------------------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.area()
        # The paper is the signature box itself, so what the trainer sees is what the report prints.
        background = self.palette().color(QPalette.ColorRole.Base)
        frame = QPen(self.palette().color(QPalette.ColorRole.Mid), 1)
        if self.hasFocus() and not self._read_only:
            frame = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(frame)
        painter.setBrush(background.darker(104) if self._read_only else background)
        painter.drawRoundedRect(area.adjusted(-0.5, -0.5, 0.5, 0.5), 3, 3)
        baseline = area.top() + area.height() * 0.78
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(area.left() + 12, baseline), QPointF(area.right() - 12, baseline))
        if not self._strokes and not self._read_only:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area.adjusted(14, 0, 0, -area.height() * 0.26),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, "✕  " + self.placeholder)
        pen = QPen(INK, max(1.6, area.height() / 110), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            if len(stroke) == 1:
                painter.drawPoint(self.to_widget(*stroke[0]))
                continue
            path = QPainterPath(self.to_widget(*stroke[0]))
            for x, y in stroke[1:]:
                path.lineTo(self.to_widget(x, y))
            painter.drawPath(path)
        painter.end()
