"""score_desktop.sync.protocol: which faults refuse a whole push (400) and which reject one mutation."""

from __future__ import annotations

import uuid

import pytest

from score_desktop.sync import protocol

DEVICE = str(uuid.uuid4())


def mutation(**changes):
    return {"mutation_id": str(uuid.uuid4()), "client_seq": 1, "entity": "visit", "op": "upsert",
            "record_id": str(uuid.uuid4()), "base_version": 0, "hlc": f"1714637643120-0003-{DEVICE}",
            "fields": {"summary": "x"}, **changes}


def push(*mutations):
    return {"device_id": DEVICE, "server_epoch": "e", "mutations": list(mutations)}


@pytest.mark.parametrize("body", [
    None, [], "x", {"server_epoch": "e", "mutations": []}, {"device_id": DEVICE, "mutations": []},
    {"device_id": DEVICE, "server_epoch": "e"}, {"device_id": 1, "server_epoch": "e", "mutations": []},
    {"device_id": DEVICE, "server_epoch": "e", "mutations": {}}, push(["not an object"]),
    push({k: v for k, v in mutation().items() if k != "mutation_id"}), push(mutation(mutation_id="")),
    push(mutation(mutation_id=7)), push(mutation(client_seq="3")), push(mutation(client_seq=True)),
    push(mutation(client_seq=2.0)), push(mutation(client_seq=2**60)),
])
def test_unreadable_pushes_are_bad_requests(body):
    with pytest.raises(protocol.BadRequest):
        protocol.parse_push(body)


def test_a_readable_push_keeps_each_mutation_for_later():
    first = mutation()
    request = protocol.parse_push(push(first, mutation(mutation_id="not a uuid", entity="lorry")))
    assert request.device_id == DEVICE and len(request.mutations) == 2
    assert request.mutations[0].mutation_id == first["mutation_id"] and request.mutations[0].body is first


def test_a_well_formed_mutation_parses():
    raw = mutation()
    parsed = protocol.parse_mutation(protocol.parse_push(push(raw)).mutations[0])
    assert parsed.entity == "visit" and parsed.hlc.millis == 1714637643120 and parsed.hlc.counter == 3
    assert parsed.hlc.device_id == DEVICE and parsed.fields == {"summary": "x"}
    assert protocol.mutation_to_wire(parsed) == raw


@pytest.mark.parametrize("changes", [
    {"mutation_id": "not-a-uuid"}, {"entity": "lorry"}, {"entity": None}, {"op": "patch"},
    {"record_id": "x"}, {"record_id": "urn:uuid:" + str(uuid.uuid4())}, {"base_version": -1},
    {"base_version": "1"}, {"hlc": "yesterday"}, {"hlc": "1-2-"}, {"hlc": None}, {"fields": []},
])
def test_malformed_members_make_an_invalid_mutation(changes):
    pushed = protocol.parse_push(push(mutation(**changes))).mutations[0]
    with pytest.raises(protocol.InvalidMutation):
        protocol.parse_mutation(pushed)


def test_entity_names_are_the_domain_entities_and_conflict():
    assert protocol.ENTITY_NAMES[-1] == "conflict" and "kpi_reading" in protocol.ENTITY_NAMES
    assert protocol.error_body("x_y", "A sentence.") == {"error": {"code": "x_y", "message": "A sentence."}}


@pytest.mark.parametrize("changes", [
    {"fields": {"summary": "\ud800"}}, {"fields": {"summary": "a\x00b"}}, {"fields": {"x\udc00": 1}},
    {"fields": {"signatures": {"list": [[{"deep": "\udbff"}]]}}}, {"hlc": f"1714637643120-0003-{DEVICE}\x00"},
    {"hlc": f"1714637643120-0003-{DEVICE}" + "x" * 100}, {"record_id": str(uuid.uuid4()) + "\n"},
])
def test_text_that_is_not_text_or_an_overlong_hlc_makes_an_invalid_mutation(changes):
    pushed = protocol.parse_push(push(mutation(**changes))).mutations[0]
    with pytest.raises(protocol.InvalidMutation):
        protocol.parse_mutation(pushed)


@pytest.mark.parametrize("mutation_id", ["\ud800", "a\x00"])
def test_a_mutation_id_that_is_not_text_is_unreadable(mutation_id):
    with pytest.raises(protocol.BadRequest):
        protocol.parse_push(push(mutation(mutation_id=mutation_id)))


def test_value_problem_names_where_and_survives_deep_nesting():
    assert protocol.value_problem({"fields": {"sponsors": ["ok", "\ud800"]}}).startswith("'fields.sponsors[1]'")
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    assert protocol.value_problem({"fields": {"annotations": deep}}) is None
    assert protocol.value_problem({"ok": "中文 😀", "n": 1}) is None
