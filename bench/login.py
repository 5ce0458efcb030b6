"""Benchmark: push latency while clients flood the server with sign-ins of made-up names; prints one JSON object.

    python bench/login.py [--database-url postgresql://...] [--flooders 0,4,30] [--pushes 60]

A trainer pushes one small mutation at a time, ``--pushes`` times, while N threads post sign-ins with made-up
usernames as fast as the server answers them (each costs a scrypt hash of about 50 ms). For each N the figures
are the push latency's median, 95th percentile and maximum in milliseconds, and the sign-ins answered per second.

Issue 10, item 2: when the password was hashed inside the sign-in's write transaction, SQLite's one write lock
was held for every guess, and pushes queued behind them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from score_desktop.server import auth, db
from score_desktop.server.cli import main as score_server

PASSWORD = "benchmark password"
HEADERS = {"X-Protocol-Version": "1"}


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def flood(api: str, stop: threading.Event, answered: list[int]) -> None:
    """Sign in with a new made-up name again and again (a new name each time: no per-name slow-down applies)."""
    http = requests.Session()
    while not stop.is_set():
        http.post(api + "/auth/login", headers=HEADERS, timeout=120,
                  json={"username": "nobody-" + uuid.uuid4().hex, "password": "guess", "device_name": "x"})
        answered.append(1)


def push_latencies(http: requests.Session, api: str, device_id: str, epoch: str, seq: list[int],
                   pushes: int) -> list[float]:
    millis = []
    for _ in range(pushes):
        seq[0] += 1
        mutation = {"mutation_id": str(uuid.uuid4()), "client_seq": seq[0], "entity": "enterprise", "op": "upsert",
                    "record_id": str(uuid.uuid4()), "base_version": 0,
                    "hlc": f"{time.time_ns() // 1_000_000}-0000-{device_id}", "fields": {"name": "Bench Garments"}}
        started = time.perf_counter()
        answer = http.post(api + "/sync/push", timeout=120,
                           json={"device_id": device_id, "server_epoch": epoch, "mutations": [mutation]})
        millis.append((time.perf_counter() - started) * 1000)
        assert answer.status_code == 200, answer.text
    return millis


def measure(url: str, flooders: list[int], pushes: int) -> dict:
    api = url + "/api/v1"
    http = requests.Session()
    for _ in range(100):
        try:
            http.get(url + "/openapi.json", timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.1)
    login = http.post(api + "/auth/login", headers=HEADERS, timeout=30,
                      json={"username": "bench", "password": PASSWORD, "device_name": "bench"}).json()
    http.headers.update({**HEADERS, "Authorization": f"Bearer {login['token']}"})
    epoch = http.get(api + "/sync/meta", timeout=30).json()["server_epoch"]
    seq = [0]
    push_latencies(http, api, login["device_id"], epoch, seq, 5)  # warm up
    results = {}
    for count in flooders:
        stop, answered = threading.Event(), []
        threads = [threading.Thread(target=flood, args=(api, stop, answered)) for _ in range(count)]
        for thread in threads:
            thread.start()
        time.sleep(1.0 if count else 0)  # let the flood reach its pace
        started, before = time.perf_counter(), len(answered)
        millis = push_latencies(http, api, login["device_id"], epoch, seq, pushes)
        logins_per_s = (len(answered) - before) / (time.perf_counter() - started)
        stop.set()
        for thread in threads:
            thread.join()
        results[f"flood_{count}"] = {
            "push_ms_median": round(statistics.median(millis), 1),
            "push_ms_p95": round(statistics.quantiles(millis, n=20)[-1], 1),
            "push_ms_max": round(max(millis), 1), "sign_ins_per_s": round(logins_per_s, 1)}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="PostgreSQL instead of SQLite in a temporary folder")
    parser.add_argument("--flooders", default="0,4,30", help="numbers of flooding clients, comma-separated")
    parser.add_argument("--pushes", type=int, default=60, help="pushes timed per number of flooders")
    args = parser.parse_args()
    flooders = [int(part) for part in args.flooders.split(",")]
    with tempfile.TemporaryDirectory(prefix="score-bench-") as folder:
        data = Path(folder) / "data"
        init = ["init", "--data", str(data)] + (["--database-url", args.database_url] if args.database_url else [])
        with contextlib.redirect_stdout(sys.stderr):  # stdout is for the one JSON object
            assert score_server(init) == 0
        engine = db.make_engine(db.normalize_url(args.database_url) if args.database_url else db.sqlite_url(data))
        with db.writing(engine) as conn:
            auth.add_user(conn, "bench", "trainer", PASSWORD)
        engine.dispose()
        port = free_port()
        with open(Path(folder) / "server.log", "wb") as log:
            server = subprocess.Popen([sys.executable, "-m", "score_desktop.server.cli", "serve", "--data",
                                       str(data), "--port", str(port)], stdout=log, stderr=log, cwd=ROOT)
            try:
                results = measure(f"http://127.0.0.1:{port}", flooders, args.pushes)
            finally:
                server.terminate()
                server.wait(10)
    print(json.dumps({"database": "postgresql" if args.database_url else "sqlite", **results}))


if __name__ == "__main__":
    main()
