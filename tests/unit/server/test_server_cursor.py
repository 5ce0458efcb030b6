"""The pull cursor: opaque, round-trips, refuses garbage, and starts backfills for new enterprises."""

from __future__ import annotations

import base64
import zlib

import pytest
from hypothesis import given, strategies as st

from score_desktop.server import pull

ids = st.frozensets(st.uuids().map(str), max_size=20)


@given(counter=st.integers(0, 2**53), scope=st.none() | ids, epoch=st.none() | st.uuids().map(str),
       backfill=st.none() | st.tuples(st.integers(0, 2**53), st.integers(0, 2**53), ids))
def test_a_cursor_round_trips(counter, scope, epoch, backfill):
    cursor = pull.Cursor(counter, scope, pull.Backfill(*backfill) if backfill else None, epoch)
    text = pull.encode_cursor(cursor)
    assert text.isascii() and "=" not in text and "/" not in text and "+" not in text
    assert pull.decode_cursor(text) == cursor


def test_an_empty_cursor_starts_from_the_beginning():
    assert pull.decode_cursor("") == pull.START == pull.Cursor()


@pytest.mark.parametrize("text", ["garbage!", "AAAA", base64.urlsafe_b64encode(zlib.compress(b"[1]")).decode(),
                                  base64.urlsafe_b64encode(zlib.compress(b'{"v":1,"c":-1}')).decode(),
                                  base64.urlsafe_b64encode(zlib.compress(b'{"v":2,"c":1}')).decode(),
                                  base64.urlsafe_b64encode(zlib.compress(b"x" * 3_000_000)).decode()])
def test_garbage_is_a_bad_cursor(text):
    with pytest.raises(pull.BadCursor):
        pull.decode_cursor(text)


def test_new_enterprises_in_scope_start_a_backfill_up_to_the_cursor():
    cursor = pull.Cursor(100, frozenset({"a"}))
    position = pull.next_position(cursor, frozenset({"a", "b"}))
    assert position.counter == 100 and position.backfill == pull.Backfill(100, 0, frozenset({"b"}))


def test_a_backfill_under_way_widens_and_starts_over():
    cursor = pull.Cursor(100, frozenset({"a", "b"}), pull.Backfill(100, 40, frozenset({"b"})))
    position = pull.next_position(cursor, frozenset({"a", "b", "c"}))
    assert position.backfill == pull.Backfill(100, 0, frozenset({"b", "c"}))


def test_scope_changes_between_roles():
    assert pull.next_position(pull.Cursor(100, frozenset({"a"})), None) == pull.START  # trainer → coordinator
    assert pull.next_position(pull.Cursor(100, None), frozenset({"a"})).backfill is None
    assert pull.next_position(pull.Cursor(0, frozenset()), frozenset({"a"})).backfill is None  # first pull
    same = pull.Cursor(100, frozenset({"a"}))
    assert pull.next_position(same, frozenset({"a"})) == same


@pytest.mark.parametrize("data", [b'{"v":1,"c":9007199254740993}', b'{"v":1,"c":1,"s":["x"]}',
                                  b'{"v":1,"c":1,"b":[1,0,["\\u0000"]]}', b"[" * 50_000 + b"]" * 50_000])
def test_a_forged_cursor_is_refused_before_it_reaches_a_query(data):
    with pytest.raises(pull.BadCursor):
        pull.decode_cursor(base64.urlsafe_b64encode(zlib.compress(data)).decode())
