"""Writers of one process take turns at the write lock in the order they asked: an autosave waiting behind a
sync worker's transaction writes next, before the worker's following transaction."""

from __future__ import annotations

import threading
import time

import pytest

from score_desktop.errors import WorkspaceLockedError
from score_desktop.store import workspace as workspace_module
from score_desktop.store.workspace import Workspace
from score_desktop.store.write_gate import gate_for
from tests.builders import make_enterprise


def _until(condition, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def test_a_waiting_writer_goes_before_the_next_transaction_of_a_busy_one(workspace):
    enterprise = make_enterprise(workspace)
    gate = gate_for(workspace.paths.database)
    order: list[str] = []
    in_first = threading.Event()

    def worker() -> None:
        with Workspace.open(workspace.paths.root, migrate_schema=False) as worker_ws:
            with worker_ws.transaction():
                order.append("worker 1")
                in_first.set()
                assert _until(lambda: gate.queued() == 2)  # the autosave now waits for its turn
            with worker_ws.transaction():  # straight back for the lock, as a sync worker does between pieces
                order.append("worker 2")

    thread = threading.Thread(target=worker)
    thread.start()
    assert in_first.wait(10)
    workspace.enterprises.update(enterprise["id"], notes="typed while the worker wrote")
    order.append("autosave")
    thread.join(10)
    assert order == ["worker 1", "autosave", "worker 2"]


def test_a_writer_that_waits_too_long_gets_a_clear_error(workspace, monkeypatch):
    monkeypatch.setattr(workspace_module, "BUSY_TIMEOUT_S", 0.2)
    enterprise = make_enterprise(workspace)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with Workspace.open(workspace.paths.root, migrate_schema=False) as other, other.transaction():
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    assert holding.wait(10)
    try:
        with pytest.raises(WorkspaceLockedError):
            workspace.enterprises.update(enterprise["id"], notes="waits, then hears why")
    finally:
        release.set()
        thread.join(10)
    assert workspace.enterprises.update(enterprise["id"], notes="now it saves")["notes"] == "now it saves"
