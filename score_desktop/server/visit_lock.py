"""The lock of signed visits on the server (docs/sync-protocol.md Part 2, "Signed visits are locked").

Once the server holds a visit with status ``signed``, a mutation that changes it (other than a reopen) or what was
recorded at it is rejected with ``visit_locked``, and a reopen without a reason with ``reopen_reason_required``;
the rule is :func:`score_desktop.domain.signoff.lock_refusal`, the one the laptop's store applies before a write.
A rejection is stored and answered again like any other (push.py, rule 1).

The records the rule looks at are the batch's in-memory state, so a batch that adds findings and then signs the
visit is judged in its order; :func:`preload` adds the visits and findings that the batch's records belong to but
that no mutation names. Each reopening is kept with who and when (``visit_reopenings``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Mapping

from sqlalchemy import Connection, select

from score_desktop.domain import signoff
from score_desktop.server import merge, schema
from score_desktop.sync import protocol
from score_desktop.sync.protocol import Mutation

if TYPE_CHECKING:
    from score_desktop.server.push import _Batch

#: Members the lock reads to find a record's visit.
_OWNERS = ("visit_id", "observation_id")


class _BatchLookup:
    def __init__(self, records: Mapping[tuple[str, str], merge.RecordState]) -> None:
        self._records = records

    def _fields(self, entity: str, record_id: str) -> Mapping[str, Any] | None:
        record = self._records.get((entity, record_id))
        return None if record is None else {**record.fields, "deleted": record.deleted}

    def visit(self, visit_id: str) -> Mapping[str, Any] | None:
        return self._fields("visit", visit_id)

    def observation(self, observation_id: str) -> Mapping[str, Any] | None:
        return self._fields("observation", observation_id)


def preload(conn: Connection, records: dict[tuple[str, str], merge.RecordState], mutations: list[Mutation]) -> None:
    """Load the findings and visits the batch's locked children belong to (two queries at most)."""
    children = [m for m in mutations if m.entity in signoff.LOCKED_CHILDREN]
    observations = _ids(children, records, "observation_id") - {key[1] for key in records if key[0] == "observation"}
    _load(conn, records, "observation", observations)
    visits = _ids(children, records, "visit_id")
    visits |= {value for (entity, _id), record in records.items() if entity == "observation"
               and isinstance(value := record.fields.get("visit_id"), str) and protocol.is_uuid(value)}
    _load(conn, records, "visit", visits - {key[1] for key in records if key[0] == "visit"})


def _ids(mutations: list[Mutation], records: dict, name: str) -> set[str]:
    found: set[str] = set()
    for mutation in mutations:
        stored = records.get((mutation.entity, mutation.record_id))
        for value in (mutation.fields.get(name), stored.fields.get(name) if stored else None):
            if isinstance(value, str) and protocol.is_uuid(value):
                found.add(value)
    return found


def _load(conn: Connection, records: dict, entity: str, ids: set[str]) -> None:
    table = schema.records
    wanted = sorted(ids)
    for start in range(0, len(wanted), 900):
        for row in conn.execute(select(table).where(table.c.entity == entity,
                                                    table.c.id.in_(wanted[start:start + 900]))):
            records[(row.entity, row.id)] = merge.RecordState(
                row.entity, row.id, row.enterprise_id, row.version, json.loads(row.fields),
                json.loads(row.field_meta), row.deleted, row.delete_version, row.delete_hlc, row.deleted_by)


def refusal(batch: "_Batch", mutation: Mutation, record: merge.RecordState | None) -> merge.Outcome | None:
    """The rejection the lock gives this mutation, or None."""
    current = None if record is None else {**record.fields, "deleted": record.deleted}
    found = signoff.lock_refusal(mutation.entity, mutation.record_id, current, mutation.fields,
                                 delete=mutation.op == protocol.OP_DELETE, lookup=_BatchLookup(batch.records))
    return merge.Outcome.rejected(found.code, found.message) if found else None


def note_reopening(batch: "_Batch", mutation: Mutation, record: merge.RecordState | None) -> None:
    """Keep who reopened a signed visit, when and why (call before the mutation is applied to ``record``)."""
    if mutation.entity != "visit" or mutation.op != protocol.OP_UPSERT or record is None:
        return
    if signoff.is_reopen({**record.fields, "deleted": record.deleted}, mutation.fields):
        batch.reopenings.append({"visit_id": mutation.record_id, "enterprise_id": record.enterprise_id,
                                 "reason": mutation.fields["reopen_reason"].strip(),
                                 "user_id": batch.principal.user_id, "mutation_id": None,
                                 "reopened_at": batch.now})
