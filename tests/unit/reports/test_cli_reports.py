"""``score-desktop report`` and ``score-desktop progress-report``: the headless way to print."""

from __future__ import annotations

import subprocess
import sys

from score_desktop.cli import main
from tests.support.reports import pdf_text


def test_report_command_writes_the_visit_report(history, tmp_path, capsys):
    out = tmp_path / "visit.pdf"
    root = str(history.ws.paths.root)
    code = main(["report", history.visit["id"], "--workspace", root, "-o", str(out), "--lang", "vi",
                 "--paper", "letter"])
    assert code == 0
    assert "Báo cáo chuyến thăm" in pdf_text(out)
    assert capsys.readouterr().out.startswith(f"visit report written to {out}: ")


def test_progress_report_command(history, tmp_path, capsys):
    out = tmp_path / "progress.pdf"
    code = main(["progress-report", history.enterprise["id"], "--workspace", str(history.ws.paths.root), "-o",
                 str(out)])
    assert code == 0
    assert "企业进展报告" in pdf_text(out)  # the enterprise's own report language by default


def test_unknown_ids_and_workspaces_give_one_clear_line(history, tmp_path, capsys):
    root = str(history.ws.paths.root)
    assert main(["report", "nope", "--workspace", root, "-o", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err == "score-desktop: error: No visit with id nope in this workspace.\n"
    assert main(["progress-report", "nope", "--workspace", root, "-o", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err == "score-desktop: error: No enterprise with id nope in this workspace.\n"
    assert main(["report", "x", "--workspace", str(tmp_path / "none"), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "There is no workspace in" in capsys.readouterr().err
    assert main(["report", history.visit["id"], "--workspace", root, "-o", str(tmp_path / "no" / "x.pdf")]) == 1
    assert "the folder does not exist" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_bad_arguments_exit_2_and_help_is_there():
    run = subprocess.run([sys.executable, "-m", "score_desktop.cli", "report", "--help"], capture_output=True,
                         text=True, check=False)
    assert run.returncode == 0 and "--paper {a4,letter}" in run.stdout and "VISIT_ID" in run.stdout
    run = subprocess.run([sys.executable, "-m", "score_desktop.cli", "progress-report", "x", "--workspace", ".",
                          "-o", "x.pdf", "--lang", "de"], capture_output=True, text=True, check=False)
    assert run.returncode == 2


def test_a_saved_report_gets_the_usual_file_permissions(history, tmp_path):
    import os
    import stat

    out = tmp_path / "visit.pdf"
    assert main(["report", history.visit["id"], "--workspace", str(history.ws.paths.root), "-o", str(out)]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask  # not the private 0600 of a temporary file
