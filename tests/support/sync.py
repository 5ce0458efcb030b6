"""Helpers for the sync tests: workspaces signed in to the real server, and the convergence check."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from score_desktop.domain.entities import ENTITIES
from score_desktop.store import outbox
from score_desktop.store.records import wire_fields
from score_desktop.store.workspace import Workspace
from score_desktop.sync import uploads
from score_desktop.sync.account import sign_in, transport_for
from score_desktop.sync.engine import RoundResult, SyncEngine
from tests.support.servers import PASSWORD, ServerProcess


def signed_in_workspace(root: Path, server: ServerProcess, username: str, *, session=None) -> Workspace:
    ws = Workspace.open(root)
    sign_in(ws, server.url, username, PASSWORD, session=session)
    return ws


def sync(ws: Workspace, *, session=None, attempts: int = 6, **options: Any) -> RoundResult:
    transport = transport_for(ws, session=session)
    assert transport is not None
    engine = SyncEngine(ws, transport, sleep=lambda seconds: None, rng=random.Random(0), attempts=attempts,
                        **options)
    return engine.run_round()


def sync_until_quiet(ws: Workspace, *, session=None, rounds: int = 20) -> RoundResult:
    """Sync until a round succeeds with nothing left to send (faults may need several rounds)."""
    for _ in range(rounds):
        result = sync(ws, session=session)
        if result.ok and ws.waiting_count() == 0 and not uploads.waiting(ws):
            return result
    raise AssertionError(f"did not converge: {result}, {ws.waiting_count()} waiting")


def local_state(ws: Workspace, enterprise_id: str | None = None) -> dict[tuple[str, str], dict[str, Any] | None]:
    """Every record (of one enterprise) as the server would show it: fields of live records, None for tombstones."""
    state: dict[tuple[str, str], dict[str, Any] | None] = {}
    for spec in ENTITIES.values():
        for record in ws.repositories[spec.name].iter(include_deleted=True):
            if enterprise_id is not None and record["enterprise_id"] != enterprise_id:
                continue
            state[(spec.name, record["id"])] = None if record["deleted"] else wire_fields(spec, record)
    return state


def server_state(changes: dict[tuple[str, str], dict]) -> dict[tuple[str, str], dict[str, Any] | None]:
    return {key: None if change["deleted"] else {k: v for k, v in change["fields"].items() if v is not None}
            for key, change in changes.items() if key[0] != "conflict"}


def assert_converged(server_view: dict, *workspaces: Workspace, enterprise_id: str | None = None) -> None:
    """Server and every client hold the same records (of one enterprise); nothing stuck in an outbox."""
    expected = server_state(server_view)
    for ws in workspaces:
        stuck = outbox.mutations(ws.conn)  # pending or in flight
        assert stuck == [], f"outbox not empty: {stuck[:3]}"
        mine = local_state(ws, enterprise_id)
        missing_here = {key for key in expected if key not in mine and expected[key] is not None}
        assert not missing_here, f"records on the server but not here: {sorted(missing_here)[:5]}"
        for key, fields in mine.items():
            assert key in expected, f"{key} is here but not on the server"
            assert fields == expected[key], f"{key}: here {fields} != server {expected[key]}"
