"""Where the sign-in token lives: the operating system's keyring, or a file only the user can read.

The keyring entry is named after the workspace and the server, so two workspaces (a trainer's own and a demo)
never share a token. Where no keyring works (a bare Linux session, a locked-down laptop), the token goes to
``credentials.json`` in the workspace folder with permissions 0600. Only a hash of it is on the server.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)
SERVICE = "score-desktop"
FILE_NAME = "credentials.json"


def _keyring() -> ModuleType:
    """The keyring module, loaded when a token is first needed (the app's start-up does not pay for it)."""
    import keyring
    import keyring.errors  # keyring.errors.KeyringError below

    return keyring


def _key(workspace_id: str, server_url: str) -> str:
    return f"{workspace_id}@{server_url}"


def _file(root: Path) -> Path:
    return root / FILE_NAME


def save_token(root: Path, workspace_id: str, server_url: str, token: str) -> str:
    """Store the token; returns where it went ("keyring" or "file")."""
    key = _key(workspace_id, server_url)
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, key, token)
        if keyring.get_password(SERVICE, key) == token:  # some backends accept and forget
            _file(root).unlink(missing_ok=True)
            return "keyring"
    except keyring.errors.KeyringError as error:
        log.info("no usable keyring (%s); keeping the token in a private file", error)
    path = _file(root)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump({"server_url": server_url, "token": token}, handle)
    os.chmod(path, 0o600)
    return "file"


def load_token(root: Path, workspace_id: str, server_url: str) -> str | None:
    keyring = _keyring()
    try:
        token = keyring.get_password(SERVICE, _key(workspace_id, server_url))
        if token:
            return token
    except keyring.errors.KeyringError:
        pass
    try:
        stored = json.loads(_file(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stored.get("token") if stored.get("server_url") == server_url else None


def forget_token(root: Path, workspace_id: str, server_url: str) -> None:
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE, _key(workspace_id, server_url))
    except keyring.errors.KeyringError:
        pass
    _file(root).unlink(missing_ok=True)
