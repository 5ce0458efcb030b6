"""The desktop build: build.spec produces a one-folder app whose --smoke-test passes (issue: kept working)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from score_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_frozen_app_builds_and_passes_its_smoke_test(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    build = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "build"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert build.returncode == 0, build.stderr[-3000:]
    app = tmp_path / "dist" / "score-desktop" / ("score-desktop.exe" if os.name == "nt" else "score-desktop")
    bundled = tmp_path / "dist" / "score-desktop" / "_internal" / "resources"
    assert (bundled / "catalog" / "catalog.json").is_file()
    assert (bundled / "fonts" / "LICENSE-wqy-microhei.txt").is_file()

    version = subprocess.run([str(app), "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert version.stdout.strip() == f"score-desktop {__version__}"

    # A clean environment: the frozen app must not lean on this checkout or its virtualenv.
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin",
           "XDG_RUNTIME_DIR": str(tmp_path / "run")}
    (tmp_path / "run").mkdir(mode=0o700)
    smoke = subprocess.run([str(app), "--smoke-test"], capture_output=True, text=True, timeout=120, env=env,
                           cwd=tmp_path, check=False)
    assert smoke.returncode == 0, smoke.stderr
    words = smoke.stdout.split()
    assert words[:2] == ["smoke-test", "ok"] and float(words[2]) > 0
