"""Blobs in an S3-compatible object store (SeaweedFS on loopback), with the server on PostgreSQL and two workers.

What v1 promises of blobs holds unchanged: tus uploads resume, a chunk cut off keeps what came, the whole file
is hashed before anything is published, downloads honour Range; backups hold the blobs and restore them into
the store. The staging area of uploads in progress lives in the store, so any worker takes any PATCH
(staging.py); the bucket is checked directly to see that nothing else is left in it.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import io
import os
import time
import zipfile

import pytest
import requests

from tests.support.servers import ServerProcess
from tests.integration.test_server_uploads import CHUNK, _cut_off_patch, _head_offset, _tus

pytestmark = [pytest.mark.integration, pytest.mark.postgres]
MIB = 1024 * 1024  # the laptop's chunk size


@pytest.fixture(scope="module")
def s3_server(server_pool, object_store) -> ServerProcess:
    """PostgreSQL, blobs in a bucket of their own, ``serve --workers 2``."""
    return server_pool.get("postgres", "s3-workers", s3=object_store, workers=2)


def _bucket(server: ServerProcess) -> tuple[str, str]:
    """The server's bucket and key prefix, as server.json names them."""
    import json

    url = json.loads((server.data / "server.json").read_text())["blob_store"]
    bucket, _, prefix = url.removeprefix("s3://").partition("/")
    return bucket, prefix + "/"


def _staged(server, object_store) -> dict[str, int]:
    bucket, prefix = _bucket(server)
    return object_store.keys(bucket, prefix + "uploads/")


