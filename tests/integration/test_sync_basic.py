"""A trainer's workspace syncs with the real server on loopback; a coordinator's pulls everything."""

from __future__ import annotations

import random
import time

import pytest

from score_desktop.demo.images import write_photo
from score_desktop.errors import UserError
from score_desktop.store import outbox
from score_desktop.store.photos import PhotoStore
from score_desktop.sync import conflicts, state
from score_desktop.sync.account import sign_in, sign_out, transport_for
from tests.builders import make_action_item, make_enterprise, make_observation, make_visit
from tests.support.servers import PASSWORD
from tests.support.sync import assert_converged, signed_in_workspace, sync


def test_wrong_password_and_unreachable_server_are_clear_errors(tmp_path, sqlite_server):
    from score_desktop.store.workspace import Workspace

    username = sqlite_server.add_user("trainer")
    with Workspace.open(tmp_path / "ws") as ws:
        with pytest.raises(UserError, match="user name or password is wrong"):
            sign_in(ws, sqlite_server.url, username, "not the password")
        with pytest.raises(UserError, match="Cannot reach the server"):
            sign_in(ws, "http://127.0.0.1:9", username, PASSWORD)
        assert state.account(ws) is None


def test_trainer_pushes_everything_and_a_coordinator_pulls_it(tmp_path, sqlite_server):
    trainer = signed_in_workspace(tmp_path / "trainer", sqlite_server, sqlite_server.add_user("trainer"))
    enterprise = make_enterprise(trainer)
    visit = make_visit(trainer, enterprise)
    observation = make_observation(trainer, visit)
    make_action_item(trainer, visit, observation_id=observation["id"])
    picture = write_photo(tmp_path / "IMG_1.jpg", random.Random(1), size=(640, 480))
    stored = PhotoStore(trainer.paths).import_file(picture)
    trainer.photos.create(observation_id=observation["id"], sha256=stored.sha256, size=stored.size,
                          mime=stored.mime, kind="before")

    result = sync(trainer)
    assert result.ok, result.message
    assert result.pushed == 5 and result.rejected == 0 and result.uploaded_photos == 1
    assert trainer.waiting_count() == 0
    assert trainer.visits.get(visit["id"])["version"] > 0

    coordinator = signed_in_workspace(tmp_path / "coordinator", sqlite_server,
                                      sqlite_server.add_user("coordinator"))
    result = sync(coordinator)
    assert result.ok and result.pulled >= 5
    assert coordinator.observations.get(observation["id"])["text"] == observation["text"]
    assert coordinator.enterprises.get(enterprise["id"])["name"] == "广州华美服装有限公司"
    view = sqlite_server.device("coordinator").pull_all()
    trainer_view = {k: v for k, v in view.items() if v["fields"].get("enterprise_id") == enterprise["id"]}
    coordinator_mine = {k: v for k, v in view.items() if k[0] != "conflict"}
    assert_converged(trainer_view, trainer)
    assert len(coordinator_mine) >= 5

    blob = sqlite_server.device("coordinator").get(f"/blobs/{stored.sha256}")
    assert blob.status_code == 200 and blob.content == picture.read_bytes()


def test_edits_on_two_laptops_merge_and_conflicts_are_kept(tmp_path, sqlite_server):
    username = sqlite_server.add_user("trainer")
    first = signed_in_workspace(tmp_path / "one", sqlite_server, username)
    observation = make_observation(first)
    assert sync(first).ok
    # An admin writes every enterprise (a coordinator may not change a trainer's finding: Part 2, "Roles").
    coordinator = signed_in_workspace(tmp_path / "two", sqlite_server, sqlite_server.add_user("admin"))
    assert sync(coordinator).ok

    first.observations.update(observation["id"], text="the trainer's words")
    time.sleep(0.005)  # HLCs order by wall-clock milliseconds first: the admin's edit is the later one
    coordinator.observations.update(observation["id"], text="the coordinator's words",
                                    recommendation="a new recommendation")
    assert sync(first).ok
    result = sync(coordinator)
    assert result.ok and result.conflicts == 1
    assert sync(first).ok
    for ws in (first, coordinator):
        record = ws.observations.get(observation["id"])
        assert record["text"] == "the coordinator's words"  # the later HLC stands
        assert record["recommendation"] == "a new recommendation"  # the other field merged
        (conflict,) = conflicts.open_conflicts(ws, enterprise_id=observation["enterprise_id"])
        assert conflict.field == "text" and conflict.losing["value"] == "the trainer's words"

    conflicts.resolve(first, conflict.id, value=conflict.losing["value"], resolution="kept the trainer's")
    assert sync(first).ok and sync(coordinator).ok
    assert coordinator.observations.get(observation["id"])["text"] == "the trainer's words"
    assert conflicts.open_conflicts(coordinator, enterprise_id=observation["enterprise_id"]) == []


def test_sign_out_revokes_the_token_and_sync_asks_to_sign_in(tmp_path, sqlite_server):
    ws = signed_in_workspace(tmp_path / "ws", sqlite_server, sqlite_server.add_user("trainer"))
    make_enterprise(ws)
    old = transport_for(ws)
    sign_out(ws)
    assert transport_for(ws) is None
    from score_desktop.sync.engine import SyncEngine

    result = SyncEngine(ws, old, sleep=lambda s: None).run_round()
    assert result.outcome == "sign_in" and "sign in again" in result.message
    assert ws.waiting_count() == 1  # the outbox is kept
    assert outbox.mutations(ws.conn)[0].state == "pending"
