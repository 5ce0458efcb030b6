"""The local workspace: one folder, one SQLite database, one photo store (DESIGN.md section 3).

Open it with :meth:`Workspace.open`; it runs pending migrations after a backup. Each thread opens its own
``Workspace`` (a SQLite connection belongs to the thread that made it); only the first open of a process needs to
migrate, later ones can pass ``migrate=False``.

Every write of a synced record goes through :meth:`Workspace.write`: it validates, stores the row, writes the
outbox mutation, advances the hybrid logical clock and updates the search index in one transaction, and records
what changed in the :class:`ChangeSet` that listeners receive after the commit.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import uuid
from dataclasses import dataclass, field as dataclass_field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping

from score_desktop.domain import roles
from score_desktop.domain.entities import ENTITIES, EntitySpec, spec_for
from score_desktop.domain.hlc import HybridLogicalClock, Timestamp
from score_desktop.domain.validation import UNKNOWN_REFERENCE, Problem, validate
from score_desktop.errors import (DiskFullError, NotFoundError, NotPermittedError, ValidationError,
                                  WorkspaceCorruptError, WorkspaceEmptiedError, WorkspaceFolderError,
                                  WorkspaceLockedError, is_disk_full)
from score_desktop.paths import WorkspacePaths, private_file
from score_desktop.store import outbox, search, training_rules, visit_lock
from score_desktop.store.migrations import migrate
from score_desktop.store.photos import PhotoStore
from score_desktop.store.records import Record, from_row, to_row, utc_now
from score_desktop.store.write_gate import gate_for

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

#: In WAL mode ``synchronous=NORMAL`` keeps every commit through a crash or kill of the app, and the database
#: always consistent; only a power cut or OS crash can lose commits made since the last checkpoint. FULL would
#: fsync at every commit, which costs the typing path its latency tail (bench/store.py: p95 6.6 ms against
#: 2.4 ms); instead the app calls :meth:`Workspace.make_durable` a moment after the trainer stops typing.
BUSY_TIMEOUT_S = 10.0
PRAGMAS = ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
           f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}", "PRAGMA temp_store = MEMORY")
#: The account this workspace syncs as, kept in ``meta`` by the sync (``sync/state.py`` names them there too).
USERNAME_KEY, ROLE_KEY = "sync_username", "sync_role"
#: Leftovers in tmp/ older than this are removed when a workspace opens (younger ones may be another process's).
TMP_GRACE_S = 3600.0


@dataclass
class ChangeSet:
    """What a transaction changed: ids per entity. Windows refresh only what this touches (STYLE.md habit 5)."""

    created: dict[str, set[str]] = dataclass_field(default_factory=dict)
    updated: dict[str, set[str]] = dataclass_field(default_factory=dict)
    deleted: dict[str, set[str]] = dataclass_field(default_factory=dict)
    #: Enterprises whose records changed (most screens are scoped by enterprise).
    enterprises: set[str] = dataclass_field(default_factory=set)

    def add(self, kind: str, entity: str, record_id: str, enterprise_id: str) -> None:
        getattr(self, kind).setdefault(entity, set()).add(record_id)
        self.enterprises.add(enterprise_id)

    def touches(self, entity: str) -> bool:
        return any(entity in group for group in (self.created, self.updated, self.deleted))

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


Listener = Callable[[ChangeSet], None]


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the workspace's pragmas; a file that is not a database gives a clear error.

    The database is the trainer's alone (0600): created so before SQLite opens it, since SQLite gives its WAL
    and shared-memory files the database file's mode.
    """
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if companion is path or companion.exists():
            private_file(companion)
    try:
        conn = sqlite3.connect(path, timeout=10)
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except sqlite3.DatabaseError as error:
        if "locked" in str(error):
            raise WorkspaceLockedError() from error
        raise WorkspaceCorruptError(path=str(path), reason=str(error)) from error
    return conn


