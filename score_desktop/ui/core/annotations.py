"""Drawing the annotation layer of a photo with Qt: on thumbnails, in the viewer, as shapes are drawn.

The layer's format (shapes, fractions of the upright picture, defaults) is defined once, for the UI and the PDF
report alike, in :mod:`score_desktop.domain.annotations`; this module only paints it and turns a mouse drag into
one of its shapes. Sizes scale with the picture, so an arrow looks the same on a 100-pixel thumbnail and in the
viewer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from score_desktop.domain import annotations as layer_format
from score_desktop.domain.annotations import Arrow, Ellipse, Rect, Text

DEFAULT_COLOR = layer_format.DEFAULT_COLOR
#: The tools of the viewer, named as the shapes they draw.
TOOLS = ("arrow", "ellipse", "rect", "text")


def shape_from_drag(tool: str, x1: float, y1: float, x2: float, y2: float, *, color: str = DEFAULT_COLOR,
                    text: str = "") -> dict[str, Any]:
    """The stored form of a shape drawn from (x1, y1) to (x2, y2), all fractions of the picture."""
    def r(value: float) -> float:
        return round(min(1.0, max(0.0, value)), 4)

    if tool == "arrow":
        shape = Arrow(r(x1), r(y1), r(x2), r(y2), color=color)
    elif tool == "text":
        shape = Text(r(x1), r(y1), text, color=color)
    else:
        box = (r(min(x1, x2)), r(min(y1, y2)), max(0.0001, r(abs(x2 - x1))), max(0.0001, r(abs(y2 - y1))))
        shape = (Ellipse if tool == "ellipse" else Rect)(*box, color=color)
    return layer_format.to_json([shape])[0]


def paint(painter: QPainter, target: QRectF, layer: Any) -> None:
    """Draw ``layer`` over a picture drawn in ``target`` (the picture's rectangle on the painter)."""
    shapes = layer_format.parse_annotations(layer)
    if not shapes:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Stroke width and letter height are fractions of the picture's shorter side (the layer format says so).
    shorter = min(target.width(), target.height())

    def point(x: float, y: float) -> QPointF:
        return QPointF(target.left() + x * target.width(), target.top() + y * target.height())

    for shape in shapes:
        color = QColor(shape.color)
        width = max(1.2, shape.width * shorter)
        painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if isinstance(shape, Arrow):
            _arrow(painter, point(shape.x1, shape.y1), point(shape.x2, shape.y2), width, color)
        elif isinstance(shape, Text):
            _text(painter, point(shape.x, shape.y), shape.text, color, shape.size * shorter)
        else:
            box = QRectF(point(shape.x, shape.y), point(shape.x + shape.w, shape.y + shape.h))
            if isinstance(shape, Ellipse):
                painter.drawEllipse(box)
            else:
                painter.drawRect(box)
    painter.restore()


def _arrow(painter: QPainter, tail: QPointF, head: QPointF, width: float, color: QColor) -> None:
    line = QLineF(tail, head)
    if line.length() < 0.5:
        return
    length = max(width * 4, min(line.length() * 0.35, width * 7))
    tip, left, right = layer_format.arrow_head(tail.x(), tail.y(), head.x(), head.y(), length)
    # The shaft stops at the base of the head, so its round cap does not poke through the tip.
    base = QPointF((left[0] + right[0]) / 2, (left[1] + right[1]) / 2)
    painter.drawLine(QLineF(tail, base))
    painter.setBrush(QBrush(color))
    painter.drawPolygon(QPolygonF([QPointF(*tip), QPointF(*left), QPointF(*right)]))


def _text(painter: QPainter, top_left: QPointF, text: str, color: QColor, height: float) -> None:
    if not text:
        return
    font = QFont(painter.font())
    font.setPixelSize(max(6, round(height)))
    font.setBold(True)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, text)
    bounds = path.boundingRect()
    path.translate(top_left.x() - bounds.left(), top_left.y() - bounds.top())
    # A white halo keeps the label readable on a dark machine and on a white wall alike.
    painter.strokePath(path, QPen(QColor("white"), max(1.5, height / 6), Qt.PenStyle.SolidLine,
                                  Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.fillPath(path, QBrush(color))
