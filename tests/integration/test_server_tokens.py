"""Tokens end: after an idle time (90 days unless server.json says otherwise) and when the password changes.

The laptop then asks to sign in again and keeps its outbox (issue 10, item 11).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from score_desktop.server import auth, db, schema
from score_desktop.store import outbox
from tests.builders import make_enterprise
from tests.support.servers import PASSWORD
from tests.support.sync import signed_in_workspace, sync

pytestmark = pytest.mark.integration


def _last_used(server, token: str, *, days_ago: float | None = None) -> str | None:
    """When the token was last used; with ``days_ago``, first pretend that was so long ago."""
    tokens = schema.tokens
    where = tokens.c.token_hash == auth.token_hash(token)
    with db.writing(server.engine) as conn:
        if days_ago is not None:
            moment = db.utc_stamp(dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days_ago))
            conn.execute(update(tokens).where(where).values(created_at=moment, last_used_at=moment))
        return conn.scalar(select(tokens.c.last_used_at).where(where))


def test_a_token_idle_past_the_limit_ends_and_a_used_one_lives_on(server):
    idle, used = server.device(), server.device()
    _last_used(server, idle.token, days_ago=91)
    answer = idle.get("/sync/meta")
    assert answer.status_code == 401 and answer.json()["error"]["code"] == "unauthorized"
    before = _last_used(server, used.token, days_ago=89)
    assert used.get("/sync/meta").status_code == 200
    assert _last_used(server, used.token) > before  # using it counts: its idle time starts again


def test_the_idle_limit_is_a_setting(server_pool):
    server = server_pool.fresh("sqlite", "short-tokens").configure(token_idle_days=2).start()
    try:
        device = server.device()
        _last_used(server, device.token, days_ago=1.5)
        assert device.get("/sync/meta").status_code == 200
        _last_used(server, device.token, days_ago=2.5)
        assert device.get("/sync/meta").status_code == 401
    finally:
        server.stop()


def test_a_new_password_ends_every_session(server, cli):
    first, second = server.device(), None
    second = server.login(first.username)
    done = cli("user", "password", first.username, "--password-stdin", data=server.data,
               stdin="a brand new password\n")
    assert done.returncode == 0, done.stderr
    assert first.get("/sync/meta").status_code == 401 and second.get("/sync/meta").status_code == 401
    with pytest.raises(AssertionError):
        server.login(first.username)  # the old password no longer signs in
    short = cli("user", "password", first.username, "--password-stdin", data=server.data, stdin="short\n")
    assert short.returncode == 2 and "too short" in short.stderr


def test_the_laptop_asks_to_sign_in_again_and_keeps_its_outbox(tmp_path, server):
    username = server.add_user()
    ws = signed_in_workspace(tmp_path / "laptop", server, username)
    assert sync(ws).ok
    enterprise = make_enterprise(ws, name="Written while the token ran out")
    with db.writing(server.engine) as conn:  # ninety-one days without a sync
        moment = db.utc_stamp(dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=91))
        conn.execute(update(schema.tokens).values(created_at=moment, last_used_at=moment)
                     .where(schema.tokens.c.user_id == conn.scalar(
                         select(schema.users.c.id).where(schema.users.c.username == username))))
    result = sync(ws)
    assert result.outcome == "sign_in" and "sign in again" in result.message
    assert [m.record_id for m in outbox.mutations(ws.conn)] == [enterprise["id"]]
    from score_desktop.sync.account import sign_in

    sign_in(ws, server.url, username, PASSWORD)
    assert sync(ws).ok and ws.waiting_count() == 0
    assert ("enterprise", enterprise["id"]) in server.login(username).pull_all()
