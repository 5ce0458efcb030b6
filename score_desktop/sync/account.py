"""Signing in and out: the token, the account and the device this workspace syncs as."""

from __future__ import annotations

import math
import platform
import uuid
from typing import TYPE_CHECKING

from score_desktop.errors import QT_TRANSLATE_NOOP, UserError
from score_desktop.store import outbox
from score_desktop.store.workspace import Workspace
from score_desktop.sync import credentials, protocol, state
from score_desktop.sync.transport import MESSAGES, Outcome, Transport

if TYPE_CHECKING:
    import requests


class SignInError(UserError):
    context = "Sync"
    WRONG_PASSWORD = QT_TRANSLATE_NOOP("Sync", "The user name or password is wrong.")
    UNREACHABLE = QT_TRANSLATE_NOOP("Sync", "Cannot reach the server at {url}. Check the address and the network.")
    OTHER_SERVER = QT_TRANSLATE_NOOP(
        "Sync", "This workspace syncs with {server} as {username}. Use a new workspace for another server or "
                "account.")
    DEMO = QT_TRANSLATE_NOOP("Sync", "A demo workspace never syncs. Sign in from your own workspace.")
    REFUSED = QT_TRANSLATE_NOOP("Sync", "The server refused the sign-in: {message}")
    LOCKED = QT_TRANSLATE_NOOP("Sync", "Too many failed sign-ins for this account. Try again later (in {minutes} "
                                       "min), or ask your coordinator to unlock it.")


def _has_synced(ws: Workspace) -> bool:
    return bool(ws.meta(state.PULL_CURSOR)) or ws.conn.execute(
        "SELECT 1 FROM outbox WHERE state IN ('acked', 'rejected') LIMIT 1").fetchone() is not None


def sign_in(ws: Workspace, server_url: str, username: str, password: str, *,
            session: requests.Session | None = None) -> state.Account:
    """Sign in, keep the token, and remember the account; raises :class:`SignInError` with a clear sentence."""
    server_url = server_url.strip().rstrip("/")
    if ws.meta("demo"):
        raise SignInError(SignInError.DEMO)
    current = state.account(ws)
    if current and (current.server_url, current.username) != (server_url, username) and _has_synced(ws):
        raise SignInError(SignInError.OTHER_SERVER, server=current.server_url, username=current.username)
    new_device = ws.meta(state.NEEDS_NEW_DEVICE) == "1"
    device_id = str(uuid.uuid4()) if new_device else ws.device_id
    with Transport(server_url, session=session) as transport:
        answer = transport.login(username, password, device_name=platform.node() or "laptop", device_id=device_id)
    if answer.outcome is Outcome.SIGN_IN:
        raise SignInError(SignInError.WRONG_PASSWORD)
    if answer.outcome is Outcome.RETRY:
        raise SignInError(SignInError.UNREACHABLE, url=server_url)
    if answer.outcome is Outcome.UPGRADE:
        raise SignInError(MESSAGES[Outcome.UPGRADE], message=answer.message)
    if answer.code == protocol.ACCOUNT_LOCKED:  # failures are counted per account (docs/sync-protocol.md ("As built"))
        raise SignInError(SignInError.LOCKED, minutes=max(1, math.ceil((answer.retry_after or 60) / 60)))
    if answer.outcome is not Outcome.OK or not isinstance(answer.body, dict) or "token" not in answer.body:
        raise SignInError(SignInError.REFUSED, message=answer.message or str(answer.status))
    user = answer.body["user"]
    with ws.transaction():
        for key, value in ((state.SERVER_URL, server_url), (state.USERNAME, user["username"]),
                           (state.USER_ID, user["id"]), (state.ROLE, user["role"])):
            ws.set_meta(key, value)
        if answer.body["device_id"] != ws.device_id or new_device:
            _become_device(ws, answer.body["device_id"])
    credentials.save_token(ws.paths.root, ws.meta("workspace_id") or "", server_url, answer.body["token"])
    return state.account(ws)  # type: ignore[return-value]


def _become_device(ws: Workspace, device_id: str) -> None:
    """Sync as ``device_id`` from now on: client_seq starts again at 1 for the mutations not yet accepted.

    Mutations the server never accepted (unsent, or refused as ``seq_reused`` because a copy of this database
    used the same numbers) go to the end of the outbox with new ids, so the new device sends them from 1.
    """
    resend = ws.conn.execute(
        "SELECT client_seq FROM outbox WHERE state IN ('pending', 'in_flight') OR "
        "(state = 'rejected' AND error_code = 'seq_reused') ORDER BY client_seq").fetchall()
    first_new = None
    for (old_seq,) in resend:
        new_seq = outbox.renumber(ws.conn, old_seq)
        first_new = first_new or new_seq
    next_seq = int(ws.meta("next_client_seq") or 1)
    ws.set_meta(state.SEQ_BASE, str((first_new or next_seq) - 1))
    ws.set_meta("device_id", device_id)
    ws.set_meta(state.NEEDS_NEW_DEVICE, None)
    ws.reload_clock()


def sign_out(ws: Workspace, *, session: requests.Session | None = None) -> None:
    """Revoke the token on the server when it can be reached, and forget it here in any case."""
    account = state.account(ws)
    if account is None:
        return
    workspace_id = ws.meta("workspace_id") or ""
    token = credentials.load_token(ws.paths.root, workspace_id, account.server_url)
    if token:
        with Transport(account.server_url, session=session, token=token) as transport:
            transport.logout()
    credentials.forget_token(ws.paths.root, workspace_id, account.server_url)


def saved_credentials(ws: Workspace) -> tuple[str, str] | None:
    """(server URL, token) this workspace is signed in with, or None when it is not signed in."""
    account = state.account(ws)
    if account is None:
        return None
    token = credentials.load_token(ws.paths.root, ws.meta("workspace_id") or "", account.server_url)
    return None if token is None else (account.server_url, token)


def transport_for(ws: Workspace, *, session: requests.Session | None = None) -> Transport | None:
    """A transport with this workspace's token, or None when it is not signed in. Close it when done (``with``)."""
    saved = saved_credentials(ws)
    if saved is None:
        return None
    return Transport(saved[0], session=session, token=saved[1])
