"""``score-server`` end to end: every command as a user runs it, its help, and its answers to mistakes."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid

import pytest
import requests


pytestmark = pytest.mark.integration

COMMANDS = [["init"], ["user"], ["user", "add"], ["user", "list"], ["user", "disable"], ["user", "password"],
            ["user", "unlock"], ["assign"], ["serve"], ["export"], ["backup"], ["restore"], [],
            ["user", "enable"], ["user", "set-password"], ["user", "set-role"], ["user", "devices"],
            ["migrate-blobs"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "score-server")
def test_every_command_has_help(cli, command):
    done = cli(*command, "--help")
    assert done.returncode == 0 and "usage:" in done.stdout


def test_a_data_folder_is_made_once_and_remembers_its_database(cli, tmp_path):
    data = tmp_path / "data"
    done = cli("init", data=data)
    assert done.returncode == 0 and "Initialized" in done.stdout
    assert (data / "server.json").exists() and (data / "server.db").exists()
    again = cli("init", data=data)
    assert again.returncode == 2 and again.stderr.count("\n") == 1 and "already" in again.stderr


@pytest.mark.parametrize("args", [
    ["user", "add", "x", "--role", "emperor"], ["user", "add", "x"], ["assign", "someone"], ["serve", "--port", "x"],
    ["export", "--format", "pdf", "-o", "x"], ["frobnicate"], ["init", "--database-url", "mysql://h/db"],
    ["init", "--blob-store", "ftp://bucket"], ["init", "--blob-store", "s3://Not_A_Bucket"],
    ["init", "--blob-store", "s3://bucket", "--s3-endpoint", "bucket.example"], ["serve", "--workers", "many"],
    ["user", "set-role", "x", "--role", "emperor"], ["migrate-blobs", "--to", "/some/folder"],
], ids=lambda a: " ".join(a))
def test_bad_arguments_give_one_line_and_exit_status_2(cli, tmp_path, args):
    done = cli(*args, data=tmp_path / "data")
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("score-server") and "Traceback" not in done.stderr


def free_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def data(cli, tmp_path):
    folder = tmp_path / "data"
    assert cli("init", data=folder).returncode == 0
    return folder


@pytest.mark.parametrize("args", [
    ["user", "disable", "nobody"], ["assign", "nobody", str(uuid.uuid4())], ["assign", "x", "not-an-id"],
    ["restore", "/nonexistent/backup.zip"], ["user", "enable", "nobody"], ["user", "set-role", "nobody", "--role",
                                                                            "admin"],
    ["user", "devices", "nobody"], ["user", "unlock", "nobody"],
], ids=lambda a: " ".join(a[:3]))
def test_mistakes_give_one_line_and_exit_status_2(cli, data, args):
    done = cli(*args, data=data)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr


def test_a_folder_that_is_not_a_data_folder_is_a_mistake(cli, tmp_path):
    done = cli("user", "list", data=tmp_path)
    assert done.returncode == 2 and "init" in done.stderr and done.stderr.count("\n") == 1


def test_an_unreachable_database_is_a_failure_with_one_line(cli, tmp_path):
    done = cli("init", "--database-url", "postgresql://nobody:x@127.0.0.1:1/none", data=tmp_path / "d")
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_users_are_added_listed_assigned_and_disabled(cli, data):
    added = cli("user", "add", "Li.Wei", "--role", "trainer", "--password-stdin", data=data, stdin="s3cret-pass\n")
    assert added.returncode == 0, added.stderr
    taken = cli("user", "add", "li.wei", "--role", "admin", "--password-stdin", data=data, stdin="other-pass\n")
    assert taken.returncode == 2 and "exists" in taken.stderr
    short = cli("user", "add", "x", "--role", "admin", "--password-stdin", data=data, stdin="short\n")
    assert short.returncode == 2 and "short" in short.stderr
    no_terminal = cli("user", "add", "y", "--role", "admin", data=data, stdin="")
    assert no_terminal.returncode == 2 and "--password-stdin" in no_terminal.stderr
    enterprise_id = str(uuid.uuid4())
    assert cli("assign", "li.wei", enterprise_id, data=data).returncode == 0
    listing = cli("user", "list", data=data).stdout
    assert "li.wei" in listing and "trainer" in listing and "active" in listing and " 1" in listing
    assert cli("user", "disable", "LI.WEI", data=data).returncode == 0
    assert "disabled" in cli("user", "list", data=data).stdout


def test_serve_runs_the_server_that_init_and_user_add_prepared(cli, data):
    assert cli("user", "add", "amira", "--role", "coordinator", "--password-stdin", data=data,
               stdin="long enough\n").returncode == 0
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "score_desktop.server.cli", "serve", "--data", str(data),
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}/api/v1"
        for _ in range(100):
            try:
                requests.get(base + "/sync/meta", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        login = requests.post(base + "/auth/login", headers={"X-Protocol-Version": "1"}, timeout=10,
                              json={"username": "Amira", "password": "long enough", "device_name": "office"})
        assert login.status_code == 200 and login.json()["user"]["role"] == "coordinator"
    finally:
        server.terminate()
        _, log = server.communicate(timeout=10)
    assert "method=POST path=/api/v1/auth/login status=200" in log and "long enough" not in log


def test_an_account_is_enabled_given_a_role_and_a_password_under_either_name(cli, data):
    assert cli("user", "add", "amira", "--role", "trainer", "--password-stdin", data=data,
               stdin="first password\n").returncode == 0
    assert cli("user", "disable", "amira", data=data).returncode == 0
    enabled = cli("user", "enable", "Amira", data=data)
    assert enabled.returncode == 0 and "Enabled amira" in enabled.stdout
    promoted = cli("user", "set-role", "amira", "--role", "coordinator", data=data)
    assert promoted.returncode == 0 and "coordinator (was trainer)" in promoted.stdout
    line = next(line for line in cli("user", "list", data=data).stdout.splitlines() if line.startswith("amira"))
    assert line.split()[:6] == ["amira", "coordinator", "active", "all", "0", "never"]
    assert cli("user", "list", data=data).stdout.splitlines()[0].split() == [
        "USERNAME", "ROLE", "STATUS", "ENTERPRISES", "DEVICES", "LAST", "SYNC"]
    for command in ("set-password", "password"):  # "password" is what scripts written before set-password call
        changed = cli("user", command, "amira", "--password-stdin", data=data, stdin=f"new {command} 1\n")
        assert changed.returncode == 0 and "sessions are ended" in changed.stdout
    devices = cli("user", "devices", "amira", data=data)
    assert devices.returncode == 0 and "has not signed in from any device" in devices.stdout


def test_init_with_an_object_store_keeps_its_credentials_out_of_the_data_folder(cli, tmp_path, object_store):
    data = tmp_path / "data"
    bucket = "score-" + uuid.uuid4().hex[:10]  # not made yet: init makes it
    done = cli("init", "--blob-store", f"s3://{bucket}/programme-vn", "--s3-endpoint", object_store.endpoint,
               data=data, env=object_store.env)
    assert done.returncode == 0, done.stderr
    assert f"blobs go to s3://{bucket}/programme-vn (bucket created)" in done.stdout
    config = (data / "server.json").read_text()
    assert f"s3://{bucket}/programme-vn" in config and object_store.endpoint in config
    secret = object_store.env["AWS_SECRET_ACCESS_KEY"]
    assert not [path for path in data.rglob("*") if path.is_file() and secret.encode() in path.read_bytes()]
    assert object_store.env["AWS_ACCESS_KEY_ID"] not in config


def test_init_with_an_object_store_it_cannot_reach_is_a_failure_with_one_line(cli, tmp_path):
    done = cli("init", "--blob-store", "s3://score-nowhere", "--s3-endpoint", "http://127.0.0.1:9",
               data=tmp_path / "data", env={"AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "y"})
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "blob store" in done.stderr
    assert not (tmp_path / "data" / "server.json").exists()
