"""A server failure is logged with its statement and place, never with the data (issue 10, item 12).

Pushes carry whatever trainers write and sign-ins carry usernames; a traceback with SQL parameters (or
PostgreSQL's "Failing row contains ...") would copy them into the log. Here the database itself refuses the
writes (a trigger on SQLite, a CHECK constraint on PostgreSQL), as a real fault would.
"""

from __future__ import annotations

import time
import uuid

import pytest
import requests
from sqlalchemy import text

from score_desktop.server import db
from tests.support.servers import BACKENDS

pytestmark = pytest.mark.integration


def _refuse_inserts(server, table: str) -> None:
    with db.writing(server.engine) as conn:
        if server.backend == "sqlite":
            conn.execute(text(f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} "
                              f"BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"))
        else:
            conn.execute(text(f"ALTER TABLE {table} ADD CONSTRAINT refuse_{table} CHECK (false) NOT VALID"))


def _log_after(server, answer: requests.Response, needle: str) -> str:
    deadline = time.monotonic() + 5
    while needle not in server.log_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    return server.log_text()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_database_failure_logs_the_statement_not_the_data(server_pool, backend):
    server = server_pool.fresh(backend, "logging").start()
    try:
        device = server.device()
        secret_text = f"SECRET-FINDING-{uuid.uuid4().hex}"
        secret_name = f"secret-user-{uuid.uuid4().hex}"
        _refuse_inserts(server, "mutations")
        _refuse_inserts(server, "login_failures")

        answer = device.push_raw([device.mutation("enterprise", None, {"name": secret_text})])
        assert answer.status_code == 500 and answer.json()["error"]["code"] == "internal_error"
        login = requests.post(server.api + "/auth/login", headers=server.headers(), timeout=30,
                              json={"username": secret_name, "password": "whatever", "device_name": "x"})
        assert login.status_code == 500

        log = _log_after(server, login, "login_failures")
        assert "INSERT INTO mutations" in log and "login_failures" in log  # the statements, to find the fault
        assert secret_text not in log and secret_name not in log
        assert "Failing row" not in log and "[parameters:" not in log and "DETAIL" not in log
    finally:
        server.stop()
