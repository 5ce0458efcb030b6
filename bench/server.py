"""Benchmark of the sync server over loopback; prints one JSON object.

    python bench/server.py [--database-url postgresql://...]

* ``push_mutations_per_s``: a 10,000-mutation backlog (enterprises, visits, findings) pushed in batches of 500,
  as a client catching up would send it;
* ``floor_inserts_per_s``: a plain DB-API ``executemany`` of the same 10,000 rows into the same database in the
  same run (what the disk and the database can do at best); ``push_ratio`` is push over floor;
* ``pull_changes_per_s``: 100,000 changes pulled from an empty cursor in pages of 1,000;
* ``upload_mb_per_s``: photos uploaded with tus in 1 MB chunks with a SHA-1 checksum per chunk.
"""

from __future__ import annotations

import argparse
import contextlib
import base64
import hashlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from score_desktop.server import auth, db, schema
from score_desktop.server.cli import main as score_server

BACKLOG = 10_000
BATCH = 500
PULL_TOTAL = 100_000
PAGE = 1000
PASSWORD = "benchmark password"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def backlog(device_id: str) -> list[dict]:
    """10,000 mutations as a trainer's laptop makes them: 50 enterprises, 950 visits, 9,000 findings."""
    mutations, seq = [], 0
    millis = time.time_ns() // 1_000_000 - 10_000_000

    def add(entity: str, fields: dict) -> str:
        nonlocal seq
        seq += 1
        record_id = str(uuid.uuid4())
        mutations.append({"mutation_id": str(uuid.uuid4()), "client_seq": seq, "entity": entity, "op": "upsert",
                          "record_id": record_id, "base_version": 0, "hlc": f"{millis + seq}-0000-{device_id}",
                          "fields": fields})
        return record_id

    for number in range(50):
        enterprise_id = str(uuid.uuid4())
        seq += 1
        mutations.append({"mutation_id": str(uuid.uuid4()), "client_seq": seq, "entity": "enterprise",
                          "op": "upsert", "record_id": enterprise_id, "base_version": 0,
                          "hlc": f"{millis + seq}-0000-{device_id}",
                          "fields": {"name": f"华美制衣厂 {number}", "name_latin": f"Huamei {number}",
                                     "city": "Dongguan"}})
        for _ in range(19):
            visit_id = add("visit", {"enterprise_id": enterprise_id, "module": "QM", "visit_type": "consultation",
                                     "visit_date": "2024-05-02", "status": "draft", "summary": "Line 3 reviewed"})
            for position in range(9):
                add("observation", {"enterprise_id": enterprise_id, "visit_id": visit_id, "rating": "improve",
                                    "text": "Fire exit partly blocked by finished goods; cleared during the visit.",
                                    "recommendation": "Mark the floor and check daily.", "position": position})
    return mutations[:BACKLOG]


def floor_rows(mutations: list[dict], first_version: int) -> list[tuple]:
    """The rows the backlog becomes, with fresh ids (they go in next to the pushed ones)."""
    now = db.utc_now()
    rows = []
    for offset, mutation in enumerate(mutations):
        fields = dict(mutation["fields"])
        fields.setdefault("enterprise_id", mutation["record_id"])
        meta = {name: {"v": first_version + offset, "h": mutation["hlc"], "u": "bench"} for name in fields}
        rows.append((mutation["entity"], str(uuid.uuid4()), fields["enterprise_id"], first_version + offset, False,
                     json.dumps(fields, ensure_ascii=False, separators=(",", ":")),
                     json.dumps(meta, separators=(",", ":")), "bench", now, now))
    return rows


def insert_rows(engine, rows: list[tuple]) -> float:
    """A plain DB-API executemany in one transaction; returns seconds."""
    columns = "entity, id, enterprise_id, version, deleted, fields, field_meta, created_by, created_at, updated_at"
    marks = ", ".join(["?"] * 10) if db.is_sqlite(engine) else ", ".join(["%s"] * 10)
    connection = engine.raw_connection()
    try:
        started = time.perf_counter()
        cursor = connection.cursor()
        if db.is_sqlite(engine):
            cursor.execute("BEGIN")
        cursor.executemany(f"INSERT INTO records ({columns}) VALUES ({marks})", rows)
        connection.commit()
        return time.perf_counter() - started
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="PostgreSQL instead of SQLite in a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="score-bench-") as folder:
        data = Path(folder) / "data"
        init = ["init", "--data", str(data)] + (["--database-url", args.database_url] if args.database_url else [])
        with contextlib.redirect_stdout(sys.stderr):  # stdout is for the one JSON object
            assert score_server(init) == 0
        engine = db.make_engine(db.normalize_url(args.database_url) if args.database_url else db.sqlite_url(data))
        with db.writing(engine) as conn:
            auth.add_user(conn, "bench", "coordinator", PASSWORD)
        port = free_port()
        log = open(Path(folder) / "server.log", "wb")
        server = subprocess.Popen([sys.executable, "-m", "score_desktop.server.cli", "serve", "--data", str(data),
                                   "--port", str(port)], stdout=log, stderr=log, cwd=ROOT)
        try:
            results = run(engine, f"http://127.0.0.1:{port}")
        finally:
            server.terminate()
            server.wait(10)
            log.close()
            engine.dispose()
    print(json.dumps(results))


