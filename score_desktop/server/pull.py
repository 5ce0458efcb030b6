"""Pull: the changes a user may see, in counter order, one page at a time.

Each stored record holds only its latest state, so "every change after version N" is simply every row whose
version is above N, and a record changed ten times since appears once, at its latest version. Records and
conflicts live in two tables and are read in one snapshot (db.reading), then merged by version.

The cursor is opaque to clients. It carries:

* ``c``: the highest version the client has, the point the stream resumes after;
* ``s``: the enterprises the user's scope held when it was made (absent for "all"), so the next pull can tell
  which enterprises are new to this user: their records at or below ``c`` never came in the stream, so they are
  sent first (the backfill) before the stream resumes;
* ``b``: a backfill in progress: up to which version, after which version, and for which enterprises;
* ``e``: the epoch it belongs to; a cursor from before a restore starts again from the beginning.

The scope is read before the changes, and the cursor stores that same scope: an enterprise assigned while the
page was being read then counts as new at the next pull and is backfilled, never missed.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import zlib
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Engine, and_, select

from score_desktop.server import accounts, db, schema, training_scope
from score_desktop.server.auth import Principal, scope_of
from score_desktop.sync import protocol

DEFAULT_LIMIT = 500
MAX_LIMIT = 2000
_MAX_CURSOR_CHARS = 200_000
_MAX_CURSOR_JSON = 2_000_000


class BadCursor(ValueError):
    """The cursor was not made by this server."""


@dataclass(frozen=True)
class Backfill:
    upto: int
    after: int
    enterprises: frozenset[str]


@dataclass(frozen=True)
class Cursor:
    counter: int = 0
    #: The enterprises in scope when the cursor was made; None means all of them.
    scope: frozenset[str] | None = None
    backfill: Backfill | None = None
    epoch: str | None = None


START = Cursor()


def encode_cursor(cursor: Cursor) -> str:
    data: dict[str, Any] = {"v": 1, "c": cursor.counter}
    if cursor.epoch is not None:
        data["e"] = cursor.epoch
    if cursor.scope is not None:
        data["s"] = sorted(cursor.scope)
    if cursor.backfill is not None:
        data["b"] = [cursor.backfill.upto, cursor.backfill.after, sorted(cursor.backfill.enterprises)]
    packed = zlib.compress(json.dumps(data, separators=(",", ":")).encode("ascii"), 6)
    return base64.urlsafe_b64encode(packed).decode("ascii").rstrip("=")


def decode_cursor(text: str | None) -> Cursor:
    """The cursor in ``text``; an empty one starts from the beginning. Raises :class:`BadCursor`."""
    if not text:
        return START
    if len(text) > _MAX_CURSOR_CHARS:
        raise BadCursor("cursor too long")
    try:
        packed = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, _MAX_CURSOR_JSON)
        if inflater.unconsumed_tail:
            raise BadCursor("cursor too long")
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("v") != 1:
            raise BadCursor("unknown cursor version")
        counter = _non_negative(data["c"])
        scope = _id_set(data["s"]) if "s" in data else None
        backfill = None
        if "b" in data:
            upto, after, enterprises = data["b"]
            backfill = Backfill(_non_negative(upto), _non_negative(after), _id_set(enterprises))
        epoch = data.get("e")
        if epoch is not None and not isinstance(epoch, str):
            raise BadCursor("bad epoch")
    except BadCursor:
        raise
    except (ValueError, TypeError, KeyError, zlib.error, RecursionError) as exc:
        raise BadCursor(type(exc).__name__) from None
    return Cursor(counter, scope, backfill, epoch)


def _non_negative(value: Any) -> int:
    """A version from a cursor: the server's counter stays below 2^53 (docs/sync-protocol.md, Meta), far inside the
    64-bit columns it is compared with."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 2**53:
        raise BadCursor("bad number")
    return value


def _id_set(values: Any) -> frozenset[str]:
    """Enterprise ids from a cursor; they go into queries, so only real ids pass."""
    if not isinstance(values, list) or not all(protocol.is_uuid(value) for value in values):
        raise BadCursor("bad id list")
    return frozenset(values)


def next_position(cursor: Cursor, scope: frozenset[str] | None) -> Cursor:
    """Where to read from now that the user's scope is ``scope``: starts a backfill for new enterprises."""
    if cursor.counter == 0:
        return replace(cursor, backfill=None)
    if scope is None:
        if cursor.scope is None:
            return cursor
        return START  # a trainer became a coordinator: everything is new to them, send it all again
    if cursor.scope is None:
        return cursor  # a coordinator became a trainer: nothing they can see now is new to them
    new = scope - cursor.scope
    if not new:
        return cursor
    if cursor.backfill is None:
        return replace(cursor, backfill=Backfill(cursor.counter, 0, frozenset(new)))
    # A backfill is under way: widen it and go over its range again (repeats are harmless, misses are not).
    return replace(cursor, backfill=Backfill(cursor.backfill.upto, 0, cursor.backfill.enterprises | new))


