"""KPI charts, painted: a trend line in each row of the KPI table, and one larger chart of the chosen KPI.

Painted with QPainter rather than QtCharts: twenty small charts must appear with the tab (a QChartView each costs
milliseconds and a scene), and a line over a dozen monthly points needs nothing more. The baseline is a dashed
line across; the last point is green when it is better than the baseline in the KPI's direction, red when worse.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from score_desktop.store.kpis import KpiSeries
from score_desktop.ui.core.formats import number_text

Index = QModelIndex | QPersistentModelIndex
LINE = QColor("#1f4e79")
BETTER, WORSE, NEUTRAL = QColor("#2e7d32"), QColor("#c62828"), QColor("#78909c")
GRID = QColor("#e3e8ee")
#: The role of the KPI table that holds a row's points: [(day ordinal, value), ...], the baseline, and the verdict.
SeriesRole = Qt.ItemDataRole.UserRole + 1


def points_of(series: KpiSeries) -> list[tuple[int, float]]:
    return [(dt.date.fromisoformat(r["period_end"]).toordinal(), r["value"]) for r in series.readings]


def _verdict_colour(improved: bool | None) -> QColor:
    return BETTER if improved else WORSE if improved is False else NEUTRAL


class _Scale:
    """Maps (day, value) into a rectangle, with a little room above and below the values."""

    def __init__(self, points: list[tuple[int, float]], baseline: float | None, area: QRectF) -> None:
        xs = [x for x, _ in points]
        ys = [y for _, y in points] + ([baseline] if baseline is not None else [])
        self.low_x, self.high_x = min(xs), max(xs)
        if self.high_x == self.low_x:
            self.low_x, self.high_x = self.low_x - 15, self.high_x + 15
        low, high = min(ys), max(ys)
        room = (high - low) * 0.12 or abs(high) * 0.1 or 1.0
        self.low_y, self.high_y = low - room, high + room
        self.area = area

    def point(self, x: float, y: float) -> QPointF:
        area = self.area
        return QPointF(area.left() + (x - self.low_x) / (self.high_x - self.low_x) * area.width(),
                       area.bottom() - (y - self.low_y) / (self.high_y - self.low_y) * area.height())


def paint_trend(painter: QPainter, area: QRectF, points: list[tuple[int, float]], baseline: float | None,
                improved: bool | None, *, dots: bool = False) -> None:
    """The line of ``points`` in ``area``, the baseline dashed, the last point in the verdict's colour."""
    if not points:
        return
    scale = _Scale(points, baseline, area)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if baseline is not None:
        painter.setPen(QPen(NEUTRAL, 1, Qt.PenStyle.DashLine))
        y = scale.point(scale.low_x, baseline).y()
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
    path = QPainterPath(scale.point(*points[0]))
    for x, y in points[1:]:
        path.lineTo(scale.point(x, y))
    painter.setPen(QPen(LINE, 2 if dots else 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    if dots:
        painter.setBrush(LINE)
        for x, y in points[:-1]:
            painter.drawEllipse(scale.point(x, y), 2.8, 2.8)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_verdict_colour(improved))
    radius = 4.5 if dots else 2.6
    painter.drawEllipse(scale.point(*points[-1]), radius, radius)
    painter.restore()


class TrendDelegate(QStyledItemDelegate):
    """The trend column of the KPI table: the line drawn in the cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        data: Any = index.data(SeriesRole)
        if data:
            points, baseline, improved = data
            paint_trend(painter, QRectF(option.rect).adjusted(6, 4, -8, -4), points, baseline, improved)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(110, option.fontMetrics.height() + 10)


class KpiChart(QWidget):
    """The chosen KPI over time, with its axes: values at the left, the first and last period below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiChart")
        self.setMinimumSize(260, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._series: KpiSeries | None = None

    def set_series(self, series: KpiSeries | None) -> None:
        self._series = series
        self.update()

    @property
    def series(self) -> KpiSeries | None:
        return self._series

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        series = self._series
        if series is None or not series.readings:
            painter.end()
            return
        metrics = self.fontMetrics()
        points = points_of(series)
        baseline = series.baseline["value"]
        values = [y for _, y in points] + [baseline]
        labels = [number_text(float(v), decimals=0 if abs(v) >= 100 else 2) for v in (min(values), max(values))]
        left = max(metrics.horizontalAdvance(text) for text in labels) + 10
        area = QRectF(left, 10, self.width() - left - 14, self.height() - metrics.height() * 2 - 16)
        painter.setPen(QPen(GRID, 1))
        for fraction in (0.0, 0.5, 1.0):
            y = area.top() + area.height() * fraction
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        paint_trend(painter, area, points, baseline, series.change.improved, dots=True)
        painter.setPen(self.palette().placeholderText().color())
        scale = _Scale(points, baseline, area)
        for value, text in zip((min(values), max(values)), labels):
            y = scale.point(scale.low_x, value).y()
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        first, last = series.readings[0]["period_end"][:7], series.readings[-1]["period_end"][:7]
        below = area.bottom() + 4
        painter.drawText(QRectF(area.left(), below, 120, metrics.height()), Qt.AlignmentFlag.AlignLeft, first)
        painter.drawText(QRectF(area.right() - 120, below, 120, metrics.height()), Qt.AlignmentFlag.AlignRight, last)
        painter.end()
