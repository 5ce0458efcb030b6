"""The child process of test_crash.py: writes records and imports photos until it is killed.

After each commit it prints ``committed <entity> <id>`` (flushed), so the parent knows exactly what the
workspace must still hold after the SIGKILL.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from score_desktop.demo.images import write_photo
from score_desktop.store.photos import PhotoStore
from score_desktop.store.workspace import Workspace


def main(root: str, seed: int) -> None:
    rng = random.Random(seed)
    ws = Workspace.open(root)
    photos = PhotoStore(ws.paths)
    sources = Path(root).parent / f"sources-{seed}"
    visit = ws.visits.list(limit=1)[0]
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        if n % 4 == 0:
            path = write_photo(sources / f"IMG_{n}.jpg", rng, size=(900, 700))
            stored = photos.import_file(path)
            observation = ws.observations.list(visit_id=visit["id"], order_by="created_at desc", limit=1)[0]
            record = ws.photos.create(observation_id=observation["id"], sha256=stored.sha256, size=stored.size,
                                      mime=stored.mime, kind="evidence")
            print(f"committed photo {record['id']}", flush=True)
        elif n % 3 == 0 and (rows := ws.observations.list(visit_id=visit["id"], limit=1)):
            ws.observations.update(rows[0]["id"], text=f"edited {seed}-{n}")
            print(f"edited observation {rows[0]['id']} edited {seed}-{n}", flush=True)
        else:
            with ws.transaction():
                record = ws.observations.create(visit_id=visit["id"], text=f"finding {seed}-{n}", rating="improve")
                ws.action_items.create(visit_id=visit["id"], title=f"action {seed}-{n}", status="open",
                                       observation_id=record["id"])
            print(f"committed observation {record['id']}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
