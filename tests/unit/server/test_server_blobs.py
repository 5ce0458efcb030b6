"""score_desktop.server.blobs: Range headers, whatever numbers they hold."""

from __future__ import annotations

import pytest

from score_desktop.server import blobs

HUGE = "9" * 5000


@pytest.mark.parametrize("header, wanted", [
    (None, None), ("bytes=0-9", (0, 9)), ("bytes=10-", (10, 99)), ("bytes=-10", (90, 99)),
    (f"bytes=10-{HUGE}", (10, 99)), (f"bytes=-{HUGE}", (0, 99)), ("bytes=²-", None), ("bytes=5-2", None),
    ("items=0-1", None),
])
def test_ranges_are_read_or_ignored(header, wanted):
    assert blobs.parse_range(header, 100) == wanted


@pytest.mark.parametrize("header", [f"bytes={HUGE}-", "bytes=100-", "bytes=-0"])
def test_a_range_past_the_end_is_not_satisfiable(header):
    with pytest.raises(blobs.RangeNotSatisfiable):
        blobs.parse_range(header, 100)
