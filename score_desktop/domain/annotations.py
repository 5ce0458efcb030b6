"""The annotation layer of a photo: arrows, ellipses, rectangles and text drawn over the untouched original.

A photo record keeps its annotations in the ``annotations`` JSON field as a list of shapes, in drawing order. This
is the format the photo viewer writes (``ui/core/annotations.py`` draws it with Qt; the reports draw it from here).
Coordinates are normalized to the *upright* picture (after its EXIF orientation): ``x`` runs from 0 (left edge) to
1 (right edge) and ``y`` from 0 (top edge) to 1 (bottom edge), so the layer fits a thumbnail, the viewer and a
report photo alike::

    [{"shape": "arrow", "x1": 0.10, "y1": 0.80, "x2": 0.42, "y2": 0.55, "color": "#e53935"},
     {"shape": "ellipse", "x1": 0.40, "y1": 0.30, "x2": 0.60, "y2": 0.55},
     {"shape": "rect", "x1": 0.05, "y1": 0.05, "x2": 0.35, "y2": 0.25, "color": "#1e88e5"},
     {"shape": "text", "x1": 0.45, "y1": 0.50, "text": "出口堵塞"}]

- ``arrow``: from the tail (``x1``, ``y1``) to the head (``x2``, ``y2``).
- ``ellipse`` and ``rect``: two opposite corners of the box (in any order); the ellipse is inscribed in it.
- ``text``: ``text`` with its top-left corner at (``x1``, ``y1``).
- ``color``: ``#rrggbb``, default red ``#e53935``. Optional ``width`` (stroke) and ``size`` (letter height) are
  fractions of the picture's shorter side, default 0.008 and 0.045.

Also read, for layers written by early builds: ``circle`` for ``ellipse``, and boxes and text positions given as
``x``, ``y`` (with ``w``, ``h``).

Pure Python (no Qt, no reportlab). :func:`parse_annotations` is lenient (a report must still print if one shape
is damaged); :func:`problems` is the strict check an editor can run before saving.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import asdict, dataclass
from typing import Any, Iterable, TypeGuard, Union

log = logging.getLogger(__name__)

DEFAULT_COLOR = "#e53935"
#: Stroke width and letter height as fractions of the picture's shorter side (what the photo viewer uses).
DEFAULT_WIDTH = 0.008
DEFAULT_TEXT_SIZE = 0.045
MAX_TEXT_LENGTH = 500
SHAPES = ("arrow", "ellipse", "rect", "text")
_ALIASES = {"circle": "ellipse"}

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_FIELDS = {
    "arrow": ("x1", "y1", "x2", "y2"),
    "ellipse": ("x1", "y1", "x2", "y2"),
    "rect": ("x1", "y1", "x2", "y2"),
    "text": ("x1", "y1"),
}


@dataclass(frozen=True)
class Arrow:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str = DEFAULT_COLOR
    width: float = DEFAULT_WIDTH
    shape: str = "arrow"


@dataclass(frozen=True)
class Ellipse:
    """The ellipse inscribed in the box with top-left (``x``, ``y``), ``w`` wide and ``h`` high."""

    x: float
    y: float
    w: float
    h: float
    color: str = DEFAULT_COLOR
    width: float = DEFAULT_WIDTH
    shape: str = "ellipse"


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    color: str = DEFAULT_COLOR
    width: float = DEFAULT_WIDTH
    shape: str = "rect"


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    size: float = DEFAULT_TEXT_SIZE
    color: str = DEFAULT_COLOR
    width: float = DEFAULT_WIDTH
    shape: str = "text"


Shape = Union[Arrow, Ellipse, Rect, Text]


def to_json(shapes: Iterable[Shape]) -> list[dict[str, Any]]:
    """The JSON value to store in a photo record's ``annotations`` field (the viewer's corner form)."""
    stored = []
    for shape in shapes:
        item = asdict(shape)
        if isinstance(shape, (Ellipse, Rect)):
            item = {"shape": shape.shape, "x1": shape.x, "y1": shape.y, "x2": shape.x + shape.w,
                    "y2": shape.y + shape.h, "color": shape.color, "width": shape.width}
        elif isinstance(shape, Text):
            item = {"shape": "text", "x1": shape.x, "y1": shape.y, "text": shape.text, "size": shape.size,
                    "color": shape.color}
        stored.append(item)
    return stored


def problems(value: object) -> list[str]:
    """Everything wrong with an annotation layer, one English sentence each; empty when it is valid."""
    if value is None:
        return []
    if not isinstance(value, list):
        return ["annotations must be a list of shapes"]
    found: list[str] = []
    for index, item in enumerate(value):
        found.extend(f"shape {index + 1}: {problem}" for problem in _shape_problems(item))
    return found


def _canonical(item: dict[str, Any]) -> dict[str, Any]:
    """An early build's shape (``circle``; ``x``, ``y``, ``w``, ``h``) in the corner form."""
    shape = item.get("shape")
    item = {**item, "shape": _ALIASES.get(shape, shape) if isinstance(shape, str) else shape}
    if "x1" not in item and "x" in item:
        item["x1"], item["y1"] = item.get("x"), item.get("y")
        if item["shape"] in ("ellipse", "rect") and _is_number(item.get("w")) and _is_number(item.get("h")) \
                and _is_number(item["x1"]) and _is_number(item["y1"]):
            item["x2"], item["y2"] = item["x1"] + item["w"], item["y1"] + item["h"]
    return item


