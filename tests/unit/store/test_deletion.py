"""Deleting an enterprise, a visit or an EIT member takes what belongs to it to the trash, and restoring brings back
exactly that: tombstones that sync, one transaction each way."""

from __future__ import annotations

import pytest

from score_desktop.errors import VisitLockedError
from score_desktop.store import deletion, practice, training
from tests.builders import (make_action_item, make_eit_member, make_enterprise, make_kpi_reading, make_observation,
                            make_participant, make_training_session, make_visit)

SHA = "ab" * 32


def _photo(ws, **owner):
    return ws.photos.create(sha256=SHA, size=10, mime="image/jpeg", **owner)


def _live(ws, entity: str, record_id: str) -> bool:
    return ws.repositories[entity].find(record_id) is not None


def test_a_visit_goes_with_its_findings_photos_actions_and_checks_but_not_its_kpi_readings(workspace):
    enterprise = make_enterprise(workspace)
    visit = make_visit(workspace, enterprise)
    finding = make_observation(workspace, visit)
    earlier = make_observation(workspace, visit, text="deleted on its own before")
    workspace.observations.delete(earlier["id"])
    finding_photo = _photo(workspace, observation_id=finding["id"])
    visit_photo = _photo(workspace, visit_id=visit["id"])
    action = make_action_item(workspace, visit, observation_id=finding["id"])
    after_photo = _photo(workspace, action_item_id=action["id"], kind="after")
    practice.set_in_place(workspace, visit, "WC-01", True, ["WC-01", "WC-02"])
    reading = make_kpi_reading(workspace, enterprise, visit_id=visit["id"])
    other_visit = make_visit(workspace, enterprise, visit_date="2026-12-01")
    other_finding = make_observation(workspace, other_visit)
    assert deletion.counts(workspace, "visit", visit["id"]) == {"observation": 1, "photo": 3, "action_item": 1,
                                                                  "practice_check": 1}
    waiting = workspace.waiting_count()

    deletion.delete(workspace, "visit", visit["id"])
    gone = [("visit", visit["id"]), ("observation", finding["id"]), ("photo", finding_photo["id"]),
            ("photo", visit_photo["id"]), ("photo", after_photo["id"]), ("action_item", action["id"])]
    assert not any(_live(workspace, *record) for record in gone)
    assert workspace.practice_checks.count(visit_id=visit["id"]) == 0
    assert _live(workspace, "kpi_reading", reading["id"]) and _live(workspace, "observation", other_finding["id"])
    assert workspace.waiting_count() > waiting  # every tombstone waits to be sent

    deletion.restore(workspace, "visit", visit["id"])
    assert all(_live(workspace, *record) for record in gone)
    assert workspace.practice_checks.count(visit_id=visit["id"]) == 1
    assert not _live(workspace, "observation", earlier["id"])  # it was deleted before, on its own: still in the trash


def test_an_enterprise_goes_with_everything_recorded_for_it_but_shared_sessions_stay(workspace):
    enterprise = make_enterprise(workspace)
    neighbour = make_enterprise(workspace, name="上海永盛鞋业有限公司")
    member = make_eit_member(workspace, enterprise)
    visit = make_visit(workspace, enterprise)
    make_observation(workspace, visit)
    make_kpi_reading(workspace, enterprise)
    workspace.suggestions.create(enterprise_id=enterprise["id"], text="A fan at the ironing table",
                                 received_date="2026-10-02")
    session = make_training_session(workspace, enterprise, neighbour)
    participant = make_participant(workspace, session, enterprise)
    neighbours_visit = make_visit(workspace, neighbour)
    counted = deletion.counts(workspace, "enterprise", enterprise["id"])
    assert counted == {"attendance": 1, "training_enrolment": 1, "observation": 1, "kpi_reading": 1,
                       "suggestion": 1, "visit": 1, "eit_member": 1}

    deletion.delete(workspace, "enterprise", enterprise["id"])
    assert not _live(workspace, "enterprise", enterprise["id"]) and not _live(workspace, "eit_member", member["id"])
    assert not _live(workspace, "attendance", participant["id"])
    assert _live(workspace, "training_session", session["id"]) and _live(workspace, "visit", neighbours_visit["id"])
    assert training.enterprise_ids(workspace, session["id"]) == [neighbour["id"]]

    deletion.restore(workspace, "enterprise", enterprise["id"])
    assert deletion.counts(workspace, "enterprise", enterprise["id"]) == counted
    assert sorted(training.enterprise_ids(workspace, session["id"])) == sorted([enterprise["id"], neighbour["id"]])


def test_an_eit_member_goes_alone_and_their_actions_keep_them(workspace):
    visit = make_visit(workspace)
    member = make_eit_member(workspace, workspace.enterprises.get(visit["enterprise_id"]))
    action = make_action_item(workspace, visit, owner_id=member["id"])
    assert deletion.counts(workspace, "eit_member", member["id"]) == {}
    deletion.delete(workspace, "eit_member", member["id"])
    assert not _live(workspace, "eit_member", member["id"])
    assert workspace.action_items.get(action["id"])["owner_id"] == member["id"]
    deletion.restore(workspace, "eit_member", member["id"])
    assert _live(workspace, "eit_member", member["id"])


def test_a_signed_visit_stops_its_enterprises_deletion_and_nothing_goes(workspace):
    enterprise = make_enterprise(workspace)
    visit = make_visit(workspace, enterprise)
    finding = make_observation(workspace, visit)
    draft = make_visit(workspace, enterprise, visit_date="2026-12-01")
    workspace.visits.update(visit["id"], status="signed")
    assert deletion.signed_visits(workspace, "enterprise", enterprise["id"]) == 1
    assert deletion.signed_visits(workspace, "visit", draft["id"]) == 0
    with pytest.raises(VisitLockedError):
        deletion.delete(workspace, "enterprise", enterprise["id"])
    assert all(_live(workspace, *record) for record in (("enterprise", enterprise["id"]), ("visit", draft["id"]),
                                                        ("observation", finding["id"])))
