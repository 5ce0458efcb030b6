"""The OpenAPI description states the tus headers and the shapes of ids, hashes and cursors, and each address
answers the methods it does not serve with 405 and all the ones it does (issue 10, item 13)."""

from __future__ import annotations

import re

import pytest
import requests

pytestmark = pytest.mark.integration

UPLOAD = "/api/v1/uploads/{upload_id}"


def test_the_description_states_the_tus_headers_and_the_shapes(sqlite_server):
    paths = requests.get(sqlite_server.url + "/openapi.json", timeout=30).json()["paths"]

    def parameters(path: str, method: str) -> dict[str, dict]:
        return {p["name"]: p for p in paths[path][method]["parameters"]}

    create = parameters("/api/v1/uploads/", "post")
    assert {"Tus-Resumable", "Upload-Length", "Upload-Metadata", "X-Protocol-Version"} <= set(create)
    assert create["Upload-Length"]["schema"]["maximum"] > 0
    append = parameters(UPLOAD, "patch")
    assert {"Tus-Resumable", "Upload-Offset"} <= set(append) and "Upload-Checksum" in paths[UPLOAD]["patch"][
        "description"]
    assert "application/offset+octet-stream" in paths[UPLOAD]["patch"]["requestBody"]["content"]
    assert paths[UPLOAD]["head"]["responses"]["200"]["headers"].keys() >= {"Upload-Offset", "Upload-Length"}
    assert re.fullmatch(append["upload_id"]["schema"]["pattern"].strip("^$"), "0b9f1c7e-2d3a-4f5b-8c6d-7e8f9a0b1c2d")
    assert parameters("/api/v1/blobs/{sha256}", "get")["sha256"]["schema"]["pattern"] == "^[0-9a-f]{64}$"
    cursor = parameters("/api/v1/sync/pull", "get")["cursor"]
    assert cursor["schema"]["pattern"] == "^[A-Za-z0-9_-]*$" and "bad_cursor" in cursor["description"]
    assert paths["/api/v1/sync/meta"]["get"]["security"] == [{"bearer": []}]


def test_options_of_an_upload_lists_its_methods(sqlite_server):
    device = sqlite_server.device()
    url = device.tus_create(10, "a" * 64)
    answer = device.http.options(url, timeout=30)
    assert answer.status_code == 204 and answer.headers["Tus-Version"] == "1.0.0"
    assert answer.headers["Allow"] == "HEAD, OPTIONS, PATCH"


@pytest.mark.parametrize("method, path, allow", [
    ("DELETE", "/uploads/0b9f1c7e-2d3a-4f5b-8c6d-7e8f9a0b1c2d", "HEAD, OPTIONS, PATCH"),
    ("GET", "/uploads/", "OPTIONS, POST"),
    ("GET", "/blobs/check", "POST"),
    ("POST", "/blobs/" + "0" * 64, "GET"),
    ("PUT", "/sync/push", "POST"),
])
def test_a_method_an_address_does_not_answer_is_405_with_all_it_does(sqlite_server, method, path, allow):
    device = sqlite_server.device()
    answer = device.http.request(method, sqlite_server.api + path, timeout=30)
    assert answer.status_code == 405 and answer.headers["Allow"] == allow
    assert answer.json()["error"]["code"] == "method_not_allowed"
