"""The lock of a signed visit as a rule: what it refuses and what it lets through (the store and the server both
ask it)."""

from __future__ import annotations

import datetime as dt

import pytest

from score_desktop.domain import signatures
from score_desktop.domain.signoff import REOPEN_REASON_REQUIRED, VISIT_LOCKED, lock_refusal

VISIT, FINDING, OTHER_VISIT = "v-signed", "o-1", "v-draft"


class Lookup:
    def __init__(self, visits: dict, observations: dict) -> None:
        self.visits, self.observations = visits, observations

    def visit(self, visit_id):
        return self.visits.get(visit_id)

    def observation(self, observation_id):
        return self.observations.get(observation_id)


LOOKUP = Lookup({VISIT: {"status": "signed"}, OTHER_VISIT: {"status": "draft"}}, {FINDING: {"visit_id": VISIT}})


def code(entity, current, fields, *, delete=False, record_id="r"):
    refusal = lock_refusal(entity, record_id, current, fields, delete=delete, lookup=LOOKUP)
    return refusal.code if refusal else None


SIGNED_VISIT = {"status": "signed", "summary": "ok", "deleted": False}


def test_a_signed_visit_changes_only_by_a_reopen_with_a_reason():
    assert code("visit", SIGNED_VISIT, {"summary": "changed"}, record_id=VISIT) == VISIT_LOCKED
    assert code("visit", SIGNED_VISIT, {}, delete=True, record_id=VISIT) == VISIT_LOCKED
    assert code("visit", SIGNED_VISIT, {"status": "final"}, record_id=VISIT) == VISIT_LOCKED
    assert code("visit", SIGNED_VISIT, {"status": "draft"}, record_id=VISIT) == REOPEN_REASON_REQUIRED
    assert code("visit", SIGNED_VISIT, {"status": "draft", "reopen_reason": "  "}) == REOPEN_REASON_REQUIRED
    assert code("visit", SIGNED_VISIT, {"status": "draft", "reopen_reason": "wrong KPI", "summary": "x"}) is None


def test_writing_what_is_already_there_is_no_change():
    assert code("visit", SIGNED_VISIT, {"summary": "ok", "status": "signed", "enterprise_id": "e"}) is None
    assert code("observation", {"visit_id": VISIT, "text": "a", "deleted": False}, {"text": "a"}) is None
    assert code("observation", {"visit_id": VISIT, "deleted": True}, {}, delete=True) is None


def test_signing_a_draft_and_editing_drafts_are_free():
    assert code("visit", {"status": "final", "deleted": False}, {"status": "signed"}) is None
    assert code("visit", None, {"status": "signed"}) is None
    assert code("observation", None, {"visit_id": OTHER_VISIT, "text": "new"}) is None


@pytest.mark.parametrize("entity", ["observation", "kpi_reading", "practice_check", "action_item", "photo"])
def test_what_was_recorded_at_a_signed_visit_is_locked(entity):
    current = {"visit_id": VISIT, "deleted": False}
    assert code(entity, None, {"visit_id": VISIT}) == VISIT_LOCKED  # created
    assert code(entity, current, {"location": "changed"}) == VISIT_LOCKED  # no field of progress
    assert code(entity, current, {}, delete=True) == VISIT_LOCKED
    assert code(entity, {**current, "deleted": True}, {"deleted": False}) == VISIT_LOCKED  # restored


def test_moving_a_record_in_or_out_of_a_signed_visit_is_locked():
    assert code("observation", {"visit_id": VISIT, "deleted": False}, {"visit_id": OTHER_VISIT}) == VISIT_LOCKED
    assert code("observation", {"visit_id": OTHER_VISIT, "deleted": False}, {"visit_id": VISIT}) == VISIT_LOCKED


def test_a_findings_photo_belongs_to_the_findings_visit():
    photo = {"observation_id": FINDING, "caption": "a", "deleted": False}
    assert code("photo", photo, {"caption": "b"}) == VISIT_LOCKED
    assert code("photo", None, {"observation_id": FINDING}) == VISIT_LOCKED
    assert code("photo", None, {"action_item_id": "a-1"}) is None  # an action's "after" photo comes later


def test_an_action_agreed_at_a_signed_visit_still_progresses():
    action = {"visit_id": VISIT, "title": "Clear the exit", "status": "open", "deleted": False}
    assert code("action_item", action, {"status": "done", "completed_date": "2026-12-01", "actual_saving": 300.0,
                                        "note": "done by the line leader"}) is None
    assert code("action_item", action, {"title": "Another"}) == VISIT_LOCKED
    assert code("action_item", action, {"status": "done", "due_date": "2027-01-01"}) == VISIT_LOCKED


def test_a_signed_report_is_written_once():
    assert code("signed_report", None, {"visit_id": VISIT, "revision": 1}) is None
    report = {"visit_id": VISIT, "revision": 1, "lang": "en", "deleted": False}
    assert code("signed_report", report, {"lang": "fr"}) == VISIT_LOCKED
    assert code("signed_report", report, {}, delete=True) == VISIT_LOCKED
    assert code("signed_report", report, {"lang": "en"}) is None


def test_signatures_round_trip_and_unreadable_parts_are_ignored():
    raw = {"trainer": {"name": " Wang Fang ", "signed_at": "2026-11-20", "strokes": [[0, 0, 10.4, 20.6, 10, 21],
                                                                                     "junk", [1, 2, 3]],
                       "pen": "newer app"},
           "enterprise": {"name": "李娜", "position": "EIT chair", "strokes": [[5000, -5, float("nan"), 1, 2, 3]]}}
    people = signatures.parse(raw)
    trainer, enterprise = people["trainer"], people["enterprise"]
    assert trainer.name == "Wang Fang" and trainer.strokes == (((0, 0), (10, 21)),)
    assert enterprise.strokes == (((1000, 0), (2, 3)),)  # clamped into the box, NaN dropped
    assert signatures.complete(people)
    again = signatures.parse(signatures.to_json(people))
    assert again == people and signatures.to_json(people)["trainer"]["pen"] == "newer app"


def test_a_signature_is_dated_the_day_it_is_drawn_and_clearing_it_unsigns():
    signer = signatures.Signer("enterprise", name="李娜")
    drawn = signer.drawing([[(1, 1), (2, 2)]], dt.date(2026, 11, 20))
    assert drawn.drawn and drawn.signed_at == "2026-11-20"
    cleared = drawn.drawing([], dt.date(2026, 11, 21))
    assert not cleared.drawn and cleared.signed_at is None
    assert not signatures.complete({"trainer": drawn, "enterprise": cleared})
