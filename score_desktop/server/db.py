"""The database: an engine for SQLite (the default, in the data folder) or PostgreSQL, and its transactions.

Two kinds of transaction, and the difference matters for the sync guarantees:

* :func:`writing`: on SQLite ``BEGIN IMMEDIATE``, so a writer holds the database's write lock from its first
  statement and two writers never deadlock upgrading a read lock; on PostgreSQL the default READ COMMITTED, where
  each statement sees every commit so far (push takes the counter's row lock first, see push.py).
* :func:`reading`: one consistent snapshot for the whole transaction (SQLite's WAL read transaction, PostgreSQL's
  REPEATABLE READ), so a pull that reads records and conflicts in two queries never sees a later commit in one of
  them and not in the other.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
import weakref
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, Engine, Table, create_engine, event, insert, select, update
from sqlalchemy.dialects import postgresql as postgresql_dialect, sqlite as sqlite_dialect
from sqlalchemy.engine import make_url

from score_desktop.server import files, schema

_WRITE_OPTION = "score_write"


class DatabaseUrlError(ValueError):
    """The URL names a database this server cannot use."""


def utc_now() -> str:
    """Now as an RFC 3339 UTC string with milliseconds, the form every stored time has."""
    return utc_stamp(dt.datetime.now(dt.timezone.utc))


def utc_stamp(moment: dt.datetime) -> str:
    """An aware datetime in the stored form (fixed width, so stored times compare as strings)."""
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{Path(data_dir).resolve() / 'server.db'}"


def normalize_url(url: str) -> str:
    """``postgresql://...`` means psycopg 3; SQLite URLs pass as they are; anything else is refused."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # SQLAlchemy raises ArgumentError with its own wording
        raise DatabaseUrlError(f"not a database URL: {url!r}") from exc
    driver = parsed.drivername
    if driver in ("postgresql", "postgres", "postgresql+psycopg"):
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    if driver == "sqlite":
        return url
    raise DatabaseUrlError(f"unsupported database {driver!r}: use sqlite:///PATH or postgresql://...")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, *, processes: int = 1) -> Engine:
    """An engine with the settings this server relies on (WAL and foreign keys on SQLite).

    ``processes``: how many server processes share the database (``serve --workers N``); together they keep
    at most 30 PostgreSQL connections, well below its default limit of 100.
    """
    url = normalize_url(url)
    # hide_parameters: an error's text never carries the values (usernames, whole mutations) into a log.
    if url.startswith("sqlite"):
        _create_private_database(make_url(url).database)
        engine = create_engine(url, connect_args={"timeout": 60}, pool_size=8, max_overflow=16,
                               hide_parameters=True)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    share = max(1, processes)
    return create_engine(url, pool_size=max(2, 10 // share), max_overflow=max(3, 20 // share), pool_pre_ping=True,
                         hide_parameters=True)


def _create_private_database(path: str | None) -> None:
    """An empty database file with mode 0600 before SQLite makes one with the umask's (it holds password hashes;
    SQLite gives its WAL and shared-memory files the same mode as the database)."""
    if path and path != ":memory:" and Path(path).parent.is_dir():
        files.touch_private(Path(path))


def _sqlite_connect(dbapi_connection, _record) -> None:
    # Python's sqlite3 would open transactions itself, always deferred; we open them (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE_OPTION) else "BEGIN")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction: committed when the block ends, rolled back if it raises.

    On SQLite the threads of this process take turns at a lock of ours before ``BEGIN IMMEDIATE``: SQLite's own
    wait for its write lock sleeps in steps of up to 100 ms, so fifty writers at once spent most of their time
    asleep while the lock was free (bench/load.py: rounds took twice as long). Other processes (a command
    run beside the server) still meet SQLite's busy timeout.
    """
    turn = _sqlite_turn(engine) if is_sqlite(engine) else nullcontext()
    with turn, engine.connect() as conn:
        conn.execution_options(**{_WRITE_OPTION: True})
        with conn.begin():
            yield conn


_sqlite_turns: "weakref.WeakKeyDictionary[Engine, threading.RLock]" = weakref.WeakKeyDictionary()
_turns_lock = threading.Lock()


def _sqlite_turn(engine: Engine) -> threading.RLock:
    with _turns_lock:
        return _sqlite_turns.setdefault(engine, threading.RLock())


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction on one snapshot."""
    with engine.connect() as conn:
        if not is_sqlite(engine):
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


def insert_ignoring_duplicates(conn: Connection, table: Table, values: dict) -> None:
    """Insert a row unless one with the same key exists, as one statement (``ON CONFLICT DO NOTHING``), so two
    transactions inserting the same key at the same moment both succeed."""
    dialect = sqlite_dialect if is_sqlite(conn.engine) else postgresql_dialect
    conn.execute(dialect.insert(table).values(**values).on_conflict_do_nothing())


def is_initialized(engine: Engine) -> bool:
    with engine.connect() as conn:
        return engine.dialect.has_table(conn, "meta")


def initialize(engine: Engine) -> str:
    """Create the tables, the counter and a first epoch; returns the epoch."""
    schema.metadata.create_all(engine)
    epoch = str(uuid.uuid4())
    with writing(engine) as conn:
        conn.execute(insert(schema.meta), [
            {"key": "epoch", "value": epoch},
            {"key": "schema_version", "value": str(schema.SCHEMA_VERSION)},
            {"key": "created_at", "value": utc_now()},
        ])
        conn.execute(insert(schema.counter).values(id=1, value=0))
    return epoch


def schema_version(engine: Engine) -> int | None:
    """The stored schema version, or None for a database that was never initialized."""
    if not is_initialized(engine):
        return None
    with reading(engine) as conn:
        value = conn.scalar(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version"))
    return int(value) if value is not None else None


def read_meta(conn: Connection, key: str) -> str | None:
    return conn.scalar(select(schema.meta.c.value).where(schema.meta.c.key == key))


def write_meta(conn: Connection, key: str, value: str) -> None:
    if conn.execute(update(schema.meta).where(schema.meta.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(schema.meta).values(key=key, value=value))


def read_epoch(conn: Connection) -> str:
    epoch = read_meta(conn, "epoch")
    if epoch is None:
        raise RuntimeError("the server database has no epoch; was it initialized with 'score-server init'?")
    return epoch


def read_counter(conn: Connection) -> int:
    return conn.scalar(select(schema.counter.c.value).where(schema.counter.c.id == 1)) or 0
