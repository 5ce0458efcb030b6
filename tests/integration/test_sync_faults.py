"""Sync over a network that fails in every way: each case ends with server and clients converged."""

from __future__ import annotations

import random

import pytest

from score_desktop.demo.images import write_photo
from score_desktop.store.photos import PhotoStore
from tests.builders import make_enterprise, make_observation, make_visit
from tests.integration.faults import FAULTS, FaultySession
from tests.support.sync import assert_converged, signed_in_workspace, sync_until_quiet


def _busy_day(ws, tmp_path, rng):
    """What a trainer does in a morning: an enterprise, a visit, findings, edits, a delete, photos."""
    enterprise = make_enterprise(ws)
    visit = make_visit(ws, enterprise)
    findings = [make_observation(ws, visit, text=f"finding {n}") for n in range(12)]
    for finding in rng.sample(findings, 4):
        ws.observations.update(finding["id"], recommendation="fix it")
    ws.observations.delete(findings[0]["id"])
    for n in range(3):
        stored = PhotoStore(ws.paths).import_file(write_photo(tmp_path / f"p{n}.jpg", rng, size=(500, 400)))
        ws.photos.create(observation_id=findings[n + 1]["id"], sha256=stored.sha256, size=stored.size,
                         mime=stored.mime)
    return enterprise


@pytest.mark.parametrize("fault", FAULTS)
def test_each_fault_ends_converged(tmp_path, sqlite_server, fault):
    rng = random.Random(FAULTS.index(fault))
    session = FaultySession(random.Random(1000 + FAULTS.index(fault)), rate=0.5, faults=(fault,))
    username = sqlite_server.add_user("trainer")
    ws = signed_in_workspace(tmp_path / "ws", sqlite_server, username)
    enterprise = _busy_day(ws, tmp_path, rng)
    sync_until_quiet(ws, session=session)
    assert session.injected.get(fault, 0) >= 1
    view = {k: v for k, v in sqlite_server.login(username).pull_all().items()
            if v["fields"].get("enterprise_id") == enterprise["id"]}
    assert_converged(view, ws)
    for photo in ws.photos.list():
        assert sqlite_server.login(username).get(f"/blobs/{photo['sha256']}").status_code == 200


def test_a_second_laptop_catches_up_through_faults(tmp_path, sqlite_server):
    rng = random.Random(99)
    username = sqlite_server.add_user("trainer")
    first = signed_in_workspace(tmp_path / "one", sqlite_server, username)
    enterprise = _busy_day(first, tmp_path, rng)
    sync_until_quiet(first, session=FaultySession(rng, rate=0.3))
    second = signed_in_workspace(tmp_path / "two", sqlite_server, username)
    sync_until_quiet(second, session=FaultySession(rng, rate=0.3))
    view = {k: v for k, v in sqlite_server.login(username).pull_all().items()
            if v["fields"].get("enterprise_id") == enterprise["id"]}
    assert_converged(view, first, second)
