"""The server's data folder, its config file, its limits, and the context every request handler shares.

``score-server init`` writes ``server.json`` into the data folder; every other command finds the database and
the blob store through it, so ``--data DIR`` is all a command needs. The file can hold a PostgreSQL password, so
only its owner may read it; object store credentials never go into it (boto3 reads them from the environment).
"""

from __future__ import annotations

import asyncio
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import Engine

from score_desktop.server import blob_store, db, files, staging
from score_desktop.server.blob_store import BlobStore

CONFIG_NAME = "server.json"
#: Test hook: milliseconds to sleep between allocating versions and committing a push.
COMMIT_DELAY_ENV = "SCORE_SERVER_TEST_COMMIT_DELAY_MS"


class NotADataFolder(ValueError):
    """The folder was not made by ``score-server init``."""


@dataclass(frozen=True)
class Limits:
    """What protects the server from one client, and what ``/sync/meta`` tells clients."""

    max_mutations_per_push: int = 1000
    max_push_bytes: int = 8 * 1024 * 1024
    #: How much we read of a push body at most, to tell a malformed body (400) from a big one (413).
    max_push_read_bytes: int = 32 * 1024 * 1024
    #: Bodies of every other JSON endpoint.
    max_body_bytes: int = 1024 * 1024
    upload_chunk_bytes: int = 1024 * 1024
    max_upload_bytes: int = 200 * 1024 * 1024
    #: What one user's unfinished uploads may declare together (upload_space.py).
    max_open_upload_bytes: int = 1024 * 1024 * 1024
    #: An upload nobody touched for this long is removed with its bytes.
    upload_expiry_hours: int = 24
    max_check_hashes: int = 10_000
    #: Seconds a request body may stall before the server gives up on it.
    body_idle_timeout: float = 60.0
    #: Failed sign-ins of one username (within ``sign_in_lock_minutes``) before it is locked for that long.
    max_failed_sign_ins: int = 10
    sign_in_lock_minutes: int = 15
    #: A token not used for this long no longer signs anyone in (the laptop asks to sign in again).
    token_idle_days: int = 90

    #: What an admin may set in server.json (the rest protects the server from clients and is not a setting).
    SETTINGS = ("max_failed_sign_ins", "sign_in_lock_minutes", "token_idle_days", "max_open_upload_bytes",
                "upload_expiry_hours")

    def to_wire(self) -> dict[str, int]:
        return {"max_mutations_per_push": self.max_mutations_per_push, "max_push_bytes": self.max_push_bytes,
                "upload_chunk_bytes": self.upload_chunk_bytes}


def write_config(data_dir: Path, database_url: str, *, blob_store: str | None = None,
                 s3_endpoint: str | None = None) -> Path:
    config = {"database_url": database_url, "format": 1}
    if blob_store:
        config.update(blob_store=blob_store, **({"s3_endpoint": s3_endpoint} if s3_endpoint else {}))
    return _save_config(data_dir, config)


def use_blob_store(data_dir: Path, blob_store: str, s3_endpoint: str | None) -> Path:
    """Point the data folder at another blob store (``migrate-blobs``), keeping every other setting."""
    config = {key: value for key, value in _read_config(data_dir).items() if key not in ("blob_store", "s3_endpoint")}
    config["blob_store"] = blob_store
    if s3_endpoint:
        config["s3_endpoint"] = s3_endpoint
    return _save_config(data_dir, config)


def _save_config(data_dir: Path, config: dict) -> Path:
    """Write server.json whole or not at all (a half-written file would stop the server)."""
    files.private_folder(data_dir)
    path = data_dir / CONFIG_NAME
    partial = data_dir / (CONFIG_NAME + ".new")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(config, handle, indent=2)
        handle.write("\n")
    os.replace(partial, path)
    return path


def read_config(data_dir: Path) -> dict:
    return _read_config(data_dir)


def _read_config(data_dir: Path) -> dict:
    path = Path(data_dir) / CONFIG_NAME
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
        str(config["database_url"])
        return config
    except FileNotFoundError:
        raise NotADataFolder(f"{data_dir} is not a SCORE server data folder (no {CONFIG_NAME}); "
                             f"run 'score-server init --data {data_dir}' first") from None
    except (ValueError, KeyError, TypeError):
        raise NotADataFolder(f"{path} is damaged: it must be JSON with a 'database_url'") from None


def read_database_url(data_dir: Path) -> str:
    return str(_read_config(data_dir)["database_url"])


def read_limits(data_dir: Path) -> Limits:
    """The limits, with the settings an admin wrote into server.json (each a whole number, 1 or more)."""
    config = _read_config(data_dir)
    settings = {}
    for name in Limits.SETTINGS:
        if name in config:
            value = config[name]
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise NotADataFolder(f"{Path(data_dir) / CONFIG_NAME}: '{name}' must be a whole number, 1 or more")
            settings[name] = value
    return replace(Limits(), **settings)


def open_blob_store(data_dir: Path) -> BlobStore:
    """The blob store server.json names (the data folder's ``blobs`` folder unless it names an object store)."""
    try:
        return blob_store.open_store(Path(data_dir), _read_config(data_dir))
    except ValueError as exc:
        raise NotADataFolder(f"{Path(data_dir) / CONFIG_NAME}: {exc}") from None


#: Set by ``serve --workers N`` for its workers: the machine's cores are shared among them.
WORKERS_ENV = "SCORE_SERVER_WORKERS"


def _workers() -> int:
    return max(1, int(os.environ.get(WORKERS_ENV, "1") or 1))


def _sign_in_slots() -> asyncio.Semaphore:
    return asyncio.Semaphore(max(1, (os.cpu_count() or 2) // 2 // _workers()))


@dataclass
class Context:
    """What the request handlers share: the database, the blob store and its staging area, and the limits.

    Nothing here counts or remembers anything between requests: what must hold across requests (sign-in
    failures, upload offsets, token use) is in the database, so every worker of ``serve --workers N`` sees it.
    """

    data_dir: Path
    engine: Engine
    limits: Limits = field(default_factory=Limits)
    #: Sign-ins checking a password at the same time in this process. Each hash keeps a core busy for about
    #: 50 ms; past half the cores, a flood of guesses would starve every other request of CPU. The workers of
    #: one machine share its cores, so each takes its part. Waiting sign-ins hold no thread.
    sign_in_slots: asyncio.Semaphore = field(default_factory=_sign_in_slots)
    commit_delay: float = 0.0
    blobs: BlobStore = None  # type: ignore[assignment]  # set in __post_init__

    def __post_init__(self) -> None:
        if self.blobs is None:
            self.blobs = open_blob_store(self.data_dir)
        self.staging = staging.for_store(self.data_dir, self.blobs, self.engine)

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @classmethod
    def open(cls, data_dir: Path, *, limits: Limits | None = None) -> "Context":
        data_dir = Path(data_dir)
        engine = db.make_engine(read_database_url(data_dir), processes=_workers())
        delay_ms = float(os.environ.get(COMMIT_DELAY_ENV, "0") or 0)
        return cls(data_dir, engine, limits or read_limits(data_dir), commit_delay=delay_ms / 1000)
