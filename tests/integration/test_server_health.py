"""``GET /healthz`` for the reverse proxy: no token, no protocol header; 503 naming what cannot be reached."""

from __future__ import annotations

import json

import pytest
import requests
from sqlalchemy import text

from tests.support.servers import BACKENDS

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_healthy_server_answers_without_a_token_or_a_protocol_header(server_pool, backend):
    server = server_pool.get(backend)
    answer = requests.get(server.url + "/healthz", timeout=30)
    assert answer.status_code == 200
    assert answer.json() == {"status": "ok", "database": "ok", "blob_store": "ok"}
    assert requests.post(server.url + "/healthz", timeout=30).status_code == 405


@pytest.mark.postgres
def test_an_object_store_that_does_not_answer_is_503(server_pool, object_store):
    server = server_pool.fresh("postgres", "store-down", s3=object_store)
    config = json.loads((server.data / "server.json").read_text())
    (server.data / "server.json").write_text(json.dumps({**config, "s3_endpoint": "http://127.0.0.1:9"}))
    server.start()
    try:
        answer = requests.get(server.url + "/healthz", timeout=60)
        assert answer.status_code == 503
        body = answer.json()
        assert body["status"] == "unavailable" and body["database"] == "ok" and body["blob_store"] != "ok"
        assert "s3://" in body["blob_store"] and server.env["AWS_SECRET_ACCESS_KEY"] not in answer.text
    finally:
        server.stop()


@pytest.mark.postgres
def test_a_database_that_is_gone_is_503(server_pool):
    server = server_pool.fresh("postgres", "database-down").start()
    try:
        with server.engine.begin() as conn:  # the server's schema (its search_path) disappears under it
            schema_name = conn.execute(text("SELECT current_schema()")).scalar_one()
            conn.execute(text(f'DROP SCHEMA "{schema_name}" CASCADE'))
        answer = requests.get(server.url + "/healthz", timeout=60)
        assert answer.status_code == 503
        assert answer.json()["database"] != "ok" and answer.json()["blob_store"] == "ok"
    finally:
        server.stop()
