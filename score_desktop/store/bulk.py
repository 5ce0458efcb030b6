"""Loading many records at once, without outbox mutations: demo workspaces and benchmarks.

The one write path (:meth:`Workspace.write`) costs well under a millisecond, which is right for a person typing
and wrong for the 200,000 records of a large demo workspace. Records loaded here are complete rows that never
sync (a demo workspace is marked ``demo`` in meta and the sync refuses it); they are validated like any other.
"""

from __future__ import annotations

import uuid
from typing import Any, Iterable, Mapping

from score_desktop.domain.entities import spec_for
from score_desktop.domain.validation import validate
from score_desktop.errors import ValidationError
from score_desktop.store import search
from score_desktop.store.records import to_row, utc_now
from score_desktop.store.workspace import Workspace


def insert_many(ws: Workspace, entity: str, records: Iterable[Mapping[str, Any]], *, check: bool = True) -> int:
    """Insert complete records of one entity in the current transaction (or one of its own); returns the count.

    Each record needs ``id`` (made when missing) and ``enterprise_id``; the common columns get their defaults.
    """
    spec = spec_for(entity)
    now = utc_now()
    hlc = f"0-0000-{ws.device_id}"
    rows = []
    full_records = []
    for given in records:
        record = {**dict.fromkeys(spec.field_names), **given}
        record.setdefault("id", str(uuid.uuid4()))
        if entity == "enterprise":
            record["enterprise_id"] = record["id"]
        record.setdefault("created_at", now)
        record.setdefault("updated_at", now)
        record.setdefault("updated_hlc", hlc)
        record.setdefault("version", 0)
        record.setdefault("deleted", False)
        record.setdefault("extra", {})
        if check and (problems := validate(spec, record)):
            raise ValidationError(entity, problems)
        full_records.append(record)
        rows.append(to_row(spec, record))
    if not rows:
        return 0
    columns = list(rows[0])
    with ws.transaction() as changes:
        ws.conn.executemany(
            f"INSERT INTO {entity} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [[row[column] for column in columns] for row in rows])
        search.index_many(ws.conn, spec, full_records)
        for record in full_records:
            changes.add("created", entity, record["id"], record["enterprise_id"])
    return len(rows)
