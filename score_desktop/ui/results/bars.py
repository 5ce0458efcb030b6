"""One stacked bar, painted: the parts of a whole (actions done on time, late, overdue, open; managers and workers)
with a legend under it. A click on a part (or on its legend) asks for the records behind it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

GOOD, BAD, WARN, NEUTRAL, OTHER = "#2e7d32", "#c62828", "#ef6c00", "#90a4ae", "#5c6bc0"
BAR_HEIGHT = 18


class StackedBar(QWidget):
    #: The key of the part clicked.
    part_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: (key, value, colour, label)
        self._parts: list[tuple[str, int, str, str]] = []
        self._hit: list[tuple[QRectF, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_parts(self, parts: list[tuple[str, int, str, str]]) -> None:
        self._parts = parts
        self.updateGeometry()
        self.update()

    def parts(self) -> list[tuple[str, int, str, str]]:
        return list(self._parts)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, BAR_HEIGHT + 8 + QFontMetrics(self.font()).height() * 2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        total = sum(value for _key, value, _colour, _label in self._parts)
        width = self.width() - 2
        self._hit = []
        x = 1.0
        if total == 0:
            painter.fillRect(QRectF(1, 1, width, BAR_HEIGHT), QColor("#eceff1"))
        for key, value, colour, _label in self._parts:
            if value <= 0 or total == 0:
                continue
            part = QRectF(x, 1, width * value / total, BAR_HEIGHT)
            painter.fillRect(part, QColor(colour))
            self._hit.append((part, key))
            x += part.width()
        metrics = QFontMetrics(self.font())
        x, y = 1.0, BAR_HEIGHT + 6
        for key, value, colour, label in self._parts:
            text = f"{label}: {value}"
            needed = 14 + metrics.horizontalAdvance(text) + 14
            if x + needed > self.width() and x > 1:
                x, y = 1.0, y + metrics.height()
            swatch = QRectF(x, y + (metrics.height() - 10) / 2, 10, 10)
            painter.fillRect(swatch, QColor(colour))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 14, y, needed, metrics.height()), Qt.AlignmentFlag.AlignVCenter, text)
            self._hit.append((QRectF(x, y, needed, metrics.height()), key))
            x += needed
        painter.end()
        wanted = int(y + metrics.height() + 2)
        if self.minimumHeight() != wanted:
            self.setMinimumHeight(wanted)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        for area, key in self._hit:
            if area.contains(event.position()):
                self.part_clicked.emit(key)
                return
        super().mousePressEvent(event)
