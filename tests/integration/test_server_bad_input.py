"""Input a careless client or an attacker sends: every answer is a 4xx with the error shape, never a 500.

Each case here answered 500 once (issue 10, item 3). The checks run against the real server on loopback, on
SQLite and on PostgreSQL, where a NUL byte in text makes the driver raise.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import threading
import zlib

import pytest
import requests

pytestmark = pytest.mark.integration

NINES = "9" * 5000


def _assert_error(answer: requests.Response, status: int, code: str | None = None) -> dict:
    assert answer.status_code == status, (answer.status_code, answer.text[:300])
    error = answer.json()["error"]
    assert set(error) == {"code", "message"} and error["message"]
    if code is not None:
        assert error["code"] == code
    return error


def _cursor(data: bytes) -> str:
    return base64.urlsafe_b64encode(zlib.compress(data)).decode().rstrip("=")


def _metadata(**values: str) -> str:
    return ",".join(f"{key} {base64.b64encode(value.encode()).decode()}" for key, value in values.items())


@pytest.mark.parametrize("version", ["²", NINES, "1" * 30, "1 1"])
def test_a_strange_protocol_version_is_426(server, version):
    for path in ("/sync/meta", "/auth/login"):
        answer = requests.post(server.api + path, headers={"X-Protocol-Version": version}, timeout=30)
        _assert_error(answer, 426, "protocol_unsupported")


@pytest.mark.parametrize("value", ["²", NINES, "-1", "1e3", "0x10"])
def test_upload_length_and_offset_must_be_plain_numbers(server, value):
    device = server.device()
    sha256 = hashlib.sha256(b"abc").hexdigest()
    created = device.http.post(server.api + "/uploads/", timeout=30, headers={
        "Tus-Resumable": "1.0.0", "Upload-Length": value, "Upload-Metadata": _metadata(sha256=sha256)})
    _assert_error(created, 400, "bad_request")
    url = device.tus_create(3, sha256)
    answer = device.http.patch(url, data=b"abc", timeout=30, headers={
        "Tus-Resumable": "1.0.0", "Upload-Offset": value, "Content-Type": "application/offset+octet-stream"})
    _assert_error(answer, 400, "bad_request")
    assert device.tus_patch(url, b"abc").status_code == 204  # the upload itself is unharmed


def test_a_range_with_huge_numbers_is_answered(server):
    device = server.device()
    data = os.urandom(1000)
    _enterprise_id, sha256 = device.create_photo(data)
    assert device.tus_upload(data).status_code == 204
    path = "/blobs/" + sha256
    past = device.get(path, headers={"Range": f"bytes={NINES}-"})
    _assert_error(past, 416, "range_not_satisfiable")
    assert past.headers["Content-Range"] == f"bytes */{len(data)}"
    to_huge_end = device.get(path, headers={"Range": f"bytes=10-{NINES}"})
    assert to_huge_end.status_code == 206 and to_huge_end.content == data[10:]
    huge_suffix = device.get(path, headers={"Range": f"bytes=-{NINES}"})
    assert huge_suffix.status_code == 206 and huge_suffix.content == data


@pytest.mark.parametrize("cursor", [
    _cursor(json.dumps({"v": 1, "c": 2**63}).encode()),
    _cursor(json.dumps({"v": 1, "c": 2**53 + 1}).encode()),
    _cursor(json.dumps({"v": 1, "c": 5, "b": [2**64, 0, []]}).encode()),
    _cursor(b"[" * 100_000 + b"]" * 100_000),
    _cursor(json.dumps({"v": 1, "c": 5, "b": [9, 0, ["x\u0000y"]]}).encode()),
    _cursor(json.dumps({"v": 1, "c": 5, "s": ["not an id"]}).encode()),
], ids=["2^63", "past 2^53", "backfill 2^64", "nested", "nul id", "not an id"])
def test_a_forged_cursor_is_400(server, cursor):
    coordinator = server.device("coordinator")
    answer = coordinator.get("/sync/pull", params={"cursor": cursor})
    _assert_error(answer, 400, "bad_cursor")


@pytest.mark.parametrize("change", [
    {"fields": {"name": "\ud800"}},
    {"fields": {"name": "A", "note\udfff": "x"}},
    {"fields": {"name": "A", "sponsors": ["ok", "\udbff"]}},
    {"record_id": "\ud800"},
    {"hlc": "1714637643120-0003-\ud800"},
    {"entity": "\ud800"},
    {"fields": {"name": "nul\u0000byte"}},
    {"fields": {"name": "A", "nul\u0000name": 1}},
    {"record_id": "0000\u0000"},
    {"hlc": "1714637643120-0003-\u0000"},
], ids=["value", "field name", "in a list", "record id", "hlc", "entity", "nul value", "nul name", "nul record id",
        "nul hlc"])
def test_a_lone_surrogate_or_nul_rejects_the_mutation_and_the_outbox_goes_on(server, change):
    device = server.device()
    bad = {**device.mutation("enterprise", None, {"name": "A"}), **change}
    good = device.mutation("enterprise", None, {"name": "B"})
    answer = device.push(bad, good)
    rejected, applied = answer["results"]
    assert rejected["status"] == "rejected" and rejected["error"]["code"] == "invalid_mutation"
    assert applied["status"] == "applied" and answer["acked_through_client_seq"] == 2
    assert device.push(bad)["results"][0]["status"] == "duplicate"  # the rejection was stored: a resend is safe


@pytest.mark.parametrize("mutation_id", ["\ud800", "abc\u0000"])
def test_a_mutation_id_that_is_not_text_is_a_bad_push(server, mutation_id):
    device = server.device()
    bad = {**device.mutation("enterprise", None, {"name": "A"}), "mutation_id": mutation_id}
    _assert_error(device.push_raw([bad]), 400, "bad_request")


def test_a_delete_with_an_overlong_hlc_is_rejected(server):
    device = server.device()
    enterprise_id = device.create_enterprise()
    hlc = device.hlc() + "x" * 200
    result = device.push_one(device.mutation("enterprise", enterprise_id, op="delete", hlc=hlc, base_version=1))
    assert result["status"] == "rejected" and result["error"]["code"] == "invalid_mutation"
    assert not device.pull_all()[("enterprise", enterprise_id)]["deleted"]


@pytest.mark.parametrize("member", ["username", "password", "device_name"])
@pytest.mark.parametrize("text", ["nul\u0000", "\ud800"], ids=["nul", "surrogate"])
def test_login_text_with_nul_or_a_lone_surrogate_is_400(server, member, text):
    body = {"username": server.add_user(), "password": server.password, "device_name": "laptop", member: text}
    answer = requests.post(server.api + "/auth/login", data=json.dumps(body), timeout=30,
                           headers={**server.headers(), "Content-Type": "application/json"})
    _assert_error(answer, 400, "bad_request")


def test_nul_in_tus_metadata_or_the_upload_id_is_refused(server):
    device = server.device()
    sha256 = hashlib.sha256(b"abc").hexdigest()
    for name in ("filename", "mime"):
        created = device.http.post(server.api + "/uploads/", timeout=30, headers={
            "Tus-Resumable": "1.0.0", "Upload-Length": "3",
            "Upload-Metadata": _metadata(sha256=sha256, **{name: "a\u0000b"})})
        _assert_error(created, 400, "bad_request")
    for method in ("HEAD", "PATCH"):
        answer = device.http.request(method, server.api + "/uploads/%00", timeout=30, headers={
            "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
        assert answer.status_code == 404, method
    _assert_error(device.http.patch(server.api + "/uploads/%00", timeout=30, headers={
        "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"}), 404)


def test_six_users_finishing_the_same_photo_at_once_all_succeed(server):
    """Each user uploads all but the last byte, then the six last bytes go at the same moment, three times."""
    for _round in range(3):
        data = os.urandom(4096)
        sha256 = hashlib.sha256(data).hexdigest()
        devices = [server.device() for _ in range(6)]
        urls = [device.tus_create(len(data), sha256) for device in devices]
        for device, url in zip(devices, urls):
            assert device.tus_patch(url, data[:-1]).status_code == 204
        start = threading.Barrier(len(devices))
        answers: list[requests.Response] = []

        def finish(device, url, start=start, answers=answers, data=data) -> None:
            start.wait()
            answers.append(device.tus_patch(url, data[-1:], offset=len(data) - 1))

        threads = [threading.Thread(target=finish, args=pair) for pair in zip(devices, urls)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(answer.status_code for answer in answers) == [204] * 6, [a.text for a in answers]
        assert all(answer.headers["Upload-Offset"] == str(len(data)) for answer in answers)


def _gzip_members(raw: bytes, size: int) -> bytes:
    """``raw`` gzipped as several members, one per ``size`` bytes (as a writer that restarts per flush does)."""
    import gzip

    return b"".join(gzip.compress(raw[start:start + size]) for start in range(0, len(raw), size))


def test_a_gzip_body_of_several_members_is_read_whole(server):
    device = server.device()
    body = {"device_id": device.device_id, "server_epoch": device.epoch(),
            "mutations": [device.mutation("enterprise", None, {"name": "in several gzip members"})]}
    for encoding in ("gzip", "x-gzip"):
        answer = device.post("/sync/push", data=_gzip_members(json.dumps(body).encode(), 40), headers={
            "Content-Encoding": encoding, "Content-Type": "application/json"})
        assert answer.status_code == 200, answer.text
        assert answer.json()["results"][0]["status"] in ("applied", "duplicate")


def test_a_gzipped_push_over_the_limit_is_413_however_it_is_cut(server):
    device = server.device()
    limit = device.get("/sync/meta").json()["limits"]["max_push_bytes"]
    body = {"device_id": device.device_id, "server_epoch": device.epoch(),
            "mutations": [device.mutation("enterprise", None, {"name": "x", "notes": "y" * (limit + 10)})]}
    raw = json.dumps(body).encode()
    for size in (len(raw), 1_000_000):
        answer = device.post("/sync/push", data=_gzip_members(raw, size), headers={
            "Content-Encoding": "gzip", "Content-Type": "application/json"})
        _assert_error(answer, 413, "push_too_large")
    bomb = _gzip_members(b" " * 40_000_000, 10_000_000)
    _assert_error(device.post("/sync/push", data=bomb, headers={"Content-Encoding": "gzip"}), 413, "push_too_large")


def test_a_cut_gzip_body_or_another_encoding_is_refused(server):
    import gzip

    device = server.device()
    whole = gzip.compress(json.dumps({"device_id": device.device_id, "server_epoch": "x", "mutations": []}).encode())
    _assert_error(device.post("/sync/push", data=whole[:-12], headers={"Content-Encoding": "gzip"}), 400)
    answer = device.post("/sync/push", data=zlib.compress(b"{}"), headers={"Content-Encoding": "deflate"})
    _assert_error(answer, 415, "unsupported_content_encoding")
