"""Each entity's repository: create, update, soft delete, restore, get, list with paging and filters."""

from __future__ import annotations

import pytest

from score_desktop.domain.entities import ENTITIES
from score_desktop.errors import NotFoundError, ValidationError
from tests.builders import (make_action_item, make_eit_member, make_enterprise, make_kpi_reading,
                            make_observation, make_visit)

SHA = "a" * 64


def _one_of_each(ws):
    """A valid record of every entity, keyed by entity name."""
    enterprise = make_enterprise(ws)
    member = make_eit_member(ws, enterprise)
    session = ws.training_sessions.create(enterprise_id=enterprise["id"], module="WC", session_date="2026-09-01",
                                          days=2.0)
    enrolment = ws.training_enrolments.create(enterprise_id=enterprise["id"], training_session_id=session["id"])
    visit = make_visit(ws, enterprise)
    observation = make_observation(ws, visit)
    action = make_action_item(ws, visit, owner_id=member["id"], observation_id=observation["id"])
    return {
        "enterprise": enterprise, "eit_member": member, "training_session": session,
        "training_enrolment": enrolment, "visit": visit,
        "observation": observation, "action_item": action,
        "attendance": ws.attendances.create(training_session_id=session["id"], eit_member_id=member["id"],
                                            name="李娜", side="worker", gender="female", days_attended=2.0),
        "photo": ws.photos.create(observation_id=observation["id"], sha256=SHA, size=1234, mime="image/jpeg",
                                  kind="before", caption="出口", annotations=[{"shape": "arrow"}]),
        "kpi_reading": make_kpi_reading(ws, enterprise),
        "practice_check": ws.practice_checks.create(enterprise_id=enterprise["id"], topic="WC-01",
                                                    phase="baseline", in_place=False, visit_id=visit["id"]),
        "suggestion": ws.suggestions.create(enterprise_id=enterprise["id"], received_date="2026-10-03",
                                            text="Add a second fan", implemented=True, saving=120.5),
        "review": ws.reviews.create(visit_id=visit["id"], state="received"),
        "signed_report": ws.signed_reports.create(visit_id=visit["id"], revision=1, sha256=SHA, size=5678,
                                                  mime="application/pdf", lang="zh_CN", paper="a4",
                                                  signed_at="2026-11-20T09:30:00.000Z", signed_by="Wang Fang",
                                                  snapshot={"actions": {action["id"]: {"status": "open"}}}),
        "review_comment": ws.review_comments.create(visit_id=visit["id"], text="第三条发现缺照片",
                                                    review_state="has_issues", author="amira"),
    }


def test_every_entity_round_trips_through_its_repository(workspace):
    records = _one_of_each(workspace)
    assert set(records) == set(ENTITIES)
    for entity, record in records.items():
        stored = workspace.repositories[entity].get(record["id"])
        assert stored == record, entity
        assert stored["enterprise_id"] == records["enterprise"]["id"]


def test_enterprise_id_comes_from_the_parent(workspace):
    records = _one_of_each(workspace)
    assert records["observation"]["enterprise_id"] == records["visit"]["enterprise_id"]
    assert records["photo"]["enterprise_id"] == records["enterprise"]["id"]


def test_update_delete_restore(workspace):
    visit = make_visit(workspace)
    workspace.visits.update(visit["id"], status="final", co_visitors=["Chen Jie"])
    assert workspace.visits.get(visit["id"])["co_visitors"] == ["Chen Jie"]
    workspace.visits.delete(visit["id"])
    with pytest.raises(NotFoundError):
        workspace.visits.get(visit["id"])
    assert workspace.visits.get(visit["id"], include_deleted=True)["deleted"]
    workspace.visits.restore(visit["id"])
    assert workspace.visits.get(visit["id"])["status"] == "final"


def test_unknown_ids_and_fields_are_refused(workspace):
    with pytest.raises(NotFoundError):
        workspace.visits.update("00000000-0000-0000-0000-000000000000", status="final")
    with pytest.raises(NotFoundError):
        workspace.visits.delete("00000000-0000-0000-0000-000000000000")
    with pytest.raises(TypeError):
        make_enterprise(workspace, colour="red")


def test_references_must_exist_in_the_same_enterprise(workspace):
    first, second = make_enterprise(workspace), make_enterprise(workspace, name="Other")
    visit = make_visit(workspace, first)
    with pytest.raises(ValidationError) as caught:
        workspace.observations.create(enterprise_id=second["id"], visit_id=visit["id"], text="x")
    assert caught.value.problems[0].code == "unknown_reference"
    with pytest.raises(ValidationError):
        workspace.observations.create(visit_id="11111111-1111-1111-1111-111111111111", text="x")


@pytest.mark.parametrize(("fields", "code"), [
    ({"name": ""}, "required"),
    ({"headcount_women": -3}, "negative"),
    ({"headcount_men": "many"}, "not_integer"),
    ({"sponsors": "Brand A"}, "not_list"),
    ({"consent_share": "yes"}, "not_bool"),
])
def test_invalid_enterprises_are_refused_with_a_clear_problem(workspace, fields, code):
    with pytest.raises(ValidationError) as caught:
        make_enterprise(workspace, **fields)
    assert [p.code for p in caught.value.problems] == [code]
    assert caught.value.message.startswith("enterprise: ")


def test_visits_check_dates_and_codes(workspace):
    with pytest.raises(ValidationError) as caught:
        make_visit(workspace, visit_date="2026-02-30", visit_type="lunch")
    assert {p.code for p in caught.value.problems} == {"not_date", "not_a_choice"}


def test_a_photo_belongs_to_exactly_one_owner(workspace):
    observation = make_observation(workspace)
    with pytest.raises(ValidationError) as caught:
        workspace.photos.create(enterprise_id=observation["enterprise_id"], sha256=SHA, size=1, mime="image/png")
    assert caught.value.problems[0].code == "photo_owner"
    with pytest.raises(ValidationError):
        workspace.photos.create(observation_id=observation["id"], visit_id=observation["visit_id"], sha256=SHA,
                                size=1, mime="image/png")


def test_list_filters_orders_and_pages(workspace):
    visit = make_visit(workspace)
    for n in range(25):
        make_observation(workspace, visit, text=f"finding {n:02d}", rating="good" if n % 5 == 0 else "improve",
                         position=n)
    assert workspace.observations.count(visit_id=visit["id"]) == 25
    assert workspace.observations.count(rating="good") == 5
    page = workspace.observations.list(visit_id=visit["id"], order_by="position desc", limit=10, offset=10)
    assert [r["position"] for r in page] == list(range(14, 4, -1))
    assert workspace.observations.list(where="text LIKE ?", where_args=["%24"])[0]["position"] == 24
    assert workspace.observations.count(topic=None) == 0
    with pytest.raises(ValueError):
        workspace.observations.list(order_by="text; DROP TABLE visit")


def test_deleted_records_are_hidden_unless_asked(workspace):
    first, second = make_action_item(workspace), make_action_item(workspace, title="Second")
    workspace.action_items.delete(first["id"])
    assert [r["id"] for r in workspace.action_items.list()] == [second["id"]]
    assert workspace.action_items.count(include_deleted=True) == 2