def run(engine, url: str) -> dict:
    api = url + "/api/v1"
    http = requests.Session()
    for _ in range(100):
        try:
            http.get(url + "/openapi.json", timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.1)
    login = http.post(api + "/auth/login", headers={"X-Protocol-Version": "1"}, timeout=30,
                      json={"username": "bench", "password": PASSWORD, "device_name": "bench"}).json()
    http.headers.update({"X-Protocol-Version": "1", "Authorization": f"Bearer {login['token']}"})
    epoch = http.get(api + "/sync/meta", timeout=30).json()["server_epoch"]

    mutations = backlog(login["device_id"])
    started = time.perf_counter()
    for start in range(0, len(mutations), BATCH):
        answer = http.post(api + "/sync/push", timeout=120, json={
            "device_id": login["device_id"], "server_epoch": epoch, "mutations": mutations[start:start + BATCH]})
        assert answer.status_code == 200 and all(r["status"] == "applied" for r in answer.json()["results"])
    push_seconds = time.perf_counter() - started

    with db.reading(engine) as conn:
        counter = db.read_counter(conn)
    floor_seconds = insert_rows(engine, floor_rows(mutations, counter + 1))
    # more rows for the pull: 100,000 changes in all (10,000 pushed + 10,000 floor + 80,000 here)
    extra = PULL_TOTAL - 2 * len(mutations)
    insert_rows(engine, floor_rows((mutations * (extra // len(mutations) + 1))[:extra], counter + 1 + len(mutations)))
    with db.writing(engine) as conn:
        conn.execute(schema.counter.update().values(value=counter + len(mutations) + extra))

    started = time.perf_counter()
    cursor, pulled = "", 0
    while True:
        page = http.get(api + "/sync/pull", params={"cursor": cursor, "limit": PAGE}, timeout=120).json()
        pulled += len(page["changes"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    pull_seconds = time.perf_counter() - started
    assert pulled == PULL_TOTAL, pulled

    upload_bytes, upload_seconds = upload(http, api, url)
    push_rate = len(mutations) / push_seconds
    floor_rate = len(mutations) / floor_seconds
    return {"push_mutations_per_s": round(push_rate), "pull_changes_per_s": round(pulled / pull_seconds),
            "floor_inserts_per_s": round(floor_rate), "push_ratio": round(push_rate / floor_rate, 3),
            "upload_mb_per_s": round(upload_bytes / 1e6 / upload_seconds, 1)}


def upload(http: requests.Session, api: str, url: str, photos: int = 8, size: int = 4_000_000) -> tuple[int, float]:
    """Upload ``photos`` random photos with tus, 1 MB per PATCH with a SHA-1 checksum, as the client does."""
    files = [os.urandom(size) for _ in range(photos)]
    chunk = 1024 * 1024
    started = time.perf_counter()
    for data in files:
        sha256 = hashlib.sha256(data).hexdigest()
        created = http.post(api + "/uploads/", timeout=30, headers={
            "Tus-Resumable": "1.0.0", "Upload-Length": str(len(data)),
            "Upload-Metadata": "sha256 " + base64.b64encode(sha256.encode()).decode()})
        location = url + created.headers["Location"]
        for offset in range(0, len(data), chunk):
            part = data[offset:offset + chunk]
            answer = http.patch(location, data=part, timeout=60, headers={
                "Tus-Resumable": "1.0.0", "Upload-Offset": str(offset),
                "Content-Type": "application/offset+octet-stream",
                "Upload-Checksum": "sha1 " + base64.b64encode(hashlib.sha1(part).digest()).decode()})
            assert answer.status_code == 204, answer.text
    return sum(len(data) for data in files), time.perf_counter() - started


if __name__ == "__main__":
    main()
