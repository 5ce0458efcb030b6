"""Small KPI charts drawn with reportlab graphics.

Charts carry numbers only (digits and separators, which the regular font has); names of indicators are set as
paragraphs beside them, where each run of text gets a font that has its glyphs.
"""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from score_desktop.reports import fonts
from score_desktop.reports.data import KpiRow
from score_desktop.reports.labels import number
from score_desktop.reports.layout import BAD, BRAND, GOOD, MUTED, RULE

NEUTRAL = colors.HexColor("#90a4ae")


def change_bar(percent: float | None, improved: bool | None, width: float, height: float,
               scale: float) -> Drawing:
    """A bar from the centre line, right for a rise and left for a fall, green when better and red when worse.

    ``scale`` is the change (in %) that fills half the width; all rows of a table share it so bars compare.
    """
    drawing = Drawing(width, height)
    middle = width / 2
    drawing.add(Rect(0, height * 0.2, width, height * 0.6, fillColor=colors.HexColor("#f1f4f8"), strokeColor=None))
    if percent is not None and scale > 0:
        length = max(-1.0, min(1.0, percent / scale)) * (middle - 1)
        colour = GOOD if improved else BAD if improved is False else NEUTRAL
        drawing.add(Rect(min(middle, middle + length), height * 0.25, max(abs(length), 0.8), height * 0.5,
                         fillColor=colour, strokeColor=None))
    drawing.add(Line(middle, 0, middle, height, strokeColor=MUTED, strokeWidth=0.6))
    return drawing


def trend_chart(row: KpiRow, lang: str, width: float, height: float) -> Drawing:
    """The readings of one KPI over time as a line, with the baseline as a dashed line across."""
    points = [(_day(reading["period_end"]), reading["value"]) for reading in row.series]
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 34, 16
    plot.width, plot.height = width - plot.x - 8, height - plot.y - 6
    plot.data = [points]
    plot.lines[0].strokeColor = BRAND
    plot.lines[0].strokeWidth = 1.4
    plot.lines[0].symbol = makeMarker("FilledCircle", size=3.2, fillColor=BRAND, strokeColor=BRAND)
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    low_x, high_x = min(xs), max(xs)
    if high_x - low_x < 20:
        low_x, high_x = low_x - 15, high_x + 15
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = low_x, high_x
    plot.xValueAxis.valueSteps = _month_ticks(xs)
    plot.xValueAxis.labelTextFormat = lambda value: _month_label(value, lang)
    low_y, high_y = min(ys), max(ys)
    padding = (high_y - low_y) * 0.15 or abs(high_y) * 0.1 or 1
    plot.yValueAxis.valueMin = low_y - padding if low_y - padding < 0 or low_y < 0 else max(0.0, low_y - padding)
    plot.yValueAxis.valueMax = high_y + padding
    plot.yValueAxis.maximumTicks = 5
    plot.yValueAxis.labelTextFormat = lambda value: number(value, lang)
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = fonts.REGULAR
        axis.labels.fontSize = 6.5
        axis.labels.fillColor = MUTED
        axis.strokeColor = RULE
    plot.xValueAxis.tickDown = 2
    plot.yValueAxis.tickLeft = 0
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#e6eaef")
    plot.yValueAxis.gridStrokeWidth = 0.5
    drawing.add(plot)
    baseline = row.baseline["value"]
    low, high = plot.yValueAxis.valueMin, plot.yValueAxis.valueMax
    if high > low:
        y = plot.y + (baseline - low) / (high - low) * plot.height
        drawing.add(Line(plot.x, y, plot.x + plot.width, y, strokeColor=MUTED, strokeWidth=0.7,
                         strokeDashArray=[3, 2]))
    if row.improved is not None and len(points) > 1:
        x = plot.x + (points[-1][0] - low_x) / (high_x - low_x) * plot.width
        y = plot.y + (points[-1][1] - low) / (high - low) * plot.height
        drawing.add(makeMarker("FilledCircle", x=x, y=y, size=5, fillColor=GOOD if row.improved else BAD,
                               strokeColor=colors.white))
    return drawing


def _day(value: str) -> int:
    return dt.date.fromisoformat(value[:10]).toordinal()


def _month_ticks(days: list[int]) -> list[int]:
    """At most six ticks, on the readings' own dates."""
    unique = sorted(set(days))
    step = max(1, -(-len(unique) // 6))
    return unique[::step]


def _month_label(value: float, lang: str) -> str:
    day = dt.date.fromordinal(int(round(value)))
    return f"{day.year}-{day.month:02d}" if lang in ("en", "zh_CN") else f"{day.month:02d}/{day.year}"
