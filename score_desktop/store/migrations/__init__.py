"""Numbered schema migrations (STYLE.md habit 10).

``PRAGMA user_version`` holds the number of the last migration applied. Before migrating a database that already
has a schema, a copy goes to ``backups/``; each migration runs in its own transaction; a database newer than
this app is refused before anything is written.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from score_desktop.errors import WorkspaceNewerError
from score_desktop.paths import private_file, private_folder
from score_desktop.store.migrations import (m0001_initial, m0002_sync, m0003_training, m0004_signoff,
                                            m0005_coordinator, m0006_search_members_photos)

log = logging.getLogger(__name__)

#: (number, SQL script), in order. Append only; never edit one that has shipped.
MIGRATIONS: list[tuple[int, str]] = [
    (1, m0001_initial.SQL),
    (2, m0002_sync.SQL),
    (3, m0003_training.SQL),
    (4, m0004_signoff.SQL),
    (5, m0005_coordinator.SQL),
    (6, m0006_search_members_photos.SQL),
]


def latest_version() -> int:
    return MIGRATIONS[-1][0]


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def backup_database(conn: sqlite3.Connection, backups_dir: Path, *, version: int) -> Path:
    """Copy the whole database (consistently, WAL included) with SQLite's online backup API."""
    private_folder(backups_dir)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"workspace-v{version}-{stamp}.db"
    private_file(target)  # as private as the database it copies
    with sqlite3.connect(target) as copy:
        conn.backup(copy)
    copy.close()
    return target


def migrate(conn: sqlite3.Connection, backups_dir: Path) -> list[int]:
    """Bring the database to :func:`latest_version`; return the numbers applied."""
    current = schema_version(conn)
    if current > latest_version():
        raise WorkspaceNewerError(found=current, supported=latest_version())
    pending = [(number, sql) for number, sql in MIGRATIONS if number > current]
    if not pending:
        return []
    if current > 0:
        path = backup_database(conn, backups_dir, version=current)
        log.info("backed up workspace schema %d to %s before migrating", current, path)
    for number, sql in pending:
        # executescript commits whatever is open first; BEGIN..COMMIT makes the script and the version one step.
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        log.info("applied workspace migration %d", number)
    return [number for number, _ in pending]
