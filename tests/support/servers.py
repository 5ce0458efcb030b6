"""The real server as a process on loopback, and clients for it: fixtures for every suite that syncs (a plugin of
tests/conftest.py, so the GUI tests use them without importing another suite's conftest).

A server starts once per test session per backend (and once more with the commit-delay hook for the concurrency
test); tests stay independent by making their own users, devices and enterprises. PostgreSQL runs when
``SCORE_TEST_DATABASE_URL`` names a database the role may create schemas in: each server gets a fresh schema,
dropped at the end of the session.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

import pytest
import requests

from score_desktop.server import auth, db
from tests.support import seaweed
from tests.support.seaweed import SeaweedS3

ROOT = Path(__file__).resolve().parents[2]
PG_ENV = "SCORE_TEST_DATABASE_URL"
PASSWORD = "correct horse battery"
BACKENDS = (pytest.param("sqlite"), pytest.param("postgres", marks=pytest.mark.postgres))


# -- servers ----------------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_cli(*args: str, data: Path | None = None, stdin: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """``score-server ARGS`` in a fresh interpreter, as a user runs it."""
    command = [sys.executable, "-m", "score_desktop.server.cli", *args]
    if data is not None:
        command += ["--data", str(data)]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, **(env or {})})


class PgSchemas:
    """Fresh PostgreSQL schemas in the test database, each server its own."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.created: list[str] = []

    def new_url(self) -> str:
        import psycopg

        name = f"score_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.base_url, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
        self.created.append(name)
        separator = "&" if "?" in self.base_url else "?"
        return f"{self.base_url}{separator}options={quote('-csearch_path=' + name)}"

    def drop_all(self) -> None:
        import psycopg

        with psycopg.connect(self.base_url, autocommit=True) as conn:
            for name in self.created:
                conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


