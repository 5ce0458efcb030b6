"""Roles through the real server on SQLite and PostgreSQL (docs/sync-protocol.md Part 2, "Roles"): who may write
reviews, review comments and a trainer's records, the fields the server sets itself, and the accounts that created
and last changed each record in pull."""

from __future__ import annotations

import uuid

import pytest

pytestmark = pytest.mark.integration


@pytest.fixture
def visit(server):
    """A trainer with an enterprise and a finalised visit: (trainer, enterprise id, visit id, visit version)."""
    trainer = server.device()
    enterprise_id = trainer.create_enterprise()
    visit_id, version = trainer.create_visit(enterprise_id, status="final")
    return trainer, enterprise_id, visit_id, version


def _review(device, enterprise_id: str, visit_id: str, state: str, **fields) -> dict:
    return device.push_one(device.mutation("review", fields.pop("record_id", None),
                                           {"enterprise_id": enterprise_id, "visit_id": visit_id, "state": state,
                                            **fields}))


def _comment(device, enterprise_id: str, visit_id: str, text: str, **fields) -> dict:
    return device.push_one(device.mutation("review_comment", fields.pop("record_id", None),
                                           {"enterprise_id": enterprise_id, "visit_id": visit_id, "text": text,
                                            **fields}))


def test_a_trainers_review_is_refused_not_permitted(server, visit):
    trainer, enterprise_id, visit_id, _ = visit
    result = _review(trainer, enterprise_id, visit_id, "approved", reviewer="the coordinator")
    assert result["status"] == "rejected" and result["error"]["code"] == "not_permitted"
    coordinator = server.device("coordinator")
    assert ("review", result["record_id"]) not in coordinator.pull_all()


def test_a_coordinators_review_is_applied_with_the_server_naming_the_reviewer(server, visit):
    trainer, enterprise_id, visit_id, _ = visit
    coordinator = server.device("coordinator")
    review_id = str(uuid.uuid4())
    result = _review(coordinator, enterprise_id, visit_id, "has_issues", reviewer="somebody else",
                     record_id=review_id)
    assert result["status"] == "applied"
    stored = trainer.pull_all()[("review", review_id)]
    assert stored["fields"]["reviewer"] == coordinator.username and stored["fields"]["state"] == "has_issues"
    # The trainer may not change the state back, nor delete the review.
    change = trainer.push_one(trainer.mutation("review", review_id, {"state": "approved"},
                                               base_version=result["version"]))
    delete = trainer.push_one(trainer.mutation("review", review_id, op="delete", base_version=result["version"]))
    assert [change["error"]["code"], delete["error"]["code"]] == ["not_permitted", "not_permitted"]
    admin = server.device("admin")
    approved = admin.push_one(admin.mutation("review", review_id, {"state": "approved"},
                                             base_version=result["version"]))
    assert approved["status"] == "applied"
    assert admin.pull_all()[("review", review_id)]["fields"]["reviewer"] == admin.username


def test_a_coordinator_may_not_change_what_a_trainer_recorded(server, visit):
    trainer, enterprise_id, visit_id, version = visit
    finding_id = str(uuid.uuid4())
    created = trainer.push_one(trainer.mutation("observation", finding_id, {
        "enterprise_id": enterprise_id, "visit_id": visit_id, "text": "Exit blocked", "rating": "critical"}))
    coordinator = server.device("coordinator")
    edits = [coordinator.mutation("observation", finding_id, {"text": "Exit clear"}, base_version=created["version"]),
             coordinator.mutation("observation", finding_id, op="delete", base_version=created["version"]),
             coordinator.mutation("visit", visit_id, {"status": "signed"}, base_version=version),
             coordinator.mutation("enterprise", None, {"name": "A coordinator's factory"}),
             coordinator.mutation("kpi_reading", None, {"enterprise_id": enterprise_id, "kpi": "absenteeism_rate",
                                                        "period_start": "2024-01-01", "period_end": "2024-01-31",
                                                        "phase": "baseline", "value": 4.0})]
    results = coordinator.push(*edits)["results"]
    assert [r["status"] for r in results] == ["rejected"] * 5
    assert {r["error"]["code"] for r in results} == {"not_permitted"}
    assert trainer.pull_all()[("observation", finding_id)]["fields"]["text"] == "Exit blocked"
    # An admin may write everything.
    admin = server.device("admin")
    assert admin.push_one(admin.mutation("observation", finding_id, {"text": "Exit clear"},
                                         base_version=created["version"]))["status"] == "applied"


def test_the_review_thread_coordinator_comments_trainer_answers_each_keeps_their_own(server, visit):
    trainer, enterprise_id, visit_id, _ = visit
    coordinator = server.device("coordinator")
    question = _comment(coordinator, enterprise_id, visit_id, "Finding 3 needs a photo.", author="forged",
                        author_role="admin", review_state="has_issues")
    answer = _comment(trainer, enterprise_id, visit_id, "Photo added.", author=coordinator.username)
    assert question["status"] == answer["status"] == "applied"
    thread = {change["record_id"]: change for (entity, _), change in trainer.pull_all().items()
              if entity == "review_comment" and change["fields"]["visit_id"] == visit_id}
    authors = {(c["fields"]["author"], c["fields"]["author_role"], c["fields"]["text"]) for c in thread.values()}
    assert authors == {(coordinator.username, "coordinator", "Finding 3 needs a photo."),
                       (trainer.username, "trainer", "Photo added.")}
    # Neither changes nor deletes the other's words; each may change their own.
    assert trainer.push_one(trainer.mutation("review_comment", question["record_id"], {"text": "no issue"},
                                             base_version=question["version"]))["error"]["code"] == "not_permitted"
    deleted = coordinator.push_one(coordinator.mutation("review_comment", answer["record_id"], op="delete",
                                                        base_version=answer["version"]))
    assert deleted["error"]["code"] == "not_permitted"
    assert trainer.push_one(trainer.mutation("review_comment", answer["record_id"], {"text": "Photo added (two)."},
                                             base_version=answer["version"]))["status"] == "applied"
    # A trainer comments only on the visits of their enterprises.
    stranger = server.device()
    refused = _comment(stranger, enterprise_id, visit_id, "hello")
    assert refused["error"]["code"] == "out_of_scope"


def test_pull_names_the_accounts_that_created_and_last_changed_each_record(server, visit):
    trainer, enterprise_id, visit_id, version = visit
    colleague = server.device()
    server.assign(colleague.username, enterprise_id)
    edited = colleague.push_one(colleague.mutation("visit", visit_id, {"summary": "Second look."},
                                                   base_version=version))
    assert edited["status"] == "applied"
    for device in (trainer, server.device("coordinator")):
        changes = device.pull_all()
        assert (changes[("visit", visit_id)]["created_by"], changes[("visit", visit_id)]["updated_by"]) == (
            trainer.username, colleague.username)
        enterprise = changes[("enterprise", enterprise_id)]
        assert enterprise["created_by"] == enterprise["updated_by"] == trainer.username
