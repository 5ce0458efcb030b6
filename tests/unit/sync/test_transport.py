"""Every server answer maps to exactly one behaviour (STYLE.md habit 7)."""

from __future__ import annotations

import json

import pytest
import requests

from score_desktop.sync.transport import Outcome, classify


def _response(status: int, body: object = None, *, headers: dict | None = None, raw: bytes | None = None):
    response = requests.Response()
    response.status_code = status
    response.headers.update(headers or {})
    if raw is not None:
        response._content = raw
    elif body is not None:
        response._content = json.dumps(body).encode()
        response.headers["Content-Type"] = "application/json"
    else:
        response._content = b""
    return response


def _error(code: str, message: str = "words") -> dict:
    return {"error": {"code": code, "message": message}}


@pytest.mark.parametrize(("status", "body", "outcome"), [
    (200, {"ok": True}, Outcome.OK),
    (204, None, Outcome.OK),
    (201, None, Outcome.OK),
    (401, _error("unauthorized"), Outcome.SIGN_IN),
    (403, _error("device_mismatch"), Outcome.WRONG_DEVICE),
    (403, _error("forbidden"), Outcome.FORBIDDEN),
    (404, _error("not_found"), Outcome.NOT_FOUND),
    (409, _error("epoch_changed"), Outcome.EPOCH_CHANGED),
    (409, _error("upload_offset_mismatch"), Outcome.OFFSET_MISMATCH),
    (413, _error("push_too_large"), Outcome.TOO_LARGE),
    (422, _error("hash_mismatch"), Outcome.HASH_MISMATCH),
    (426, _error("protocol_unsupported", "Install version 2."), Outcome.UPGRADE),
    (429, None, Outcome.RETRY),
    (460, None, Outcome.CHECKSUM),
    (400, _error("bad_request"), Outcome.BAD_REQUEST),
    (500, None, Outcome.RETRY),
    (502, None, Outcome.RETRY),
    (503, None, Outcome.RETRY),
    (504, None, Outcome.RETRY),
])
def test_status_to_outcome(status, body, outcome):
    answer = classify(_response(status, body))
    assert answer.outcome is outcome
    if isinstance(body, dict) and "error" in body:
        assert answer.code == body["error"]["code"] and answer.message == body["error"]["message"]


def test_no_answer_is_retry():
    assert classify(None, requests.ConnectionError("refused")).outcome is Outcome.RETRY


def test_a_cut_or_garbled_success_body_is_retried_not_trusted():
    cut = _response(200, raw=b'{"server_epoch": "abc", "res', headers={"Content-Type": "application/json"})
    assert classify(cut).outcome is Outcome.RETRY
    # A hotel's captive portal answers 200 with its own page: not the server, so try again later.
    html = _response(200, raw=b"<html>captive portal</html>", headers={"Content-Type": "text/html"})
    assert classify(html).outcome is Outcome.RETRY


def test_retry_after_is_honoured_when_given_in_seconds():
    assert classify(_response(429, headers={"Retry-After": "7"})).retry_after == 7.0
    assert classify(_response(503, headers={"Retry-After": "Wed, 21 Oct 2026 07:28:00 GMT"})).retry_after is None
