"""Connections to the server are closed when their work is done: a round, a sign-in, and downloads (which reuse
one connection per download thread instead of opening one per photo)."""

from __future__ import annotations

import hashlib
import io
import threading

import pytest
import requests
from PIL import Image

from score_desktop.cli import main
from score_desktop.store.workspace import Workspace
from score_desktop.sync.account import saved_credentials, sign_in
from score_desktop.sync.blobs import DownloadTransports, fetch_photo
from tests.support.servers import PASSWORD


class CountedSession(requests.Session):
    made: list["CountedSession"] = []

    def __init__(self) -> None:
        super().__init__()
        self.closed = False
        CountedSession.made.append(self)

    def close(self) -> None:
        self.closed = True
        super().close()


@pytest.fixture
def counted_sessions(monkeypatch):
    CountedSession.made = []
    monkeypatch.setattr(requests, "Session", CountedSession)
    return CountedSession.made


def _jpeg(shade: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (shade, 80, 120)).save(buffer, "JPEG")
    return buffer.getvalue()


def test_login_and_sync_from_the_command_line_close_their_connections(tmp_path, sqlite_server, counted_sessions,
                                                                       monkeypatch, capsys):
    username = sqlite_server.add_user("trainer")
    root = tmp_path / "laptop"
    Workspace.open(root).close()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["login", "--workspace", str(root), "--server", sqlite_server.url, "--username", username,
                 "--password-stdin"]) == 0
    with Workspace.open(root) as ws:
        ws.enterprises.create(name="华美制衣厂")
    assert main(["sync", "--workspace", str(root)]) == 0, capsys.readouterr().err
    assert len(counted_sessions) >= 2
    assert all(session.closed for session in counted_sessions)


def test_downloads_reuse_one_connection_per_thread_and_close_them(tmp_path, sqlite_server, counted_sessions):
    device = sqlite_server.device("trainer")
    pictures = [_jpeg(shade) for shade in (10, 60, 110, 160)]
    enterprise_id = device.create_enterprise()
    visit_id, _ = device.create_visit(enterprise_id)
    for data in pictures:
        device.push_one(device.mutation("photo", None, device.photo_fields(enterprise_id, visit_id, data)))
        assert device.tus_upload(data).status_code == 204
    with Workspace.open(tmp_path / "laptop") as ws:
        sign_in(ws, sqlite_server.url, device.username, PASSWORD)
        server_url, token = saved_credentials(ws)
        counted_sessions.clear()
        downloads = DownloadTransports()
        hashes = [hashlib.sha256(data).hexdigest() for data in pictures]

        def fetch(part: list[str]) -> None:
            for sha256 in part:
                fetch_photo(ws, downloads.transport(server_url, token), sha256, "jpg")

        threads = [threading.Thread(target=fetch, args=(hashes[n::2],)) for n in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert len(counted_sessions) == 2 and downloads.open_count == 2  # one per thread, not one per photo
        downloads.close()
        assert all(session.closed for session in counted_sessions) and downloads.open_count == 0
