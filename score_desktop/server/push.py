"""Push: a device's batch of mutations, applied by the rules of docs/sync-protocol.md in one transaction.

The order of events inside the transaction is what the protocol's guarantees rest on:

1. Take the change counter's row lock first (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's ``BEGIN
   IMMEDIATE`` already holds the one write lock). Pushes therefore run one after another, and since a push
   allocates its versions while holding the lock and releases it only by committing, commits happen in counter
   order: a puller that has seen version N has seen every version below N.
2. Check the epoch inside the same transaction, so a restore cannot slip between the check and the writes.
3. Load everything the batch names in a few queries, decide each mutation in memory (merge.py), and write the
   results back in a few bulk statements (push_rows.py): a push costs about the same number of round trips for 1
   or 1,000 mutations.

Duplicates: the lookup of known ``mutation_id`` values answers repeats without raising, but the UNIQUE constraint
on ``mutations.mutation_id`` is what guarantees a mutation applies once. Should a copy ever get past the lookup,
the insert fails, the whole transaction rolls back, and the retry answers it as a duplicate.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError

from score_desktop.domain.entities import ENTITIES
from score_desktop.domain.validation import UNKNOWN_REFERENCE, Problem, validate
from score_desktop.server import blobs, db, merge, push_rows, roles, schema, training_scope, visit_lock
from score_desktop.server.auth import Principal, scope_of
from score_desktop.server.errors import ApiError
from score_desktop.sync import protocol
from score_desktop.sync.protocol import InvalidMutation, Mutation, PushedMutation, PushRequest

log = logging.getLogger(__name__)

#: The longest field name stored (conflicts name the field in a column of this size).
MAX_FIELD_NAME = 200
MAX_RESOLUTION_LENGTH = 20_000


def push(engine: Engine, principal: Principal, request: PushRequest, *, commit_delay: float = 0.0) -> dict:
    """Apply one push and return the response body. Raises :class:`ApiError` 409 for a stale epoch."""
    try:
        return _push_once(engine, principal, request, commit_delay)
    except IntegrityError as exc:
        if "mutation_id" not in str(exc.orig):
            raise
        log.info("a mutation of this push was stored concurrently; answering it as a duplicate")
        return _push_once(engine, principal, request, commit_delay)


def _push_once(engine: Engine, principal: Principal, request: PushRequest, commit_delay: float) -> dict:
    with db.writing(engine) as conn:
        counter = conn.execute(select(schema.counter.c.value).where(schema.counter.c.id == 1)
                               .with_for_update()).scalar_one()
        epoch = db.read_epoch(conn)
        if request.server_epoch != epoch:
            raise ApiError(409, protocol.EPOCH_CHANGED,
                           "The server was restored or re-created since this device last synced; "
                           "start again from the server's new state.")
        batch = _Batch(conn, principal, counter)
        results, expected = batch.run(request.mutations)
        batch.flush()
        conn.execute(update(schema.devices).where(schema.devices.c.id == principal.device_id)
                     .values(next_client_seq=expected, last_seen_at=db.utc_now()))
        if batch.counter != counter:
            conn.execute(update(schema.counter).where(schema.counter.c.id == 1).values(value=batch.counter))
        missing = batch.missing_blobs()
        if commit_delay and batch.counter != counter:
            time.sleep(commit_delay)  # test hook: widen the window between allocating versions and committing
    return {"server_epoch": epoch, "acked_through_client_seq": (expected - 1) if expected is not None else 0,
            "results": results, "missing_blobs": missing}


def _result(mutation_id: str, status: str, record_id: Any, version: int | None, conflict_ids: list[str],
            error: dict | None) -> dict:
    return {"mutation_id": mutation_id, "status": status,
            "record_id": record_id if isinstance(record_id, str) else None, "version": version,
            "conflict_ids": conflict_ids, "error": error}


def _stored_body(body) -> str:
    """The mutation as sent, as JSON text every database can store.

    A rejected mutation may hold lone surrogates, which UTF-8 cannot encode; its ASCII form carries them as
    escapes. (NUL is always escaped by ``json.dumps``.)
    """
    text = json.dumps(body, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(body)
    return text


class _Batch:
    """One push's working state: the records and conflicts it touches, loaded once and written back once."""

    def __init__(self, conn, principal: Principal, counter: int) -> None:
        self.conn = conn
        self.principal = principal
        self.counter = counter
        self.now_millis = time.time_ns() // 1_000_000
        self.now = db.utc_now()
        self.records: dict[tuple[str, str], merge.RecordState] = {}
        self.new_records: set[tuple[str, str]] = set()
        self.dirty_records: set[tuple[str, str]] = set()
        self.conflicts: dict[str, dict[str, Any]] = {}
        self.new_conflicts: set[str] = set()
        self.dirty_conflicts: set[str] = set()
        self.mutation_rows: list[dict[str, Any]] = []
        self.new_assignments: list[str] = []
        self.photo_keys: list[tuple[str, str]] = []
        #: Signed visits reopened by this batch (visit_lock.py), written with it.
        self.reopenings: list[dict[str, Any]] = []
        self.usernames: dict[str, str] = {principal.user_id: principal.username}
        scope = scope_of(conn, principal)
        self.scope: set[str] | None = set(scope) if scope is not None else None
        self.sessions = training_scope.SessionAccess(conn, self.scope)  # classroom sessions shared by enterprises

    # -- the sequence rules (1 and 2) ------------------------------------------------------------------------

    def run(self, pushed: tuple[PushedMutation, ...]) -> tuple[list[dict], int | None]:
        known = self._known_mutations([item.mutation_id for item in pushed])
        parsed: dict[str, Mutation | InvalidMutation] = {}
        for item in pushed:
            try:
                parsed[item.mutation_id] = protocol.parse_mutation(item)
            except InvalidMutation as exc:
                parsed[item.mutation_id] = exc
        self._load([m for m in parsed.values() if isinstance(m, Mutation)])
        expected = self.conn.scalar(select(schema.devices.c.next_client_seq)
                                    .where(schema.devices.c.id == self.principal.device_id))
        results = []
        for item in pushed:
            stored = known.get(item.mutation_id)
            if stored is not None:
                results.append(_result(item.mutation_id, protocol.DUPLICATE, stored["record_id"], stored["version"],
                                       stored["conflict_ids"], stored["error"]))
                self._note_blob(parsed[item.mutation_id])
                continue
            if expected is None:
                expected = item.client_seq  # first push of a new device, or the first after a restore
            if item.client_seq > expected:
                break  # a gap: acked_through_client_seq tells the client where to resume
            if item.client_seq < expected:
                outcome = merge.Outcome.rejected(
                    protocol.SEQ_REUSED, "This client_seq was already used by this device: a copied or restored "
                                         "workspace must sign in as a new device.")
                version = None
            else:
                reopenings = len(self.reopenings)
                outcome, version = self._apply(parsed[item.mutation_id])
                for reopening in self.reopenings[reopenings:]:
                    reopening["mutation_id"] = item.mutation_id
                expected += 1
            result = self._store(item, parsed[item.mutation_id], outcome, version)
            known[item.mutation_id] = result
            results.append(_result(item.mutation_id, outcome.status, result["record_id"], version,
                                   result["conflict_ids"], result["error"]))
        return results, expected

    def _known_mutations(self, mutation_ids: list[str]) -> dict[str, dict]:
        table = schema.mutations
        known = {}
        for chunk in push_rows.chunks(list(set(mutation_ids))):
            for row in self.conn.execute(select(table.c.mutation_id, table.c.record_id, table.c.version,
                                                table.c.conflict_ids, table.c.error)
                                         .where(table.c.mutation_id.in_(chunk))):
                known[row.mutation_id] = {"record_id": row.record_id, "version": row.version,
                                          "conflict_ids": json.loads(row.conflict_ids),
                                          "error": json.loads(row.error) if row.error else None}
        return known

    def _store(self, item: PushedMutation, parsed, outcome: merge.Outcome, version: int | None) -> dict:
        record_id = parsed.record_id if isinstance(parsed, Mutation) else item.body.get("record_id")
        record_id = record_id if protocol.is_uuid(record_id) else None
        error = ({"code": outcome.error_code, "message": outcome.message}
                 if outcome.status == protocol.REJECTED else None)
        conflict_ids = list(outcome.conflict_ids)
        entity = item.body.get("entity")
        self.mutation_rows.append({
            "mutation_id": item.mutation_id, "device_id": self.principal.device_id,
            "user_id": self.principal.user_id, "client_seq": item.client_seq,
            "entity": entity if entity in protocol.ENTITY_NAMES else None, "record_id": record_id,
            "status": outcome.status, "version": version, "conflict_ids": json.dumps(conflict_ids),
            "error": json.dumps(error) if error else None,
            "body": _stored_body(item.body), "received_at": self.now})
        return {"record_id": record_id, "version": version, "conflict_ids": conflict_ids, "error": error}

    # -- one mutation (rules 3 to 6) -------------------------------------------------------------------------

    def _next_version(self) -> int:
        self.counter += 1
        return self.counter

    def _in_scope(self, enterprise_id: str) -> bool:
        return self.scope is None or enterprise_id in self.scope

    def _apply(self, mutation) -> tuple[merge.Outcome, int | None]:
        if isinstance(mutation, InvalidMutation):
            return merge.Outcome.rejected(protocol.INVALID_MUTATION, str(mutation)), None
        if mutation.entity == protocol.CONFLICT:
            return self._resolve_conflict(mutation)
        key = (mutation.entity, mutation.record_id)
        record = self.records.get(key)
        enterprise_id, problem = self._enterprise_of(mutation, record)
        if problem:
            return merge.Outcome.rejected(protocol.INVALID_MUTATION, problem), None
        creates_enterprise = mutation.entity == "enterprise" and record is None and mutation.op == protocol.OP_UPSERT
        if not self._in_scope(enterprise_id) and not creates_enterprise \
                and not self.sessions.may_write(mutation.entity, record):
            return merge.Outcome.rejected(protocol.OUT_OF_SCOPE,
                                          "This record belongs to an enterprise you are not assigned to."), None
        refused = (roles.refused(self.principal, mutation, record)
                   or self.sessions.check(mutation, record, enterprise_id, self.records))
        if refused is not None:
            return refused, None
        mutation = roles.stamped(self.principal, mutation)  # the reviewer and a comment's author: the server's
        was_live = record is not None and not record.deleted
        hlc = str(merge.effective_hlc(mutation.hlc, self.now_millis))
        user = self.principal.user_id
        if mutation.op == protocol.OP_DELETE:
            if record is None:
                return merge.Outcome.rejected(protocol.INVALID_MUTATION, "The server holds no such record."), None
            locked = visit_lock.refusal(self, mutation, record)
            if locked is not None:
                return locked, None
            outcome = merge.delete(record, base_version=mutation.base_version, hlc=hlc, user_id=user,
                                   version=self._next_version())
        else:
            problem = self._check_upsert(mutation, record, enterprise_id)
            if problem:
                return merge.Outcome.rejected(protocol.INVALID_MUTATION, problem), None
            locked = visit_lock.refusal(self, mutation, record)
            if locked is not None:
                return locked, None
            visit_lock.note_reopening(self, mutation, record)
            if record is None:
                record = merge.new_record(mutation.entity, mutation.record_id, enterprise_id, mutation.fields,
                                          version=self._next_version(), hlc=hlc, user_id=user)
                self.records[key] = record
                self.new_records.add(key)
                if creates_enterprise:
                    self._assign_creator(enterprise_id)
                outcome = merge.Outcome(protocol.APPLIED)
            else:
                outcome = merge.upsert(record, mutation.fields, base_version=mutation.base_version, hlc=hlc,
                                       user_id=user, version=self.counter + 1)
                if outcome.status == protocol.REJECTED:
                    return outcome, None
                self._next_version()
        if key not in self.new_records:
            self.dirty_records.add(key)
        record.updated_by = user
        outcome.conflict_ids = [self._add_conflict(record, draft) for draft in outcome.conflicts]
        if mutation.entity in push_rows.BLOB_ENTITIES:
            self.photo_keys.append(key)
        version = record.version
        joined = self.sessions.joined(mutation, record, was_live)
        if joined is not None:
            self._bump((training_scope.SESSION, joined))
        return outcome, version

    def _enterprise_of(self, mutation: Mutation, record: merge.RecordState | None) -> tuple[str, str | None]:
        """The record's enterprise, or a problem: it is fixed at creation and never moves."""
        given = mutation.fields.get("enterprise_id")
        if record is not None:
            if given is not None and given != record.enterprise_id:
                return record.enterprise_id, "A record cannot move to another enterprise."
            return record.enterprise_id, None
        if mutation.entity == "enterprise":
            if given is not None and given != mutation.record_id:
                return mutation.record_id, "An enterprise's enterprise_id is its own id."
            return mutation.record_id, None
        if not isinstance(given, str) or not protocol.is_uuid(given):
            return "", "A new record needs the id of its enterprise in 'enterprise_id'."
        return given, None

    def _check_upsert(self, mutation: Mutation, record: merge.RecordState | None, enterprise_id: str) -> str | None:
        if "deleted" in mutation.fields and mutation.fields["deleted"] is not False:
            return "'deleted' in an upsert can only be false (to undelete the record)."
        long_names = [name for name in mutation.fields if len(name) > MAX_FIELD_NAME]
        if long_names:
            return f"Field names are at most {MAX_FIELD_NAME} characters."
        spec = ENTITIES[mutation.entity]
        values = {k: v for k, v in mutation.fields.items() if k not in merge.CONTROL_MEMBERS}
        state = {**(record.fields if record is not None else {}), **values, "enterprise_id": enterprise_id}
        problems = validate(spec, state, changed=values) or self._foreign_references(spec, values, enterprise_id)
        if problems:
            return "; ".join(problem.message for problem in problems)
        return None

    def _foreign_references(self, spec, values: dict, enterprise_id: str) -> list[Problem]:
        """A reference must not point into another enterprise (a report would mix two factories' data).

        A reference to a record the server does not hold is accepted: its record may have been refused, and
        nothing a trainer entered is dropped for that.
        """
        problems = []
        for ref in spec.refs:
            value = values.get(ref.name)
            target = self.records.get((ref.ref, value)) if ref.ref is not None and isinstance(value, str) else None
            if target is not None and target.enterprise_id != enterprise_id and not ENTITIES[ref.ref].shared:
                problems.append(Problem(ref.name, "unknown_reference", UNKNOWN_REFERENCE))
        return problems

    def _bump(self, key: tuple[str, str]) -> None:
        """A new version for a record that did not change, so the users who now see it receive it."""
        record = self.records.get(key)
        if record is not None:
            record.version = self._next_version()
            if key not in self.new_records:
                self.dirty_records.add(key)

    def _assign_creator(self, enterprise_id: str) -> None:
        if self.scope is not None:
            self.scope.add(enterprise_id)
        self.new_assignments.append(enterprise_id)

    def _note_blob(self, mutation) -> None:
        if isinstance(mutation, Mutation) and mutation.entity in push_rows.BLOB_ENTITIES:
            self.photo_keys.append((mutation.entity, mutation.record_id))

    # -- conflicts -------------------------------------------------------------------------------------------

    def _username(self, user_id: str | None) -> str | None:
        if user_id is None:
            return None
        if user_id not in self.usernames:
            self.usernames[user_id] = self.conn.scalar(
                select(schema.users.c.username).where(schema.users.c.id == user_id)) or ""
        return self.usernames[user_id]

    def _side(self, side: merge.Side) -> dict[str, Any]:
        wire: dict[str, Any] = {"value": side.value,
                                "user": {"id": side.user_id, "username": self._username(side.user_id)},
                                "hlc": side.hlc}
        if side.deleted:
            wire["deleted"] = True
        return wire

    def _add_conflict(self, record: merge.RecordState, draft: merge.ConflictDraft) -> str:
        conflict_id = str(uuid.uuid4())
        fields = {"enterprise_id": record.enterprise_id, "entity": record.entity, "target_id": record.id,
                  "field": draft.field, "winning": self._side(draft.winning), "losing": self._side(draft.losing),
                  "status": protocol.CONFLICT_OPEN, "resolution": None}
        self.conflicts[conflict_id] = {"id": conflict_id, "enterprise_id": record.enterprise_id,
                                       "version": self._next_version(), "fields": fields}
        self.new_conflicts.add(conflict_id)
        return conflict_id

    def _resolve_conflict(self, mutation: Mutation) -> tuple[merge.Outcome, int | None]:
        """Clients may only mark a conflict resolved and say how (docs/sync-protocol.md, Pull)."""
        conflict = self.conflicts.get(mutation.record_id)
        if conflict is None or not (self._in_scope(conflict["enterprise_id"]) or self.sessions.may_resolve(conflict)):
            return merge.Outcome.rejected(protocol.OUT_OF_SCOPE, "No such conflict in your enterprises."), None
        if mutation.op != protocol.OP_UPSERT:
            return merge.Outcome.rejected(protocol.INVALID_MUTATION,
                                          "A conflict is resolved, never deleted."), None
        fields = conflict["fields"]
        for name, value in mutation.fields.items():
            if name == "status" and value != protocol.CONFLICT_RESOLVED:
                return merge.Outcome.rejected(protocol.INVALID_MUTATION, "A conflict's status can only become "
                                                                         "'resolved'."), None
            if name == "resolution" and not (value is None or isinstance(value, str)
                                             and len(value) <= MAX_RESOLUTION_LENGTH):
                return merge.Outcome.rejected(protocol.INVALID_MUTATION, "'resolution' must be text."), None
            if name not in protocol.CONFLICT_WRITABLE and not merge.same_value(fields.get(name), value):
                return merge.Outcome.rejected(protocol.INVALID_MUTATION,
                                              "Only a conflict's status and resolution can change."), None
        status = protocol.APPLIED if mutation.base_version == conflict["version"] else protocol.MERGED
        if mutation.fields.get("status") == protocol.CONFLICT_RESOLVED and fields["status"] != "resolved":
            fields["resolved_by"] = {"id": self.principal.user_id, "username": self.principal.username}
            fields["resolved_at"] = self.now
        for name in protocol.CONFLICT_WRITABLE:
            if name in mutation.fields:
                fields[name] = mutation.fields[name]
        conflict["version"] = self._next_version()
        self.dirty_conflicts.add(mutation.record_id)
        return merge.Outcome(status), conflict["version"]

    # -- loading and writing (push_rows.py) ------------------------------------------------------------------

    def _load(self, mutations: list[Mutation]) -> None:
        self.records, self.conflicts = push_rows.load(self.conn, mutations)
        visit_lock.preload(self.conn, self.records, mutations)

    def flush(self) -> None:
        push_rows.write(self.conn, self)

    def missing_blobs(self) -> list[str]:
        """Rule 6: the hashes of photos and signed reports the server does not hold yet, or does not show this
        user (blobs.py): a push must not tell whether someone else's photo exists."""
        wanted = []
        for key in self.photo_keys:
            record = self.records.get(key)
            sha256 = record.fields.get("sha256") if record is not None else None
            if isinstance(sha256, str) and sha256 not in wanted:
                wanted.append(sha256)
        if not wanted:
            return []
        shown = blobs.visible(self.conn, self.principal, wanted)
        return [sha256 for sha256 in wanted if sha256 not in shown]
