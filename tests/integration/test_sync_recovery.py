"""Sync recovers from the worst: an upload cut at 40 %, a server restored from an older backup."""

from __future__ import annotations

import hashlib
import os
import random

import requests

from score_desktop.demo.images import write_photo
from score_desktop.store.photos import PhotoStore
from score_desktop.store.workspace import Workspace
from score_desktop.sync import uploads
from tests.builders import make_enterprise, make_observation, make_visit
from tests.support import servers as conftest
from tests.support.sync import assert_converged, signed_in_workspace, sync, sync_until_quiet

CHUNK = 1024 * 1024


class CutAfter(requests.Session):
    """Counts the bytes PATCHed; the PATCH that would pass ``limit`` is sent but its answer is lost, once."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.patched = 0
        self.cut = False

    def request(self, method, url, *args, **kwargs):
        response = super().request(method, url, *args, **kwargs)
        if method == "PATCH":
            self.patched += len(kwargs.get("data") or b"")
            if not self.cut and self.patched >= self.limit:
                self.cut = True
                raise requests.ConnectionError("injected: Wi-Fi dropped")
        return response


def _big_photo(ws: Workspace, size: int) -> tuple[str, bytes]:
    """A 20 MB picture file in the photo store (random bytes: the upload does not look inside)."""
    data = os.urandom(size)
    sha256 = hashlib.sha256(data).hexdigest()
    path = ws.paths.photo_file(sha256, "jpg")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    observation = make_observation(ws)
    ws.photos.create(observation_id=observation["id"], sha256=sha256, size=size, mime="image/jpeg")
    return sha256, data


def test_a_20_mb_upload_cut_at_40_percent_resumes_after_a_restart(tmp_path, sqlite_server):
    size = 20 * CHUNK
    username = sqlite_server.add_user("trainer")
    ws = signed_in_workspace(tmp_path / "ws", sqlite_server, username)
    sha256, data = _big_photo(ws, size)
    cutting = CutAfter(int(size * 0.4))
    result = sync(ws, session=cutting, attempts=1)
    assert not result.ok and cutting.cut
    (pending,) = uploads.waiting(ws)
    assert pending.url and 0 < pending.offset < size
    ws.close()

    ws = Workspace.open(tmp_path / "ws")  # the app restarts
    counting = CutAfter(10 * size)
    assert sync(ws, session=counting).ok
    assert cutting.patched + counting.patched <= size + CHUNK  # at most one chunk sent twice
    assert uploads.waiting(ws) == []
    blob = sqlite_server.login(username).get(f"/blobs/{sha256}")
    assert blob.status_code == 200 and hashlib.sha256(blob.content).hexdigest() == sha256
    ws.close()


def test_a_restored_server_gets_back_what_the_backup_missed(tmp_path, server_pool, cli, monkeypatch):
    server = server_pool.fresh("sqlite", "restore-sync").start()
    try:
        username = server.add_user("trainer")
        ws = signed_in_workspace(tmp_path / "ws", server, username)
        rng = random.Random(3)
        enterprise = make_enterprise(ws)
        visit = make_visit(ws, enterprise)
        before = make_observation(ws, visit, text="before the backup")
        store = PhotoStore(ws.paths)
        first = store.import_file(write_photo(tmp_path / "a.jpg", rng, size=(400, 300)))
        ws.photos.create(observation_id=before["id"], sha256=first.sha256, size=first.size, mime=first.mime)
        assert sync(ws).ok
        backup = server.data / "backup.zip"
        assert cli("backup", "-o", str(backup), data=server.data).returncode == 0

        after = make_observation(ws, visit, text="after the backup")
        ws.observations.update(before["id"], recommendation="edited after the backup")
        second = store.import_file(write_photo(tmp_path / "b.jpg", rng, size=(400, 300)))
        ws.photos.create(observation_id=after["id"], sha256=second.sha256, size=second.size, mime=second.mime)
        assert sync(ws).ok

        port = server.port
        server.stop()
        assert cli("restore", str(backup), data=server.data).returncode == 0
        monkeypatch.setattr(conftest, "free_port", lambda: port)  # the server comes back at its address
        server.start()
        lost = server.login(username).pull_all()
        assert ("observation", after["id"]) not in lost  # the restore really lost it

        sync_until_quiet(ws)
        device = server.login(username)
        view = {k: v for k, v in device.pull_all().items() if v["fields"].get("enterprise_id") == enterprise["id"]}
        assert view[("observation", after["id"])]["fields"]["text"] == "after the backup"
        assert view[("observation", before["id"])]["fields"]["recommendation"] == "edited after the backup"
        for sha256 in (first.sha256, second.sha256):
            assert device.get(f"/blobs/{sha256}").status_code == 200
        assert_converged(view, ws, enterprise_id=enterprise["id"])
        ws.close()
    finally:
        server.stop()
        server.engine.dispose()
