"""score-server's argument handling, in process: one line and exit status 2 for every mistake."""

from __future__ import annotations

import pytest

from score_desktop.server.cli import main


@pytest.mark.parametrize("argv", [[], ["nonsense"], ["init"], ["user"], ["user", "add", "x", "--data", "d"],
                                  ["user", "add", "x", "--role", "king", "--data", "d"],
                                  ["serve", "--data", "d", "--port", "http"],
                                  ["export", "--data", "d", "--format", "pdf", "-o", "x"]])
def test_argument_errors_exit_2_with_one_line(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "error:" in err


def test_commands_on_a_folder_that_init_did_not_make_exit_2(tmp_path, capsys):
    assert main(["user", "list", "--data", str(tmp_path)]) == 2
    assert "init" in capsys.readouterr().err


def test_init_then_user_add_and_list(tmp_path, capsys, monkeypatch):
    data = str(tmp_path / "data")
    assert main(["init", "--data", data]) == 0
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert main(["user", "add", "amira", "--role", "admin", "--data", data, "--password-stdin"]) == 0
    assert main(["user", "list", "--data", data]) == 0
    assert "amira" in capsys.readouterr().out
    assert main(["assign", "amira", "not-a-uuid", "--data", data]) == 2
