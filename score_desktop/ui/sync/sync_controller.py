"""When the app syncs, one round at a time, on a worker (the trainer keeps working meanwhile).

A round runs at start, a minute after the last local change, every ten minutes, and on **Sync now**. Never two at
once: a request during a round runs right after it. Each round goes through ``ui.core.tasks`` (STYLE.md habit 2); the
worker opens its own workspace connection and its own transport, and collects what the pull changed, which
:attr:`SyncController.records_changed` hands to the screens on the GUI thread (they refresh as after a local edit).

The ten-minute timer also runs while offline: that is how the app notices the network is back. After the server
asked to sign in again (401, or this workspace must become a new device) or for a newer app (426), automatic
rounds stop until the trainer signs in or presses Sync now; the outbox is kept either way.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from score_desktop.ui.core.tasks import NETWORK, Task, TaskContext, run_in_background

if TYPE_CHECKING:
    from score_desktop.store.workspace import ChangeSet, Workspace
    from score_desktop.sync.blobs import DownloadTransports
    from score_desktop.sync.engine import RoundResult

# The store and the sync (requests, keyring) are imported where they are used: the main window makes this
# module's objects while it paints its first frame, before the workspace is open.

log = logging.getLogger(__name__)

CHANGE_DELAY_MS = 60_000
PERIOD_MS = 600_000
START_DELAY_MS = 1_500
#: Keyword arguments for every round's SyncEngine (its retries); empty: the engine's own defaults.
ENGINE_OPTIONS: dict[str, Any] = {}

# What the status bar shows; see :attr:`SyncController.state`.
DEMO, SIGNED_OUT, OFFLINE, ONLINE, SYNCING, SIGN_IN, UPGRADE, PROBLEM = (
    "demo", "signed_out", "offline", "online", "syncing", "sign_in", "upgrade", "problem")
_STATE_OF_OUTCOME = {"ok": ONLINE, "retry": OFFLINE, "sign_in": SIGN_IN, "wrong_device": SIGN_IN,
                     "upgrade": UPGRADE}


@dataclass
class Credentials:
    """Where to sync and with which token: what a worker needs to make its own transport."""

    server_url: str
    token: str


@dataclass
class _Finished:
    result: RoundResult | None  # None: this workspace has no token (signed out)
    changes: ChangeSet
    credentials: Credentials | None = None


def merge_changes(into: ChangeSet, changes: ChangeSet) -> None:
    for kind in ("created", "updated", "deleted"):
        for entity, ids in getattr(changes, kind).items():
            getattr(into, kind).setdefault(entity, set()).update(ids)
    into.enterprises |= changes.enterprises


def _cancellable_sleep(task: TaskContext) -> Callable[[float], None]:
    def sleep(seconds: float) -> None:
        end = time.monotonic() + seconds
        while not task.is_cancelled() and time.monotonic() < end:
            time.sleep(min(0.05, max(0.0, end - time.monotonic())))
    return sleep


def _round(root: Path, engine_options: dict[str, Any]) -> Callable[[TaskContext], _Finished]:
    def work(task: TaskContext) -> _Finished:
        from score_desktop.store.workspace import ChangeSet, Workspace
        from score_desktop.sync.account import transport_for
        from score_desktop.sync.engine import SyncEngine

        ws = Workspace.open(root, migrate_schema=False)
        try:
            transport = transport_for(ws)
            if transport is None:
                return _Finished(None, ChangeSet())
            with transport:
                finished = _Finished(None, ChangeSet(), Credentials(transport.base_url, transport.token or ""))
                ws.subscribe(lambda changes: merge_changes(finished.changes, changes))
                engine = SyncEngine(ws, transport, is_cancelled=task.is_cancelled, sleep=_cancellable_sleep(task),
                                    progress=lambda stage, done, total: task.progress(done, total, stage),
                                    **engine_options)
                finished.result = engine.run_round()
            return finished
        finally:
            ws.close()
    return work


class SyncController(QObject):
    #: :attr:`state` changed (and with it, maybe, :attr:`last_result`).
    state_changed = Signal()
    #: (stage "push" | "photos" | "pull", done, total) during a round.
    progressed = Signal(str, int, int)
    #: A round ended (a RoundResult); the outbox, the log and the lists may have changed.
    round_finished = Signal(object)
    #: The records a round brought or changed (a ChangeSet), for the screens.
    records_changed = Signal(object)
    #: The server no longer accepts this sign-in: the sentence to show with a way to sign in again.
    sign_in_needed = Signal(str)
    #: Something to tell the trainer once (a newer app is needed, the clock is wrong): a translated sentence.
    notice = Signal(str)

    def __init__(self, ws: Workspace, parent: QObject | None = None, *, change_delay_ms: int | None = None,
                 period_ms: int | None = None, start_delay_ms: int | None = None,
                 engine_options: dict[str, Any] | None = None) -> None:
        """Delays default to the module's constants, read now (tests shorten them with monkeypatch)."""
        super().__init__(parent)
        self._ws = ws
        self._root = ws.paths.root
        self._engine_options = ENGINE_OPTIONS if engine_options is None else engine_options
        self._start_delay_ms = START_DELAY_MS if start_delay_ms is None else start_delay_ms
        self._task: Task | None = None
        self._pending = False
        self._automatic = True
        self._told: set[str] = set()
        self._credentials: Credentials | None = None
        self._lock = threading.Lock()  # guards the credentials, which download workers read
        self._downloads: DownloadTransports | None = None  # made at the first download (it imports requests)
        self.last_result: RoundResult | None = None
        #: The stage of the round under way ("connect", "push", "photos", "pull") and its (done, total).
        self.stage: tuple[str, int, int] | None = None
        from score_desktop.sync import state as sync_state

        if ws.meta("demo"):
            self.state = DEMO
        elif sync_state.account(ws) is None:
            self.state = SIGNED_OUT
        else:
            self.state = OFFLINE  # not reached yet: the first round says
        self._may_load = self.state == OFFLINE  # signed in, as far as this workspace knows
        self._change_timer = QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(CHANGE_DELAY_MS if change_delay_ms is None else change_delay_ms)
        self._change_timer.timeout.connect(self._automatic_round)
        self._period_timer = QTimer(self)
        self._period_timer.setInterval(PERIOD_MS if period_ms is None else period_ms)
        self._period_timer.timeout.connect(self._automatic_round)
        self._unsubscribe: Callable[[], None] | None = ws.subscribe(self._local_changes)

    # -- what the window asks ----------------------------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        return self.state not in (DEMO, SIGNED_OUT)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        """Sync shortly after start (the window paints first), then every period."""
        if self.signed_in:
            self._period_timer.start()
            QTimer.singleShot(self._start_delay_ms, self, self._automatic_round)

    def sync_now(self) -> None:
        """The trainer asked (F5, the toolbar): a round now, or right after the one under way."""
        if not self.signed_in:
            return
        self._automatic = True
        self._request()

    def signed_in_as(self, credentials: Credentials | None) -> None:
        """A sign-in succeeded: sync now, and automatically again."""
        with self._lock:
            self._credentials = credentials
            self._may_load = True
        self._automatic = True
        self._set_state(OFFLINE)
        self._period_timer.start()
        self._request()

    def signed_out(self) -> None:
        """The token is gone: stop syncing (a round under way is cancelled; its work so far is kept)."""
        with self._lock:
            self._credentials = None
            self._may_load = False
        self._close_downloads()
        self._change_timer.stop()
        self._period_timer.stop()
        self._pending = False
        if self._task is not None:
            self._task.cancel()
        self._set_state(SIGNED_OUT)

    def credentials(self) -> Credentials | None:
        """Thread-safe: the server and token to download with; read from the keyring when no round has run
        yet (so call it on a worker)."""
        with self._lock:
            if self._credentials is not None or not self._may_load:
                return self._credentials
        from score_desktop.store.workspace import Workspace
        from score_desktop.sync.account import saved_credentials

        with Workspace.open(self._root, migrate_schema=False) as ws:
            saved = saved_credentials(ws)
        with self._lock:
            if self._may_load and self._credentials is None:
                self._credentials = Credentials(*saved) if saved else None
                self._may_load = saved is not None
            return self._credentials

    def fetch_photo(self, sha256: str, ext: str) -> Path:
        """Thread-safe: bring the original of a photo synced from elsewhere (sync/blobs.py); raises a UserError
        saying why it is not here when that cannot be done."""
        from score_desktop.sync.blobs import DownloadTransports, PhotoNotFetchedError, fetch_photo

        credentials = self.credentials()
        if credentials is None:
            raise PhotoNotFetchedError(PhotoNotFetchedError.SIGN_IN)
        with self._lock:
            if self._downloads is None:
                self._downloads = DownloadTransports()  # one connection per download thread, closed at the end
        # fetch_photo uses the workspace's folders only, never its connection, so the GUI's workspace will do.
        return fetch_photo(self._ws, self._downloads.transport(credentials.server_url, credentials.token),
                           sha256, ext)

    def _close_downloads(self) -> None:
        with self._lock:
            downloads, self._downloads = self._downloads, None
        if downloads is not None:
            downloads.close()

    def shutdown(self) -> None:
        """The window closes: no new rounds; the one under way stops at its next step."""
        self._close_downloads()
        self._change_timer.stop()
        self._period_timer.stop()
        self._pending = False
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._task is not None:
            self._task.cancel()

    # -- scheduling --------------------------------------------------------------------------------------------

    def _local_changes(self, changes: ChangeSet) -> None:
        if self.signed_in and self._automatic:
            self._change_timer.start()  # restarts: a minute after the *last* change

    def _automatic_round(self) -> None:
        if self.signed_in and self._automatic:
            self._request()

    def _request(self) -> None:
        if self._task is not None:
            self._pending = True
            return
        self._pending = False
        self.stage = ("connect", 0, 0)
        previous = self.state
        self._set_state(SYNCING)
        self._task = run_in_background(
            _round(self._root, self._engine_options), owner=self, pool=NETWORK, on_done=self._finished,
            on_error=self._failed, on_progress=self._progress, on_cancelled=lambda: self._ended(previous))

    def _progress(self, done: int, total: int, stage: str) -> None:
        self.stage = (stage, done, total)
        self.progressed.emit(stage, done, total)

    # -- after a round -----------------------------------------------------------------------------------------

    def _finished(self, finished: _Finished) -> None:
        if finished.changes:
            self.records_changed.emit(finished.changes)
        if self.state != SYNCING:  # signed out meanwhile
            self._ended(self.state)
            return
        result = finished.result
        if result is None:
            with self._lock:
                self._credentials = None
                self._may_load = False
            self._ended(SIGNED_OUT)
            return
        with self._lock:
            self._credentials = finished.credentials
        self.last_result = result
        new_state = _STATE_OF_OUTCOME.get(result.outcome, PROBLEM)
        if new_state in (SIGN_IN, UPGRADE):
            self._automatic = False
        self._ended(new_state)
        self._tell(result)
        self.round_finished.emit(result)

    def _tell(self, result: RoundResult) -> None:
        from score_desktop.ui.sync.sync_texts import round_message

        if result.outcome in ("sign_in", "wrong_device"):
            self.sign_in_needed.emit(round_message(result.outcome, result.message))
        elif result.outcome == "upgrade" and "upgrade" not in self._told:
            self._told.add("upgrade")
            self.notice.emit(round_message(result.outcome, result.message))
        for warning in result.warnings:
            kind, _, value = warning.partition(":")
            if kind == "clock_skew" and kind not in self._told:
                self._told.add(kind)
                minutes = max(1, int(value or 0) // 60)
                self.notice.emit(self.tr(
                    "This laptop's clock is %n minute(s) away from the server's. Please set the date, time and "
                    "time zone right: the order of edits depends on them.", "", minutes))

    def _failed(self, error: BaseException) -> None:
        # The workspace could not be opened on the worker (locked, disk full) or a bug: the round did not happen.
        from score_desktop.errors import UserError
        from score_desktop.sync.engine import RoundResult
        from score_desktop.ui.core.errors import user_message

        self.last_result = RoundResult(outcome="problem", message=user_message(error) if isinstance(error, UserError)
                                       else str(error))
        self._ended(PROBLEM)
        if not isinstance(error, UserError):
            from score_desktop.ui.core.errors import show_bug

            show_bug(error)
        self.round_finished.emit(self.last_result)

    def _ended(self, new_state: str) -> None:
        self._task = None
        self.stage = None
        self._set_state(new_state)
        if self._pending and self.signed_in:
            self._request()

    def _set_state(self, new_state: str) -> None:
        if new_state != self.state:
            self.state = new_state
            self.state_changed.emit()
