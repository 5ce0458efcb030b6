"""The roles on the laptop (docs/sync-protocol.md Part 2, "Roles"): a coordinator's workspace refuses to change what
a trainer recorded, a trainer's refuses to write a review, before the server has to."""

from __future__ import annotations

import pytest

from score_desktop.errors import NotPermittedError
from score_desktop.store import reviews
from tests.builders import make_observation, make_visit


def test_a_coordinators_laptop_refuses_to_change_a_trainers_finding_but_writes_reviews(workspace):
    finding = make_observation(workspace, make_visit(workspace, status="final"))
    with workspace.transaction():
        workspace.conn.execute("UPDATE observation SET created_by = 'lan' WHERE id = ?", (finding["id"],))
    workspace.set_meta("sync_username", "coco")
    workspace.set_meta("sync_role", "coordinator")
    with pytest.raises(NotPermittedError):
        workspace.observations.update(finding["id"], text="Exit clear")
    with pytest.raises(NotPermittedError):
        make_visit(workspace)
    assert workspace.observations.get(finding["id"])["text"] == finding["text"]
    assert reviews.set_state(workspace, finding["visit_id"], "approved")["state"] == "approved"


def test_a_trainers_laptop_refuses_a_review_but_sends_an_answer(workspace):
    visit = make_visit(workspace, status="final")
    workspace.set_meta("sync_username", "lan")
    workspace.set_meta("sync_role", "trainer")
    with pytest.raises(NotPermittedError):
        reviews.set_state(workspace, visit["id"], "approved")
    assert reviews.review_of(workspace, visit["id"]) is None
    assert reviews.add_comment(workspace, visit["id"], "Photo added.")["text"] == "Photo added."