class Workspace:
    """A workspace folder opened on this thread."""

    def __init__(self, paths: WorkspacePaths, conn: sqlite3.Connection) -> None:
        self.paths = paths
        self._conn = conn
        self._db: sqlite_utils.Database | None = None
        self._gate = gate_for(paths.database)
        self._listeners: list[Listener] = []
        self._pending_changes: ChangeSet | None = None
        self._clock = self._load_clock()
        from score_desktop.store.repository import Repository  # the repositories call back into this class

        self.repositories: dict[str, Repository] = {name: Repository(self, spec) for name, spec in ENTITIES.items()}

    # -- opening and closing ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, root: Path | str, *, migrate_schema: bool = True) -> "Workspace":
        """Open (creating if needed) the workspace in ``root``; migrations run after a backup copy."""
        paths = WorkspacePaths(Path(root))
        try:
            paths.make_dirs()
        except OSError as error:
            if is_disk_full(error):
                raise DiskFullError() from error
            raise WorkspaceFolderError(path=str(paths.root), reason=error.strerror or str(error)) from error
        _refuse_an_emptied_database(paths)
        conn = connect(paths.database)
        try:
            if migrate_schema:
                migrate(conn, paths.backups)
                _ensure_meta(conn)
                search.backfill(conn)  # what a migration added to the search, for records made before it
                PhotoStore(paths).clean_tmp(older_than_s=TMP_GRACE_S)
        except sqlite3.DatabaseError as error:
            conn.close()
            raise WorkspaceCorruptError(path=str(paths.database), reason=str(error)) from error
        except BaseException:
            conn.close()
            raise
        return cls(paths, conn)

    def close(self) -> None:
        self.make_durable()
        self._conn.close()

    def make_durable(self) -> None:
        """Put every committed write on the disk (a checkpoint syncs the log): call it when typing pauses."""
        try:
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error as error:  # a busy reader or a full disk: the commits are still in the log
            log.warning("checkpoint skipped: %s", error)

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on this connection, loaded on first use (opening the app to Today does not need it)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self._conn, execute_plugins=False)
        return self._db

    # -- meta ------------------------------------------------------------------------------------------------

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction():
            self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    @property
    def device_id(self) -> str:
        return self.meta("device_id") or ""

    @property
    def username(self) -> str | None:
        """The account this workspace signed in with (None before the first sign-in, and in a demo)."""
        return self.meta(USERNAME_KEY) or None

    @property
    def role(self) -> str | None:
        """``trainer``, ``coordinator`` or ``admin``; None before the first sign-in (it then writes what it holds)."""
        return self.meta(ROLE_KEY) or None

    def reload_clock(self) -> None:
        """Pick up a new device id (after signing in as a new device); the clock keeps its last time."""
        self._clock = self._load_clock()

    def _load_clock(self) -> HybridLogicalClock:
        last = self.meta("hlc_last")
        return HybridLogicalClock(self.device_id, last=Timestamp.parse(last) if last else None)

    # -- repositories ----------------------------------------------------------------------------------------

    def __getattr__(self, name: str) -> Any:
        # ws.enterprise, ws.visit, ... (and the plural forms ws.enterprises, ws.visits, ...).
        repositories = self.__dict__.get("repositories", {})
        for candidate in (name, name[:-1] if name.endswith("s") else name):
            if candidate in repositories:
                return repositories[candidate]
        raise AttributeError(name)

    # -- transactions and change notification -----------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(changes)`` after each committed write; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[ChangeSet]:
        """One SQLite transaction; nested calls are savepoints (``db.atomic()``).

        The outermost level waits for this thread's turn at the write lock (:mod:`store.write_gate`: first come,
        first served among this process's threads, so an autosave never starves behind a sync worker), then starts
        with BEGIN IMMEDIATE: a deferred transaction that reads first and writes later can fail with
        SQLITE_BUSY_SNAPSHOT when another connection committed in between, and SQLite's busy handler does not
        retry that case.
        """
        if self.conn.in_transaction:
            assert self._pending_changes is not None
            with self.db.atomic():
                yield self._pending_changes
            return
        changes = self._pending_changes = ChangeSet()
        try:
            with self._write_turn():
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                except sqlite3.OperationalError as error:
                    raise WorkspaceLockedError() from error
                try:
                    yield changes
                    self.conn.execute("COMMIT")
                except BaseException as error:
                    if self.conn.in_transaction:
                        self.conn.rollback()
                    if isinstance(error, sqlite3.OperationalError) and is_disk_full(error):
                        raise DiskFullError() from error
                    raise
        finally:
            self._pending_changes = None
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    @contextlib.contextmanager
    def _write_turn(self) -> Iterator[None]:
        try:
            with self._gate.turn(BUSY_TIMEOUT_S):
                yield
        except TimeoutError as error:
            raise WorkspaceLockedError() from error

    def write_clock_now(self) -> str:
        """The next hybrid-logical-clock value, kept in meta (call inside a transaction)."""
        stamp = str(self._clock.now())
        self.conn.execute("UPDATE meta SET value = ? WHERE key = 'hlc_last'", (stamp,))
        return stamp

    def note_change(self, kind: str, entity: str, record_id: str, enterprise_id: str) -> None:
        """Record a change made inside the current transaction by another store module (e.g. a sync pull)."""
        assert self._pending_changes is not None, "note_change is for use inside Workspace.transaction()"
        self._pending_changes.add(kind, entity, record_id, enterprise_id)

    # -- the one write path ------------------------------------------------------------------------------------

    def write(self, entity: str, record_id: str | None, changes: Mapping[str, Any], *,
              delete: bool = False, new_mutation: bool = False) -> Record:
        """Create (``record_id`` None or new), update, delete or undelete one record, with its outbox mutation.

        ``changes`` holds field values; ``"deleted": False`` undeletes. Only fields whose value differs are
        written and sent. Raises :class:`ValidationError` (nothing written) when the result would be invalid, and
        :class:`VisitLockedError` when the lock of a signed visit refuses it (:mod:`store.visit_lock`).
        ``new_mutation`` sends the change as a mutation of its own, after every change made before it, instead of
        merging it into the record's pending one (signing and reopening a visit: see :mod:`store.signoff`).
        """
        spec = spec_for(entity)
        with self.transaction() as changeset:
            current = self.read_record(spec, record_id) if record_id else None
            if current is None and delete:
                raise NotFoundError(entity=entity, record_id=record_id)
            self._check_role(spec, current)
            visit_lock.check_write(self.conn, entity, record_id, current, changes, delete=delete)
            if current is None:
                record, changed = self._new_record(spec, record_id, changes)
                kind = "created"
            elif delete:
                if current["deleted"]:
                    return current
                record, changed, kind = {**current, "deleted": True}, {}, "deleted"
            else:
                record, changed = self._changed_record(spec, current, changes)
                if not changed:
                    return current
                kind = "updated"
            stamp = self._clock.now()
            record["updated_at"] = utc_now()
            record["updated_hlc"] = str(stamp)
            self.store_row(spec, record, insert=current is None)
            outbox.record_mutation(
                self.conn, entity=entity, record_id=record["id"], enterprise_id=record["enterprise_id"],
                op="delete" if delete else "upsert", base_version=record["version"], hlc=str(stamp),
                fields=changed, merge=not new_mutation)
            self.conn.execute("UPDATE meta SET value = ? WHERE key = 'hlc_last'", (str(stamp),))
            search.index_record(self.conn, spec, record)
            changeset.add(kind, entity, record["id"], record["enterprise_id"])
        return record

    def _check_role(self, spec: EntitySpec, current: Record | None) -> None:
        """The server's rule, said before the server has to (domain/roles.py): a coordinator's laptop does not
        change what a trainer recorded, nor a comment of someone else."""
        role = self.role
        if role is None:
            return
        own = current is None or current.get("created_by") in (None, self.username)
        why = roles.refusal(role, spec.name, own_record=own)
        if why is not None:
            raise NotPermittedError(why)

    def read_record(self, spec: EntitySpec, record_id: str) -> Record | None:
        cursor = self.conn.execute(f"SELECT * FROM {spec.name} WHERE id = ?", (record_id,))
        row = cursor.fetchone()
        if row is None:
            return None
        return from_row(spec, dict(zip([column[0] for column in cursor.description], row)))

    def _new_record(self, spec: EntitySpec, record_id: str | None,
                    changes: Mapping[str, Any]) -> tuple[Record, dict[str, Any]]:
        record_id = record_id or str(uuid.uuid4())
        fields = {name: value for name, value in changes.items()
                  if name in spec.by_name and value is not None}
        unknown = set(changes) - set(spec.by_name) - {"enterprise_id", "deleted"}
        if unknown:
            raise TypeError(f"{spec.name} has no field {', '.join(sorted(unknown))}")
        enterprise_id = record_id if spec.name == "enterprise" else (
            changes.get("enterprise_id") or self._enterprise_of_parent(spec, fields))
        self._check(spec, {**fields, "enterprise_id": enterprise_id}, {**fields, "enterprise_id": enterprise_id})
        now = utc_now()
        record: Record = {"id": record_id, "enterprise_id": enterprise_id, **dict.fromkeys(spec.field_names),
                          **fields, "created_at": now, "version": 0, "deleted": False, "extra": {},
                          "created_by": None, "updated_by": None}  # the server names them once it has it
        return record, {"enterprise_id": enterprise_id, **fields}

    def _changed_record(self, spec: EntitySpec, current: Record,
                        changes: Mapping[str, Any]) -> tuple[Record, dict[str, Any]]:
        unknown = set(changes) - set(spec.by_name) - {"deleted"}
        if unknown:
            raise TypeError(f"{spec.name} has no field {', '.join(sorted(unknown))}")
        changed = {name: value for name, value in changes.items()
                   if name in spec.by_name and current.get(name) != value}
        record = {**current, **changed}
        if changes.get("deleted") is False and current["deleted"]:
            record["deleted"] = False
            changed["deleted"] = False  # the protocol's control member: undelete
        self._check(spec, record, {k: v for k, v in changed.items() if k != "deleted"})
        return record, changed

    def _enterprise_of_parent(self, spec: EntitySpec, fields: Mapping[str, Any]) -> str | None:
        for ref in spec.refs:
            parent_id = fields.get(ref.name)
            if parent_id and ref.ref and not ENTITIES[ref.ref].shared:  # a shared session's enterprise is its host's
                row = self.conn.execute(f"SELECT enterprise_id FROM {ref.ref} WHERE id = ?", (parent_id,)).fetchone()
                if row:
                    return row[0]
        return None

    def _check(self, spec: EntitySpec, record: Mapping[str, Any], changed: Mapping[str, Any]) -> None:
        problems = validate(spec, record, changed=changed)
        if not problems:
            problems = self._missing_references(spec, record, changed)
        if not problems and spec.name in training_rules.CHECKED:
            problems = training_rules.related_problems(self, spec, record, changed)
        if problems:
            raise ValidationError(spec.name, problems)

    def _missing_references(self, spec: EntitySpec, record: Mapping[str, Any],
                            changed: Mapping[str, Any]) -> list[Problem]:
        """References must name a record of the same enterprise in this workspace (or, for a shared record such
        as a classroom session, a record of any enterprise).

        Checked here rather than left to the deferred foreign keys, which would only fail at commit with
        SQLite's "FOREIGN KEY constraint failed".
        """
        problems = []
        targets: list[tuple[str, str]] = [(field.name, field.ref) for field in spec.refs
                                          if field.ref and changed.get(field.name) is not None]
        if spec.name != "enterprise" and "enterprise_id" in changed:
            targets.append(("enterprise_id", "enterprise"))
        for name, target in targets:
            value = record.get(name)
            row = None if value is None else self.conn.execute(
                f"SELECT enterprise_id FROM {target} WHERE id = ?", (value,)).fetchone()
            if row is None or (row[0] != record.get("enterprise_id") and not ENTITIES[target].shared):
                problems.append(Problem(name, "unknown_reference", UNKNOWN_REFERENCE))
        return problems

    def store_row(self, spec: EntitySpec, record: Record, *, insert: bool) -> None:
        row = to_row(spec, record)
        columns = list(row)
        if insert:
            columns = [c for c in columns if row[c] is not None]  # NULL by default (and a column may be newer)
            self.conn.execute(f"INSERT INTO {spec.name} ({', '.join(columns)}) "
                              f"VALUES ({', '.join('?' * len(columns))})", [row[c] for c in columns])
        else:
            assignments = ", ".join(f"{c} = ?" for c in columns if c != "id")
            self.conn.execute(f"UPDATE {spec.name} SET {assignments} WHERE id = ?",
                              [row[c] for c in columns if c != "id"] + [record["id"]])

    # -- reading -----------------------------------------------------------------------------------------------

    def search(self, query: str, **options: Any) -> list[search.SearchHit]:
        return search.search(self.conn, query, **options)

    def waiting_count(self) -> int:
        return outbox.waiting_count(self.conn)


def _refuse_an_emptied_database(paths: WorkspacePaths) -> None:
    """A zero-byte workspace.db beside photos or backups lost its records (a full disk, a bad copy); SQLite
    would take it for a new database and the app would start an empty workspace over the trainer's photos."""
    database = paths.database
    if not database.exists() or database.stat().st_size > 0:
        return
    if any(path.is_file() for folder in (paths.photos, paths.backups) for path in folder.rglob("*")):
        raise WorkspaceEmptiedError(path=str(database), backups=str(paths.backups))


def _ensure_meta(conn: sqlite3.Connection) -> None:
    """First-open values: this laptop's ids and the counters the outbox and clock continue from."""
    device_id = str(uuid.uuid4())
    defaults = {"workspace_id": str(uuid.uuid4()), "device_id": device_id, "next_client_seq": "1",
                "hlc_last": f"0-0000-{device_id}", "created_at": utc_now()}
    with conn:
        conn.executemany("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", defaults.items())
