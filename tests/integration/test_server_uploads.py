"""Photo uploads with tus 1.0.0 (a real client, tuspy) and downloads with Range."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import socket
import time
from urllib.parse import urlsplit

import pytest
from tusclient import client as tus_client

pytestmark = pytest.mark.integration

CHUNK = 64 * 1024


def _tus(device) -> tus_client.TusClient:
    return tus_client.TusClient(device.server.api + "/uploads/", headers=dict(device.http.headers))


def _head_offset(device, url: str) -> int:
    answer = device.http.head(url, headers={"Tus-Resumable": "1.0.0"}, timeout=30)
    assert answer.status_code == 200
    return int(answer.headers["Upload-Offset"])


def _cut_off_patch(url: str, token: str, offset: int, data: bytes, sent: int) -> None:
    """Send a PATCH that announces ``data`` but breaks the connection after ``sent`` bytes.

    The pause before closing lets the server read what arrived, as when a network dies mid-transfer (uvicorn
    drops bytes it has buffered but not handed over once it sees the connection closed).
    """
    parts = urlsplit(url)
    head = (f"PATCH {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nX-Protocol-Version: 1\r\n"
            f"Authorization: Bearer {token}\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: {offset}\r\n"
            f"Content-Type: application/offset+octet-stream\r\nContent-Length: {len(data)}\r\n\r\n")
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(head.encode() + data[:sent])
        time.sleep(0.5)


def test_tuspy_uploads_a_photo_and_resumes_after_an_interruption(sqlite_server):
    device = sqlite_server.device()
    data = os.urandom(5 * CHUNK + 1234)
    enterprise_id, sha256 = device.create_photo(data)
    uploader = _tus(device).uploader(file_stream=io.BytesIO(data), chunk_size=CHUNK, upload_checksum=True,
                                     metadata={"sha256": sha256, "filename": "exit.jpg", "mime": "image/jpeg"})
    uploader.upload(stop_at=2 * CHUNK)  # the app is closed after two chunks...
    url = uploader.url
    assert _head_offset(device, url) == 2 * CHUNK
    # ... and the next attempt loses its connection halfway through a chunk (no checksum: the bytes that came
    # are kept, as tus intends)
    _cut_off_patch(url, device.token, 2 * CHUNK, data[2 * CHUNK:3 * CHUNK], CHUNK // 2)
    for _ in range(50):
        offset = _head_offset(device, url)
        if offset > 2 * CHUNK:
            break
        time.sleep(0.1)
    assert 2 * CHUNK < offset <= 2 * CHUNK + CHUNK // 2
    resumed = _tus(device).uploader(file_stream=io.BytesIO(data), chunk_size=CHUNK, url=url, upload_checksum=True)
    assert resumed.offset == offset  # tuspy asked the server where to go on
    resumed.upload()
    assert _head_offset(device, url) == len(data)
    assert device.post("/blobs/check", json={"sha256": [sha256]}).json() == {"missing": []}
    assert device.get("/blobs/" + sha256).content == data


def test_options_lists_the_tus_capabilities(sqlite_server):
    device = sqlite_server.device()
    answer = device.http.options(sqlite_server.api + "/uploads/", timeout=30)
    assert answer.status_code == 204
    assert answer.headers["Tus-Version"] == "1.0.0" and answer.headers["Tus-Resumable"] == "1.0.0"
    assert set(answer.headers["Tus-Extension"].split(",")) == {"creation", "checksum"}
    assert int(answer.headers["Tus-Max-Size"]) >= 50 * 1024 * 1024
    assert set(answer.headers["Tus-Checksum-Algorithm"].split(",")) == {"sha1", "sha256"}


def test_a_chunk_with_a_wrong_checksum_is_dropped_with_460(sqlite_server):
    device = sqlite_server.device()
    data = os.urandom(3000)
    url = device.tus_create(len(data), hashlib.sha256(data).hexdigest())
    wrong = "sha1 " + base64.b64encode(hashlib.sha1(b"other bytes").digest()).decode()
    answer = device.tus_patch(url, data[:1000], **{"Upload-Checksum": wrong})
    assert answer.status_code == 460 and answer.json()["error"]["code"] == "checksum_mismatch"
    assert _head_offset(device, url) == 0
    right = "sha256 " + base64.b64encode(hashlib.sha256(data[:1000]).digest()).decode()
    assert device.tus_patch(url, data[:1000], **{"Upload-Checksum": right}).status_code == 204
    assert _head_offset(device, url) == 1000
    bad_algorithm = device.tus_patch(url, data[1000:], 1000, **{"Upload-Checksum": "md5 AAAA"})
    assert bad_algorithm.status_code == 400


def test_a_wrong_offset_is_409(sqlite_server):
    device = sqlite_server.device()
    data = os.urandom(2000)
    url = device.tus_create(len(data), hashlib.sha256(data).hexdigest())
    assert device.tus_patch(url, data[:500]).status_code == 204
    answer = device.tus_patch(url, data[:500], 0)
    assert answer.status_code == 409 and answer.headers["Upload-Offset"] == "500"
    assert device.tus_patch(url, data[500:], 500).status_code == 204


def test_a_file_that_does_not_hash_to_its_sha256_is_refused_with_422(sqlite_server):
    device = sqlite_server.device()
    data = os.urandom(4000)
    claimed = hashlib.sha256(b"a different photo").hexdigest()
    answer = device.tus_upload(data, sha256=claimed)
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "hash_mismatch"
    assert device.post("/blobs/check", json={"sha256": [claimed]}).json() == {"missing": [claimed]}
    assert not (sqlite_server.data / "blobs" / claimed[:2] / claimed[2:4] / claimed).exists()


def test_tus_refusals(sqlite_server):
    device = sqlite_server.device()
    api = sqlite_server.api + "/uploads/"
    metadata = "sha256 " + base64.b64encode(b"a" * 64).decode()
    no_version = device.http.post(api, headers={"Upload-Length": "10", "Upload-Metadata": metadata}, timeout=30)
    assert no_version.status_code == 412
    no_hash = device.http.post(api, headers={"Tus-Resumable": "1.0.0", "Upload-Length": "10"}, timeout=30)
    assert no_hash.status_code == 400
    huge = device.http.post(api, headers={"Tus-Resumable": "1.0.0", "Upload-Length": str(10**12),
                                          "Upload-Metadata": metadata}, timeout=30)
    assert huge.status_code == 413
    url = device.tus_create(10, "a" * 64)
    assert device.tus_patch(url, b"x" * 11).status_code == 413
    wrong_type = device.http.patch(url, data=b"x", timeout=30, headers={
        "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "text/plain"})
    assert wrong_type.status_code == 415
    stranger = sqlite_server.device()
    assert stranger.http.head(url, headers={"Tus-Resumable": "1.0.0"}, timeout=30).status_code == 404


def test_a_blob_download_honours_range(sqlite_server):
    device = sqlite_server.device()
    data = os.urandom(10_000)
    _, sha256 = device.create_photo(data)
    assert device.tus_upload(data).status_code == 204
    whole = device.get("/blobs/" + sha256)
    assert whole.status_code == 200 and whole.content == data and whole.headers["Accept-Ranges"] == "bytes"
    part = device.get("/blobs/" + sha256, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == data[100:200]
    assert part.headers["Content-Range"] == f"bytes 100-199/{len(data)}"
    tail = device.get("/blobs/" + sha256, headers={"Range": "bytes=-10"})
    assert tail.status_code == 206 and tail.content == data[-10:]
    rest = device.get("/blobs/" + sha256, headers={"Range": "bytes=9990-"})
    assert rest.status_code == 206 and rest.content == data[9990:]
    past = device.get("/blobs/" + sha256, headers={"Range": "bytes=20000-"})
    assert past.status_code == 416 and past.headers["Content-Range"] == f"bytes */{len(data)}"


def test_a_blob_already_held_is_accepted_again(sqlite_server):
    device = sqlite_server.device()
    data = os.urandom(1500)
    assert device.tus_upload(data).status_code == 204
    assert device.tus_upload(data).status_code == 204
