"""The app killed at random moments of a sync, 30 times: after a restart everything converges."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from score_desktop.store.workspace import Workspace
from tests.builders import make_visit
from tests.support.sync import assert_converged, signed_in_workspace, sync_until_quiet

KILLS = 30
CHILD = Path(__file__).with_name("sync_child.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_killed_during_sync_converges_after_restart(tmp_path, sqlite_server):
    username = sqlite_server.add_user("trainer")
    ws = signed_in_workspace(tmp_path / "ws", sqlite_server, username)
    visit = make_visit(ws)
    enterprise_id = visit["enterprise_id"]
    ws.close()
    rng = random.Random(30)
    interrupted = 0
    for seed in range(KILLS):
        child = subprocess.Popen([sys.executable, str(CHILD), str(tmp_path / "ws"), str(seed)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        output, errors = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, errors
        with Workspace.open(tmp_path / "ws") as killed:  # did the kill land in the middle of a push or upload?
            interrupted += killed.conn.execute(
                "SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'in_flight') "
                "OR EXISTS (SELECT 1 FROM upload WHERE state = 'uploading')").fetchone()[0]
    assert interrupted >= 3, interrupted  # the kills really cut sync rounds, not only idle moments

    ws = Workspace.open(tmp_path / "ws")
    assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    sync_until_quiet(ws)
    view = {k: v for k, v in sqlite_server.login(username).pull_all().items()
            if v["fields"].get("enterprise_id") == enterprise_id}
    assert_converged(view, ws, enterprise_id=enterprise_id)
    created = ws.observations.count(visit_id=visit["id"])
    assert created > KILLS and len([k for k in view if k[0] == "observation"]) == created
    for photo in ws.photos.list():
        assert sqlite_server.login(username).get(f"/blobs/{photo['sha256']}").status_code == 200
    ws.close()
