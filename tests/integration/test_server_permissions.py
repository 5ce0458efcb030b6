"""The server's data folder, backups and exports are its owner's alone, whatever the umask (issue 10, item 10)."""

from __future__ import annotations

import os
import stat

import pytest

from tests.support.files import open_to_others

pytestmark = [pytest.mark.integration, pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")]


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)  # the server processes started below inherit it
    yield
    os.umask(previous)


def test_everything_the_server_writes_is_private(server_pool, cli, tmp_path, umask_022):
    server = server_pool.fresh("sqlite", "private").start()
    try:
        device = server.device()
        data = os.urandom(5000)
        device.create_photo(data)
        assert device.tus_upload(data).status_code == 204
        unfinished = device.tus_create(100, "a" * 64)
        assert device.tus_patch(unfinished, b"x" * 10).status_code == 204
        coordinator = server.device("coordinator")
        assert coordinator.get("/exports", params={"format": "csv", "photos": "true"}).status_code == 200
    finally:
        server.stop()
    outputs = tmp_path / "outputs"
    for args in (("backup", "-o", str(outputs / "backup.zip")),
                 ("export", "--format", "xlsx", "-o", str(outputs / "export.xlsx")),
                 ("export", "--format", "csv", "--photos", "-o", str(outputs / "export.zip"))):
        done = cli(*args, data=server.data)
        assert done.returncode == 0, done.stderr
    restored = server_pool.fresh("sqlite", "restored-private")
    assert cli("restore", str(outputs / "backup.zip"), data=restored.data).returncode == 0
    server.data.joinpath("server.log").unlink()  # the test harness's own file (the server logs to stderr)
    restored.data.joinpath("server.log").unlink(missing_ok=True)
    assert sorted(path.name for path in server.data.rglob("*") if path.is_file() and "blobs" in path.parts)
    assert open_to_others(server.data) == []
    assert open_to_others(restored.data) == []
    assert open_to_others(outputs) == []


def test_a_data_folder_made_before_is_made_private_when_the_server_starts(server_pool, umask_022):
    server = server_pool.fresh("sqlite", "older")
    server.data.chmod(0o755)
    (server.data / "server.db").chmod(0o644)
    server.start()
    try:
        assert server.device().get("/sync/meta").status_code == 200
    finally:
        server.stop()
    assert stat.S_IMODE(server.data.stat().st_mode) == 0o700
    assert stat.S_IMODE((server.data / "server.db").stat().st_mode) == 0o600
