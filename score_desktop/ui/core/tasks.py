"""The one way to run work in the background (STYLE.md habit 2), shaped after Anki's operations.

``run_in_background(work, owner=widget, pool=INTERACTIVE, on_done=..., on_error=..., on_progress=...)`` runs
``work(task)`` off the GUI thread and calls the callbacks on the GUI thread. ``work`` gets a :class:`TaskContext`
to report progress and to ask whether it was cancelled; it must never touch a widget, and it opens its own
workspace connection if it needs the database (a SQLite connection belongs to the thread that made it).

Three rules keep background work from surprising anyone:

- **Every task has an owner**, a QObject (usually the widget that asked). When the owner is destroyed the task is
  cancelled and none of its callbacks run: a screen or dialog closed mid-task needs no guard of its own.
- **Work goes to the pool of its kind**, so a slow kind never delays a quick one: :data:`INTERACTIVE` (search,
  thumbnails, a picture: the trainer is waiting for the answer), :data:`LONG` (report builds, photo imports,
  exports: seconds to minutes, one or two at a time) and :data:`NETWORK` (sync rounds, sign-in, downloads: may
  wait a minute on a slow server).
- **A result that comes too late is dropped** by a :class:`TaskSlot`: the slot holds the latest task for one
  purpose (the search for what is typed now, the preview in the language chosen now); starting another cancels the
  previous one, whose result is then never delivered.

:func:`shutdown` runs when the app quits: it cancels every task and waits a bounded time for the workers. Network
work runs on daemon threads that are left behind after the bound (a round blocked on a dead server must not keep
the process alive for a minute; the store survives a process ending mid-write, tests/unit/store/test_crash.py).

A :class:`~score_desktop.errors.UserError` raised by ``work`` goes to ``on_error``; any other exception is a bug:
it is logged with its traceback and handed to ``on_error`` too, or, when there is none, to the application's bug
handler (``ui.core.errors.show_bug``) so nothing fails silently.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from typing import Any, Callable, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")

INTERACTIVE = "interactive"
LONG = "long"
NETWORK = "network"
#: Threads per pool. Interactive answers must never queue behind each other for long; long work is CPU-bound
#: (two cores on a trainer's laptop are common); network work waits, so two rounds or downloads can overlap.
POOL_THREADS = {INTERACTIVE: 3, LONG: 2, NETWORK: 2}
#: How long :func:`shutdown` waits for workers to notice they were cancelled.
SHUTDOWN_MS = 3000


class Cancelled(Exception):
    """Raised by :meth:`TaskContext.check_cancelled` to stop work that was cancelled."""


class TaskContext:
    """What the work function sees: progress reporting and cancellation. Thread-safe."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def progress(self, done: int, total: int, message: str = "") -> None:
        _emit(self._signals.progressed, done, total, message)

    def partial(self, value: object) -> None:
        """Hand a piece of the result to the GUI thread before the end (thumbnails as they are ready)."""
        _emit(self._signals.partial, value)

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check_cancelled(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()


class _Signals(QObject):
    # Emitted from the worker; Qt queues them to the thread this object lives in (the GUI thread).
    progressed = Signal(int, int, str)
    partial = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


def _emit(signal: Any, *args: object) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the app is gone (quit while this worker ran): nobody is left to tell
        log.debug("a background task finished after the application ended")


class Task(Generic[T]):
    """A handle on running work: cancel it, or ask whether it is still running."""

    def __init__(self, signals: _Signals, context: TaskContext, owner: QObject) -> None:
        self._signals = signals
        self.context = context
        self._owner = owner
        self.running = True
        #: True once the owner is gone or a newer task took its slot: its callbacks never run.
        self.dropped = False
        #: How the work ended, once it has: "done", "failed" or "cancelled" (delivered or not).
        self.outcome: str | None = None
        self._worker_done = threading.Event()

    def cancel(self) -> None:
        self.context._cancelled.set()

    def drop(self) -> None:
        """Cancel, and deliver nothing of this task any more (not even ``on_cancelled``)."""
        self.dropped = True
        self.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker has stopped (closing a window mid-import); False after ``msecs``."""
        return self._worker_done.wait(msecs / 1000)

    def _delivers(self) -> bool:
        return not self.dropped and shiboken6.isValid(self._owner)


class TaskSlot:
    """The latest task for one purpose; a new one replaces (cancels and drops) the one before."""

    def __init__(self) -> None:
        self.task: Task | None = None

    def replace(self, task: Task | None) -> None:
        if self.task is not None and self.task is not task:
            self.task.drop()
        self.task = task

    def cancel(self) -> None:
        self.replace(None)

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskContext], Any], task: Task) -> None:
        super().__init__()
        self._work, self._task = work, task
        self._context, self._signals = task.context, task._signals

    def run(self) -> None:
        try:
            self._run()
        finally:
            self._task._worker_done.set()

    def _run(self) -> None:
        try:
            result = self._work(self._context)
        except Cancelled:
            _emit(self._signals.cancelled)
        except BaseException as error:  # handed to the GUI thread, never lost on the worker
            if not _is_user_error(error):
                log.error("background task failed", exc_info=error)
            _emit(self._signals.failed, error)
        else:
            if self._context.is_cancelled():
                _emit(self._signals.cancelled)
            else:
                _emit(self._signals.succeeded, result)


def _is_user_error(error: BaseException) -> bool:
    from score_desktop.errors import UserError

    return isinstance(error, UserError)


class _DaemonPool:
    """Network work: daemon threads, so a request stuck on a dead server never holds the process at exit."""

    def __init__(self, threads: int) -> None:
        self._queue: queue.Queue[_Runnable] = queue.Queue()
        self._threads = threads
        self._started = 0
        self._idle = 0
        self._busy = 0
        #: Work handed over but not yet taken by a thread: an idle thread counts as free only once per such work.
        self._waiting = 0
        self._lock = threading.Lock()
        self._done = threading.Condition(self._lock)

    def start(self, runnable: _Runnable) -> None:
        with self._lock:
            self._busy += 1
            self._waiting += 1
            # An idle thread that has not yet taken earlier work is no thread free for this one.
            if self._waiting > self._idle and self._started < self._threads:
                self._started += 1
                threading.Thread(target=self._serve, name=f"score-network-{self._started}", daemon=True).start()
        self._queue.put(runnable)

    def _serve(self) -> None:
        while True:
            with self._lock:
                self._idle += 1
            runnable = self._queue.get()
            with self._lock:
                self._idle -= 1
                self._waiting -= 1
            try:
                runnable.run()
            finally:
                with self._lock:
                    self._busy -= 1
                    self._done.notify_all()

    def wait_for_done(self, msecs: int) -> bool:
        deadline = time.monotonic() + msecs / 1000
        with self._lock:
            while self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._done.wait(left)
            return True


_POOLS: dict[str, QThreadPool | _DaemonPool] = {}
#: Tasks still running; keeps their signal objects alive until the worker has finished.
_RUNNING: set[Task] = set()


def _pool(kind: str) -> QThreadPool | _DaemonPool:
    if kind not in POOL_THREADS:
        raise ValueError(f"no pool {kind!r}; pools: {', '.join(POOL_THREADS)}")
    if kind not in _POOLS:
        if kind == NETWORK:
            _POOLS[kind] = _DaemonPool(POOL_THREADS[kind])
        else:
            pool = QThreadPool()
            pool.setMaxThreadCount(POOL_THREADS[kind])
            _POOLS[kind] = pool
    return _POOLS[kind]


def run_in_background(work: Callable[[TaskContext], T], *, owner: QObject, pool: str = INTERACTIVE,
                      slot: TaskSlot | None = None,
                      on_done: Callable[[T], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      on_progress: Callable[[int, int, str], None] | None = None,
                      on_partial: Callable[[Any], None] | None = None,
                      on_cancelled: Callable[[], None] | None = None) -> Task[T]:
    """Run ``work`` off the GUI thread in ``pool``; every callback runs on the GUI thread while ``owner`` lives.

    With ``slot``, the task replaces the slot's previous task (which is cancelled and whose result is dropped).
    """
    signals = _Signals()
    context = TaskContext(signals)
    task: Task[T] = Task(signals, context, owner)
    _RUNNING.add(task)
    if slot is not None:
        slot.replace(task)
    owner.destroyed.connect(task.drop)

    def finish(outcome: str) -> bool:
        task.running = False
        task.outcome = outcome
        _RUNNING.discard(task)
        if slot is not None and slot.task is task:
            slot.task = None
        if shiboken6.isValid(owner):
            owner.destroyed.disconnect(task.drop)
        return task._delivers()

    def done(result: object) -> None:
        if finish("done") and on_done is not None:
            on_done(result)  # type: ignore[arg-type]

    def failed(error: BaseException) -> None:
        if not finish("failed"):
            if not _is_user_error(error):
                log.info("a dropped task failed: %s", error)
            return
        if on_error is not None:
            on_error(error)
        else:
            from score_desktop.ui.core.errors import show_error

            show_error(error)

    def cancelled() -> None:
        if finish("cancelled") and on_cancelled is not None:
            on_cancelled()

    def progressed(done_count: int, total: int, message: str) -> None:
        if task._delivers() and on_progress is not None:
            on_progress(done_count, total, message)

    def partial(value: object) -> None:
        if task._delivers() and on_partial is not None:
            on_partial(value)

    signals.succeeded.connect(done)
    signals.failed.connect(failed)
    signals.cancelled.connect(cancelled)
    signals.progressed.connect(progressed)
    signals.partial.connect(partial)
    _pool(pool).start(_Runnable(work, task))
    return task


def running_tasks() -> int:
    return len(_RUNNING)


def wait_for_pool(kind: str, msecs: int = 30_000) -> bool:
    """Block until every task of one pool has finished (closing a window mid-import); False after ``msecs``."""
    pool = _POOLS.get(kind)
    if pool is None:
        return True
    return pool.wait_for_done(msecs) if isinstance(pool, _DaemonPool) else pool.waitForDone(msecs)


def shutdown(msecs: int = SHUTDOWN_MS) -> bool:
    """The app is quitting: cancel every task, drop its callbacks, and wait at most ``msecs`` for the workers.

    Returns whether every worker stopped in time. Network workers that did not are daemon threads, left to end
    with the process.
    """
    for task in list(_RUNNING):
        task.drop()
    deadline = time.monotonic() + msecs / 1000
    stopped = True
    for kind in (INTERACTIVE, LONG, NETWORK):
        left = max(0, int((deadline - time.monotonic()) * 1000))
        stopped = wait_for_pool(kind, left) and stopped
    if not stopped:
        log.warning("quit with background work still running (it was cancelled)")
    return stopped
