"""Three laptops edit the same enterprise offline at random, over a faulty network; they always converge.

Each seed: a trainer creates an enterprise and a visit; two more trainers are assigned to it; each laptop then
makes random edits, deletes, restores and photos while offline, and they sync in random order through a network
that refuses, loses, cuts and delays requests, until quiet. Then server and laptops must hold the same records.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from score_desktop.demo.images import write_photo
from score_desktop.store import outbox
from score_desktop.store.photos import PhotoStore
from score_desktop.store.workspace import Workspace
from score_desktop.sync.account import sign_in
from tests.builders import make_enterprise, make_visit
from tests.support.servers import PASSWORD
from tests.integration.faults import FaultySession
from tests.support.sync import assert_converged, sync, sync_until_quiet

SEEDS = 200
TEXTS = ["安全出口被堵", "灭火器过期", "Exit blocked", "Lối thoát bị chặn", "Salida bloqueada", "工具乱放", "ok"]


def _random_edit(ws: Workspace, visit_id: str, rng: random.Random, pictures: list[Path]) -> None:
    live = ws.observations.list(visit_id=visit_id)
    dead = ws.observations.list(visit_id=visit_id, where="deleted = 1", include_deleted=True)
    action = rng.choice(["create", "create", "edit", "edit", "edit", "delete", "restore", "photo", "visit"])
    if action == "create" or not live:
        ws.observations.create(visit_id=visit_id, text=rng.choice(TEXTS), rating=rng.choice(["good", "improve"]))
    elif action == "edit":
        target = rng.choice(live)
        field = rng.choice(["text", "recommendation", "rating"])
        if field == "rating":
            value = rng.choice(["good", "improve", "critical"])
        else:
            value = f"{rng.choice(TEXTS)} {rng.randint(0, 99)}"
        ws.observations.update(target["id"], **{field: value})
    elif action == "delete":
        ws.observations.delete(rng.choice(live)["id"])
    elif action == "restore" and dead:
        ws.observations.restore(rng.choice(dead)["id"])
    elif action == "photo":
        stored = PhotoStore(ws.paths).import_file(rng.choice(pictures))
        ws.photos.create(observation_id=rng.choice(live)["id"], sha256=stored.sha256, size=stored.size,
                         mime=stored.mime, caption=rng.choice(TEXTS))
    else:
        ws.visits.update(visit_id, summary=f"{rng.choice(TEXTS)} {rng.randint(0, 999)}")


@pytest.fixture(scope="module")
def trainers(sqlite_server):
    return [sqlite_server.add_user("trainer") for _ in range(3)]


@pytest.fixture(scope="module")
def pictures(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pictures")
    rng = random.Random(5)
    return [write_photo(folder / f"IMG_{n}.jpg", rng, size=(160, 120)) for n in range(6)]


@pytest.mark.slow
def test_three_laptops_converge_for_every_seed(tmp_path, sqlite_server, trainers, pictures):
    """The laptops live through all seeds (as a team does through weeks); each seed is a new enterprise."""
    observer = sqlite_server.login(trainers[0])
    server_view: dict[tuple[str, str], dict] = {}  # the server's records, followed incrementally
    laptops = [Workspace.open(tmp_path / name) for name in ("a", "b", "c")]
    try:
        for ws, username in zip(laptops, trainers):
            sign_in(ws, sqlite_server.url, username, PASSWORD)
        for seed in range(SEEDS):
            rng = random.Random(seed)
            sessions = [FaultySession(random.Random(seed * 10 + n), rate=0.15) for n in range(3)]
            creator = seed % 3
            enterprise = make_enterprise(laptops[creator], name=f"工厂 {seed}")
            visit = make_visit(laptops[creator], enterprise)
            sync_until_quiet(laptops[creator], session=sessions[creator])
            for index, username in enumerate(trainers):
                if index != creator:
                    sqlite_server.assign(username, enterprise["id"])
                    sync_until_quiet(laptops[index], session=sessions[index])
            for _ in range(rng.randint(2, 6)):  # bursts of offline work, syncs in between
                for _ in range(rng.randint(1, 6)):
                    _random_edit(rng.choice(laptops), visit["id"], rng, pictures)
                index = rng.randrange(3)
                sync(laptops[index], session=sessions[index], attempts=2)
            for _ in range(2):  # quiet: everything up, then everyone pulls everyone else's last changes
                for ws, session in zip(laptops, sessions):
                    sync_until_quiet(ws, session=session)
            for ws in laptops:
                assert outbox.mutations(ws.conn, states=(outbox.REJECTED,)) == [], seed
            server_view.update({(c["entity"], c["record_id"]): c for c in observer.pull()})
            view = {key: change for key, change in server_view.items()
                    if change["fields"].get("enterprise_id") == enterprise["id"]}
            try:
                assert_converged(view, *laptops, enterprise_id=enterprise["id"])
            except AssertionError as error:
                raise AssertionError(f"seed {seed}: {error}") from None
    finally:
        for ws in laptops:
            ws.close()
