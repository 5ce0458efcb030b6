"""The child of test_sync_kill.py: edits and syncs in a loop until it is killed with SIGKILL."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import requests

from score_desktop.demo.images import write_photo
from score_desktop.store.photos import PhotoStore
from score_desktop.store.workspace import Workspace
from score_desktop.sync.account import transport_for
from score_desktop.sync.engine import SyncEngine


class Slow(requests.Session):
    """A little latency on every request, so kills land in the middle of rounds."""

    def request(self, *args, **kwargs):
        time.sleep(0.01)
        return super().request(*args, **kwargs)


def main(root: str, seed: int) -> None:
    rng = random.Random(seed)
    ws = Workspace.open(root)
    visit = ws.visits.list(limit=1)[0]
    store = PhotoStore(ws.paths)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        for _ in range(rng.randint(5, 40)):
            ws.observations.create(visit_id=visit["id"], text=f"kill test {seed}-{n}", rating="improve")
        if n % 2:
            picture = write_photo(Path(root).parent / f"pic-{seed}-{n}.jpg", rng, size=(1200, 900), quality=95)
            stored = store.import_file(picture)
            ws.photos.create(visit_id=visit["id"], sha256=stored.sha256, size=stored.size, mime=stored.mime)
        transport = transport_for(ws, session=Slow())
        SyncEngine(ws, transport, sleep=lambda s: None).run_round()
        print(f"round {n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
