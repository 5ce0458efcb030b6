"""Photos of others' records come down from the real server when first shown, checked before they are kept."""

from __future__ import annotations

import hashlib
import io
import random

import pytest
from PIL import Image

from score_desktop.store.photos import PhotoStore
from score_desktop.store.workspace import Workspace
from score_desktop.sync.account import transport_for
from score_desktop.sync.blobs import PhotoNotFetchedError, fetch_photo
from score_desktop.sync.transport import Transport
from tests.support.sync import signed_in_workspace, sync


def _jpeg(seed: int) -> bytes:
    rng = random.Random(seed)
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), tuple(rng.randrange(256) for _ in range(3))).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def uploaded_photo(sqlite_server):
    """A trainer's photo on the server: (username, sha256, bytes)."""
    device = sqlite_server.device("trainer")
    data = _jpeg(7)
    _enterprise_id, sha256 = device.create_photo(data)
    assert device.tus_upload(data).status_code == 204
    return device.username, sha256, data


def test_a_photo_of_a_pulled_record_is_downloaded_checked_and_stored(tmp_path, sqlite_server, uploaded_photo):
    username, sha256, data = uploaded_photo
    ws = signed_in_workspace(tmp_path / "laptop", sqlite_server, username)  # the same trainer's second laptop
    assert sync(ws).ok
    photo = ws.photos.list(where="sha256 = ?", where_args=[sha256])[0]
    store = PhotoStore(ws.paths)
    assert not store.original_path(sha256, "jpg").exists()  # records come down, pictures wait to be shown

    path = fetch_photo(ws, transport_for(ws), photo["sha256"], "jpg")
    assert path == store.original_path(sha256, "jpg") and path.read_bytes() == data
    assert list(ws.paths.tmp.iterdir()) == []
    assert store.thumbnail(sha256, "jpg").exists()  # a normal stored original from now on
    assert fetch_photo(ws, Transport("http://127.0.0.1:9"), sha256, "jpg") == path  # here already: no request


def test_a_photo_the_server_does_not_hold_or_hides_is_not_available(tmp_path, sqlite_server, uploaded_photo):
    _owner, sha256, _data = uploaded_photo
    ws = signed_in_workspace(tmp_path / "other", sqlite_server, sqlite_server.add_user("trainer"))
    transport = transport_for(ws)
    for unknown in (hashlib.sha256(b"never uploaded").hexdigest(), sha256):  # the second: another trainer's
        with pytest.raises(PhotoNotFetchedError) as caught:
            fetch_photo(ws, transport, unknown, "jpg")
        assert caught.value.template == PhotoNotFetchedError.NOT_AVAILABLE
        assert not PhotoStore(ws.paths).original_path(unknown, "jpg").exists()


def test_bytes_that_do_not_match_their_hash_are_never_stored(tmp_path, sqlite_server, uploaded_photo):
    username, sha256, _data = uploaded_photo
    ws = signed_in_workspace(tmp_path / "laptop", sqlite_server, username)
    real = transport_for(ws)

    class Damaging(Transport):
        def blob(self, wanted: str):
            answer = real.blob(wanted)
            answer.content = answer.content[:-10] + b"0123456789"  # damaged on the way, status still 200
            return answer

    with pytest.raises(PhotoNotFetchedError) as caught:
        fetch_photo(ws, Damaging(real.base_url, token=real.token), sha256, "jpg")
    assert caught.value.template == PhotoNotFetchedError.DAMAGED
    assert not PhotoStore(ws.paths).original_path(sha256, "jpg").exists()
    assert list(ws.paths.tmp.iterdir()) == []


def test_no_server_or_no_sign_in_says_so_and_stores_nothing(tmp_path, sqlite_server, uploaded_photo):
    username, sha256, _data = uploaded_photo
    with Workspace.open(tmp_path / "ws") as ws:
        with pytest.raises(PhotoNotFetchedError) as caught:
            fetch_photo(ws, Transport("http://127.0.0.1:9"), sha256, "jpg")
        assert caught.value.template == PhotoNotFetchedError.UNREACHABLE
        with pytest.raises(PhotoNotFetchedError) as caught:
            fetch_photo(ws, Transport(sqlite_server.url, token="revoked"), sha256, "jpg")
        assert caught.value.template == PhotoNotFetchedError.SIGN_IN
        with pytest.raises(ValueError):
            fetch_photo(ws, Transport(sqlite_server.url), "../../etc/passwd", "jpg")


def test_a_synced_workspace_is_whole_before_its_photos_come_down(tmp_path, sqlite_server, uploaded_photo):
    """Issue 10, item 7: pictures of others' records wait on the server until shown; check must not call them
    missing (every synced workspace failed check)."""
    from score_desktop.store.check import check_report

    ws = signed_in_workspace(tmp_path / "coordinator", sqlite_server, sqlite_server.add_user("coordinator"))
    assert sync(ws).ok
    report = check_report(ws)
    assert report.problems == []
    assert any("not downloaded yet" in str(note) for note in report.notes)


def test_a_round_notes_which_photos_the_server_holds_for_the_programme_results(tmp_path, sqlite_server,
                                                                                 uploaded_photo):
    """A coordinator's laptop downloads pictures only when shown, yet "photos received" counts what reached the
    server: the round asks /blobs/check about the photos it does not yet know to be there."""
    _username, sha256, _data = uploaded_photo
    trainer = sqlite_server.device("trainer")
    _enterprise, never_sent = trainer.create_photo(_jpeg(8))  # its picture never uploaded
    coordinator = signed_in_workspace(tmp_path / "coordinator", sqlite_server, sqlite_server.add_user("coordinator"))
    assert sync(coordinator).ok
    held = {row[0] for row in coordinator.conn.execute("SELECT sha256 FROM server_blob")}
    assert sha256 in held and never_sent not in held
    assert not PhotoStore(coordinator.paths).original_path(sha256, "jpg").exists()
    assert trainer.tus_upload(_jpeg(8)).status_code == 204  # sent at last: the next round notes it
    assert sync(coordinator).ok
    assert never_sent in {row[0] for row in coordinator.conn.execute("SELECT sha256 FROM server_blob")}
