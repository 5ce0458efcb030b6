"""Field validation: numbers stay within what every JSON implementation holds exactly (issue 10, item 1)."""

from __future__ import annotations

import math

import pytest

from score_desktop.domain.entities import ENTERPRISE, KPI_READING
from score_desktop.domain.validation import MAX_SAFE_NUMBER, check_value

LIMIT = 2**53 - 1


@pytest.mark.parametrize("value", [2**53, -(2**53), 2**70, 10**400])
def test_integers_beyond_2_to_the_53_are_out_of_range(value):
    problem = check_value(ENTERPRISE.by_name["headcount_women"], value)
    assert problem is not None and problem.code == "out_of_range" and str(LIMIT) in problem.message


@pytest.mark.parametrize("value", [10**400, 1e16, -1e300, math.inf, -math.inf, math.nan])
def test_numbers_beyond_the_range_or_not_finite_are_refused(value):
    problem = check_value(KPI_READING.by_name["value"], value)
    assert problem is not None and problem.code in ("out_of_range", "not_number")


@pytest.mark.parametrize("value", [0, LIMIT, -LIMIT, 1.5e15, 0.000001, -7.25])
def test_numbers_within_the_range_are_fine(value):
    assert MAX_SAFE_NUMBER == LIMIT
    assert check_value(KPI_READING.by_name["value"], value) is None
    if isinstance(value, int):
        assert check_value(ENTERPRISE.by_name["headcount_men"], value) is None
