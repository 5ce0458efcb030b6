"""The review round trip between two workspaces through the real server, on SQLite and PostgreSQL
(docs/sync-protocol.md Part 2, "Roles"): the coordinator says "has issues" with a comment, the trainer sees the
badge, answers, reopens the signed visit with a reason, fixes it and signs again, the visit is back in the
coordinator's queue as new, and the coordinator approves."""

from __future__ import annotations

import datetime as dt

import pytest

from score_desktop.demo.generator import demo_signatures
from score_desktop.reports.signing import sign
from score_desktop.store import reviews, signoff
from tests.builders import make_eit_member, make_enterprise, make_observation, make_visit
from tests.support.sync import signed_in_workspace, sync

pytestmark = pytest.mark.integration


def test_comment_badge_answer_fix_back_in_the_queue_approved(tmp_path, server):
    trainer_name, coordinator_name = server.add_user("trainer"), server.add_user("coordinator")
    trainer = signed_in_workspace(tmp_path / "trainer", server, trainer_name)
    enterprise = make_enterprise(trainer, name="Review round trip")
    chair = make_eit_member(trainer, enterprise, name="李娜", role="chair")
    visit = make_visit(trainer, enterprise)
    finding = make_observation(trainer, visit, text="Exit blocked")
    trainer.visits.update(visit["id"], signatures=demo_signatures(visit, [chair], dt.date(2026, 11, 20)))
    sign(trainer, visit["id"], lang="en")
    assert sync(trainer).ok

    # The coordinator's first look: new; "has issues" with a comment.
    coordinator = signed_in_workspace(tmp_path / "coordinator", server, coordinator_name)
    assert sync(coordinator).ok
    assert coordinator.visits.get(visit["id"])["created_by"] == trainer_name
    assert reviews.queue_state(coordinator, visit["id"]) == "new"
    assert reviews.queue_page(coordinator, reviews.QueueFilter(trainer=trainer_name))[0]["id"] == visit["id"]
    reviews.set_state(coordinator, visit["id"], "has_issues", "The finding needs the exit's location.")
    assert sync(coordinator).ok

    # The trainer's badge, the thread with the server's names, the answer and the fix.
    assert sync(trainer).ok
    [news] = reviews.unread_visits(trainer)
    assert (news["id"], news["state"], news["last_text"]) == (
        visit["id"], "has_issues", "The finding needs the exit's location.")
    [comment] = reviews.thread(trainer, visit["id"])
    assert (comment["author"], comment["author_role"], comment["review_state"]) == (
        coordinator_name, "coordinator", "has_issues")
    assert reviews.review_of(trainer, visit["id"])["reviewer"] == coordinator_name
    reviews.mark_read(trainer, visit["id"])
    assert reviews.unread_visits(trainer) == []
    reviews.add_comment(trainer, visit["id"], "Location added: the east exit.")
    signoff.reopen_visit(trainer, visit["id"], "The coordinator asked for the exit's location", by="Wang Fang")
    trainer.observations.update(finding["id"], text="East exit blocked")
    trainer.visits.update(visit["id"], signatures=demo_signatures(visit, [chair], dt.date(2026, 11, 21)))
    assert sign(trainer, visit["id"], lang="en")["revision"] == 2
    result = sync(trainer)
    assert result.ok and result.rejected == 0, result

    # Back in the coordinator's queue as new, with the answer and the second signature; approved.
    assert sync(coordinator).ok
    assert reviews.queue_state(coordinator, visit["id"]) == "new"
    assert [(m["author"], m["author_role"], m["text"]) for m in reviews.thread(coordinator, visit["id"])] == [
        (coordinator_name, "coordinator", "The finding needs the exit's location."),
        (trainer_name, "trainer", "Location added: the east exit.")]
    assert signoff.latest_signed_report(coordinator, visit["id"])["revision"] == 2
    assert coordinator.observations.get(finding["id"])["text"] == "East exit blocked"
    reviews.set_state(coordinator, visit["id"], "approved", "Thank you.")
    assert reviews.queue_state(coordinator, visit["id"]) == "approved"
    assert sync(coordinator).ok

    assert sync(trainer).ok
    assert reviews.review_of(trainer, visit["id"])["state"] == "approved"
    assert [news["last_text"] for news in reviews.unread_visits(trainer)] == ["Thank you."]
