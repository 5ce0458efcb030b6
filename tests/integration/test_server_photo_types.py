"""A photo's content type: only the image types the app imports, served so no browser reads it as something
else, and repaired by a later correct upload (issue 10, item 4)."""

from __future__ import annotations

import base64
import hashlib
import os

import pytest
from sqlalchemy import update

from score_desktop.server import db, schema

pytestmark = pytest.mark.integration


def _create(device, data: bytes, mime: str | None):
    metadata = "sha256 " + base64.b64encode(hashlib.sha256(data).hexdigest().encode()).decode()
    if mime is not None:
        metadata += ",mime " + base64.b64encode(mime.encode()).decode()
    return device.http.post(device.server.api + "/uploads/", timeout=30, headers={
        "Tus-Resumable": "1.0.0", "Upload-Length": str(len(data)), "Upload-Metadata": metadata})


def _upload(device, data: bytes, mime: str | None) -> None:
    created = _create(device, data, mime)
    assert created.status_code == 201, created.text
    assert device.tus_patch(device.server.url + created.headers["Location"], data).status_code == 204


@pytest.mark.parametrize("mime", ["text/html", "图片/jpeg", "image/jpeg\r\nX-Injected: 1", "image/svg+xml",
                                  "application/octet-stream"])
def test_an_upload_declaring_another_type_is_refused(server, mime):
    device = server.device()
    answer = _create(device, os.urandom(100), mime)
    assert answer.status_code == 415 and answer.json()["error"]["code"] == "unsupported_photo_type"
    assert "image/jpeg" in answer.json()["error"]["message"]


@pytest.mark.parametrize("stored", ["图片/jpeg", "text/html", "image/jpeg\r\nX-Injected: 1", None])
def test_a_blob_with_wrong_metadata_is_served_safely_and_repaired_by_a_correct_upload(server, stored):
    device = server.device()
    data = os.urandom(2000)
    _enterprise_id, sha256 = device.create_photo(data)
    _upload(device, data, None)
    with db.writing(server.engine) as conn:  # what a server that took any metadata may have stored
        conn.execute(update(schema.blobs).where(schema.blobs.c.sha256 == sha256).values(mime=stored))
    served = device.get("/blobs/" + sha256)
    assert served.status_code == 200 and served.content == data
    assert served.headers["Content-Type"] == "application/octet-stream"
    assert served.headers["X-Content-Type-Options"] == "nosniff" and "X-Injected" not in served.headers

    _upload(server.device(), data, "image/jpeg")  # anyone holding the bytes may send them again
    repaired = device.get("/blobs/" + sha256, headers={"Range": "bytes=0-9"})
    assert repaired.status_code == 206 and repaired.headers["Content-Type"] == "image/jpeg"
    assert repaired.headers["X-Content-Type-Options"] == "nosniff"


def test_a_correct_type_is_kept_and_not_replaced(server):
    device = server.device()
    data = os.urandom(500)
    _enterprise_id, sha256 = device.create_photo(data)
    _upload(device, data, "image/png")
    _upload(device, data, "image/webp")
    assert device.get("/blobs/" + sha256).headers["Content-Type"] == "image/png"


def test_a_laptop_declares_its_photos_type(tmp_path, sqlite_server):
    import random

    from PIL import Image

    from score_desktop.store.photos import PhotoStore
    from tests.builders import make_observation
    from tests.support.sync import signed_in_workspace, sync

    trainer = sqlite_server.add_user()
    ws = signed_in_workspace(tmp_path / "laptop", sqlite_server, trainer)
    picture = tmp_path / "finding.png"
    Image.new("RGB", (64, 48), tuple(random.Random(4).randrange(256) for _ in range(3))).save(picture, "PNG")
    stored = PhotoStore(ws.paths).import_file(picture)
    observation = make_observation(ws)
    ws.photos.create(observation_id=observation["id"], sha256=stored.sha256, size=stored.size, mime=stored.mime)
    result = sync(ws)
    assert result.ok and result.uploaded_photos == 1
    served = sqlite_server.device("coordinator").get("/blobs/" + stored.sha256)
    assert served.status_code == 200 and served.headers["Content-Type"] == "image/png"
