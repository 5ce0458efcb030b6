"""Killing the app at any moment loses nothing it reported saved and leaves nothing half-written."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from score_desktop.store import outbox
from score_desktop.store.check import check_workspace
from score_desktop.store.workspace import Workspace
from tests.builders import make_visit

KILLS = 50
CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[3]


def _run_and_kill(root: Path, seed: int, delay: float) -> list[str]:
    """Start the writer, let it run ``delay`` seconds after it is ready, SIGKILL it; return what it printed."""
    child = subprocess.Popen([sys.executable, str(CHILD), str(root), str(seed)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready.strip() == "ready", child.stderr.read() if child.stderr else ready
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    output, errors = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, errors
    return output.splitlines()


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_committed_write(tmp_path):
    root = tmp_path / "ws"
    with Workspace.open(root) as ws:
        visit = make_visit(ws)
        ws.observations.create(visit_id=visit["id"], text="first")
    rng = random.Random(2026)
    committed: dict[str, set[str]] = {"observation": set(), "photo": set()}
    last_edit: dict[str, str] = {}
    for seed in range(KILLS):
        for line in _run_and_kill(root, seed, rng.uniform(0.02, 0.35)):
            kind, entity, record_id, *rest = line.split(" ", 3)
            if kind == "committed":
                committed[entity].add(record_id)
            elif kind == "edited":
                last_edit[record_id] = rest[0]

        with Workspace.open(root) as ws:
            assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            problems = check_workspace(ws)
            assert problems == [], [str(p) for p in problems]
            for entity, ids in committed.items():
                for record_id in ids:
                    assert ws.repositories[entity].find(record_id) is not None, (seed, entity, record_id)
                    assert outbox.mutations(ws.conn, record_id=record_id), (seed, entity, record_id)
            for record_id, text in last_edit.items():
                # A later edit may have committed without being reported before the kill; never an older one.
                stored = ws.observations.get(record_id)["text"]
                assert stored == text or int(stored.rsplit("-", 1)[1]) > int(text.rsplit("-", 1)[1])
    # Every run got somewhere: the test really interrupted work in progress.
    assert len(committed["observation"]) >= KILLS // 2 and committed["photo"]
    leftovers = [p for p in (root / "photos").rglob("*") if p.is_file() and ".part" in p.name]
    assert leftovers == []
