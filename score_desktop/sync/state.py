"""What the sync remembers in the workspace's ``meta`` table, with one name per fact.

``client_seq`` on the wire is the outbox's local sequence minus ``seq_base``: a workspace that must register as
a new device (a copied database, docs/sync-protocol.md ``seq_reused``) starts again at 1 without renumbering rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from score_desktop.store.workspace import ROLE_KEY, USERNAME_KEY, Workspace

SERVER_URL = "sync_server_url"
USERNAME = USERNAME_KEY
USER_ID = "sync_user_id"
ROLE = ROLE_KEY
SERVER_EPOCH = "sync_server_epoch"
PULL_CURSOR = "sync_pull_cursor"
SEQ_BASE = "sync_seq_base"
LAST_SUCCESS = "sync_last_success"
NEEDS_NEW_DEVICE = "sync_needs_new_device"


@dataclass(frozen=True)
class Account:
    server_url: str
    username: str
    user_id: str
    role: str


def account(ws: Workspace) -> Account | None:
    """The account this workspace is signed in with, or None."""
    url, username = ws.meta(SERVER_URL), ws.meta(USERNAME)
    if not url or not username:
        return None
    return Account(url, username, ws.meta(USER_ID) or "", ws.meta(ROLE) or "")


def seq_base(ws: Workspace) -> int:
    return int(ws.meta(SEQ_BASE) or 0)


def last_success(ws: Workspace) -> str | None:
    return ws.meta(LAST_SUCCESS)