class ServerProcess:
    """One running ``score-server serve`` and direct access to its database for test setup."""

    def __init__(self, data: Path, backend: str, *, database_url: str | None = None,
                 env: dict[str, str] | None = None, init_args: tuple[str, ...] = ()) -> None:
        self.data = data
        self.backend = backend
        self.env = env or {}
        self.workers = 1
        args = ["init", *init_args] + (["--database-url", database_url] if database_url else [])
        done = run_cli(*args, data=data, env=self.env)
        assert done.returncode == 0, done.stderr
        self.engine = db.make_engine(db.normalize_url(database_url) if database_url else db.sqlite_url(data))
        self.process: subprocess.Popen | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api(self) -> str:
        return self.url + "/api/v1"

    def start(self, log_name: str = "server.log", *, workers: int = 1) -> "ServerProcess":
        """``serve`` on a free port; with ``workers`` above 1, ``serve --workers N`` (uvicorn's worker processes)."""
        self.port = free_port()
        self.workers = workers
        self.log_path = self.data / log_name
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "score_desktop.server.cli", "serve", "--data", str(self.data),
             "--port", str(self.port), "--workers", str(workers)], stdout=log, stderr=log, cwd=ROOT,
            env={**os.environ, **self.env})
        log.close()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited: {self.log_path.read_text()}")
            try:
                requests.get(self.url + "/openapi.json", timeout=1)
                return self
            except requests.ConnectionError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start within 30 s")

    def configure(self, **settings: Any) -> "ServerProcess":
        """Add settings to the data folder's server.json (before :meth:`start`), as an admin would."""
        path = self.data / "server.json"
        path.write_text(json.dumps({**json.loads(path.read_text()), **settings}))
        return self

    def twin(self) -> "ServerProcess":
        """A second server process on the same data folder and database (as several workers would run)."""
        twin = object.__new__(ServerProcess)
        twin.data, twin.backend, twin.env, twin.engine, twin.process = (self.data, self.backend, self.env,
                                                                         self.engine, None)
        return twin.start("server-twin.log")

    def cli(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        """``score-server ARGS --data <this server's folder>`` with the server's environment (its store's keys)."""
        return run_cli(*args, data=self.data, stdin=stdin, env=self.env)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")

    # -- setup straight in the database (fast; the CLI itself is tested apart) -------------------------------

    def add_user(self, role: str = "trainer", name: str | None = None) -> str:
        name = name or f"{role}-{uuid.uuid4().hex[:10]}"
        with db.writing(self.engine) as conn:
            auth.add_user(conn, name, role, PASSWORD)
        return name

    def assign(self, username: str, enterprise_id: str) -> None:
        with db.writing(self.engine) as conn:
            auth.assign(conn, username, enterprise_id)

    def device(self, role: str = "trainer", *, username: str | None = None) -> "Device":
        """A signed-in device of a new user (or of ``username``)."""
        return Device(self, username or self.add_user(role))

    def login(self, username: str, *, device_id: str | None = None) -> "Device":
        return Device(self, username, device_id=device_id)

    password = PASSWORD

    @staticmethod
    def headers(token: str | None = None) -> dict[str, str]:
        return protocol_headers(token)

    def counter(self) -> int:
        with db.reading(self.engine) as conn:
            return db.read_counter(conn)


class ServerPool:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.servers: dict[tuple[str, str], ServerProcess] = {}
        self.fresh_servers: list[ServerProcess] = []
        self.pg: PgSchemas | None = None

    def database_url(self, backend: str) -> str | None:
        if backend == "sqlite":
            return None
        base = os.environ.get(PG_ENV)
        if not base:
            why = f"PostgreSQL tests need {PG_ENV} (e.g. postgresql://score:score@127.0.0.1:5432/score_test)"
            if os.environ.get("CI"):  # a CI run that lost its database must fail, never pass by skipping
                pytest.fail(why)
            pytest.skip(why)
        self.pg = self.pg or PgSchemas(base)
        return self.pg.new_url()

    def get(self, backend: str, variant: str = "plain", env: dict[str, str] | None = None,
            settings: dict[str, Any] | None = None, *, s3: "SeaweedS3 | None" = None,
            workers: int = 1) -> ServerProcess:
        """The shared server of this backend and variant; with ``s3``, its blobs in a bucket of its own."""
        key = (backend, variant)
        if key not in self.servers:
            url = self.database_url(backend)
            data = self.root / f"{backend}-{variant}"
            init_args, env = _store_arguments(s3, env)
            self.servers[key] = ServerProcess(data, backend, database_url=url, env=env, init_args=init_args
                                              ).configure(**(settings or {})).start(workers=workers)
        return self.servers[key]

    def fresh(self, backend: str, name: str, *, s3: "SeaweedS3 | None" = None) -> ServerProcess:
        """A server of its own (not started), for tests that replace the whole database."""
        url = self.database_url(backend)
        init_args, env = _store_arguments(s3, None)
        server = ServerProcess(self.root / f"{backend}-{name}-{uuid.uuid4().hex[:6]}", backend, database_url=url,
                               env=env, init_args=init_args)
        self.fresh_servers.append(server)
        return server

    def close(self) -> None:
        for server in [*self.servers.values(), *self.fresh_servers]:
            server.stop()
            server.engine.dispose()
        if self.pg is not None:
            self.pg.drop_all()


def _store_arguments(s3: "SeaweedS3 | None", env: dict[str, str] | None) -> tuple[tuple[str, ...], dict[str, str]]:
    """``init``'s arguments and the server's environment for blobs in a new bucket of ``s3`` (or the folder)."""
    if s3 is None:
        return (), env or {}
    return ("--blob-store", f"s3://{s3.new_bucket()}/score", "--s3-endpoint", s3.endpoint), {**s3.env, **(env or {})}


@pytest.fixture(scope="session")
def object_store(tmp_path_factory) -> Iterator["SeaweedS3"]:
    """SeaweedFS's S3 endpoint on loopback, for the whole session (tests/support/seaweed.py)."""
    store = seaweed.start(tmp_path_factory.mktemp("seaweedfs"))
    yield store
    store.stop()


@pytest.fixture(scope="session")
def server_pool(tmp_path_factory) -> Iterator[ServerPool]:
    pool = ServerPool(tmp_path_factory.mktemp("servers"))
    yield pool
    pool.close()


@pytest.fixture(scope="session", params=BACKENDS)
def server(request, server_pool) -> ServerProcess:
    """The shared server, once per backend."""
    return server_pool.get(request.param)


@pytest.fixture(scope="session")
def sqlite_server(server_pool) -> ServerProcess:
    """The shared SQLite server, for tests where the database makes no difference."""
    return server_pool.get("sqlite")


# -- clients ----------------------------------------------------------------------------------------------------

def protocol_headers(token: str | None = None) -> dict[str, str]:
    headers = {"X-Protocol-Version": "1"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


class Device:
    """A signed-in device: numbers its mutations, makes HLCs, and talks to the server."""

    def __init__(self, server: ServerProcess, username: str, *, device_id: str | None = None) -> None:
        self.server = server
        self.username = username
        self.http = requests.Session()
        body = {"username": username, "password": PASSWORD, "device_name": "test laptop"}
        if device_id:
            body["device_id"] = device_id
        answer = self.http.post(server.api + "/auth/login", json=body, headers=protocol_headers(), timeout=30)
        assert answer.status_code == 200, answer.text
        login = answer.json()
        self.token, self.device_id, self.user = login["token"], login["device_id"], login["user"]
        self.http.headers.update(protocol_headers(self.token))
        self.seq = 0
        self.hlc_counter = 0
        self.cursor = ""

    # requests
    def get(self, path: str, **kwargs) -> requests.Response:
        return self.http.get(self.server.api + path, timeout=60, **kwargs)

    def post(self, path: str, **kwargs) -> requests.Response:
        return self.http.post(self.server.api + path, timeout=60, **kwargs)

    def epoch(self) -> str:
        return self.get("/sync/meta").json()["server_epoch"]

    def hlc(self, offset_ms: int = 0) -> str:
        self.hlc_counter += 1
        return f"{time.time_ns() // 1_000_000 + offset_ms}-{self.hlc_counter:04d}-{self.device_id}"

    def mutation(self, entity: str, record_id: str | None = None, fields: dict | None = None, *,
                 op: str = "upsert", base_version: int = 0, hlc: str | None = None,
                 seq: int | None = None) -> dict[str, Any]:
        if seq is None:
            self.seq += 1
            seq = self.seq
        return {"mutation_id": str(uuid.uuid4()), "client_seq": seq, "entity": entity, "op": op,
                "record_id": record_id or str(uuid.uuid4()), "base_version": base_version,
                "hlc": hlc or self.hlc(), "fields": fields if fields is not None else {}}

    def push_raw(self, mutations: list[dict], **overrides) -> requests.Response:
        body = {"device_id": self.device_id, "server_epoch": self.epoch(), "mutations": mutations, **overrides}
        return self.post("/sync/push", json=body)

    def push(self, *mutations: dict) -> dict:
        answer = self.push_raw(list(mutations))
        assert answer.status_code == 200, answer.text
        return answer.json()

    def push_one(self, mutation: dict) -> dict:
        """Push one mutation and return its result."""
        return self.push(mutation)["results"][0]

    def pull(self, *, limit: int | None = None) -> list[dict]:
        """Pull until has_more is false, from this device's cursor; returns the changes."""
        changes = []
        while True:
            params = {"cursor": self.cursor}
            if limit:
                params["limit"] = limit
            answer = self.get("/sync/pull", params=params)
            assert answer.status_code == 200, answer.text
            page = answer.json()
            changes += page["changes"]
            self.cursor = page["next_cursor"]
            if not page["has_more"]:
                return changes

    def pull_all(self) -> dict[tuple[str, str], dict]:
        """Everything visible, from the beginning, as ``{(entity, record_id): change}``."""
        self.cursor = ""
        return {(change["entity"], change["record_id"]): change for change in self.pull()}

    # builders: a valid record of each kind the tests use
    def create_enterprise(self, name: str = "华美制衣厂", **fields) -> str:
        enterprise_id = str(uuid.uuid4())
        result = self.push_one(self.mutation("enterprise", enterprise_id, {"name": name, "name_latin": "Huamei",
                                                                            **fields}))
        assert result["status"] == "applied", result
        return enterprise_id

    def create_visit(self, enterprise_id: str, **fields) -> tuple[str, int]:
        visit_id = str(uuid.uuid4())
        result = self.push_one(self.mutation("visit", visit_id, self.visit_fields(enterprise_id, **fields)))
        assert result["status"] == "applied", result
        return visit_id, result["version"]

    @staticmethod
    def visit_fields(enterprise_id: str, **overrides) -> dict[str, Any]:
        return {"enterprise_id": enterprise_id, "module": "WC", "visit_type": "baseline",
                "visit_date": "2024-05-02", "status": "draft", **overrides}

    @staticmethod
    def photo_fields(enterprise_id: str, visit_id: str, data: bytes, **overrides) -> dict[str, Any]:
        return {"enterprise_id": enterprise_id, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                "mime": "image/jpeg", "visit_id": visit_id, "kind": "evidence", **overrides}

    def create_photo(self, data: bytes) -> tuple[str, str]:
        """A photo record (with its enterprise and visit) naming ``data``; returns (enterprise id, sha256)."""
        enterprise_id = self.create_enterprise()
        visit_id, _ = self.create_visit(enterprise_id)
        fields = self.photo_fields(enterprise_id, visit_id, data)
        assert self.push_one(self.mutation("photo", None, fields))["status"] == "applied"
        return enterprise_id, fields["sha256"]

    def tus_create(self, length: int, sha256: str) -> str:
        """Start a tus upload; returns its URL."""
        headers = {"Tus-Resumable": "1.0.0", "Upload-Length": str(length),
                   "Upload-Metadata": "sha256 " + base64.b64encode(sha256.encode()).decode()}
        created = self.http.post(self.server.api + "/uploads/", headers=headers, timeout=30)
        assert created.status_code == 201, created.text
        return self.server.url + created.headers["Location"]

    def tus_patch(self, url: str, data: bytes, offset: int = 0, **headers: str) -> requests.Response:
        return self.http.patch(url, data=data, timeout=30, headers={
            "Tus-Resumable": "1.0.0", "Upload-Offset": str(offset),
            "Content-Type": "application/offset+octet-stream", **headers})

    def tus_upload(self, data: bytes, *, sha256: str | None = None) -> requests.Response:
        """Upload ``data`` in one PATCH with plain HTTP (the tuspy tests exercise a real client)."""
        url = self.tus_create(len(data), sha256 or hashlib.sha256(data).hexdigest())
        return self.tus_patch(url, data)


@pytest.fixture(scope="session")
def cli():
    """Run ``score-server`` in a fresh interpreter: ``cli("user", "list", data=path)``."""
    return run_cli
