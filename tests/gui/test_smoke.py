"""``score-desktop --smoke-test`` opens the real main window, prints at its first paint and exits 0."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _score_desktop() -> list[str]:
    """The installed console script when there is one (what trainers run), else the module."""
    script = Path(sys.executable).with_name("score-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "score_desktop.cli"]


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*_score_desktop(), *args], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)


@pytest.mark.slow
def test_smoke_test_paints_and_exits(tmp_path: Path):
    result = _run("--workspace", str(tmp_path / "ws"), "--smoke-test", "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr[-2000:]
    assert re.fullmatch(r"smoke-test ok \d+\.\d{3}", result.stdout.strip()), result.stdout


@pytest.mark.slow
def test_smoke_test_fails_with_one_sentence_on_a_bad_workspace(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = _run("--workspace", str(blocker / "ws"), "--smoke-test")
    assert result.returncode == 1
    assert "smoke-test failed: The workspace folder" in result.stderr


@pytest.mark.slow
def test_the_first_screen_is_ready_before_the_sync_photo_and_report_libraries_load(tmp_path: Path):
    """Start-up loads what Today needs; requests, keyring, sqlite-utils, Pillow and reportlab wait for first use."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SCORE_DESKTOP_SMOKE_READY": "1"}
    result = subprocess.run([*_score_desktop(), "--workspace", str(tmp_path / "ws"), "--smoke-test"],
                            capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = [line for line in result.stdout.splitlines() if line.startswith("smoke-test loaded")]
    assert loaded == ["smoke-test loaded "], result.stdout


@pytest.mark.slow
def test_a_bug_during_the_smoke_test_ends_it_with_the_traceback_not_a_dialog(tmp_path: Path):
    """A frozen build checked in CI must fail, not wait for somebody to close a "copy details" box."""
    code = ("import sys\nfrom score_desktop.ui.today import today_screen\n"
            "def broken(self): raise RuntimeError('a bug in Today')\n"
            "today_screen.TodayScreen.refresh = broken\n"
            "from score_desktop import cli\n"
            f"sys.exit(cli.main(['--workspace', {str(tmp_path / 'ws')!r}, '--smoke-test']))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "smoke-test failed: RuntimeError: " in result.stderr and "a bug in Today" in result.stderr
    assert "Traceback (most recent call last)" in result.stderr
