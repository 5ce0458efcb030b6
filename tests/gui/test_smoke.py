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
