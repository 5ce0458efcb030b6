"""A round without a network: nothing is lost, the outbox is kept, and the sync log stays bounded."""

from __future__ import annotations

import socket

from score_desktop.store import outbox
from score_desktop.sync import engine as engine_module
from score_desktop.sync.engine import SyncEngine
from score_desktop.sync.transport import Transport
from tests.builders import make_observation


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens there once the socket is closed


def test_an_offline_round_keeps_the_outbox_and_says_so(workspace):
    make_observation(workspace)
    slept = []
    transport = Transport(f"http://127.0.0.1:{_closed_port()}", token="t")
    result = SyncEngine(workspace, transport, sleep=slept.append, attempts=3).run_round()
    assert result.outcome == "retry" and "cannot be reached" in result.message
    assert len(slept) == 2 and all(0 <= s <= 30 for s in slept)  # backed off between attempts
    assert [m.state for m in outbox.mutations(workspace.conn)] == ["pending"] * 3
    (row,) = workspace.conn.execute("SELECT outcome, message FROM sync_log").fetchall()
    assert row[0] == "retry"


def test_the_sync_log_keeps_only_the_recent_rounds(workspace, monkeypatch):
    monkeypatch.setattr(engine_module, "SYNC_LOG_KEPT", 5)
    transport = Transport(f"http://127.0.0.1:{_closed_port()}", token="t")
    for _ in range(8):
        SyncEngine(workspace, transport, sleep=lambda s: None, attempts=1).run_round()
    ids = [row[0] for row in workspace.conn.execute("SELECT id FROM sync_log ORDER BY id")]
    assert ids == list(range(4, 9))


class _OnePage:
    """A server that answers one pull page (what an older or newer server may send)."""

    def __init__(self, changes: list[dict]) -> None:
        self.changes = changes

    def pull(self, cursor: str, limit: int):
        from score_desktop.sync.transport import Answer, Outcome

        return Answer(Outcome.OK, 200, {"changes": self.changes, "next_cursor": "c1", "has_more": False})


def test_a_pulled_entity_this_app_does_not_know_is_skipped_and_the_page_applies(workspace):
    """docs/sync-protocol.md, Part 2: a client that does not know an extension's entity ignores its changes."""
    enterprise_id = "11111111-1111-4111-8111-111111111111"
    changes = [{"entity": "training_certificate", "record_id": "22222222-2222-4222-8222-222222222222", "version": 3,
                "deleted": False, "fields": {"enterprise_id": enterprise_id}},
               {"entity": "enterprise", "record_id": enterprise_id, "version": 4, "deleted": False,
                "fields": {"enterprise_id": enterprise_id, "name": "华美", "a_newer_field": [1, 2]}}]
    engine = SyncEngine(workspace, _OnePage(changes))
    engine._pull_all(engine_module.RoundResult())
    record = workspace.enterprises.get(enterprise_id)
    assert record["name"] == "华美" and record["extra"] == {"a_newer_field": [1, 2]}


def test_two_mutations_of_one_record_never_go_in_one_push(workspace):
    """The second builds on the version the first gets: sent together, the server would see the first one's
    fields as changed since the second's base, a conflict of the laptop with itself."""
    from score_desktop.store.outbox import record_mutation

    finding = make_observation(workspace)
    with workspace.transaction():
        record_mutation(workspace.conn, entity="observation", record_id=finding["id"],
                        enterprise_id=finding["enterprise_id"], op="upsert", base_version=0,
                        hlc=workspace.write_clock_now(), fields={"text": "again"}, merge=False)
    engine = SyncEngine(workspace, Transport("http://127.0.0.1:9", token="t"))
    first = engine._next_batch(500)
    assert [m.entity for m in first] == ["enterprise", "visit", "observation"]
    assert len(outbox.mutations(workspace.conn)) == 4
