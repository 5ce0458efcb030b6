"""Signing in under attack (issue 10, items 2 and 6).

* The password hash (scrypt, ~50 ms) runs while no transaction is open, so guesses do not hold the SQLite write
  lock that every push needs. Proved by the order of events: while a sign-in is hashing, another connection takes
  the write lock without waiting (no timing involved). bench/login.py measures what that means for push latency.
* Failed sign-ins are counted per account in the database, before the password is checked, so parallel requests
  and several server processes share one count; past the limit the account is locked for a while, the admin is
  told in the log, and every failure is logged with the username and the client address.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid

import pytest
import requests
from sqlalchemy.exc import OperationalError

from score_desktop.server import auth, login
from score_desktop.server.config import Limits
from tests.support.servers import BACKENDS, PASSWORD

pytestmark = pytest.mark.integration

#: A small limit keeps these tests quick: the in-memory slow-down of one client's repeated failures (0.5 s after
#: the third, doubling) would otherwise make ten sequential failures take half a minute.
LIMIT = 4


@pytest.fixture(scope="module", params=BACKENDS)
def strict_server(request, server_pool):
    """A server that locks an account after LIMIT failed sign-ins."""
    return server_pool.get(request.param, "strict-sign-in", settings={"max_failed_sign_ins": LIMIT})


def _a_writer_gets_through(server) -> bool:
    """Can another connection take the database's write lock right now, without waiting at all?"""
    if server.backend == "sqlite":
        conn = sqlite3.connect(server.data / "server.db", timeout=0, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            return True
        except sqlite3.OperationalError:
            return False
        finally:
            conn.close()
    # PostgreSQL has no database-wide write lock; the nearest thing a sign-in could hold is a lock on the
    # accounts it reads. ACCESS EXCLUSIVE conflicts with any open transaction that has read the table.
    with server.engine.connect() as conn:
        try:
            conn.exec_driver_sql("LOCK TABLE users IN ACCESS EXCLUSIVE MODE NOWAIT")
            return True
        except OperationalError:
            return False
        finally:
            conn.rollback()


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_password_is_hashed_while_no_transaction_holds_the_database(server_pool, backend):
    server = server_pool.fresh(backend, "hash")
    username = server.add_user()
    while_hashing: list[bool] = []

    def verify(password: str, stored: str) -> bool:
        while_hashing.append(_a_writer_gets_through(server))
        return auth.verify_password(password, stored)

    for name, password in ((username, PASSWORD), ("made-up-" + uuid.uuid4().hex, "guess"), (username, "guess")):
        attempt = login.Attempt(name, password, "laptop", None, "192.0.2.7")
        login.sign_in(server.engine, attempt, Limits(), verify=verify)
    assert while_hashing == [True, True, True]


def _post_login(server, username: str, password: str) -> requests.Response:
    return requests.post(server.api + "/auth/login", headers=server.headers(), timeout=120,
                         json={"username": username, "password": password, "device_name": "x"})


def test_parallel_guesses_on_one_account_stop_at_the_limit(strict_server):
    server, limit = strict_server, LIMIT
    username = server.add_user()
    answers: list[requests.Response] = []
    start = threading.Barrier(3 * limit)

    def guess(number: int) -> None:
        start.wait()
        answers.append(_post_login(server, username, f"guess {number}"))

    threads = [threading.Thread(target=guess, args=(number,)) for number in range(3 * limit)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [401] * limit + [403] * (2 * limit), statuses  # only `limit` passwords were checked
    locked = _post_login(server, username, PASSWORD)  # the right password too, while the lock lasts
    assert locked.status_code == 403 and locked.json()["error"]["code"] == "account_locked"
    assert int(locked.headers["Retry-After"]) > 0 and "try again" in locked.json()["error"]["message"]
    log = server.log_text()
    assert log.count(f"failed sign-in for {username!r} from 127.0.0.1") == limit
    assert log.count(f"refused sign-in for {username!r} from 127.0.0.1: locked") == 2 * limit + 1
    assert f"sign-ins for {username!r} are locked" in log


def test_an_unknown_name_locks_the_same_way(strict_server):
    """A lock must not tell whether an account exists."""
    server = strict_server
    name = "nobody-" + uuid.uuid4().hex
    for _ in range(LIMIT):
        assert _post_login(server, name, "guess").status_code == 401
    assert _post_login(server, name, "guess").json()["error"]["code"] == "account_locked"


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_count_is_shared_by_server_processes_and_the_admin_can_unlock(server_pool, cli, backend):
    server = server_pool.fresh(backend, "shared-count").configure(max_failed_sign_ins=LIMIT).start()
    twin = server.twin()
    try:
        username = server.add_user()
        for number in range(LIMIT):
            process = server if number % 2 else twin
            assert _post_login(process, username, "guess").status_code == 401
        assert _post_login(server, username, PASSWORD).status_code == 403
        assert _post_login(twin, username, PASSWORD).status_code == 403
        listed = cli("user", "list", data=server.data)
        assert any(username in line and "locked" in line for line in listed.stdout.splitlines()), listed.stdout
        unlocked = cli("user", "unlock", username, data=server.data)
        assert unlocked.returncode == 0, unlocked.stderr
        assert _post_login(twin, username, PASSWORD).status_code == 200
    finally:
        twin.stop()
        server.stop()


def test_a_success_clears_the_count(strict_server):
    server = strict_server
    username = server.add_user()
    for _ in range(LIMIT - 1):
        assert _post_login(server, username, "guess").status_code == 401
    assert _post_login(server, username, PASSWORD).status_code == 200
    for _ in range(LIMIT - 1):
        assert _post_login(server, username, "guess").status_code == 401
    assert _post_login(server, username, PASSWORD).status_code == 200


def test_the_laptop_says_the_account_is_locked_in_the_trainers_words(strict_server, tmp_path):
    from score_desktop.store.workspace import Workspace
    from score_desktop.sync.account import SignInError, sign_in

    username = strict_server.add_user()
    for _ in range(LIMIT):
        assert _post_login(strict_server, username, "guess").status_code == 401
    with Workspace.open(tmp_path / "laptop") as ws, pytest.raises(SignInError) as caught:
        sign_in(ws, strict_server.url, username, PASSWORD)
    assert caught.value.template == SignInError.LOCKED and caught.value.params["minutes"] >= 1
