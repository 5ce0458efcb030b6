"""Who may fetch a photo, or learn that the server holds it (issue 10, item 9).

Naming a hash in a photo record of one's own proves nothing: anyone who learnt a hash could fetch the picture.
A user sees a blob the server holds when they uploaded it (proving they have the bytes), or when a record in
their scope that someone else wrote names it. ``/blobs/check`` and a push's ``missing_blobs`` answer by the same
rule, so neither tells whether someone else's photo exists.
"""

from __future__ import annotations

import hashlib
import os

import pytest

pytestmark = pytest.mark.integration


def _photo_record(device, enterprise_id: str, data: bytes) -> dict:
    visit_id, _ = device.create_visit(enterprise_id)
    return device.push(device.mutation("photo", None, device.photo_fields(enterprise_id, visit_id, data)))


def test_naming_a_hash_in_ones_own_record_does_not_show_the_photo(server):
    alice, mallory = server.device(), server.device()
    secret = os.urandom(3000)
    _enterprise_id, sha256 = alice.create_photo(secret)
    assert alice.tus_upload(secret).status_code == 204
    never_uploaded = hashlib.sha256(b"never uploaded").hexdigest()

    own = mallory.create_enterprise(name="Mallory's own")
    pushed = _photo_record(mallory, own, secret)
    assert pushed["missing_blobs"] == [sha256]  # as for a photo the server does not hold
    refused = mallory.get("/blobs/" + sha256)
    assert refused.status_code == 404 and refused.json()["error"]["code"] == "not_found"
    checked = mallory.post("/blobs/check", json={"sha256": [sha256, never_uploaded]}).json()
    assert checked == {"missing": [sha256, never_uploaded]}

    assert mallory.tus_upload(secret).status_code == 204  # having the bytes is what counts
    assert mallory.get("/blobs/" + sha256).content == secret
    assert mallory.post("/blobs/check", json={"sha256": [sha256]}).json() == {"missing": []}


def test_a_photo_shows_to_the_uploader_and_to_whoever_sees_a_record_others_wrote(server):
    alice = server.device()
    data = os.urandom(2000)
    enterprise_id, sha256 = alice.create_photo(data)
    assert alice.tus_upload(data).status_code == 204
    second_laptop = server.login(alice.username)
    colleague = server.device()
    server.assign(colleague.username, enterprise_id)
    coordinator = server.device("coordinator")
    for device in (alice, second_laptop, colleague, coordinator):
        assert device.get("/blobs/" + sha256).content == data, device.username
        assert device.post("/blobs/check", json={"sha256": [sha256]}).json() == {"missing": []}
    # the colleague names the same photo in a record of their own: still visible through Alice's record
    assert _photo_record(colleague, enterprise_id, data)["missing_blobs"] == []


def test_an_admin_naming_a_hash_only_in_their_own_record_must_upload_it(server):
    trainer, coordinator = server.device(), server.device("admin")  # an admin sees and writes every enterprise
    data = os.urandom(1000)
    assert trainer.tus_upload(data).status_code == 204  # uploaded, but no record of anyone names it
    sha256 = hashlib.sha256(data).hexdigest()
    enterprise_id = coordinator.create_enterprise()
    assert _photo_record(coordinator, enterprise_id, data)["missing_blobs"] == [sha256]
    assert coordinator.get("/blobs/" + sha256).status_code == 404