def test_a_tus_upload_resumes_after_a_cut_and_lands_in_the_bucket_verified(s3_server, object_store):
    device = s3_server.device()
    data = os.urandom(5 * CHUNK + 1234)
    _, sha256 = device.create_photo(data)
    uploader = _tus(device).uploader(file_stream=io.BytesIO(data), chunk_size=CHUNK, upload_checksum=True,
                                     metadata={"sha256": sha256, "filename": "exit.jpg", "mime": "image/jpeg"})
    uploader.upload(stop_at=2 * CHUNK)
    url = uploader.url
    assert _head_offset(device, url) == 2 * CHUNK
    assert len(_staged(s3_server, object_store)) >= 2  # the pieces wait in the bucket, where every worker sees them
    _cut_off_patch(url, device.token, 2 * CHUNK, data[2 * CHUNK:3 * CHUNK], CHUNK // 2)
    for _ in range(50):
        offset = _head_offset(device, url)
        if offset > 2 * CHUNK:
            break
        time.sleep(0.1)
    assert 2 * CHUNK < offset <= 2 * CHUNK + CHUNK // 2  # what came before the cut counts, as tus intends
    resumed = _tus(device).uploader(file_stream=io.BytesIO(data), chunk_size=CHUNK, url=url, upload_checksum=True)
    assert resumed.offset == offset
    resumed.upload()
    bucket, prefix = _bucket(s3_server)
    assert object_store.read(bucket, f"{prefix}blobs/{sha256}") == data
    assert not any(key.startswith(f"{prefix}uploads/{url.rsplit('/', 1)[1]}") for key in _staged(s3_server,
                                                                                                   object_store))
    assert device.get("/blobs/" + sha256).content == data


def test_range_reads_stream_from_the_bucket(s3_server):
    device = s3_server.device()
    data = os.urandom(10_000)
    _, sha256 = device.create_photo(data)
    assert device.tus_upload(data).status_code == 204
    whole = device.get("/blobs/" + sha256)
    assert whole.status_code == 200 and whole.content == data and whole.headers["Accept-Ranges"] == "bytes"
    part = device.get("/blobs/" + sha256, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == data[100:200]
    assert part.headers["Content-Range"] == f"bytes 100-199/{len(data)}"
    assert device.get("/blobs/" + sha256, headers={"Range": "bytes=-10"}).content == data[-10:]
    past = device.get("/blobs/" + sha256, headers={"Range": "bytes=20000-"})
    assert past.status_code == 416 and past.headers["Content-Range"] == f"bytes */{len(data)}"


def test_bytes_that_do_not_hash_to_their_name_never_reach_the_bucket(s3_server, object_store):
    device = s3_server.device()
    data = os.urandom(3 * MIB)
    claimed = hashlib.sha256(b"a different photo").hexdigest()
    url = device.tus_create(len(data), claimed)
    for offset in range(0, len(data), MIB):
        answer = device.tus_patch(url, data[offset:offset + MIB], offset)
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "hash_mismatch"
    bucket, prefix = _bucket(s3_server)
    assert f"{prefix}blobs/{claimed}" not in object_store.keys(bucket, prefix + "blobs/")
    assert not any(url.rsplit("/", 1)[1] in key for key in _staged(s3_server, object_store))
    assert device.post("/blobs/check", json={"sha256": [claimed]}).json() == {"missing": [claimed]}


def test_a_blob_past_one_part_goes_up_as_a_multipart_upload(s3_server, object_store):
    """Past 8 MiB the store receives the blob in parts, completed only after the hash matched."""
    device = s3_server.device()
    data = os.urandom(9 * MIB + 77)
    _, sha256 = device.create_photo(data)
    url = device.tus_create(len(data), sha256)
    for offset in range(0, len(data), MIB):
        assert device.tus_patch(url, data[offset:offset + MIB], offset).status_code == 204
    bucket, prefix = _bucket(s3_server)
    assert object_store.read(bucket, f"{prefix}blobs/{sha256}") == data
    tail = device.get("/blobs/" + sha256, headers={"Range": f"bytes={len(data) - 100}-"})
    assert tail.status_code == 206 and tail.content == data[-100:]


def test_patches_of_one_upload_racing_in_two_workers_count_once(s3_server):
    """Six copies of the first chunk at once, spread over the workers: one counts, the others answer 409 with
    the offset to resume from, and the upload still finishes right (compare and set, staging.py)."""
    device = s3_server.device()
    data = os.urandom(2 * CHUNK)
    _, sha256 = device.create_photo(data)
    url = device.tus_create(len(data), sha256)

    def send_first_chunk(_number: int) -> requests.Response:
        with requests.Session() as http:  # a connection of its own: any worker may take it
            http.headers.update(device.http.headers)
            return http.patch(url, data=data[:CHUNK], timeout=60, headers={
                "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})

    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(send_first_chunk, range(6)))
    assert sorted(answer.status_code for answer in answers) == [204] + [409] * 5
    assert all(answer.headers["Upload-Offset"] == str(CHUNK) for answer in answers)
    assert device.tus_patch(url, data[CHUNK:], CHUNK).status_code == 204
    assert device.get("/blobs/" + sha256).content == data


def test_a_backup_and_an_export_hold_the_buckets_blobs_and_a_restore_puts_them_back(server_pool, object_store,
                                                                                      tmp_path):
    server = server_pool.fresh("postgres", "s3-backup", s3=object_store).start()
    try:
        device = server.device()
        data = os.urandom(50_000)
        _, sha256 = device.create_photo(data)
        assert device.tus_upload(data).status_code == 204
        archive = tmp_path / "backup.zip"
        done = server.cli("backup", "-o", str(archive))
        assert done.returncode == 0, done.stderr
        assert "1 blobs from s3://" in done.stdout and "Not in it: server.json" in done.stdout
        with zipfile.ZipFile(archive) as backup:
            assert backup.read(f"blobs/{sha256}") == data
        export = tmp_path / "export.zip"
        assert server.cli("export", "--format", "csv", "--photos", "-o", str(export)).returncode == 0
        with zipfile.ZipFile(export) as exported:  # a coordinator's export takes the photos from the bucket too
            assert exported.read(f"photos/{sha256}.jpg") == data
        slim = tmp_path / "slim.zip"
        without = server.cli("backup", "-o", str(slim), "--no-blobs")
        assert without.returncode == 0 and "no blobs" in without.stdout and "the store's own tools" in without.stdout
        assert not any(name.startswith("blobs/") for name in zipfile.ZipFile(slim).namelist())
        server.stop()

        empty = server_pool.fresh("postgres", "s3-restored", s3=object_store)  # a new bucket, nothing in it
        restored = empty.cli("restore", str(archive))
        assert restored.returncode == 0, restored.stderr
        empty.start()
        try:
            owner = empty.login(device.username)
            assert owner.get("/blobs/" + sha256).content == data
            bucket, prefix = _bucket(empty)
            assert object_store.read(bucket, f"{prefix}blobs/{sha256}") == data
        finally:
            empty.stop()
    finally:
        server.stop()


def test_the_desktop_uploads_20_mb_cut_at_40_percent_and_another_laptop_fetches_it(s3_server, tmp_path):
    """The laptop's own client (1 MiB chunks, resume after a restart) and its photo download, against the
    object store: nothing of the protocol changed for it."""
    from score_desktop.store.photos import PhotoStore
    from score_desktop.store.workspace import Workspace
    from score_desktop.sync import uploads
    from score_desktop.sync.account import transport_for
    from score_desktop.sync.blobs import fetch_photo
    from tests.support.sync import signed_in_workspace, sync
    from tests.integration.test_sync_recovery import CutAfter, _big_photo

    size = 20 * MIB
    username = s3_server.add_user("trainer")
    ws = signed_in_workspace(tmp_path / "ws", s3_server, username)
    sha256, data = _big_photo(ws, size)
    cutting = CutAfter(int(size * 0.4))
    assert not sync(ws, session=cutting, attempts=1).ok and cutting.cut
    ws.close()
    ws = Workspace.open(tmp_path / "ws")  # the app restarts
    assert sync(ws).ok and uploads.waiting(ws) == []
    ws.close()

    other = signed_in_workspace(tmp_path / "second", s3_server, username)  # the trainer's second laptop
    assert sync(other).ok
    path = fetch_photo(other, transport_for(other), sha256, "jpg")
    assert path == PhotoStore(other.paths).original_path(sha256, "jpg") and path.read_bytes() == data
    other.close()
