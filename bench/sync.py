"""Sync benchmark over loopback against the real server; prints one JSON object.

    python bench/sync.py

push_10k_s: one sync round sending a 10,000-change backlog.
photos_300_s: the round after, sending 300 photos (about 150 KB each) and their records.
noop_round_ms: a round with nothing to do (median of 10); target <= 100 ms.
wire_bytes_ratio: request bytes on the wire (gzip bodies, tus chunks) / payload bytes (JSON mutations + photos).
throttled_efficiency: through a local proxy limiting to 1 Mbit/s each way and cutting 2 % of connections,
ideal time (bytes through the proxy at 1 Mbit/s) / real time of the sync; target >= 0.8.
"""

from __future__ import annotations

import asyncio
import json
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from score_desktop.demo.images import write_photo
from score_desktop.store.photos import PhotoStore
from score_desktop.store.workspace import Workspace
from score_desktop.sync import uploads
from score_desktop.sync.account import sign_in, transport_for
from score_desktop.sync.engine import SyncEngine

from bench._support import PASSWORD, free_port, start_server

RATE = 1_000_000 / 8  # 1 Mbit/s in bytes per second


class ThrottlingProxy:
    """TCP proxy on loopback: each direction paced to ``RATE``; a share ``drop`` of the connections is cut at a
    random point."""

    def __init__(self, target_port: int, *, drop: float = 0.02, seed: int = 1) -> None:
        self.target_port = target_port
        self.drop = drop
        self.rng = random.Random(seed)
        self.port = free_port()
        self.bytes = 0
        self.connections = 0
        self.dropped = 0
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> "ThrottlingProxy":
        self.thread.start()
        time.sleep(0.3)
        return self

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", self.port))
        self.loop.run_forever()

    async def _pipe(self, reader, writer, budget: list[int]) -> None:
        """Copy one direction at RATE; ``budget`` (shared by both directions) is the bytes left before a cut."""
        try:
            while True:
                data = await reader.read(8192)
                if not data:
                    break
                if budget[0] >= 0:
                    budget[0] -= len(data)
                    if budget[0] < 0:
                        self.dropped += 1
                        break
                await asyncio.sleep(len(data) / RATE)
                self.bytes += len(data)
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()

    async def _handle(self, client_reader, client_writer) -> None:
        self.connections += 1
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        # Every 50th connection (2 %) is cut after a random number of bytes; most requests are small, so the
        # cut comes early. Counting, not drawing, so a run of ~70 connections always meets the fault.
        cut = self.connections % round(1 / self.drop) == round(0.5 / self.drop)
        budget = [self.rng.randint(1, 1500) if cut else -1]
        await asyncio.gather(self._pipe(client_reader, server_writer, budget),
                             self._pipe(server_reader, client_writer, budget))


def make_backlog(ws: Workspace, changes: int) -> None:
    enterprise = ws.enterprises.create(name="基准测试工厂", city="Guangzhou")
    visit = ws.visits.create(enterprise_id=enterprise["id"], module="QM", visit_type="consultation",
                             visit_date="2026-11-20", status="draft")
    with ws.transaction():
        for n in range(changes - 2):
            ws.observations.create(visit_id=visit["id"], text=f"次品记录不全 {n}", rating="improve",
                                   recommendation="每天汇总次品原因")


def add_photos(ws: Workspace, count: int, folder: Path, rng: random.Random) -> int:
    visit = ws.visits.list(limit=1)[0]
    store = PhotoStore(ws.paths)
    total = 0
    for n in range(count):
        stored = store.import_file(write_photo(folder / f"IMG_{n}.jpg", rng, size=(800, 600), quality=92))
        ws.photos.create(visit_id=visit["id"], sha256=stored.sha256, size=stored.size, mime=stored.mime)
        total += stored.size
    return total


def payload_bytes(ws: Workspace) -> int:
    return sum(len(row[0].encode()) + 200 for row in ws.conn.execute("SELECT fields_json FROM outbox"))


def engine(ws: Workspace, session: requests.Session | None = None) -> SyncEngine:
    return SyncEngine(ws, transport_for(ws, session=session))


def main() -> None:
    scratch = Path(tempfile.mkdtemp(prefix="score-bench-sync-"))
    server, url = start_server(scratch / "server")
    try:
        rng = random.Random(7)
        ws = Workspace.open(scratch / "ws")
        sign_in(ws, url, "bench", PASSWORD)
        make_backlog(ws, 10_000)
        mutation_bytes = payload_bytes(ws)
        sync = engine(ws)
        started = time.perf_counter()
        first = sync.run_round()
        push_s = time.perf_counter() - started
        assert first.ok and ws.waiting_count() == 0, first

        photo_bytes = add_photos(ws, 300, scratch / "pictures", rng)
        mutation_bytes += 300 * 400
        started = time.perf_counter()
        second = sync.run_round()
        photos_s = time.perf_counter() - started
        assert second.ok and second.uploaded_photos == 300, second
        wire_ratio = sync.transport.bytes_sent / (mutation_bytes + photo_bytes)

        noop = []
        for _ in range(10):
            started = time.perf_counter()
            assert sync.run_round().ok
            noop.append((time.perf_counter() - started) * 1000)
        ws.close()

        # The throttled link: a fresh laptop with 1,500 changes and 20 photos (about 3 MB).
        port = int(url.rsplit(":", 1)[1])
        proxy = ThrottlingProxy(port).start()
        slow = Workspace.open(scratch / "slow")
        sign_in(slow, url, "bench", PASSWORD)
        make_backlog(slow, 1_500)
        add_photos(slow, 20, scratch / "pictures-slow", rng)
        slow.set_meta("sync_server_url", f"http://127.0.0.1:{proxy.port}")
        from score_desktop.sync import credentials

        token = credentials.load_token(slow.paths.root, slow.meta("workspace_id"), url)
        credentials.save_token(slow.paths.root, slow.meta("workspace_id"), f"http://127.0.0.1:{proxy.port}", token)
        # A connection per request, as on a network that keeps none open: 2 % of them are cut.
        fresh_connections = requests.Session()
        fresh_connections.headers["Connection"] = "close"
        started = time.perf_counter()
        for _ in range(30):
            result = engine(slow, fresh_connections).run_round()
            if result.ok and slow.waiting_count() == 0 and not uploads.waiting(slow):
                break
        real = time.perf_counter() - started
        ideal = proxy.bytes / RATE
        slow.close()
        print(json.dumps({
            "push_10k_s": round(push_s, 2),
            "noop_round_ms": round(statistics.median(noop), 1),
            "photos_300_s": round(photos_s, 2),
            "wire_bytes_ratio": round(wire_ratio, 3),
            "throttled_efficiency": round(ideal / real, 3),
            "throttled_connections": proxy.connections,
            "throttled_dropped_connections": proxy.dropped,
        }))
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
