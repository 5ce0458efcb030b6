"""Applying records that come from elsewhere (a sync pull, later a bundle): no outbox, local edits respected.

A pulled change carries a record's full current state. Fields with local edits the server has not acknowledged
keep their local value (docs/sync-protocol.md: "A change to a record with unsent local edits updates only the fields
that have no unsent edit"); the next push sends them. Fields this version does not know go to ``extra`` and are
sent back untouched. A child whose parent has not arrived yet is parked and applied when the parent comes.

A coordinator's first sync brings a whole programme (100,000 records and more), so pulled pages are applied a chunk
at a time (:func:`apply_changes`): one read of the records a chunk names, one of their unsent edits, one per parent
table, one statement per entity to write them and a few to index them, where record by record each took its own.
Nothing else differs: :func:`apply_change` is the same rule for one record (parked changes, and a chunk that meets
a record it cannot store).

A record this laptop cannot store (an integer past SQLite's 64 bits from a server that let one through, a newer
server's wider value) is parked too, with a warning in the log: one bad record must never stop a round. It stays
parked until the server sends a version that can be stored, which replaces it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any, Iterator, Mapping, Sequence

from score_desktop.domain.entities import ENTITIES, EntitySpec
from score_desktop.store import outbox, search
from score_desktop.store.records import Record, from_row, to_row, utc_now
from score_desktop.store.workspace import Workspace

log = logging.getLogger(__name__)

#: ``updated_hlc`` of a record known only from the server (a pulled change carries no HLC).
REMOTE_HLC = "0-0000-server"
APPLIED, PARKED = "applied", "parked"
#: What storing a value SQLite cannot hold raises (OverflowError: an integer past 64 bits; the others: a value
#: of a type or shape no column takes). A full disk is not among them: that stops the round, as it should.
_UNSTORABLE = (OverflowError, ValueError, TypeError, sqlite3.IntegrityError, sqlite3.InterfaceError)


def _parent_keys(spec: EntitySpec, record: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """(table, id) of every record this one points at, which must be here before it is."""
    keys = [(field.ref or "", record.get(field.name)) for field in spec.refs if record.get(field.name)]
    if spec.name != "enterprise" and not spec.shared:  # a shared session may come without its host enterprise
        keys.append(("enterprise", record.get("enterprise_id")))
    return keys


def _parents_present(ws: Workspace, spec: EntitySpec, record: Mapping[str, Any]) -> bool:
    return all(value and ws.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (value,)).fetchone()
               for table, value in _parent_keys(spec, record))


def _merged(spec: EntitySpec, current: Record | None, fields: Mapping[str, Any], keep: set[str]) -> Record:
    """The record after the change: the server's state except the fields in ``keep`` (unsent local edits)."""
    known = {name: value for name, value in fields.items() if name in spec.by_name}
    extra = {name: value for name, value in fields.items()
             if name not in spec.by_name and name not in ("enterprise_id", "id", "deleted")}
    if current is None:
        return {**dict.fromkeys(spec.field_names), **known, "extra": extra}
    record = dict(current)
    for name in spec.field_names:
        if name not in keep:
            record[name] = known.get(name)
    record["extra"] = extra
    return record


def _pulled_record(spec: EntitySpec, current: Record | None, change: Mapping[str, Any], keep: set[str],
                   now: str) -> Record:
    """The record as stored after a pulled change (a dict with ``entity``, ``record_id``, ``version``,
    ``deleted``, ``fields`` and, from a server with Part 2 "Roles", ``created_by`` and ``updated_by``)."""
    record_id, fields = change["record_id"], change["fields"]
    record = _merged(spec, current, fields, keep)
    enterprise_id: str = record_id if spec.name == "enterprise" else (fields.get("enterprise_id")
                                                                     or (current or {}).get("enterprise_id") or "")
    record.update(id=record_id, enterprise_id=enterprise_id, version=change["version"], updated_at=now,
                  deleted=current["deleted"] if current is not None and "deleted" in keep else bool(change["deleted"]))
    for name in ("created_by", "updated_by"):
        if change.get(name) is not None or current is None:
            record[name] = change.get(name)
    if current is None:
        record.update(created_at=now, updated_hlc=REMOTE_HLC)
    return record


def _change_kind(current: Record | None, record: Record) -> str:
    if current is None:
        return "created"
    return "deleted" if record["deleted"] and not current["deleted"] else "updated"


