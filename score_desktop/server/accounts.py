"""What ``score-server user ...`` shows and changes: accounts, their roles, their devices and how far each synced.

The commands (cli.py parses them): ``add``, ``list``, ``enable``, ``disable``, ``set-password`` (``password``,
its first name, still works), ``set-role``, ``unlock`` and ``devices NAME``. Each answers in one table or one
sentence; a mistake (an unknown name, a bad role) is an :class:`auth.AccountError`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select, update

from score_desktop.server import auth, db, login, schema


def enable_user(conn: Connection, username: str) -> None:
    """Let a disabled account sign in again (its old sessions stay ended: its devices sign in anew)."""
    user = _user(conn, username)
    conn.execute(update(schema.users).where(schema.users.c.id == user.id).values(disabled=False))


def set_role(conn: Connection, username: str, role: str) -> str:
    """Give the account another role, from its next request on; returns the role it had."""
    if role not in auth.ROLES:
        raise auth.AccountError(f"unknown role {role!r}; choose one of: {', '.join(auth.ROLES)}")
    user = _user(conn, username)
    conn.execute(update(schema.users).where(schema.users.c.id == user.id).values(role=role))
    return user.role


def _user(conn: Connection, username: str):
    user = auth.find_user(conn, username)
    if user is None:
        raise auth.AccountError(f"no user named {auth.normalize_username(username)!r}")
    return user


@dataclass(frozen=True)
class AccountLine:
    username: str
    role: str
    status: str  # active, disabled, locked
    enterprises: str  # a count, or "all"
    devices: int
    last_sync: str | None


def account_lines(conn: Connection) -> list[AccountLine]:
    users, assignments, devices = schema.users, schema.assignments, schema.devices
    held = select(func.count()).where(assignments.c.user_id == users.c.id).scalar_subquery()
    device_count = select(func.count()).where(devices.c.user_id == users.c.id).scalar_subquery()
    last_pull = select(func.max(devices.c.last_pull_at)).where(devices.c.user_id == users.c.id).scalar_subquery()
    rows = conn.execute(select(users.c.username, users.c.role, users.c.disabled, held.label("held"),
                               device_count.label("devices"), last_pull.label("last_sync"))
                        .order_by(users.c.username)).all()
    locked = login.locked_keys(conn)
    lines = []
    for row in rows:
        status = "disabled" if row.disabled else "locked" if login.account_key(row.username) in locked else "active"
        scope = "all" if row.role in auth.ALL_SCOPE_ROLES else str(row.held)
        lines.append(AccountLine(row.username, row.role, status, scope, row.devices, row.last_sync))
    return lines


def format_accounts(lines: list[AccountLine]) -> str:
    out = [f"{'USERNAME':<24} {'ROLE':<12} {'STATUS':<9} {'ENTERPRISES':<12} {'DEVICES':<8} LAST SYNC"]
    for line in lines:
        out.append(f"{line.username:<24} {line.role:<12} {line.status:<9} {line.enterprises:<12} "
                   f"{line.devices:<8} {line.last_sync or 'never'}")
    return "\n".join(out)


@dataclass(frozen=True)
class DeviceLine:
    device_id: str
    name: str
    registered: str
    last_seen: str | None  # the last sign-in or push
    last_sync: str | None  # the last pull that reached the end of the changes
    pushed_through: int | None  # the outbox position: the last client_seq the server has processed
    pulled_through: int | None  # the change counter the last complete pull reached
    sessions: int


def device_lines(conn: Connection, username: str) -> tuple[list[DeviceLine], int]:
    """The account's devices, newest first, and the server's change counter (to compare pulls with)."""
    user = _user(conn, username)
    devices, tokens = schema.devices, schema.tokens
    sessions = (select(func.count()).where(tokens.c.device_id == devices.c.id, tokens.c.revoked.is_(False))
                .scalar_subquery())
    rows = conn.execute(select(devices, sessions.label("sessions")).where(devices.c.user_id == user.id)
                        .order_by(devices.c.created_at.desc())).all()
    lines = [DeviceLine(row.id, row.name, row.created_at, row.last_seen_at, row.last_pull_at,
                        row.next_client_seq - 1 if row.next_client_seq is not None else None,
                        row.pulled_through, row.sessions) for row in rows]
    return lines, db.read_counter(conn)


def format_devices(username: str, lines: list[DeviceLine], counter: int) -> str:
    if not lines:
        return f"{username} has not signed in from any device."
    out = [f"{'DEVICE':<36}  {'NAME':<20} {'LAST SYNC':<24} {'LAST SEEN':<24} {'PUSHED THROUGH':<15} "
           f"{'PULLED THROUGH':<22} SESSIONS"]
    for line in lines:
        pushed = "nothing yet" if line.pushed_through is None else f"client_seq {line.pushed_through}"
        pulled = "never" if line.pulled_through is None else f"change {line.pulled_through} of {counter}"
        out.append(f"{line.device_id:<36}  {line.name[:20]:<20} {line.last_sync or 'never':<24} "
                   f"{line.last_seen or '-':<24} {pushed:<15} {pulled:<22} {line.sessions}")
    return "\n".join(out)


def note_pulled(conn: Connection, device_id: str, counter: int) -> None:
    """A pull of this device reached the end of the changes at ``counter``: the end of a sync round."""
    conn.execute(update(schema.devices).where(schema.devices.c.id == device_id)
                 .values(last_pull_at=db.utc_now(), pulled_through=counter))
