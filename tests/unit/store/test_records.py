"""Record to row to record, for every entity and every kind of field (Hypothesis)."""

from __future__ import annotations

import string

from hypothesis import given, strategies as st

from score_desktop.domain.entities import ENTITIES
from score_desktop.store.records import from_row, to_row, wire_fields

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
_json_value = st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**6) | _text,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
                           max_leaves=8)
_VALUES = {
    "text": _text, "int": st.integers(-2**53, 2**53), "float": st.floats(allow_nan=False, allow_infinity=False),
    "bool": st.booleans(), "date": st.dates().map(str), "datetime": st.datetimes().map(lambda d: d.isoformat()),
    "list": st.lists(_text, max_size=4), "json": st.dictionaries(_text, _json_value, max_size=3),
    "ref": st.uuids().map(str),
}


@st.composite
def records(draw):
    spec = ENTITIES[draw(st.sampled_from(sorted(ENTITIES)))]
    record = {"id": str(draw(st.uuids())), "enterprise_id": str(draw(st.uuids())), "created_at": "2026-01-01T00:00:00Z",
              "updated_at": "2026-01-01T00:00:00Z", "updated_hlc": "1-0000-d", "version": draw(st.integers(0, 2**53)),
              "deleted": draw(st.booleans()),
              "extra": draw(st.dictionaries(st.text(string.ascii_lowercase, min_size=1).map(lambda s: "x_" + s),
                                            _json_value, max_size=3))}
    for field in spec.fields:
        record[field.name] = draw(st.none() | _VALUES[field.kind])
    return spec, record


@given(records())
def test_record_to_row_to_record(spec_and_record):
    spec, record = spec_and_record
    assert from_row(spec, to_row(spec, record)) == record


@given(records())
def test_wire_fields_keep_unknown_fields_and_leave_out_nulls(spec_and_record):
    spec, record = spec_and_record
    fields = wire_fields(spec, record)
    for name, value in record["extra"].items():
        assert fields[name] == value
    assert fields["enterprise_id"] == record["enterprise_id"]
    assert all(fields[name] == record[name] for name in spec.field_names if record[name] is not None)
    assert not any(name in fields for name in spec.field_names if record[name] is None)
