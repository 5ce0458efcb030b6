"""KPI readings: rates computed from their parts, implausible numbers refused, change judged by direction."""

from __future__ import annotations

import pytest

from score_desktop.domain.kpis import Entered, change, computed_value, phase_for_visit, reading_problems


def codes(problems):
    return [(problem.field, problem.code) for problem in problems]


def test_a_rate_is_computed_from_numerator_and_denominator(catalog):
    defect_rate = catalog.kpi("defect_rate")
    entered = Entered(numerator=120.0, denominator=4000.0)
    assert reading_problems(defect_rate, entered) == []
    assert computed_value(defect_rate, entered) == pytest.approx(3.0)
    # A value KPI keeps what was typed.
    assert computed_value(catalog.kpi("output"), Entered(value=52_000.0)) == 52_000.0


@pytest.mark.parametrize(("entered", "expected"), [
    (Entered(value="12,5x"), [("value", "not_number")]),
    (Entered(numerator=120.0, denominator=0.0), [("denominator", "denominator_zero")]),
    (Entered(numerator=4200.0, denominator=4000.0), [("numerator", "rate_over_100")]),
    (Entered(value=104.0), [("value", "rate_over_100")]),
    (Entered(numerator=120.0), [("denominator", "numerator_alone")]),
    (Entered(numerator=-1.0, denominator=10.0), [("numerator", "negative")]),
])
def test_implausible_readings_are_refused_with_the_field_named(catalog, entered, expected):
    assert codes(reading_problems(catalog.kpi("defect_rate"), entered)) == expected


def test_only_percentages_are_capped_at_100(catalog):
    productivity = catalog.kpi("labour_productivity")  # pieces per worker-hour: 140 is a fine number
    assert reading_problems(productivity, Entered(numerator=14_000.0, denominator=100.0)) == []


def test_the_over_100_message_shows_the_computed_percentage(catalog):
    problem, = reading_problems(catalog.kpi("defect_rate"), Entered(numerator=4200.0, denominator=4000.0))
    assert "105 %" in problem.message


def test_a_lower_defect_rate_is_an_improvement_and_a_lower_output_is_not(catalog):
    lower = change(catalog.kpi("defect_rate"), 6.0, 4.5)
    assert lower.improved is True and lower.percent == pytest.approx(-25.0)
    assert change(catalog.kpi("output"), 50_000, 40_000).improved is False
    assert change(catalog.kpi("output"), 50_000, 50_000).improved is None
    assert change(catalog.kpi("output"), 0, 10).percent is None  # no percentage of nothing


def test_phase_follows_the_visit_type():
    assert [phase_for_visit(t) for t in ("baseline", "consultation", "follow_up", "final", None)] == [
        "baseline", "progress", "progress", "final", "progress"]
