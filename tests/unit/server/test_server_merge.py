"""The merge rules (docs/sync-protocol.md, Push rule 4) on one record, without a database."""

from __future__ import annotations

from hypothesis import given, strategies as st

from score_desktop.server import merge
from score_desktop.sync import protocol

ALICE, BOB = "user-alice", "user-bob"


def hlc(millis: int, device: str = "dev-a", counter: int = 0) -> str:
    return f"{millis}-{counter:04d}-{device}"


def make_record(**fields) -> merge.RecordState:
    return merge.new_record("visit", "v1", "e1", {"enterprise_id": "e1", **fields}, version=10, hlc=hlc(1000),
                            user_id=ALICE)


def test_a_new_record_keeps_its_fields_and_its_scope_apart_from_control_members():
    record = make_record(summary="x", deleted=False)
    assert record.fields == {"enterprise_id": "e1", "summary": "x"}
    assert record.meta == {"summary": {"v": 10, "h": hlc(1000), "u": ALICE}}


def test_an_edit_from_the_current_version_is_applied():
    record = make_record(summary="x")
    outcome = merge.upsert(record, {"summary": "y"}, base_version=10, hlc=hlc(2000), user_id=BOB, version=11)
    assert outcome.status == protocol.APPLIED and record.fields["summary"] == "y" and record.version == 11
    assert record.meta["summary"] == {"v": 11, "h": hlc(2000), "u": BOB}


def test_a_stale_edit_of_other_fields_is_merged():
    record = make_record(summary="x", status="draft")
    merge.upsert(record, {"summary": "y"}, base_version=10, hlc=hlc(2000), user_id=ALICE, version=11)
    outcome = merge.upsert(record, {"status": "final"}, base_version=10, hlc=hlc(1500, "dev-b"), user_id=BOB,
                           version=12)
    assert outcome.status == protocol.MERGED and outcome.conflicts == []
    assert record.fields["summary"] == "y" and record.fields["status"] == "final"


def test_the_same_value_written_twice_is_no_conflict():
    record = make_record(summary="x")
    merge.upsert(record, {"summary": "same"}, base_version=10, hlc=hlc(2000), user_id=ALICE, version=11)
    outcome = merge.upsert(record, {"summary": "same"}, base_version=10, hlc=hlc(1500, "dev-b"), user_id=BOB,
                           version=12)
    assert outcome.status == protocol.MERGED


def test_json_equality_tells_true_from_one():
    assert not merge.same_value(True, 1) and not merge.same_value(1, 1.0) and merge.same_value({"a": 1}, {"a": 1})


def test_an_overlapping_stale_edit_with_an_earlier_hlc_loses_and_is_kept():
    record = make_record(summary="x")
    merge.upsert(record, {"summary": "alice"}, base_version=10, hlc=hlc(3000), user_id=ALICE, version=11)
    outcome = merge.upsert(record, {"summary": "bob", "objectives": "o"}, base_version=10,
                           hlc=hlc(2000, "dev-b"), user_id=BOB, version=12)
    assert outcome.status == protocol.CONFLICTED
    assert record.fields["summary"] == "alice" and record.fields["objectives"] == "o" and record.version == 12
    (conflict,) = outcome.conflicts
    assert conflict.field == "summary"
    assert (conflict.winning.value, conflict.winning.user_id) == ("alice", ALICE)
    assert (conflict.losing.value, conflict.losing.user_id, conflict.losing.hlc) == ("bob", BOB,
                                                                                     hlc(2000, "dev-b"))


def test_an_overlapping_stale_edit_with_a_later_hlc_wins():
    record = make_record(summary="x")
    merge.upsert(record, {"summary": "alice"}, base_version=10, hlc=hlc(2000), user_id=ALICE, version=11)
    outcome = merge.upsert(record, {"summary": "bob"}, base_version=10, hlc=hlc(3000, "dev-b"), user_id=BOB,
                           version=12)
    assert outcome.status == protocol.CONFLICTED and record.fields["summary"] == "bob"
    assert outcome.conflicts[0].losing.value == "alice"
    assert record.meta["summary"] == {"v": 12, "h": hlc(3000, "dev-b"), "u": BOB}


