"""The hybrid logical clock: wire form, ordering, monotonicity whatever the wall clock does."""

from __future__ import annotations

from hypothesis import given, strategies as st

from score_desktop.domain.hlc import HybridLogicalClock, Timestamp, hlc_key

DEVICE = "3f0c8a56-6e1b-4c1e-9d7e-0a1b2c3d4e5f"
timestamps = st.builds(Timestamp, st.integers(0, 2**45), st.integers(0, 99_999),
                       st.sampled_from([DEVICE, "a", "b-c-d", "ffffffff-0000-0000-0000-000000000000"]))


@given(timestamps)
def test_wire_form_round_trips(stamp):
    assert Timestamp.parse(str(stamp)) == stamp


@given(timestamps, timestamps)
def test_wire_order_is_millis_then_counter_then_device(first, second):
    expected = (first.millis, first.counter, first.device_id) < (second.millis, second.counter, second.device_id)
    assert (hlc_key(str(first)) < hlc_key(str(second))) == expected


def test_counter_compares_as_a_number_not_as_text():
    assert hlc_key(f"1000-10000-{DEVICE}") > hlc_key(f"1000-9999-{DEVICE}")


def test_example_from_the_protocol():
    assert Timestamp.parse(f"1714637643120-0003-{DEVICE}") == Timestamp(1714637643120, 3, DEVICE)
    assert str(Timestamp(1714637643120, 3, DEVICE)) == f"1714637643120-0003-{DEVICE}"


@given(st.lists(st.one_of(st.tuples(st.just("tick"), st.integers(0, 10_000)),
                          st.tuples(st.just("receive"), timestamps)), max_size=60))
def test_never_goes_backwards_and_passes_everything_received(events):
    wall = [5_000]
    clock = HybridLogicalClock(DEVICE, wall=lambda: wall[0])
    previous = clock.now()
    for kind, value in events:
        if kind == "tick":
            wall[0] = value  # the wall clock may jump backwards
            current = clock.now()
        else:
            current = clock.receive(value)
            assert (current.millis, current.counter) > (value.millis, value.counter)
        assert (current.millis, current.counter) > (previous.millis, previous.counter)
        previous = current


def test_follows_the_wall_clock_when_it_moves_forward():
    wall = [1000]
    clock = HybridLogicalClock(DEVICE, wall=lambda: wall[0])
    assert clock.now() == Timestamp(1000, 0, DEVICE)
    assert clock.now() == Timestamp(1000, 1, DEVICE)
    wall[0] = 2000
    assert clock.now() == Timestamp(2000, 0, DEVICE)


def test_parse_refuses_garbage():
    import pytest

    for text in ["", "abc", "12-xx-d", None]:
        with pytest.raises(ValueError):
            Timestamp.parse(text)
