"""``score-server migrate-blobs``: the data folder's blobs into an object store while the server runs, each
verified by its hash, resumable; then the server uses the store, reading from the folder what it lacks."""

from __future__ import annotations

import json
import os

import pytest

from tests.support.servers import ServerProcess

pytestmark = [pytest.mark.integration, pytest.mark.postgres]


def _photo(device) -> tuple[str, bytes]:
    data = os.urandom(40_000)
    _, sha256 = device.create_photo(data)
    assert device.tus_upload(data).status_code == 204
    return sha256, data


def _folder_file(server: ServerProcess, sha256: str):
    return server.data / "blobs" / sha256[:2] / sha256[2:4] / sha256


def test_blobs_move_to_the_object_store_while_the_server_runs(server_pool, object_store):
    server = server_pool.fresh("postgres", "migrate").start(workers=2)
    server.env = object_store.env  # the keys, as the administrator's shell would have them
    try:
        device = server.device()
        photos = dict(_photo(device) for _ in range(3))
        bucket = object_store.new_bucket()
        target = f"s3://{bucket}/programme"
        first, *_ = photos
        object_store.client().put_object(Bucket=bucket, Key=f"programme/blobs/{first}", Body=photos[first])

        moved = server.cli("migrate-blobs", "--to", target, "--s3-endpoint", object_store.endpoint)
        assert moved.returncode == 0, moved.stderr
        assert "2 blobs copied" in moved.stdout and "1 were there already" in moved.stdout  # it went on from there
        assert "restart the server" in moved.stdout
        config = json.loads((server.data / "server.json").read_text())
        assert config["blob_store"] == target and config["s3_endpoint"] == object_store.endpoint
        assert object_store.env["AWS_SECRET_ACCESS_KEY"] not in (server.data / "server.json").read_text()
        for sha256, data in photos.items():
            assert object_store.read(bucket, f"programme/blobs/{sha256}") == data

        late, late_data = _photo(device)  # the running server still writes to its folder
        server.stop()
        server.start(workers=2)  # now on the object store
        for sha256 in photos:
            _folder_file(server, sha256).unlink()  # these come from the store from now on
        owner = server.login(device.username)
        for sha256, data in photos.items():
            assert owner.get("/blobs/" + sha256).content == data
        assert owner.get("/blobs/" + late).content == late_data  # not moved yet: read from the folder meanwhile

        again = server.cli("migrate-blobs", "--to", target, "--s3-endpoint", object_store.endpoint)
        assert again.returncode == 0 and "1 blobs copied" in again.stdout and "3 were there already" in again.stdout
        assert object_store.read(bucket, f"programme/blobs/{late}") == late_data
    finally:
        server.stop()


def test_a_damaged_file_is_not_copied_and_the_server_stays_on_its_folder(server_pool, object_store):
    server = server_pool.fresh("postgres", "migrate-damaged")
    server.env = object_store.env
    server.start()
    try:
        device = server.device()
        sha256, data = _photo(device)
        _folder_file(server, sha256).write_bytes(b"not the photo any more")
    finally:
        server.stop()
    bucket = object_store.new_bucket()
    done = server.cli("migrate-blobs", "--to", f"s3://{bucket}", "--s3-endpoint", object_store.endpoint)
    assert done.returncode == 1 and "damaged" in done.stderr and sha256 in done.stderr
    assert object_store.keys(bucket) == {}
    assert "blob_store" not in json.loads((server.data / "server.json").read_text())
