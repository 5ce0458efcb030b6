"""score_desktop.server.blob_store: where blobs live, and that no bytes are ever kept under a hash they lack."""

from __future__ import annotations

import hashlib

import pytest

from score_desktop.server.blob_store import BlobMissing, FolderStore, MovingStore, parse_endpoint, parse_s3_url


def test_an_s3_address_names_a_bucket_and_a_prefix():
    assert parse_s3_url("s3://score-photos").url == "s3://score-photos"
    location = parse_s3_url("s3://score-photos/vietnam/2026/")
    assert (location.bucket, location.prefix, location.url) == ("score-photos", "vietnam/2026/",
                                                                "s3://score-photos/vietnam/2026")
    for wrong in ("score-photos", "http://bucket", "s3://", "s3://Upper_Case", "s3://b?x=1", "s3://ab"):
        with pytest.raises(ValueError):
            parse_s3_url(wrong)
    assert parse_endpoint("http://127.0.0.1:8333/") == "http://127.0.0.1:8333"
    with pytest.raises(ValueError):
        parse_endpoint("127.0.0.1:8333")


def test_the_folder_keeps_only_bytes_that_hash_to_their_name(tmp_path):
    store = FolderStore(tmp_path / "blobs")
    data = b"a photo" * 1000
    sha256 = hashlib.sha256(data).hexdigest()
    wrong = hashlib.sha256(b"something else").hexdigest()
    assert not store.put_verified(wrong, iter([data]))
    assert store.size(wrong) is None and not list((tmp_path / "blobs").rglob("*.partial"))
    assert store.put_verified(sha256, iter([data[:10], data[10:]]))
    assert store.size(sha256) == len(data) and list(store.hashes()) == [(sha256, len(data))]
    assert b"".join(store.open_range(sha256, 5, 14)) == data[5:15]
    with pytest.raises(BlobMissing):
        store.open_range(wrong, 0, 1)


def test_while_blobs_move_the_old_folder_answers_what_the_new_store_lacks(tmp_path):
    old, new = FolderStore(tmp_path / "old"), FolderStore(tmp_path / "new")
    moved, waiting = b"moved already", b"not moved yet"
    for store, data in ((new, moved), (old, waiting)):
        assert store.put_verified(hashlib.sha256(data).hexdigest(), iter([data]))
    moving = MovingStore(new, old)
    for data in (moved, waiting):
        sha256 = hashlib.sha256(data).hexdigest()
        assert moving.size(sha256) == len(data) and b"".join(moving.open_range(sha256, 0, len(data) - 1)) == data
    fresh = b"a new photo"
    assert moving.put_verified(hashlib.sha256(fresh).hexdigest(), iter([fresh]))
    assert new.size(hashlib.sha256(fresh).hexdigest()) == len(fresh)  # new blobs go to the new store only
    assert old.size(hashlib.sha256(fresh).hexdigest()) is None
