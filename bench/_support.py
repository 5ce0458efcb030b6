"""What several benchmarks share: a real server on loopback with a trainer account. Not a benchmark itself
(``make bench`` runs ``bench/*.py`` except the files whose names start with an underscore)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

PASSWORD = "bench password 1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data: Path, *, users: tuple[tuple[str, str], ...] = (("bench", "trainer"),)
                 ) -> tuple[subprocess.Popen, str]:
    """``score-server`` on SQLite in ``data`` with ``users`` (name, role), all with :data:`PASSWORD`."""
    cli = [sys.executable, "-m", "score_desktop.server.cli"]
    subprocess.run([*cli, "init", "--data", str(data)], check=True, capture_output=True)
    for name, role in users:
        subprocess.run([*cli, "user", "add", name, "--role", role, "--password-stdin", "--data", str(data)],
                       input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen([*cli, "serve", "--data", str(data), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            requests.get(url + "/openapi.json", timeout=1)
            return server, url
        except requests.ConnectionError:
            time.sleep(0.1)
    raise RuntimeError("the server did not start")


def scratch_schema(base_url: str):
    """A context manager: a PostgreSQL URL whose ``search_path`` is a new schema, dropped afterwards. A benchmark
    never writes into ``public``."""
    import contextlib
    import uuid
    from urllib.parse import quote

    import psycopg

    @contextlib.contextmanager
    def schema():
        name = f"score_bench_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(base_url, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
        try:
            separator = "&" if "?" in base_url else "?"
            yield f"{base_url}{separator}options={quote('-csearch_path=' + name)}"
        finally:
            with psycopg.connect(base_url, autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')

    return schema()


def serve(data: Path, *, users: list[tuple[str, str]], database_url: str | None = None, workers: int = 1,
          env: dict[str, str] | None = None, init_args: tuple[str, ...] = (), log: Path | None = None
          ) -> tuple[subprocess.Popen, str]:
    """``score-server init`` (with ``init_args``) and ``serve --workers N`` on a free port; ``users`` (name, role)
    are added straight into the database, all with :data:`PASSWORD` (a ``user add`` each would take minutes)."""
    import os

    from score_desktop.server import auth, db

    cli = [sys.executable, "-m", "score_desktop.server.cli"]
    environment = {**os.environ, **(env or {})}
    init = [*cli, "init", "--data", str(data), *init_args] + (["--database-url", database_url] if database_url
                                                               else [])
    subprocess.run(init, check=True, capture_output=True, env=environment)
    engine = db.make_engine(db.normalize_url(database_url) if database_url else db.sqlite_url(data))
    with db.writing(engine) as conn:
        for name, role in users:
            auth.add_user(conn, name, role, PASSWORD)
    engine.dispose()
    port = free_port()
    output = open(log, "ab") if log else subprocess.DEVNULL
    server = subprocess.Popen([*cli, "serve", "--data", str(data), "--port", str(port), "--workers", str(workers)],
                              stdout=output, stderr=output, env=environment)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if requests.get(url + "/healthz", timeout=1).status_code == 200:
                return server, url
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    server.terminate()
    raise RuntimeError("the server did not start")
