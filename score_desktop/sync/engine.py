"""One sync round (docs/sync-protocol.md): meta, push until the outbox is empty, upload missing photos, pull.

Every request is safe to repeat, so failures are retried by :meth:`SyncEngine._call` with exponential backoff
and full jitter, honouring ``Retry-After``. A round that cannot finish leaves everything as it was meant to be
found next time: pushed mutations stay ``in_flight`` until the server answers for them, the pull cursor moves only
in the transaction that applies the last change of its page, and uploads resume from the server's offset.

The trainer keeps typing while a round runs, and every autosave needs SQLite's one write lock. So the engine never
holds it long: it writes in short transactions of at most :data:`WRITE_BUDGET_S` each (a page of 500 pulled
changes, the acknowledgements of a push, the re-queueing of every record after a server restore are each cut into
as many transactions as that takes). Cutting is safe because every step is idempotent: a pulled change older than
or equal to what is here is skipped, an acknowledgement is written again the same way, a re-queued record merges
into its pending mutation; and what tells the next round where to resume (the cursor, the server epoch) is written
only with the last piece.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import random
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field as dataclass_field
from typing import Any, Callable, Iterator

from score_desktop.domain import roles
from score_desktop.domain.entities import ENTITIES
from score_desktop.store import outbox, remote
from score_desktop.store.records import utc_now, wire_fields
from score_desktop.store.workspace import Workspace
from score_desktop.sync import conflicts, state, uploads
from score_desktop.sync.transport import MESSAGES, Answer, Outcome, SyncError, Transport

#: Photos whose presence on the server a round asks about, at most, and per request.
BLOB_CHECKS_PER_ROUND = 20_000
BLOB_CHECK_BATCH = 500

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]
PULL_LIMIT = 1000
#: How many rounds the sync log keeps.
SYNC_LOG_KEPT = 500
#: The laptop's clock may be this far from the server's before the trainer is warned (HLCs lose meaning).
CLOCK_TOLERANCE_S = 300
#: The longest a sync transaction holds the write lock: an autosave on the GUI thread waits at most about this.
WRITE_BUDGET_S = 0.01
#: During a pull the write-ahead log is checkpointed between pages, once per this many changes (see _pull_all).
CHECKPOINT_EVERY = 10_000
#: Pulled changes applied together (remote.apply_changes): from a few, when records are slow to apply, to many.
MIN_CHUNK, MAX_CHUNK = 1, 250


class Cancelled(Exception):
    pass


@dataclass
class RoundResult:
    """What a round did, for the status bar, the sync log and ``score-desktop sync``."""

    outcome: str = "ok"
    message: str = ""
    pushed: int = 0
    rejected: int = 0
    conflicts: int = 0
    pulled: int = 0
    uploaded_photos: int = 0
    uploaded_bytes: int = 0
    warnings: list[str] = dataclass_field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


class SyncEngine:
    def __init__(self, ws: Workspace, transport: Transport, *, sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | None = None, attempts: int = 6, base_delay: float = 0.5,
                 max_delay: float = 30.0, is_cancelled: Callable[[], bool] | None = None,
                 progress: Progress | None = None,
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.timezone.utc)) -> None:
        self.ws = ws
        self.transport = transport
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.attempts = attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.is_cancelled = is_cancelled or (lambda: False)
        self.progress = progress or (lambda stage, done, total: None)
        self.limits: dict[str, int] = {}
        self.now = now
        self._chunk = MIN_CHUNK  # grows with the first chunks' timing

    # -- the round ---------------------------------------------------------------------------------------------

    def run_round(self) -> RoundResult:
        with self._no_checkpoint_inside_commits():
            return self._run_round()

    def _run_round(self) -> RoundResult:
        result = RoundResult()
        log_id = self._log_start()
        try:
            self._round(result)
        except SyncError as error:
            result.outcome = error.answer.outcome.value
            template = MESSAGES.get(error.answer.outcome, MESSAGES[Outcome.BAD_REQUEST])
            result.message = template.format(message=error.answer.message or error.answer.status)
            if error.answer.outcome is Outcome.WRONG_DEVICE:
                self.ws.set_meta(state.NEEDS_NEW_DEVICE, "1")
        except Cancelled:
            result.outcome, result.message = "cancelled", "cancelled"
        self._log_end(log_id, result)
        return result

    def _round(self, result: RoundResult) -> None:
        meta = self._call(self.transport.meta)
        self.limits = meta.body["limits"]
        self._check_clock(meta.body.get("server_time"), result)
        epoch = meta.body["server_epoch"]
        known = self.ws.meta(state.SERVER_EPOCH)
        if known != epoch:
            if known is not None:
                self._start_new_epoch(epoch)
            else:
                self.ws.set_meta(state.SERVER_EPOCH, epoch)
        self._push_all(result)
        self._upload_all(result)
        self._pull_all(result)
        if self._needs_new_device():
            raise SyncError(Answer(Outcome.WRONG_DEVICE, 409, code="seq_reused"))
        self._note_server_blobs()
        self.ws.set_meta(state.LAST_SUCCESS, utc_now())

    def _note_server_blobs(self) -> None:
        """Which photos the server holds, for the programme results' "photos received" (results/figures.py): the
        pictures of photo records not yet known to be there, asked with v1's ``/blobs/check`` a batch at a time
        (at most :data:`BLOB_CHECKS_PER_ROUND` a round); one still missing is asked again next round."""
        hashes = [row[0] for row in self.ws.conn.execute(
            "SELECT DISTINCT sha256 FROM photo WHERE deleted = 0 AND sha256 NOT IN (SELECT sha256 FROM server_blob) "
            "LIMIT ?", (BLOB_CHECKS_PER_ROUND,)).fetchall()]
        for start in range(0, len(hashes), BLOB_CHECK_BATCH):
            batch = hashes[start:start + BLOB_CHECK_BATCH]
            missing = set(self._call(self.transport.blobs_check, batch).body.get("missing") or [])
            held = [(sha256, utc_now()) for sha256 in batch if sha256 not in missing]
            if held:
                with self.ws.transaction():
                    self.ws.conn.executemany("INSERT OR IGNORE INTO server_blob (sha256, checked_at) VALUES (?, ?)",
                                             held)

    # -- requests with retries -----------------------------------------------------------------------------------

    def _call(self, request: Callable[..., Answer], *args: Any, **kwargs: Any) -> Answer:
        """Send until the answer is not "try again" (or the attempts run out); raise unless it is OK."""
        for attempt in range(self.attempts):
            if self.is_cancelled():
                raise Cancelled()
            answer = request(*args, **kwargs)
            if answer.outcome is not Outcome.RETRY:
                if answer.outcome is not Outcome.OK:
                    raise SyncError(answer)
                return answer
            if attempt < self.attempts - 1:
                self.sleep(self._delay(attempt, answer.retry_after))
        raise SyncError(answer)

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        ceiling = min(self.max_delay, self.base_delay * 2 ** attempt)
        delay = self.rng.uniform(0, ceiling)  # full jitter: a hundred laptops at a hotel do not retry in step
        return max(delay, min(retry_after, self.max_delay * 4)) if retry_after is not None else delay

    def _check_clock(self, server_time: str | None, result: RoundResult) -> None:
        if not server_time:
            return
        try:
            server = dt.datetime.fromisoformat(server_time.replace("Z", "+00:00"))
        except ValueError:
            return
        skew = abs((self.now() - server).total_seconds())
        if skew > CLOCK_TOLERANCE_S:
            result.warnings.append(f"clock_skew:{int(skew)}")

    # -- push ----------------------------------------------------------------------------------------------------

    def _push_all(self, result: RoundResult) -> None:
        batch_size = int(self.limits.get("max_mutations_per_push", 500))
        total = self.ws.waiting_count()
        while True:
            batch = self._next_batch(batch_size)
            if not batch:
                return
            try:
                answer = self._send(batch)
            except SyncError as error:
                if error.answer.outcome is Outcome.TOO_LARGE and len(batch) > 1:
                    batch_size = max(1, len(batch) // 2)
                    continue
                if error.answer.outcome is Outcome.EPOCH_CHANGED:
                    epoch = self._call(self.transport.meta).body["server_epoch"]
                    self._start_new_epoch(epoch)
                    continue
                raise
            self._record_results(batch, answer.body, result)
            self.progress("push", result.pushed, total)
            if answer.body["acked_through_client_seq"] < self._wire_seq(batch[0]):
                return  # the server is waiting for an earlier mutation it never got: it comes next round

    def _next_batch(self, size: int) -> list[outbox.Mutation]:
        """The next mutations in order, up to the push limits, and never two of one record: the second builds on
        the version the first gets, which it learns from the first one's answer (sent together, the server would
        count the first one's fields as changed since the second's base: a conflict with itself)."""
        limit_bytes = int(self.limits.get("max_push_bytes", 4_000_000)) * 0.8
        batch: list[outbox.Mutation] = []
        used = 0
        records: set[tuple[str, str]] = set()
        for mutation in outbox.mutations(self.ws.conn, limit=size):
            cost = len(json.dumps(mutation.to_wire(), ensure_ascii=False).encode("utf-8")) + 1
            key = (mutation.entity, mutation.record_id)
            if batch and (used + cost > limit_bytes or key in records):
                break
            batch.append(mutation)
            records.add(key)
            used += cost
        return batch

    def _wire_seq(self, mutation: outbox.Mutation) -> int:
        return mutation.client_seq - state.seq_base(self.ws)

    def _send(self, batch: list[outbox.Mutation]) -> Answer:
        with self.ws.transaction():  # from here on these mutations "may have been sent": frozen
            self.ws.conn.executemany("UPDATE outbox SET state = 'in_flight', sent_at = ? WHERE client_seq = ?",
                                     [(utc_now(), m.client_seq) for m in batch if m.state == outbox.PENDING])
        base = state.seq_base(self.ws)
        wire = [{**m.to_wire(), "client_seq": m.client_seq - base} for m in batch]
        return self._call(self.transport.push, self.ws.device_id, self.ws.meta(state.SERVER_EPOCH) or "", wire)

    def _record_results(self, batch: list[outbox.Mutation], body: dict[str, Any], result: RoundResult) -> None:
        by_id = {m.mutation_id: m for m in batch}
        answered = [(by_id[item["mutation_id"]], item) for item in body["results"] if item["mutation_id"] in by_id]

        def record(answer: tuple[outbox.Mutation, dict[str, Any]]) -> None:
            mutation, item = answer
            status = item["status"]
            error = item.get("error") or {}
            if status == "rejected":
                self.ws.conn.execute(
                    "UPDATE outbox SET state = 'rejected', result_status = ?, error_code = ?, error_message = ? "
                    "WHERE client_seq = ?", (status, error.get("code"), error.get("message"), mutation.client_seq))
                result.rejected += 1
                if error.get("code") == "seq_reused":
                    self.ws.set_meta(state.NEEDS_NEW_DEVICE, "1")
                return
            self._acknowledge(mutation, status, item.get("version"))
            result.pushed += 1
            result.conflicts += status == "conflict"

        def queue_missing_photos() -> None:
            uploads.queue(self.ws, list(body.get("missing_blobs") or []))

        self._in_short_transactions(answered, record, last=queue_missing_photos)

    def _acknowledge(self, mutation: outbox.Mutation, status: str, version: int | None) -> None:
        self.ws.conn.execute("UPDATE outbox SET state = 'acked', result_status = ?, result_version = ? "
                             "WHERE client_seq = ?", (status, version, mutation.client_seq))
        if status != "applied" or version is None or mutation.entity not in ENTITIES:
            # merged, conflict or duplicate: the server's state at this version holds more than this laptop
            # knows; it comes with the pull, which applies it because it is newer than what is here.
            return
        # applied: the server's state at ``version`` is exactly this laptop's, so the pull can skip it; the server
        # names this account as the one that last changed it (and created it, when it was new).
        username = self.ws.username
        self.ws.conn.execute(f"UPDATE {mutation.entity} SET version = max(version, ?), updated_by = ?, "
                             f"created_by = coalesce(created_by, ?) WHERE id = ?",
                             (version, username, username, mutation.record_id))
        # Edits made after this one and never sent build on the state the server now holds. ("+state" keeps
        # SQLite on the record index: the state index would walk every pending row of a big backlog.)
        self.ws.conn.execute("UPDATE outbox SET base_version = ? WHERE entity = ? AND record_id = ? "
                             "AND +state = 'pending' AND base_version < ?",
                             (version, mutation.entity, mutation.record_id, version))

    def _needs_new_device(self) -> bool:
        return self.ws.meta(state.NEEDS_NEW_DEVICE) == "1"

    # -- the epoch procedure ----------------------------------------------------------------------------------------

    def _start_new_epoch(self, epoch: str) -> None:
        """The server was restored from a backup: pull from the start and push back everything this laptop holds.

        The records are re-queued in short transactions; the new epoch is written with the last one, so a round
        cut off half-way starts the whole procedure again next time (re-queueing twice merges, it never doubles).
        """
        log.warning("server epoch changed to %s: pulling from the start and re-pushing every record", epoch)
        with self.ws.transaction():
            stamp = str(self.ws.write_clock_now())
        role, username = self.ws.role, self.ws.username
        # Only what this account may write goes back: a coordinator's laptop holds every trainer's records, which
        # the server would refuse from it (Part 2, "Roles"), and which their trainers' laptops send back themselves.
        records = [(spec, record_id) for spec in ENTITIES.values()
                   for (record_id, created_by) in self.ws.conn.execute(
                       f"SELECT id, created_by FROM {spec.name} ORDER BY rowid")
                   if roles.may_write(role, spec.name, own_record=created_by in (None, username))]

        def requeue(item: tuple[Any, str]) -> None:
            spec, record_id = item
            record = self.ws.read_record(spec, record_id)  # read again: the trainer may have edited it meanwhile
            if record is None:
                return
            outbox.record_mutation(
                self.ws.conn, entity=spec.name, record_id=record["id"], enterprise_id=record["enterprise_id"],
                op="delete" if record["deleted"] else "upsert", base_version=0,
                hlc=record["updated_hlc"] if record["updated_hlc"] != remote.REMOTE_HLC else stamp,
                fields={} if record["deleted"] else wire_fields(spec, record))

        def finish() -> None:
            self.ws.set_meta(state.SERVER_EPOCH, epoch)
            self.ws.set_meta(state.PULL_CURSOR, "")
            self.ws.conn.execute("UPDATE upload SET state = 'waiting', url = NULL, offset = 0 "
                                 "WHERE state IN ('done', 'uploading', 'failed')")
            conflicts.repush_resolutions(self.ws)

        self._in_short_transactions(records, requeue, last=finish)

    # -- short transactions ------------------------------------------------------------------------------------------

    def _in_short_transactions(self, items: list[Any], step: Callable[[Any], None], *,
                               last: Callable[[], None]) -> None:
        """``step(item)`` for each item, in transactions of at most :data:`WRITE_BUDGET_S`; ``last()`` runs in the
        transaction that holds the last item (or alone, when there are none)."""
        index = checkpointed = 0
        while True:
            with self.ws.transaction():
                started = time.monotonic()
                while index < len(items):
                    step(items[index])
                    index += 1
                    if time.monotonic() - started > WRITE_BUDGET_S:
                        break
                if index >= len(items):
                    last()
                    return
            if index - checkpointed >= CHECKPOINT_EVERY:  # a long log makes every commit slower; passive, outside
                self.ws.make_durable()
                checkpointed = index

    # -- uploads -------------------------------------------------------------------------------------------------------

    def _upload_all(self, result: RoundResult) -> None:
        queue = uploads.waiting(self.ws)
        total = sum(upload.size - upload.offset for upload in queue)

        def sent(count: int) -> None:
            result.uploaded_bytes += count
            self.progress("photos", result.uploaded_bytes, total)

        uploader = uploads.Uploader(self.ws, self.transport, on_bytes=sent,
                                    chunk_bytes=int(self.limits.get("upload_chunk_bytes", uploads.CHUNK_BYTES)))
        for upload in queue:
            for attempt in range(self.attempts):
                if self.is_cancelled():
                    raise Cancelled()
                try:
                    uploader.send(upload)
                    result.uploaded_photos += 1
                    break
                except SyncError as error:
                    if error.answer.outcome is not Outcome.RETRY or attempt == self.attempts - 1:
                        raise
                    self.sleep(self._delay(attempt, error.answer.retry_after))

    # -- pull ----------------------------------------------------------------------------------------------------------

    def _pull_all(self, result: RoundResult) -> None:
        """Pull pages until the server has no more, applying each while the next is on its way.

        The next page's request needs only this page's cursor, so it is sent (on a helper thread of this round)
        as soon as this page arrives: the laptop applies one page while the server reads the next. The cursor
        stored is still the one of the last page applied, so a round cut off anywhere resumes where it was.
        """
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull") as fetcher:
            cursor = self.ws.meta(state.PULL_CURSOR) or ""
            coming = fetcher.submit(self._call, self.transport.pull, cursor, PULL_LIMIT)
            while True:
                page = coming.result().body
                if page["has_more"]:
                    coming = fetcher.submit(self._call, self.transport.pull, page["next_cursor"], PULL_LIMIT)

                def finish_page(page: dict[str, Any] = page) -> None:
                    remote.apply_parked(self.ws)
                    self.ws.set_meta(state.PULL_CURSOR, page["next_cursor"])

                try:
                    self._apply_in_short_transactions(page["changes"], last=finish_page)
                except BaseException:
                    coming.cancel()
                    raise
                result.pulled += len(page["changes"])
                self.progress("pull", result.pulled, result.pulled + (PULL_LIMIT if page["has_more"] else 0))
                if not page["has_more"]:
                    return
                self._checkpoint_if_long(result.pulled)

    def _checkpoint_if_long(self, applied: int) -> None:
        if applied // CHECKPOINT_EVERY != (applied - PULL_LIMIT) // CHECKPOINT_EVERY:
            self.ws.make_durable()

    @contextlib.contextmanager
    def _no_checkpoint_inside_commits(self) -> Iterator[None]:
        """SQLite copies the write-ahead log into the database (a checkpoint, with an fsync) inside whichever commit
        finds the log long: during a first pull that was the sync's commits, every few, each then holding the
        write lock for tens of milliseconds while the trainer's autosave waited; after a long pull, the round's
        next small write (its "last success") paid for the whole log, 60 ms. During a round the log is
        checkpointed between pulled pages and once at its end instead, outside every transaction (a passive
        checkpoint lets others write)."""
        (kept,) = self.ws.conn.execute("PRAGMA wal_autocheckpoint").fetchone()
        self.ws.conn.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            self.ws.make_durable()
            self.ws.conn.execute(f"PRAGMA wal_autocheckpoint = {int(kept)}")

    def _apply_in_short_transactions(self, changes: list[dict[str, Any]], *, last: Callable[[], None]) -> None:
        """Apply a page in chunks (remote.apply_changes), as many per transaction as :data:`WRITE_BUDGET_S` allows.

        A chunk's size follows the time its records took, so a transaction holds the write lock about as long as
        one record at a time did, with a few statements per chunk instead of a few per record.
        """
        index = 0
        while True:
            with self.ws.transaction():
                started = time.monotonic()
                while index < len(changes):
                    part = changes[index:index + self._chunk]
                    began = time.monotonic()
                    self._apply_chunk(part)
                    index += len(part)
                    per_change = (time.monotonic() - began) / len(part)
                    self._chunk = max(MIN_CHUNK, min(MAX_CHUNK, int(WRITE_BUDGET_S * 0.7 / max(per_change, 1e-6))))
                    # Commit before a chunk that would not fit in what is left of the budget (not after it has
                    # overrun it): a transaction stays within about one budget, and typing waits no longer.
                    if time.monotonic() - started + per_change * self._chunk > WRITE_BUDGET_S:
                        break
                if index >= len(changes):
                    last()
                    return

    def _apply_chunk(self, changes: list[dict[str, Any]]) -> None:
        records = []
        for change in changes:
            entity = change["entity"]
            if entity == "conflict":
                conflicts.apply_change(self.ws, change)
            elif entity in ENTITIES:
                records.append(change)
            else:
                log.warning("ignoring a pulled change of unknown entity %r (a newer server?)", entity)
        if records:
            remote.apply_changes(self.ws, records)

    # -- the sync log --------------------------------------------------------------------------------------------------

    def _log_start(self) -> int:
        with self.ws.transaction():
            log_id = self.ws.conn.execute("INSERT INTO sync_log (started_at) VALUES (?) RETURNING id",
                                          (utc_now(),)).fetchone()[0]
            # A round every 10 minutes for years: the Sync screen shows the recent ones, the rest can go.
            self.ws.conn.execute("DELETE FROM sync_log WHERE id <= ?", (log_id - SYNC_LOG_KEPT,))
            return log_id

    def _log_end(self, log_id: int, result: RoundResult) -> None:
        with self.ws.transaction():
            self.ws.conn.execute(
                "UPDATE sync_log SET finished_at = ?, outcome = ?, pushed = ?, pulled = ?, uploaded_bytes = ?, "
                "message = ? WHERE id = ?", (utc_now(), result.outcome, result.pushed, result.pulled,
                                            result.uploaded_bytes, result.message, log_id))
