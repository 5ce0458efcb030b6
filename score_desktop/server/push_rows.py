"""A push's working state in and out of the tables, in a few bulk statements (push.py decides what changes).

Everything a batch names or references is read before the first mutation is decided, and everything it changed
is written after the last, so a push costs about the same number of round trips for 1 or 1,000 mutations.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterable

from sqlalchemy import Connection, bindparam, insert, select, update

from score_desktop.domain.entities import ENTITIES
from score_desktop.server import merge, schema
from score_desktop.sync import protocol
from score_desktop.sync.protocol import Mutation

if TYPE_CHECKING:
    from score_desktop.server.push import _Batch

#: Ids per IN (...) list: SQLite's limit on bound parameters is 999 in older builds.
_CHUNK = 900
#: Records that name a blob by its ``sha256``: photos, and signed reports (docs/sync-protocol.md Part 2).
BLOB_ENTITIES = ("photo", "signed_report")


def chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def load(conn: Connection, mutations: list[Mutation]) -> tuple[dict[tuple[str, str], merge.RecordState],
                                                                 dict[str, dict[str, Any]]]:
    """Every record the batch names or references, and every conflict it resolves, in a few queries."""
    record_ids, conflict_ids = set(), set()
    for mutation in mutations:
        if mutation.entity == protocol.CONFLICT:
            conflict_ids.add(mutation.record_id)
            continue
        record_ids.add(mutation.record_id)
        for ref in ENTITIES[mutation.entity].refs:
            value = mutation.fields.get(ref.name)
            if isinstance(value, str) and protocol.is_uuid(value):  # only real ids go into a query (PostgreSQL
                record_ids.add(value)                               # refuses NUL in text)
    records: dict[tuple[str, str], merge.RecordState] = {}
    table = schema.records
    for chunk in chunks(sorted(record_ids)):
        for row in conn.execute(select(table).where(table.c.id.in_(chunk))):
            records[(row.entity, row.id)] = merge.RecordState(
                row.entity, row.id, row.enterprise_id, row.version, json.loads(row.fields),
                json.loads(row.field_meta), row.deleted, row.delete_version, row.delete_hlc, row.deleted_by,
                row.created_by, row.updated_by)
    conflicts: dict[str, dict[str, Any]] = {}
    table = schema.conflicts
    for chunk in chunks(sorted(conflict_ids)):
        for row in conn.execute(select(table.c.id, table.c.enterprise_id, table.c.version, table.c.fields)
                                .where(table.c.id.in_(chunk))):
            conflicts[row.id] = {"id": row.id, "enterprise_id": row.enterprise_id, "version": row.version,
                                 "fields": json.loads(row.fields)}
    return records, conflicts


def write(conn: Connection, batch: "_Batch") -> None:
    """Write back what the batch changed: records, conflicts, new assignments, and every processed mutation."""
    _write_records(conn, batch)
    _write_conflicts(conn, batch)
    if batch.new_assignments:
        table = schema.assignments
        user_id = batch.principal.user_id
        held = set(conn.scalars(select(table.c.enterprise_id).where(
            table.c.user_id == user_id, table.c.enterprise_id.in_(batch.new_assignments))))
        rows = [{"user_id": user_id, "enterprise_id": enterprise_id, "assigned_at": batch.now}
                for enterprise_id in dict.fromkeys(batch.new_assignments) if enterprise_id not in held]
        if rows:
            conn.execute(insert(table), rows)
    if batch.mutation_rows:
        conn.execute(insert(schema.mutations), batch.mutation_rows)
    if batch.reopenings:
        conn.execute(insert(schema.visit_reopenings), batch.reopenings)


def _write_records(conn: Connection, batch: "_Batch") -> None:
    if batch.new_records:
        conn.execute(insert(schema.records), [
            {**_record_row(record, batch.now), "entity": record.entity, "id": record.id,
             "enterprise_id": record.enterprise_id, "created_by": record.created_by or batch.principal.user_id,
             "created_at": batch.now}
            for record in (batch.records[key] for key in batch.new_records)])
    dirty = batch.dirty_records - batch.new_records
    if dirty:
        table = schema.records
        conn.execute(update(table).where(table.c.entity == bindparam("k_entity"), table.c.id == bindparam("k_id")),
                     [{**_record_row(batch.records[key], batch.now), "k_entity": key[0], "k_id": key[1]}
                      for key in dirty])


def _write_conflicts(conn: Connection, batch: "_Batch") -> None:
    if batch.new_conflicts:
        conn.execute(insert(schema.conflicts), [_conflict_row(batch.conflicts[cid], batch.now, new=True)
                                                for cid in batch.new_conflicts])
    dirty = batch.dirty_conflicts - batch.new_conflicts
    if dirty:
        table = schema.conflicts
        conn.execute(update(table).where(table.c.id == bindparam("k_id")),
                     [{**_conflict_row(batch.conflicts[cid], batch.now, new=False), "k_id": cid} for cid in dirty])


def _record_row(record: merge.RecordState, now: str) -> dict[str, Any]:
    sha256 = record.fields.get("sha256") if record.entity in BLOB_ENTITIES else None
    return {"version": record.version, "deleted": record.deleted,
            "fields": json.dumps(record.fields, ensure_ascii=False, separators=(",", ":")),
            "field_meta": json.dumps(record.meta, separators=(",", ":")),
            "delete_version": record.delete_version, "delete_hlc": record.delete_hlc,
            "deleted_by": record.deleted_by, "blob_sha256": sha256 if isinstance(sha256, str) else None,
            "updated_by": record.updated_by, "updated_at": now}


def _conflict_row(conflict: dict[str, Any], now: str, *, new: bool) -> dict[str, Any]:
    fields = conflict["fields"]
    row = {"status": fields["status"], "version": conflict["version"],
           "fields": json.dumps(fields, ensure_ascii=False), "updated_at": now}
    if new:
        row.update(id=conflict["id"], enterprise_id=conflict["enterprise_id"], entity=fields["entity"],
                   target_id=fields["target_id"], field=fields["field"], created_at=now)
    return row
