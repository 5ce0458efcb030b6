"""The sync never holds the workspace's write lock for long, so typing never waits on it: a pulled page and the
re-queueing after a server restore are written in short transactions, and what tells the next round where to
resume (the cursor, the epoch) moves only with the last one. Cut off half-way, a round loses nothing."""

from __future__ import annotations

import contextlib

import pytest

from score_desktop.sync import engine as engine_module, state
from tests.builders import make_enterprise, make_observation, make_visit
from tests.support.sync import assert_converged, signed_in_workspace, sync


@pytest.fixture
def one_write_per_transaction(monkeypatch):
    """A budget of zero: every step of the sync commits on its own, so the tests can count and cut them."""
    monkeypatch.setattr(engine_module, "WRITE_BUDGET_S", 0.0)


def _commits(ws, monkeypatch) -> list[tuple[str | None, str | None]]:
    """After each commit of ``ws``: (pull cursor, server epoch) as that commit left them."""
    seen: list[tuple[str | None, str | None]] = []
    real = ws.transaction

    @contextlib.contextmanager
    def watched():
        with real() as changes:
            yield changes
        if not ws.conn.in_transaction:  # the outermost level: a commit
            seen.append((ws.meta(state.PULL_CURSOR), ws.meta(state.SERVER_EPOCH)))

    monkeypatch.setattr(ws, "transaction", watched)
    return seen


def test_a_pulled_page_is_written_in_short_transactions_with_the_cursor_last(tmp_path, sqlite_server,
                                                                              one_write_per_transaction,
                                                                              monkeypatch):
    username = sqlite_server.add_user("trainer")
    writer = signed_in_workspace(tmp_path / "writer", sqlite_server, username)
    visit = make_visit(writer)
    for n in range(30):
        make_observation(writer, visit, text=f"finding {n}")
    assert sync(writer).ok

    reader = signed_in_workspace(tmp_path / "reader", sqlite_server, username)
    commits = _commits(reader, monkeypatch)
    assert sync(reader).ok
    cursors = [cursor for cursor, _epoch in commits]
    moved = next(n for n, cursor in enumerate(cursors) if cursor)
    assert moved >= 31  # the enterprise, the visit and 30 findings: one commit each, the cursor with the last
    assert_converged(sqlite_server.device(username=username).pull_all(), writer, reader)


def test_a_pull_cut_off_in_the_middle_of_a_page_loses_nothing(tmp_path, sqlite_server, one_write_per_transaction,
                                                              monkeypatch):
    username = sqlite_server.add_user("trainer")
    writer = signed_in_workspace(tmp_path / "writer", sqlite_server, username)
    visit = make_visit(writer)
    for n in range(20):
        make_observation(writer, visit, text=f"finding {n}")
    assert sync(writer).ok

    reader = signed_in_workspace(tmp_path / "reader", sqlite_server, username)
    real_apply = engine_module.SyncEngine._apply_chunk
    applied = []

    def apply_then_die(self, changes):
        if len(applied) >= 12:
            raise KeyboardInterrupt("the laptop's lid closed")
        real_apply(self, changes)
        applied.extend(change["record_id"] for change in changes)

    monkeypatch.setattr(engine_module.SyncEngine, "_apply_chunk", apply_then_die)
    with pytest.raises(KeyboardInterrupt):
        sync(reader)
    assert reader.observations.count() > 0 and not reader.meta(state.PULL_CURSOR)  # kept; cursor not moved
    monkeypatch.setattr(engine_module.SyncEngine, "_apply_chunk", real_apply)
    assert sync(reader).ok
    assert reader.observations.count() == 20
    assert_converged(sqlite_server.device(username=username).pull_all(), writer, reader)


def test_a_server_restore_requeues_records_in_short_transactions_and_the_epoch_last(
        tmp_path, sqlite_server, one_write_per_transaction, monkeypatch):
    ws = signed_in_workspace(tmp_path / "laptop", sqlite_server, sqlite_server.add_user("trainer"))
    make_enterprise(ws)
    visit = make_visit(ws)
    for n in range(10):
        make_observation(ws, visit, text=f"finding {n}")
    assert sync(ws).ok
    real_epoch = ws.meta(state.SERVER_EPOCH)
    ws.set_meta(state.SERVER_EPOCH, "an-epoch-before-the-restore")  # as if the server had been restored since
    commits = _commits(ws, monkeypatch)
    assert sync(ws).ok
    epochs = [epoch for _cursor, epoch in commits]
    requeued = epochs.index(real_epoch)
    assert requeued >= 12  # two enterprises, a visit and ten findings, each in its own transaction...
    assert set(epochs[:requeued]) == {"an-epoch-before-the-restore"}  # ...and the new epoch with the last