def apply_change(ws: Workspace, entity: str, record_id: str, version: int, deleted: bool,
                 fields: Mapping[str, Any], *, created_by: str | None = None, updated_by: str | None = None) -> str:
    """Apply one pulled record change inside the caller's transaction; returns APPLIED or PARKED."""
    spec = ENTITIES[entity]
    current = ws.read_record(spec, record_id)
    if current is not None and current["version"] >= version:
        return APPLIED  # this state or a newer one is here already (our own applied edit, a repeated page)
    keep = outbox.unsent_fields(ws.conn, entity, record_id) if current is not None else set()
    change = {"record_id": record_id, "version": version, "deleted": deleted, "fields": fields,
              "created_by": created_by, "updated_by": updated_by}
    record = _pulled_record(spec, current, change, keep, utc_now())
    deleted = record["deleted"]
    enterprise_id = record["enterprise_id"]
    if not _parents_present(ws, spec, record):
        _park(ws, entity, record_id, version, deleted, fields, created_by, updated_by)
        return PARKED
    try:
        with ws.transaction():  # a savepoint: a record that cannot be stored leaves nothing half-written
            # A tombstone of a record this laptop never had is kept too: a photo or action may still point at it.
            ws.store_row(spec, record, insert=current is None)
            search.index_record(ws.conn, spec, record)
    except _UNSTORABLE as error:
        log.warning("a pulled %s (%s, version %d) cannot be stored on this laptop and waits for a later version: "
                    "%s: %s", entity, record_id, version, type(error).__name__, error)
        _park(ws, entity, record_id, version, deleted, fields, created_by, updated_by)
        return PARKED
    ws.note_change(_change_kind(current, record), entity, record_id, enterprise_id)
    return APPLIED


def _park(ws: Workspace, entity: str, record_id: str, version: int, deleted: bool, fields: Mapping[str, Any],
          created_by: str | None = None, updated_by: str | None = None) -> None:
    ws.conn.execute("INSERT OR REPLACE INTO pull_parked (entity, record_id, version, deleted, fields_json, "
                    "created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (entity, record_id, version, int(deleted), json.dumps(dict(fields), ensure_ascii=False),
                     created_by, updated_by))


def apply_parked(ws: Workspace) -> int:
    """Apply every parked change whose parents have arrived (call inside a transaction); returns how many."""
    applied = 0
    progress = True
    while progress:  # a parked parent may unblock a parked child
        progress = False
        rows = ws.conn.execute("SELECT entity, record_id, version, deleted, fields_json, created_by, updated_by "
                               "FROM pull_parked").fetchall()
        for entity, record_id, version, deleted, fields_json, created_by, updated_by in rows:
            ws.conn.execute("DELETE FROM pull_parked WHERE entity = ? AND record_id = ?", (entity, record_id))
            if apply_change(ws, entity, record_id, version, bool(deleted), json.loads(fields_json),
                            created_by=created_by, updated_by=updated_by) == APPLIED:
                applied += 1
                progress = True
    return applied


def apply_changes(ws: Workspace, changes: Sequence[Mapping[str, Any]]) -> None:
    """Apply pulled record changes (of entities this laptop knows) inside the caller's transaction, the same way
    :func:`apply_change` applies each, with a few statements for the whole chunk."""
    chunk = _Chunk(ws, changes)
    for index, change in enumerate(changes):
        chunk.decide(index, change)
    try:
        with ws.transaction():  # a savepoint: a record that cannot be stored undoes only this chunk's writes
            chunk.write()
    except _UNSTORABLE:
        for change in chunk.to_write_changes():  # record by record, parking the one that cannot be stored
            apply_change(ws, change["entity"], change["record_id"], change["version"], change["deleted"],
                         change["fields"], created_by=change.get("created_by"), updated_by=change.get("updated_by"))
        return
    chunk.announce()


