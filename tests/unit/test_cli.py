"""The command line contract of DESIGN.md section 5: exit 0, 2 on bad arguments, 1 with one clear line."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from score_desktop import __version__
from score_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "score_desktop.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120, check=False)


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0 and __version__ in capsys.readouterr().out
    for command in ([], ["demo"], ["check"]):
        with pytest.raises(SystemExit) as caught:
            main([*command, "--help"])
        assert caught.value.code == 0
        assert "usage: score-desktop" in capsys.readouterr().out


def test_bad_arguments_exit_2(capsys):
    for argv in (["demo"], ["demo", "--workspace", "x", "--size", "huge"], ["frobnicate"], ["--lang", "xx"]):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_demo_then_check_end_to_end(tmp_path):
    built = _run("demo", "--workspace", str(tmp_path / "ws"), "--seed", "4")
    assert built.returncode == 0, built.stderr
    assert "demo workspace (small)" in built.stdout and "observation" in built.stdout
    checked = _run("check", "--workspace", str(tmp_path / "ws"))
    assert checked.returncode == 0, checked.stdout
    assert "is whole" in checked.stdout


def test_check_reports_problems_with_exit_1(tmp_path, capsys):
    assert main(["demo", "--workspace", str(tmp_path / "ws"), "--seed", "5"]) == 0
    capsys.readouterr()
    # A picture a live photo record uses (the demo also holds deleted photos, whose missing file is no problem).
    with closing(sqlite3.connect(tmp_path / "ws" / "workspace.db")) as conn:
        (sha256,) = conn.execute("SELECT sha256 FROM photo WHERE deleted = 0 ORDER BY id LIMIT 1").fetchone()
    next((tmp_path / "ws" / "photos").rglob(f"{sha256}.*")).unlink()
    assert main(["check", "--workspace", str(tmp_path / "ws")]) == 1
    out = capsys.readouterr().out
    assert "problem: The picture of photo" in out and "problem(s) found" in out


def test_failures_are_one_clear_line_with_exit_1(tmp_path, capsys):
    assert main(["check", "--workspace", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"score-desktop: error: There is no workspace in {tmp_path / 'nowhere'}."]
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "workspace.db").write_bytes(b"garbage" * 500)
    assert main(["check", "--workspace", str(tmp_path / "bad")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot be read" in err[0] and "Traceback" not in err[0]


# -- issue 10, item 7: check is trustworthy on damaged workspaces ------------------------------------------

def _demo(tmp_path, capsys) -> Path:
    assert main(["demo", "--workspace", str(tmp_path / "ws"), "--seed", "5"]) == 0
    capsys.readouterr()
    return tmp_path / "ws"


def test_an_emptied_database_beside_photos_is_a_problem_and_never_a_new_workspace(tmp_path, capsys):
    from score_desktop.errors import WorkspaceEmptiedError
    from score_desktop.store.workspace import Workspace

    workspace = _demo(tmp_path, capsys)
    for leftover in workspace.glob("workspace.db*"):
        leftover.unlink()
    (workspace / "workspace.db").write_bytes(b"")
    assert main(["check", "--workspace", str(workspace)]) == 1
    out = capsys.readouterr().out
    assert "problem: The database workspace.db is empty" in out and "problem(s) found" in out
    with pytest.raises(WorkspaceEmptiedError):
        Workspace.open(workspace)
    assert (workspace / "workspace.db").stat().st_size == 0  # nothing was written over it


def test_damaged_pages_give_a_list_of_problems_not_a_crash(tmp_path, capsys):
    workspace = _demo(tmp_path, capsys)
    database = workspace / "workspace.db"
    rng = random.Random(7)
    with open(database, "r+b") as handle:
        pages = database.stat().st_size // 4096
        for _ in range(20):
            handle.seek(rng.randrange(1, pages) * 4096)
            handle.write(bytes(rng.randrange(256) for _ in range(4096)))
    assert main(["check", "--workspace", str(workspace)]) == 1
    captured = capsys.readouterr()
    assert "internal error" not in captured.err and "Traceback" not in captured.err
    assert "problem: The database is damaged" in captured.out and "problem(s) found" in captured.out
