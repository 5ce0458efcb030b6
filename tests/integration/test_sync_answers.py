"""What the trainer sees for each kind of answer: refused changes, a copied workspace, an old app, a wrong clock."""

from __future__ import annotations

import datetime as dt
import shutil

from score_desktop.store import outbox
from score_desktop.store.workspace import Workspace
from score_desktop.sync import attention, state, transport
from score_desktop.sync.account import sign_in, transport_for
from score_desktop.sync.engine import SyncEngine
from tests.builders import make_enterprise, make_observation, make_visit
from tests.support.servers import PASSWORD
from tests.support.sync import signed_in_workspace, sync, sync_until_quiet


def test_a_refused_change_needs_attention_and_can_be_fixed_and_resent(tmp_path, sqlite_server):
    ws = signed_in_workspace(tmp_path / "ws", sqlite_server, sqlite_server.add_user("trainer"))
    visit = make_visit(ws)
    observation = make_observation(ws, visit)
    # A value only a newer app would write: this server refuses it, the rest of the batch goes through.
    with ws.transaction():
        outbox.record_mutation(ws.conn, entity="observation", record_id=observation["id"],
                               enterprise_id=observation["enterprise_id"], op="upsert", base_version=0,
                               hlc=ws.write_clock_now(), fields={"rating": "excellent"})
    later = make_observation(ws, visit, text="after the refused one")
    result = sync(ws)
    assert result.ok and result.rejected == 1
    (item,) = attention.refused(ws)
    assert item.code == "invalid_mutation" and item.message and item.title == observation["text"]
    assert ws.observations.get(later["id"])["version"] > 0  # the batch went on

    attention.resend(ws, item.client_seq)  # the record's own (valid) rating goes instead
    assert sync(ws).ok and attention.refused(ws) == []
    assert ws.waiting_count() == 0


def test_discarding_a_refused_change_brings_back_the_servers_version(tmp_path, sqlite_server):
    ws = signed_in_workspace(tmp_path / "ws", sqlite_server, sqlite_server.add_user("trainer"))
    observation = make_observation(ws, text="as the server has it")
    assert sync(ws).ok
    with ws.transaction():  # a local edit the server will refuse (a bad rating written by a buggy build)
        ws.conn.execute("UPDATE observation SET text = 'refused words' WHERE id = ?", (observation["id"],))
        outbox.record_mutation(ws.conn, entity="observation", record_id=observation["id"],
                               enterprise_id=observation["enterprise_id"], op="upsert", base_version=1,
                               hlc=ws.write_clock_now(), fields={"text": "refused words", "rating": "excellent"})
    assert sync(ws).rejected == 1
    (item,) = attention.refused(ws)
    attention.discard(ws, item.client_seq)
    assert sync(ws).ok
    assert ws.observations.get(observation["id"])["text"] == "as the server has it"


def test_a_copied_workspace_registers_as_a_new_device(tmp_path, sqlite_server):
    username = sqlite_server.add_user("trainer")
    original = signed_in_workspace(tmp_path / "original", sqlite_server, username)
    make_enterprise(original)
    assert sync(original).ok
    original.close()
    shutil.copytree(tmp_path / "original", tmp_path / "copy")  # a backup restored on another laptop
    original = Workspace.open(tmp_path / "original")
    copy = Workspace.open(tmp_path / "copy")
    make_enterprise(original, name="made on the original")
    copied_edit = make_enterprise(copy, name="made on the copy")
    assert sync(original).ok
    result = sync(copy)
    assert not result.ok and result.outcome == "wrong_device" and "sign in again" in result.message
    assert copy.meta(state.NEEDS_NEW_DEVICE) == "1"
    sign_in(copy, sqlite_server.url, username, PASSWORD)
    assert copy.device_id != original.device_id
    sync_until_quiet(copy)
    names = {change["fields"]["name"] for (entity, _), change in sqlite_server.login(username).pull_all().items()
             if entity == "enterprise"}
    assert {"made on the original", "made on the copy"} <= names
    assert copy.enterprises.get(copied_edit["id"])["version"] > 0


def test_an_app_the_server_no_longer_speaks_with_keeps_working_offline(tmp_path, sqlite_server, monkeypatch):
    ws = signed_in_workspace(tmp_path / "ws", sqlite_server, sqlite_server.add_user("trainer"))
    make_enterprise(ws)
    monkeypatch.setattr(transport, "PROTOCOL_VERSION", "99")
    result = sync(ws)
    assert result.outcome == "upgrade" and "newer SCORE Desktop" in result.message
    assert ws.waiting_count() == 1 and outbox.mutations(ws.conn)[0].state == "pending"
    make_enterprise(ws, name="still working")  # the app goes on offline


def test_a_clock_far_off_is_reported(tmp_path, sqlite_server):
    ws = signed_in_workspace(tmp_path / "ws", sqlite_server, sqlite_server.add_user("trainer"))
    wrong = lambda: dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=2)  # noqa: E731
    result = SyncEngine(ws, transport_for(ws), now=wrong).run_round()
    assert result.ok and any(w.startswith("clock_skew:") for w in result.warnings)
    assert not any(w.startswith("clock_skew") for w in SyncEngine(ws, transport_for(ws)).run_round().warnings)
