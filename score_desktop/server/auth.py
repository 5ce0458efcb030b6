"""Accounts: password hashes, bearer tokens, roles and assignments (login.py holds back password guessing).

Passwords are hashed with scrypt and a per-user random salt (memory-hard, in the standard library). Tokens are
long random strings handed out once at login; the database keeps only their SHA-256, which is enough for a
secret with 256 bits of entropy and fast enough to check on every request.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update

from score_desktop.server import schema
from score_desktop.server.db import utc_now

ROLES = ("trainer", "coordinator", "admin")
#: Roles that see and write every enterprise (docs/sync-protocol.md, Auth).
ALL_SCOPE_ROLES = ("coordinator", "admin")
MIN_PASSWORD_LENGTH = 8

# scrypt cost: about 50 ms and 16 MiB per hash here; stored with each hash so it can be raised later.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


@dataclass(frozen=True)
class Principal:
    """Who sends a request: the token's user and device."""

    user_id: str
    username: str
    role: str
    device_id: str

    @property
    def sees_all(self) -> bool:
        return self.role in ALL_SCOPE_ROLES


def normalize_username(name: str) -> str:
    """Usernames compare without regard to case or Unicode form (``Li.Wei`` and ``li.wei`` are one account)."""
    return unicodedata.normalize("NFKC", name).strip().casefold()


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P,
                            maxmem=64 * 1024 * 1024, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r),
                                p=int(p), maxmem=64 * 1024 * 1024, dklen=len(digest_hex) // 2)
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)


#: Checked against when the username is unknown, so both failures take the same time.
DUMMY_HASH = hash_password("not a password of anyone", salt=b"\0" * 16)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# -- database operations ---------------------------------------------------------------------------------------

class AccountError(ValueError):
    """A user-management mistake (unknown user, taken name, bad role): the CLI answers it with exit status 2."""


def add_user(conn: Connection, username: str, role: str, password: str) -> str:
    name = normalize_username(username)
    if not name or len(name) > 64 or any(ch.isspace() for ch in name):
        raise AccountError("a username is 1 to 64 characters without spaces")
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; choose one of: {', '.join(ROLES)}")
    _check_password(password)
    if conn.scalar(select(schema.users.c.id).where(schema.users.c.username == name)):
        raise AccountError(f"a user named {name!r} already exists")
    user_id = str(uuid.uuid4())
    conn.execute(insert(schema.users).values(id=user_id, username=name, role=role,
                                             password_hash=hash_password(password), disabled=False,
                                             created_at=utc_now()))
    return user_id


def find_user(conn: Connection, username: str):
    return conn.execute(select(schema.users).where(
        schema.users.c.username == normalize_username(username))).first()


def disable_user(conn: Connection, username: str) -> None:
    """Disable the account and revoke its tokens: its next request answers 401."""
    user = find_user(conn, username)
    if user is None:
        raise AccountError(f"no user named {normalize_username(username)!r}")
    conn.execute(update(schema.users).where(schema.users.c.id == user.id).values(disabled=True))
    conn.execute(update(schema.tokens).where(schema.tokens.c.user_id == user.id).values(revoked=True))


class DeviceTaken(Exception):
    """The device id is registered to another user."""


def register_device(conn: Connection, user_id: str, device_id: str | None, device_name: str) -> str:
    """The device row for this login: the client's id if it sent one, else a new id."""
    if device_id is not None:
        row = conn.execute(select(schema.devices).where(schema.devices.c.id == device_id)).first()
        if row is not None:
            if row.user_id != user_id:
                raise DeviceTaken(device_id)
            conn.execute(update(schema.devices).where(schema.devices.c.id == device_id).values(
                name=device_name, last_seen_at=utc_now()))
            return device_id
    device_id = device_id or str(uuid.uuid4())
    conn.execute(insert(schema.devices).values(id=device_id, user_id=user_id, name=device_name,
                                               next_client_seq=None, created_at=utc_now(),
                                               last_seen_at=utc_now()))
    return device_id


def issue_token(conn: Connection, user_id: str, device_id: str) -> str:
    token = new_token()
    conn.execute(insert(schema.tokens).values(token_hash=token_hash(token), user_id=user_id, device_id=device_id,
                                              created_at=utc_now(), revoked=False))
    return token


def revoke_token(conn: Connection, token: str) -> None:
    conn.execute(update(schema.tokens).where(schema.tokens.c.token_hash == token_hash(token)).values(revoked=True))


def principal_for_token(conn: Connection, token: str, *,
                        idle_since: str) -> tuple[Principal, str] | None:
    """Who holds this token and when it was last used; None when it is unknown, revoked, idle since before
    ``idle_since`` (a stored time), or its user is disabled."""
    users, tokens = schema.users, schema.tokens
    row = conn.execute(
        select(users.c.id, users.c.username, users.c.role, tokens.c.device_id, tokens.c.created_at,
               tokens.c.last_used_at)
        .select_from(tokens.join(users, users.c.id == tokens.c.user_id))
        .where(tokens.c.token_hash == token_hash(token), tokens.c.revoked.is_(False),
               users.c.disabled.is_(False))).first()
    if row is None:
        return None
    last_used = row.last_used_at or row.created_at
    if last_used < idle_since:
        return None
    return Principal(row.id, row.username, row.role, row.device_id), last_used


def note_token_used(conn: Connection, token: str, moment: str) -> None:
    conn.execute(update(schema.tokens).where(schema.tokens.c.token_hash == token_hash(token))
                 .values(last_used_at=moment))


def set_password(conn: Connection, username: str, password: str) -> None:
    """A new password for the account; every session it had ends (its next request answers 401)."""
    user = find_user(conn, username)
    if user is None:
        raise AccountError(f"no user named {normalize_username(username)!r}")
    _check_password(password)
    conn.execute(update(schema.users).where(schema.users.c.id == user.id)
                 .values(password_hash=hash_password(password)))
    conn.execute(update(schema.tokens).where(schema.tokens.c.user_id == user.id).values(revoked=True))


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password is too short (at least {MIN_PASSWORD_LENGTH} characters)")


def assign(conn: Connection, username: str, enterprise_id: str, *, remove: bool = False) -> None:
    user = find_user(conn, username)
    if user is None:
        raise AccountError(f"no user named {normalize_username(username)!r}")
    table = schema.assignments
    exists = conn.scalar(select(table.c.user_id).where(table.c.user_id == user.id,
                                                       table.c.enterprise_id == enterprise_id))
    if remove:
        if exists:
            conn.execute(table.delete().where(table.c.user_id == user.id, table.c.enterprise_id == enterprise_id))
    elif not exists:
        conn.execute(insert(table).values(user_id=user.id, enterprise_id=enterprise_id, assigned_at=utc_now()))


def scope_of(conn: Connection, principal: Principal) -> frozenset[str] | None:
    """The enterprise ids a user sees, or None for "all"."""
    if principal.sees_all:
        return None
    table = schema.assignments
    return frozenset(conn.scalars(select(table.c.enterprise_id).where(table.c.user_id == principal.user_id)))
