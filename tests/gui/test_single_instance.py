"""One app per workspace: a second start brings the first window to the front and ends; a lock left by an app
that died does not keep the workspace closed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from score_desktop.demo.generator import build_demo
from score_desktop.ui.core.single_instance import LOCK_NAME

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "score_desktop.cli", *args], cwd=ROOT, env=ENV, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for(condition, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def test_a_second_start_on_the_same_workspace_shows_the_first_and_ends(tmp_path):
    workspace = tmp_path / "ws"
    build_demo(workspace, size="small", seed=3)
    log = workspace / "logs" / "score-desktop.log"
    first = _start("--workspace", str(workspace))
    try:
        _wait_for(lambda: log.exists() and (workspace / LOCK_NAME).exists(),
                  "the first app to hold the workspace")
        second = subprocess.run([sys.executable, "-m", "score_desktop.cli", "--workspace", str(workspace)],
                                cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        _wait_for(lambda: "a second start on this workspace asked for this window" in log.read_text(),
                  "the first app to hear the second")
        assert first.poll() is None  # the first one goes on
    finally:
        first.kill()
        first.communicate(timeout=60)

    # The first app died without releasing its lock: the next start takes the workspace over.
    assert (workspace / LOCK_NAME).exists()
    third = subprocess.run([sys.executable, "-m", "score_desktop.cli", "--workspace", str(workspace),
                            "--smoke-test"], cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=120)
    assert third.returncode == 0, third.stderr
    assert "smoke-test ok" in third.stdout


def test_apps_on_different_workspaces_do_not_meet(tmp_path):
    first = _start("--workspace", str(tmp_path / "a"))
    try:
        _wait_for(lambda: (tmp_path / "a" / LOCK_NAME).exists(), "the first app")
        other = subprocess.run([sys.executable, "-m", "score_desktop.cli", "--workspace", str(tmp_path / "b"),
                                "--smoke-test"], cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=120)
        assert other.returncode == 0 and "smoke-test ok" in other.stdout, other.stderr
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=60)