def pull(engine: Engine, principal: Principal, cursor: Cursor, limit: int) -> bytes:
    """One page of changes, as the JSON response body (fields pass through as stored, undecoded)."""
    with db.reading(engine) as conn:
        epoch = db.read_epoch(conn)
        if cursor.epoch is not None and cursor.epoch != epoch:
            cursor = START
        scope = scope_of(conn, principal)
        noted = conn.execute(select(schema.devices.c.last_pull_at, schema.devices.c.pulled_through)
                             .where(schema.devices.c.id == principal.device_id)).first()
        position = next_position(cursor, scope)
        page: list[tuple[int, str]] = []
        backfill = position.backfill
        has_more = False
        if backfill is not None:
            wanted = backfill.enterprises if scope is None else backfill.enterprises & scope
            rows = _changes(conn, wanted, backfill.after, backfill.upto, limit + 1)
            if len(rows) > limit:
                page, has_more = rows[:limit], True
                backfill = replace(backfill, after=rows[limit - 1][0])
            else:
                page, backfill = rows, None
        counter = position.counter
        if backfill is None:
            room = limit - len(page)
            if room > 0:
                rows = _changes(conn, scope, counter, None, room + 1)
                has_more = len(rows) > room
                rows = rows[:room]
                if rows:
                    counter = rows[-1][0]
                page += rows
            else:
                has_more = True
    if not has_more and noted is not None and _worth_noting(noted, counter):
        with db.writing(engine) as conn:
            accounts.note_pulled(conn, principal.device_id, counter)
    next_cursor = encode_cursor(Cursor(counter, scope, backfill, epoch))
    body = ('{"changes":[' + ",".join(text for _, text in page) + '],"next_cursor":' + json.dumps(next_cursor)
            + ',"has_more":' + ("true" if has_more else "false") + "}")
    return body.encode("utf-8")


def _worth_noting(noted, counter: int) -> bool:
    """The end of a round is written down when the device got further, or a minute after it was last written
    (``score-server user devices`` shows it; a write per pull would make pulls queue behind pushes on SQLite)."""
    a_minute_ago = db.utc_stamp(dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1))
    return noted.pulled_through != counter or (noted.last_pull_at or "") < a_minute_ago


def _changes(conn, enterprises: frozenset[str] | None, after: int, upto: int | None,
             limit: int) -> list[tuple[int, str]]:
    """Up to ``limit`` changes with ``after < version <= upto`` in these enterprises (None: all), by version."""
    found: list[tuple[int, str]] = []
    names = _Usernames(conn)
    # Classroom sessions are shared: the enterprises' enrolments reach sessions hosted elsewhere (Part 2).
    sessions = training_scope.linked_sessions(conn, enterprises) if enterprises is not None else set()
    for table, entity in ((schema.records, None), (schema.conflicts, "conflict")):
        conditions = [table.c.version > after]
        if upto is not None:
            conditions.append(table.c.version <= upto)
        if enterprises is not None:
            conditions.append(training_scope.visible(table, enterprises, sessions, records=entity is None))
        if entity is None:
            columns = [table.c.version, table.c.entity, table.c.id, table.c.deleted, table.c.fields,
                       table.c.created_by, table.c.updated_by]
        else:
            columns = [table.c.version, table.c.id, table.c.fields]
        query = select(*columns).where(and_(*conditions)).order_by(table.c.version).limit(limit)
        for row in conn.execute(query):
            if entity is None:
                authors = f',"created_by":{names[row.created_by]},"updated_by":{names[row.updated_by]}'
                found.append((row.version, _change(row.entity, row.id, row.version, row.deleted, row.fields,
                                                   authors)))
            else:
                found.append((row.version, _change(entity, row.id, row.version, False, row.fields)))
    found.sort(key=lambda item: item[0])
    return found[:limit]


class _Usernames:
    """User id -> username as JSON text, read once per page (a programme has hundreds of accounts, not more)."""

    def __init__(self, conn) -> None:
        self._conn = conn
        self._names: dict[str, str] | None = None

    def __getitem__(self, user_id: str | None) -> str:
        if self._names is None:
            self._names = {row.id: json.dumps(row.username)
                           for row in self._conn.execute(select(schema.users.c.id, schema.users.c.username))}
        return self._names.get(user_id or "", "null")


def _change(entity: str, record_id: str, version: int, deleted: bool, fields: str, authors: str = "") -> str:
    """A change as JSON text; ``authors`` adds a record's ``created_by`` and ``updated_by`` members (Part 2)."""
    return (f'{{"entity":"{entity}","record_id":{json.dumps(record_id)},"version":{version},'
            f'"deleted":{"true" if deleted else "false"},"fields":{fields}{authors}}}')
