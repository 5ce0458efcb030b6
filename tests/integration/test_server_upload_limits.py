"""Open uploads are bounded per user and expire when abandoned (issue 10, item 8)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os

import pytest
from sqlalchemy import update

from score_desktop.server import db, schema
from score_desktop.server.config import Limits

pytestmark = pytest.mark.integration

MAX_UPLOAD = Limits().max_upload_bytes


def _create(device, length: int, sha256: str | None = None):
    import base64

    sha256 = sha256 or hashlib.sha256(os.urandom(8)).hexdigest()
    return device.http.post(device.server.api + "/uploads/", timeout=30, headers={
        "Tus-Resumable": "1.0.0", "Upload-Length": str(length),
        "Upload-Metadata": "sha256 " + base64.b64encode(sha256.encode()).decode()})


def test_a_user_cannot_hold_more_open_upload_bytes_than_the_quota(server):
    hoarder, neighbour = server.device(), server.device()
    allowed = Limits().max_open_upload_bytes // MAX_UPLOAD
    for _ in range(allowed):
        assert _create(hoarder, MAX_UPLOAD).status_code == 201
    refused = _create(hoarder, MAX_UPLOAD)
    assert refused.status_code == 413 and refused.json()["error"]["code"] == "upload_quota_exceeded"
    assert "finish" in refused.json()["error"]["message"]
    assert _create(neighbour, MAX_UPLOAD).status_code == 201  # a quota per user, not for everyone
    room = Limits().max_open_upload_bytes - allowed * MAX_UPLOAD
    assert _create(hoarder, room + 1).status_code == 413
    assert _create(hoarder, room).status_code == 201  # up to the quota exactly
    assert _create(hoarder, 1).status_code == 413


def test_an_abandoned_upload_expires_with_its_bytes(server):
    device = server.device()
    data = os.urandom(5000)
    url = device.tus_create(len(data), hashlib.sha256(data).hexdigest())
    assert device.tus_patch(url, data[:2000]).status_code == 204
    upload_id = url.rsplit("/", 1)[1]
    part = server.data / "uploads" / upload_id
    assert part.stat().st_size == 2000
    hours = Limits().upload_expiry_hours
    with db.writing(server.engine) as conn:  # nobody touched it for longer than the expiry
        stale = db.utc_stamp(dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=hours + 1))
        conn.execute(update(schema.uploads).where(schema.uploads.c.id == upload_id)
                     .values(updated_at=stale, created_at=stale))
    assert _create(server.device(), 10).status_code == 201  # any new upload sweeps the expired ones
    assert device.http.head(url, headers={"Tus-Resumable": "1.0.0"}, timeout=30).status_code == 404
    assert not part.exists()
    assert device.tus_upload(data).status_code == 204  # the client starts again and gets there
