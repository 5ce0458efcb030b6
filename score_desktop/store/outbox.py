"""The outbox: every local change of a synced record, as the mutation docs/sync-protocol.md pushes.

Rows are written only inside the transaction that writes the record (see :mod:`score_desktop.store.workspace`).
``client_seq`` comes from a counter in ``meta`` that only ever grows, so a number is never reused even after acked
rows are pruned.

Typing saves every half second, so one finding would otherwise become hundreds of mutations. A mutation that is
still ``pending`` has never left the laptop; the protocol only forbids changing one that "may have been sent", so
a later edit of the same record merges into its pending upsert instead. Once the sync engine marks it
``in_flight``, it is frozen and the next edit starts a new mutation.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from score_desktop.store.records import utc_now

PENDING, IN_FLIGHT, ACKED, REJECTED = "pending", "in_flight", "acked", "rejected"
#: States of a mutation that is not yet known to the server.
UNSENT_STATES = (PENDING, IN_FLIGHT)


@dataclass(frozen=True)
class Mutation:
    client_seq: int
    mutation_id: str
    entity: str
    record_id: str
    enterprise_id: str
    op: str
    base_version: int
    hlc: str
    fields: dict[str, Any]
    state: str

    def to_wire(self) -> dict[str, Any]:
        """The mutation exactly as docs/sync-protocol.md sends it."""
        return {"mutation_id": self.mutation_id, "client_seq": self.client_seq, "entity": self.entity,
                "op": self.op, "record_id": self.record_id, "base_version": self.base_version, "hlc": self.hlc,
                "fields": self.fields}


_COLUMNS = "client_seq, mutation_id, entity, record_id, enterprise_id, op, base_version, hlc, fields_json, state"


def _from_row(row: tuple) -> Mutation:
    return Mutation(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], json.loads(row[8]), row[9])


def _allocate_client_seq(conn: sqlite3.Connection) -> int:
    (seq,) = conn.execute(
        "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'next_client_seq' "
        "RETURNING CAST(value AS INTEGER) - 1").fetchone()
    return seq


def record_mutation(conn: sqlite3.Connection, *, entity: str, record_id: str, enterprise_id: str, op: str,
                    base_version: int, hlc: str, fields: Mapping[str, Any], merge: bool = True) -> Mutation:
    """Write the mutation for one change, or merge it into the record's pending upsert. Call inside a transaction.

    ``merge=False`` always writes a new mutation, so the change reaches the server after every change written
    before it (signing a visit must come after the findings recorded at it, which the lock then refuses).
    """
    assert conn.in_transaction, "outbox rows are written only inside the record's transaction"
    latest = conn.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE entity = ? AND record_id = ? ORDER BY client_seq DESC LIMIT 1",
        (entity, record_id)).fetchone()
    if merge and latest is not None and latest[9] == PENDING and latest[5] == "upsert" and op == "upsert":
        merged = {**json.loads(latest[8]), **fields}
        conn.execute("UPDATE outbox SET fields_json = ?, hlc = ? WHERE client_seq = ?",
                     (json.dumps(merged, ensure_ascii=False), hlc, latest[0]))
        return _from_row((*latest[:7], hlc, json.dumps(merged), PENDING))
    mutation = Mutation(_allocate_client_seq(conn), str(uuid.uuid4()), entity, record_id, enterprise_id, op,
                        base_version, hlc, dict(fields), PENDING)
    conn.execute(
        "INSERT INTO outbox (client_seq, mutation_id, entity, record_id, enterprise_id, op, base_version, hlc, "
        "fields_json, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (mutation.client_seq, mutation.mutation_id, entity, record_id, enterprise_id, op, base_version, hlc,
         json.dumps(mutation.fields, ensure_ascii=False), PENDING, utc_now()))
    return mutation


def mutations(conn: sqlite3.Connection, *, states: Iterable[str] = UNSENT_STATES, limit: int | None = None,
              record_id: str | None = None) -> list[Mutation]:
    """Mutations in ``client_seq`` order, filtered by state (and record)."""
    states = tuple(states)
    sql = f"SELECT {_COLUMNS} FROM outbox WHERE state IN ({', '.join('?' * len(states))})"
    params: list[Any] = list(states)
    if record_id is not None:
        sql += " AND record_id = ?"
        params.append(record_id)
    sql += " ORDER BY client_seq"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_from_row(row) for row in conn.execute(sql, params)]


def waiting_count(conn: sqlite3.Connection) -> int:
    """How many changes wait to be synced (the status bar's number)."""
    return conn.execute(
        "SELECT count(*) FROM outbox WHERE state IN (?, ?)", UNSENT_STATES).fetchone()[0]


def unsent_fields(conn: sqlite3.Connection, entity: str, record_id: str) -> set[str]:
    """Fields of a record that have local edits the server has not acknowledged (a pull must not overwrite them).

    An unsent delete or undelete reports ``deleted``.
    """
    names: set[str] = set()
    for op, fields_json in conn.execute(
            "SELECT op, fields_json FROM outbox WHERE entity = ? AND record_id = ? AND state IN (?, ?)",
            (entity, record_id, *UNSENT_STATES)):
        names.update(json.loads(fields_json))
        if op == "delete":
            names.add("deleted")
    return names


def unsent_fields_many(conn: sqlite3.Connection, entity: str, record_ids: list[str]) -> dict[str, set[str]]:
    """:func:`unsent_fields` of many records of one entity, in one query per 900 ids (records without unsent
    edits are left out). A pulled page asks this once instead of once per record."""
    found: dict[str, set[str]] = {}
    for start in range(0, len(record_ids), 900):
        ids = record_ids[start:start + 900]
        for record_id, op, fields_json in conn.execute(
                f"SELECT record_id, op, fields_json FROM outbox WHERE entity = ? AND record_id IN "
                f"({', '.join('?' * len(ids))}) AND state IN (?, ?)", (entity, *ids, *UNSENT_STATES)):
            names = found.setdefault(record_id, set())
            names.update(json.loads(fields_json))
            if op == "delete":
                names.add("deleted")
    return found


def renumber(conn: sqlite3.Connection, client_seq: int) -> int:
    """Move a mutation the server never accepted to the end of the outbox with a new id; returns its new seq.

    Used when the workspace registers as a new device: the old id may be on record at the server as refused.
    """
    new_seq = _allocate_client_seq(conn)
    conn.execute("UPDATE outbox SET client_seq = ?, mutation_id = ?, state = ?, sent_at = NULL, result_status = NULL, "
                 "error_code = NULL, error_message = NULL WHERE client_seq = ?",
                 (new_seq, str(uuid.uuid4()), PENDING, client_seq))
    return new_seq
