"""Needs attention: the changes the server refused, with its reason, and what the trainer can do about them.

A refused change stays in the outbox as ``rejected`` and the record keeps its local value until the trainer
decides: **resend** (after fixing the record: the record's current values of the refused fields go again as a new
mutation) or **discard** (the server's version comes back on the next sync: the pull starts again from the
beginning, and records without unsent edits take the server's state).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from score_desktop.domain.entities import ENTITIES
from score_desktop.store import outbox
from score_desktop.store.records import wire_fields
from score_desktop.store.workspace import Workspace
from score_desktop.sync import state


@dataclass(frozen=True)
class Refused:
    client_seq: int
    entity: str
    record_id: str
    enterprise_id: str
    op: str
    fields: dict
    code: str
    message: str
    #: The record's title (a finding's text, an enterprise's name) for the list; "" when it is gone.
    title: str


def refused(ws: Workspace) -> list[Refused]:
    items = []
    for client_seq, entity, record_id, enterprise_id, op, fields_json, code, message in ws.conn.execute(
            "SELECT client_seq, entity, record_id, enterprise_id, op, fields_json, error_code, error_message "
            "FROM outbox WHERE state = 'rejected' ORDER BY client_seq"):
        title = ""
        if entity in ENTITIES:
            record = ws.repositories[entity].find(record_id, include_deleted=True)
            if record is not None:
                title = str(record.get(ENTITIES[entity].title_field) or "")
        items.append(Refused(client_seq, entity, record_id, enterprise_id, op, json.loads(fields_json), code or "",
                             message or "", title))
    return items


def resend(ws: Workspace, client_seq: int) -> None:
    """Send a refused change again with the record's current values (the trainer may have fixed them)."""
    item = next(i for i in refused(ws) if i.client_seq == client_seq)
    with ws.transaction():
        ws.conn.execute("DELETE FROM outbox WHERE client_seq = ?", (client_seq,))
        if item.entity not in ENTITIES:
            outbox.record_mutation(ws.conn, entity=item.entity, record_id=item.record_id,
                                   enterprise_id=item.enterprise_id, op=item.op, base_version=0,
                                   hlc=ws.write_clock_now(), fields=item.fields)
            return
        spec = ENTITIES[item.entity]
        record = ws.repositories[item.entity].get(item.record_id, include_deleted=True)
        current = wire_fields(spec, record)
        fields = {name: current.get(name) for name in item.fields if name != "deleted"}
        if "deleted" in item.fields:
            fields["deleted"] = item.fields["deleted"]
        outbox.record_mutation(ws.conn, entity=item.entity, record_id=item.record_id,
                               enterprise_id=item.enterprise_id, op=item.op, base_version=record["version"],
                               hlc=ws.write_clock_now(), fields=fields if item.op == "upsert" else {})


def discard(ws: Workspace, client_seq: int) -> None:
    """Give up a refused change; the server's version of the record comes back with the next sync."""
    item = next(i for i in refused(ws) if i.client_seq == client_seq)
    with ws.transaction():
        ws.conn.execute("DELETE FROM outbox WHERE client_seq = ? AND state = 'rejected'", (client_seq,))
        if item.entity in ENTITIES:  # forget the version held here, so the server's state is taken again
            ws.conn.execute(f"UPDATE {item.entity} SET version = 0 WHERE id = ?", (item.record_id,))
        ws.set_meta(state.PULL_CURSOR, "")