class _Chunk:
    """A chunk of pulled changes: what is here already read at once, then each change decided in order."""

    def __init__(self, ws: Workspace, changes: Sequence[Mapping[str, Any]]) -> None:
        self.ws = ws
        self.now = utc_now()
        ids: dict[str, list[str]] = {}
        for change in changes:
            ids.setdefault(change["entity"], []).append(change["record_id"])
        self.current: dict[tuple[str, str], Record] = {}
        self.unsent: dict[tuple[str, str], set[str]] = {}
        for entity, record_ids in ids.items():
            spec = ENTITIES[entity]
            for record in _read_many(ws, spec, record_ids):
                self.current[(entity, record["id"])] = record
            held = [record_id for record_id in record_ids if (entity, record_id) in self.current]
            for record_id, names in outbox.unsent_fields_many(ws.conn, entity, held).items():
                self.unsent[(entity, record_id)] = names
        self.parents = [self._parents_of(change) for change in changes]
        self.present = self._parents_here()
        #: (entity, id) -> (the record as it was, the record to store, the change), in the order decided.
        self.writes: dict[tuple[str, str], tuple[Record | None, Record, Mapping[str, Any]]] = {}

    @staticmethod
    def _parents_of(change: Mapping[str, Any]) -> list[tuple[str, Any]]:
        spec = ENTITIES[change["entity"]]
        fields = change["fields"]
        keys = [(field.ref or "", fields.get(field.name)) for field in spec.refs if fields.get(field.name)]
        if spec.name != "enterprise" and not spec.shared:
            keys.append(("enterprise", fields.get("enterprise_id")))
        return keys

    def _parents_here(self) -> set[tuple[str, str]]:
        """The (table, id) of every parent the chunk names that this workspace holds."""
        wanted: dict[str, set[str]] = {}
        for keys in self.parents:
            for table, value in keys:
                if isinstance(value, str):
                    wanted.setdefault(table, set()).add(value)
        present: set[tuple[str, str]] = set()
        for table, values in wanted.items():
            listed = sorted(values)
            for start in range(0, len(listed), _IDS_PER_QUERY):
                part = listed[start:start + _IDS_PER_QUERY]
                present.update((table, row[0]) for row in self.ws.conn.execute(
                    f"SELECT id FROM {table} WHERE id IN ({', '.join('?' * len(part))})", part))
        return present

    def decide(self, index: int, change: Mapping[str, Any]) -> None:
        entity, record_id = change["entity"], change["record_id"]
        key = (entity, record_id)
        spec = ENTITIES[entity]
        current = self.writes[key][1] if key in self.writes else self.current.get(key)
        if current is not None and current["version"] >= change["version"]:
            return
        record = _pulled_record(spec, current, change, self.unsent.get(key, set()) if current else set(), self.now)
        parents = self.parents[index] if current is None else _parent_keys(spec, record)  # a stored record
        if not all(value and self._here(table, value) for table, value in parents):  # may keep its own edits
            _park(self.ws, entity, record_id, change["version"], record["deleted"], change["fields"],
                  change.get("created_by"), change.get("updated_by"))
            return
        before = self.writes[key][0] if key in self.writes else self.current.get(key)
        self.writes[key] = (before, record, change)
        self.present.add(key)

    def _here(self, table: str, record_id: str) -> bool:
        if (table, record_id) not in self.present:  # a parent only a local edit names: asked on its own
            if self.ws.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone() is None:
                return False
            self.present.add((table, record_id))
        return True

    def to_write_changes(self) -> list[Mapping[str, Any]]:
        return [change for _, _, change in self.writes.values()]

    def write(self) -> None:
        by_entity: dict[str, list[tuple[Record | None, Record]]] = {}
        for (entity, _), (before, record, _) in self.writes.items():
            by_entity.setdefault(entity, []).append((before, record))
        for entity, pairs in by_entity.items():
            spec = ENTITIES[entity]
            inserts = [record for before, record in pairs if before is None and
                       (entity, record["id"]) not in self.current]
            updates = [record for before, record in pairs if (entity, record["id"]) in self.current]
            _insert_many(self.ws, spec, inserts)
            _update_many(self.ws, spec, updates)
            search.reindex_many(self.ws.conn, spec, inserts + updates)

    def announce(self) -> None:
        for (entity, record_id), (before, record, _) in self.writes.items():
            self.ws.note_change(_change_kind(before, record), entity, record_id, record["enterprise_id"])


_IDS_PER_QUERY = 900


def _read_many(ws: Workspace, spec: EntitySpec, record_ids: list[str]) -> Iterator[Record]:
    for start in range(0, len(record_ids), _IDS_PER_QUERY):
        part = record_ids[start:start + _IDS_PER_QUERY]
        cursor = ws.conn.execute(f"SELECT * FROM {spec.name} WHERE id IN ({', '.join('?' * len(part))})", part)
        names = [column[0] for column in cursor.description]
        for row in cursor:
            yield from_row(spec, dict(zip(names, row)))


def _insert_many(ws: Workspace, spec: EntitySpec, records: list[Record]) -> None:
    if not records:
        return
    rows = [to_row(spec, record) for record in records]
    columns = list(rows[0])
    ws.conn.executemany(f"INSERT INTO {spec.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                        [[row.get(column) for column in columns] for row in rows])


def _update_many(ws: Workspace, spec: EntitySpec, records: list[Record]) -> None:
    if not records:
        return
    rows = [to_row(spec, record) for record in records]
    columns = [column for column in rows[0] if column != "id"]
    ws.conn.executemany(f"UPDATE {spec.name} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                        [[row.get(column) for column in columns] + [row["id"]] for row in rows])