def _shape_problems(item: object) -> list[str]:
    if not isinstance(item, dict):
        return ["a shape must be an object"]
    item = _canonical(item)
    kind = item.get("shape")
    if kind not in _FIELDS:
        return [f"unknown shape {kind!r} (known: {', '.join(SHAPES)})"]
    found = []
    for name in _FIELDS[kind]:
        number = item.get(name)
        if not _is_number(number):
            found.append(f"{name} must be a number")
        elif not -0.5 <= number <= 1.5:
            found.append(f"{name} must be between 0 and 1 (a fraction of the picture)")
    if kind in ("ellipse", "rect") and not found and (item["x1"] == item["x2"] or item["y1"] == item["y2"]):
        found.append("the box must have a width and a height")
    if kind == "text":
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            found.append("text must be non-empty text")
        elif len(text) > MAX_TEXT_LENGTH:
            found.append(f"text must be at most {MAX_TEXT_LENGTH} characters")
        size = item.get("size", DEFAULT_TEXT_SIZE)
        if not _is_number(size) or not 0 < size <= 0.5:
            found.append("size must be a number above 0 and at most 0.5")
    color = item.get("color", DEFAULT_COLOR)
    if not isinstance(color, str) or not _COLOR.match(color):
        found.append("color must look like #e53935")
    width = item.get("width", DEFAULT_WIDTH)
    if not _is_number(width) or not 0 < width <= 0.1:
        found.append("width must be a number above 0 and at most 0.1")
    return found


def parse_annotations(value: object) -> list[Shape]:
    """The shapes of a stored layer, skipping (and logging) any shape that is damaged.

    Shapes from a newer app (an unknown ``shape``) are skipped too: the picture still prints, without them.
    """
    if not value:
        return []
    if not isinstance(value, list):
        log.warning("Ignoring annotations that are not a list: %r", value)
        return []
    shapes: list[Shape] = []
    for item in value:
        found = _shape_problems(item)
        if found:
            log.warning("Ignoring an annotation shape (%s): %r", "; ".join(found), item)
            continue
        shapes.append(_shape(_canonical(item)))
    return shapes


def _shape(item: dict[str, Any]) -> Shape:
    style = {"color": item.get("color", DEFAULT_COLOR).lower(), "width": float(item.get("width", DEFAULT_WIDTH))}
    kind = item["shape"]
    if kind == "arrow":
        x1, y1, x2, y2 = (_clamp(item[name]) for name in _FIELDS["arrow"])
        return Arrow(x1, y1, x2, y2, **style)
    if kind == "text":
        return Text(_clamp(item["x1"]), _clamp(item["y1"]), item["text"],
                    size=float(item.get("size", DEFAULT_TEXT_SIZE)), **style)
    left, right = sorted((_clamp(item["x1"]), _clamp(item["x2"])))
    top, bottom = sorted((_clamp(item["y1"]), _clamp(item["y2"])))
    return (Ellipse if kind == "ellipse" else Rect)(left, top, right - left, bottom - top, **style)


def arrow_head(x1: float, y1: float, x2: float, y2: float, length: float,
               spread_degrees: float = 28) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float]]:
    """The triangle of an arrow's head at (``x2``, ``y2``) pointing away from (``x1``, ``y1``).

    Works in any coordinate system whose axes have the same scale (pixels, points). Returns the tip and the two
    back corners; a zero-length arrow gets a head pointing right.
    """
    angle = math.atan2(y2 - y1, x2 - x1) if (x1, y1) != (x2, y2) else 0.0
    spread = math.radians(spread_degrees)
    corners = tuple((x2 - length * math.cos(angle + side * spread), y2 - length * math.sin(angle + side * spread))
                    for side in (-1, 1))
    return (x2, y2), corners[0], corners[1]


def hex_to_rgb(color: str) -> tuple[float, float, float]:
    """``#e53935`` -> (0.898, 0.224, 0.208): the 0..1 components drawing libraries take."""
    return tuple(int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _is_number(value: object) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, float(value)))
