"""Signing in: checking a password without stalling the server, and holding back password guessing.

The order of events is the point (issue 10, items 2 and 6):

1. The attempt is counted for the typed username in a short write transaction, before any password is checked.
   Parallel attempts and every server process share that count (it is in the database), so a burst of a hundred
   guesses is not a hundred checked passwords. The attempt after ``max_failed_sign_ins`` failures locks the
   username for ``sign_in_lock_minutes``; a locked username is refused without checking the password, whether or
   not an account has that name (a lock tells nothing about which names exist).
2. The password is checked while no transaction is open. scrypt takes about 50 ms and 16 MiB on purpose; on
   SQLite a write transaction holds the database's one write lock, so a check inside one made every push wait
   behind every guess.
3. Only a right password opens a second short write transaction: the device, the token, and the count cleared.

Between 1 and 2 the answer is slowed down once a username has failed a few times (:func:`slow_down`), from the
same count in the database, so a client that spreads its guesses over the workers of ``serve --workers N`` is
slowed down as much as one that sends them all to one.

Every failure is logged with the username and the client address (the admin's view of an attack); so is a lock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import Engine, delete, select, update

from score_desktop.server import auth, db, schema
from score_desktop.server.config import Limits

log = logging.getLogger("score_desktop.server.login")


@dataclass(frozen=True)
class Attempt:
    """A sign-in as the client sent it, and where it came from."""

    username: str
    password: str
    device_name: str
    device_id: str | None
    client: str


class AccountLocked(Exception):
    """Too many failed sign-ins for this username; ``seconds`` until it may try again."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"locked for {seconds} more seconds")
        self.seconds = max(1, seconds)


def account_key(username: str) -> str:
    """What failures are counted under: the normalized name, hashed to a fixed size (any name may be typed)."""
    return hashlib.sha256(auth.normalize_username(username).encode("utf-8")).hexdigest()


#: Failed sign-ins of a username that cost nothing; each later one doubles the wait before the next answer.
FREE_FAILURES = 3
FIRST_WAIT_S = 0.5
LONGEST_WAIT_S = 8.0


def slow_down(failures: int) -> float:
    """Seconds to wait before checking the password of a username that failed ``failures`` times lately."""
    if failures < FREE_FAILURES:
        return 0.0
    return min(LONGEST_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_FAILURES))


def sign_in(engine: Engine, attempt: Attempt, limits: Limits, *,
            verify: Callable[[str, str], bool] = auth.verify_password) -> dict | None:
    """The login answer's body, or None for a wrong username or password (:func:`count_attempt`, then
    :func:`check`, without the slow-down the API adds between them).

    Raises :class:`AccountLocked` and :class:`auth.DeviceTaken`. ``verify`` is the password check (a test
    wraps it to see what is locked while it runs).
    """
    count_attempt(engine, attempt, limits)
    return check(engine, attempt, verify=verify)


def count_attempt(engine: Engine, attempt: Attempt, limits: Limits) -> int:
    """Count this attempt; returns how many failed before it, lately. Raises :class:`AccountLocked`."""
    return _count_attempt(engine, account_key(attempt.username), attempt, limits)


def check(engine: Engine, attempt: Attempt, *,
          verify: Callable[[str, str], bool] = auth.verify_password) -> dict | None:
    """Check the password (no transaction open) and, when it is right, sign the device in."""
    key = account_key(attempt.username)
    with db.reading(engine) as conn:
        user = auth.find_user(conn, attempt.username)
    right = verify(attempt.password, user.password_hash if user is not None else auth.DUMMY_HASH)
    if user is None or not right or user.disabled:
        log.warning("failed sign-in for %r from %s", attempt.username, attempt.client)
        return None
    with db.writing(engine) as conn:
        device_id = auth.register_device(conn, user.id, attempt.device_id, attempt.device_name)
        token = auth.issue_token(conn, user.id, device_id)
        conn.execute(delete(schema.login_failures).where(schema.login_failures.c.account_key == key))
    return {"token": token, "device_id": device_id,
            "user": {"id": user.id, "username": user.username, "role": user.role}}


def _count_attempt(engine: Engine, key: str, attempt: Attempt, limits: Limits) -> int:
    """Count one attempt for ``key``; raise :class:`AccountLocked` if it is locked, or this attempt locks it.
    Returns the failures before this attempt within the window."""
    table = schema.login_failures
    now = dt.datetime.now(dt.timezone.utc)
    stamp = db.utc_stamp(now)
    window_start = db.utc_stamp(now - dt.timedelta(minutes=limits.sign_in_lock_minutes))
    with db.writing(engine) as conn:
        # Rows of names nobody tried for a while go, so made-up names cannot grow the table without end.
        conn.execute(delete(table).where(table.c.last_at < window_start,
                                         (table.c.locked_until.is_(None)) | (table.c.locked_until < stamp)))
        db.insert_ignoring_duplicates(conn, table, {"account_key": key, "failures": 0, "last_at": stamp})
        row = conn.execute(select(table).where(table.c.account_key == key).with_for_update()).one()
        if row.locked_until is not None and row.locked_until > stamp:
            locked_for = _seconds_until(row.locked_until, now)
        else:
            fresh = row.locked_until is not None or row.last_at < window_start  # a lock ran out, or long ago
            failures = (0 if fresh else row.failures) + 1
            locked_until = None
            if failures > limits.max_failed_sign_ins:
                locked_until = db.utc_stamp(now + dt.timedelta(minutes=limits.sign_in_lock_minutes))
            conn.execute(update(table).where(table.c.account_key == key)
                         .values(failures=failures, last_at=stamp, locked_until=locked_until))
            if locked_until is None:
                return failures - 1
            locked_for = limits.sign_in_lock_minutes * 60
            log.warning("sign-ins for %r are locked until %s after %d failed attempts (the last from %s); "
                        "'score-server user unlock' lifts the lock", attempt.username, locked_until,
                        failures - 1, attempt.client)
    log.warning("refused sign-in for %r from %s: locked", attempt.username, attempt.client)
    raise AccountLocked(locked_for)


def _seconds_until(stamp: str, now: dt.datetime) -> int:
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return int((moment - now).total_seconds()) + 1


def unlock(conn, username: str) -> None:
    """Lift a lock (and forget the failures) of ``username`` at once: ``score-server user unlock``."""
    conn.execute(delete(schema.login_failures).where(schema.login_failures.c.account_key == account_key(username)))


def locked_keys(conn) -> set[str]:
    """The account keys locked right now (``score-server user list`` shows them)."""
    table = schema.login_failures
    return set(conn.scalars(select(table.c.account_key).where(table.c.locked_until > db.utc_now())))