def test_hlcs_compare_as_integers_then_device_id():
    record = make_record(summary="x")
    merge.upsert(record, {"summary": "a"}, base_version=10, hlc=hlc(2000, "dev-a", 9999), user_id=ALICE,
                 version=11)
    merge.upsert(record, {"summary": "b"}, base_version=10, hlc=hlc(2000, "dev-a", 10000), user_id=BOB, version=12)
    assert record.fields["summary"] == "b"  # as strings "10000" < "9999"
    merge.upsert(record, {"summary": "c"}, base_version=10, hlc=hlc(2000, "dev-b", 10000), user_id=BOB, version=13)
    assert record.fields["summary"] == "c"


def test_an_hlc_more_than_five_minutes_ahead_counts_as_the_server_clock():
    from score_desktop.domain.hlc import Timestamp
    now = 1_700_000_000_000
    assert merge.effective_hlc(Timestamp(now + 300_000, 7, "d"), now) == Timestamp(now + 300_000, 7, "d")
    assert merge.effective_hlc(Timestamp(now + 300_001, 7, "d"), now) == Timestamp(now, 0, "d")


def test_a_delete_against_an_unseen_edit_stands_and_keeps_the_edit():
    record = make_record(summary="x")
    merge.upsert(record, {"summary": "edited"}, base_version=10, hlc=hlc(3000), user_id=ALICE, version=11)
    outcome = merge.delete(record, base_version=10, hlc=hlc(2000, "dev-b"), user_id=BOB, version=12)
    assert outcome.status == protocol.CONFLICTED and record.deleted and record.delete_version == 12
    (conflict,) = outcome.conflicts
    assert conflict.field is None and conflict.winning.deleted and conflict.winning.user_id == BOB
    assert conflict.losing.value == {"summary": "edited"} and conflict.losing.user_id == ALICE


def test_an_edit_that_had_not_seen_the_delete_goes_to_a_conflict_and_one_that_had_is_refused():
    record = make_record(summary="x")
    merge.delete(record, base_version=10, hlc=hlc(2000), user_id=ALICE, version=11)
    late = merge.upsert(record, {"summary": "late"}, base_version=10, hlc=hlc(3000, "dev-b"), user_id=BOB,
                        version=12)
    assert late.status == protocol.CONFLICTED and record.deleted and record.fields["summary"] == "x"
    assert late.conflicts[0].losing.value == {"summary": "late"}
    refused = merge.upsert(record, {"summary": "again"}, base_version=12, hlc=hlc(4000, "dev-b"), user_id=BOB,
                           version=13)
    assert refused.status == protocol.REJECTED and refused.error_code == protocol.RECORD_DELETED
    assert record.version == 12


def test_undelete_brings_the_record_back_with_its_edit():
    record = make_record(summary="x")
    merge.delete(record, base_version=10, hlc=hlc(2000), user_id=ALICE, version=11)
    outcome = merge.upsert(record, {"deleted": False, "summary": "back"}, base_version=11, hlc=hlc(3000),
                           user_id=ALICE, version=12)
    assert outcome.status == protocol.APPLIED and not record.deleted and record.fields["summary"] == "back"
    assert record.delete_version is None


edits = st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 3), min_size=1)


@given(first=edits, second=edits, first_millis=st.integers(0, 50), second_millis=st.integers(0, 50))
def test_two_edits_from_one_base_converge_in_either_order_and_lose_no_value(first, second, first_millis,
                                                                             second_millis):
    """Whichever edit arrives first, the record ends the same, and every value that lost is in a conflict."""
    finals = []
    for order in ((first, first_millis, "dev-a"), (second, second_millis, "dev-b")), \
                 ((second, second_millis, "dev-b"), (first, first_millis, "dev-a")):
        record = merge.new_record("visit", "v", "e", {"a": -1}, version=1, hlc=hlc(0, "dev-0"), user_id="u0")
        kept = []
        for number, (changes, millis, device) in enumerate(order):
            outcome = merge.upsert(record, changes, base_version=1, hlc=hlc(millis, device), user_id=device,
                                   version=2 + number)
            kept += [(c.field, c.losing.value) for c in outcome.conflicts]
        finals.append(record.fields)
        for name in set(first) & set(second):
            if first[name] != second[name]:
                winner = first if (first_millis, "dev-a") > (second_millis, "dev-b") else second
                loser = second if winner is first else first
                assert record.fields[name] == winner[name]
                assert (name, loser[name]) in kept
    assert finals[0] == finals[1]
