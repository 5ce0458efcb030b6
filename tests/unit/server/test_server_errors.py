"""Every failure gets the error shape; a full disk is the client's cue to try later (507), never a bare 500."""

from __future__ import annotations

import errno
import json
import sqlite3

import psycopg
import pytest
from sqlalchemy.exc import OperationalError

from score_desktop.server.errors import response_for


@pytest.mark.parametrize("failure", [
    OSError(errno.ENOSPC, "No space left on device"),
    OSError(errno.EDQUOT, "Disk quota exceeded"),
    OperationalError("INSERT INTO records ...", {}, sqlite3.OperationalError("database or disk is full")),
    OperationalError("INSERT INTO records ...", {}, psycopg.errors.DiskFull("could not extend file")),
], ids=["ENOSPC", "EDQUOT", "SQLITE_FULL", "PostgreSQL disk_full"])
def test_a_full_disk_is_507(failure):
    answer = response_for(failure)
    assert answer.status_code == 507
    assert json.loads(answer.body)["error"]["code"] == "insufficient_storage"


def test_any_other_failure_is_a_500_with_the_error_shape():
    answer = response_for(OperationalError("SELECT 1", {}, sqlite3.OperationalError("no such table: x")))
    assert answer.status_code == 500
    assert json.loads(answer.body)["error"]["code"] == "internal_error"


def test_a_bug_in_a_server_command_is_one_line_and_its_traceback_is_kept(tmp_path, capsys, monkeypatch):
    from score_desktop.server import cli

    assert cli.main(["init", "--data", str(tmp_path / "data")]) == 0
    capsys.readouterr()

    def broken(_args):
        raise KeyError("catalog_version")  # a bug, not the disk, the database or the command

    monkeypatch.setitem(cli._COMMANDS, "export", broken)
    assert cli.main(["export", "--data", str(tmp_path / "data"), "--format", "csv", "-o", str(tmp_path / "x")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    log = tmp_path / "data" / "logs" / "score-server-errors.log"
    assert err == [f"score-server: failed: KeyError: 'catalog_version' (a bug: the details are in {log})"]
    kept = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in kept and "KeyError: 'catalog_version'" in kept


def test_a_bug_under_serve_goes_to_the_servers_log_with_its_traceback(tmp_path, capsys, monkeypatch, caplog):
    from score_desktop.server import cli

    assert cli.main(["init", "--data", str(tmp_path / "data")]) == 0
    capsys.readouterr()

    def broken(_data):
        raise KeyError("routes")

    monkeypatch.setattr("score_desktop.server.app.create_app", broken)
    with caplog.at_level("ERROR"):
        assert cli.main(["serve", "--data", str(tmp_path / "data"), "--port", "1"]) == 1
    assert "the details are in the server's log" in capsys.readouterr().err
    failure = next(record for record in caplog.records if record.name == "score_desktop.server.cli")
    assert failure.exc_info is not None and isinstance(failure.exc_info[1], KeyError)
