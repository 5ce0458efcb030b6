"""The photo annotation layer: the viewer's stored form parses, early forms too, damage is skipped."""

from __future__ import annotations

import json
import math

import pytest

from score_desktop.domain.annotations import (DEFAULT_COLOR, Arrow, Ellipse, Rect, Text, arrow_head, hex_to_rgb,
                                              parse_annotations, problems, to_json)

#: As ui/annotations.py writes them.
LAYER = [
    {"shape": "arrow", "x1": 0.1, "y1": 0.8, "x2": 0.42, "y2": 0.55, "color": "#E53935"},
    {"shape": "ellipse", "x1": 0.6, "y1": 0.55, "x2": 0.4, "y2": 0.3},
    {"shape": "rect", "x1": 0.05, "y1": 0.05, "x2": 0.35, "y2": 0.25, "color": "#1e88e5", "width": 0.004},
    {"shape": "text", "x1": 0.45, "y1": 0.5, "text": "出口堵塞", "size": 0.06},
]


def test_the_viewers_layer_parses_into_shapes():
    shapes = parse_annotations(LAYER)
    assert shapes[0] == Arrow(0.1, 0.8, 0.42, 0.55, color="#e53935")
    assert shapes[1] == Ellipse(0.4, 0.3, pytest.approx(0.2), pytest.approx(0.25))
    assert shapes[2] == Rect(0.05, 0.05, pytest.approx(0.3), pytest.approx(0.2), color="#1e88e5", width=0.004)
    assert shapes[3] == Text(0.45, 0.5, "出口堵塞", size=0.06)
    assert problems(LAYER) == []


def test_early_forms_are_read_too():
    shapes = parse_annotations([{"shape": "circle", "x": 0.4, "y": 0.3, "w": 0.2, "h": 0.25},
                                {"shape": "text", "x": 0.1, "y": 0.2, "text": "x"}])
    assert shapes == [Ellipse(0.4, 0.3, pytest.approx(0.2), pytest.approx(0.25)), Text(0.1, 0.2, "x")]


def test_shapes_round_trip_through_json_in_the_viewers_form():
    shapes = parse_annotations(LAYER)
    stored = json.loads(json.dumps(to_json(shapes), ensure_ascii=False))
    assert parse_annotations(stored) == shapes
    assert stored[1]["shape"] == "ellipse" and set(stored[1]) >= {"x1", "y1", "x2", "y2"}
    assert stored[0]["color"] == DEFAULT_COLOR and stored[3]["x1"] == 0.45


@pytest.mark.parametrize("value", [None, [], ""])
def test_no_annotations_means_no_shapes(value):
    assert parse_annotations(value) == []


def test_damaged_and_unknown_shapes_are_skipped_not_fatal(caplog):
    layer = [{"shape": "arrow", "x1": "a"}, {"shape": "star", "x1": 0.5}, "junk",
             {"shape": "text", "x1": 0.1, "y1": 0.1, "text": "  "},
             {"shape": "rect", "x1": 0.1, "y1": 0.1, "x2": 0.1, "y2": 1},
             {"shape": "ellipse", "x1": 0.5, "y1": 0.5, "x2": 0.6, "y2": 0.6}]
    shapes = parse_annotations(layer)
    assert len(shapes) == 1 and isinstance(shapes[0], Ellipse)
    assert "Ignoring an annotation shape" in caplog.text
    assert parse_annotations({"shape": "arrow"}) == []


def test_problems_name_each_mistake():
    found = problems([{"shape": "arrow", "x1": 0, "y1": 0, "x2": 7, "y2": True, "color": "red"},
                      {"shape": "text", "x1": 0, "y1": 0, "text": "x" * 501, "size": 2},
                      {"shape": "hexagon"}])
    assert "shape 1: x2 must be between 0 and 1 (a fraction of the picture)" in found
    assert "shape 1: y2 must be a number" in found
    assert "shape 1: color must look like #e53935" in found
    assert "shape 2: text must be at most 500 characters" in found
    assert "shape 2: size must be a number above 0 and at most 0.5" in found
    assert any(problem.startswith("shape 3: unknown shape 'hexagon'") for problem in found)
    assert problems({"shape": "arrow"}) == ["annotations must be a list of shapes"]


def test_coordinates_slightly_outside_are_clamped():
    arrow, rect = parse_annotations([{"shape": "arrow", "x1": -0.2, "y1": 0.5, "x2": 1.2, "y2": 0.5},
                                     {"shape": "rect", "x1": 0.8, "y1": 0.9, "x2": 1.3, "y2": 1.4}])
    assert (arrow.x1, arrow.x2) == (0.0, 1.0)
    assert rect.w == pytest.approx(0.2) and rect.h == pytest.approx(0.1)


def test_arrow_head_points_along_the_arrow():
    tip, left, right = arrow_head(0, 0, 10, 0, length=2)
    assert tip == (10, 0)
    assert left[0] == pytest.approx(10 - 2 * math.cos(math.radians(28)))
    assert left[0] == pytest.approx(right[0]) and left[1] == pytest.approx(-right[1])
    assert arrow_head(3, 3, 3, 3, length=1)[1][0] < 3  # a zero-length arrow still gets a head


def test_hex_to_rgb():
    assert hex_to_rgb("#ff8000") == (1.0, pytest.approx(128 / 255), 0.0)
