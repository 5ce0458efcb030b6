"""The one way to run work in the background (STYLE.md habit 2).

``run_in_background(work, on_done=..., on_error=..., on_progress=...)`` runs ``work(task)`` on Qt's thread pool
and calls the callbacks on the GUI thread. ``work`` gets a :class:`TaskContext` to report progress and to ask
whether the user cancelled; it must never touch a widget, and it opens its own workspace connection if it needs
the database (a SQLite connection belongs to the thread that made it).

A :class:`~score_desktop.errors.UserError` raised by ``work`` goes to ``on_error``; any other exception is a bug:
it is logged with its traceback and handed to ``on_error`` too, or, when there is none, to the application's bug
handler (``ui.core.errors.show_bug``) so nothing fails silently.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")


class Cancelled(Exception):
    """Raised by :meth:`TaskContext.check_cancelled` to stop work the user cancelled."""


class TaskContext:
    """What the work function sees: progress reporting and cancellation. Thread-safe."""

    def __init__(self, signals: "_Signals") -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def progress(self, done: int, total: int, message: str = "") -> None:
        self._signals.progressed.emit(done, total, message)

    def partial(self, value: object) -> None:
        """Hand a piece of the result to the GUI thread before the end (thumbnails as they are ready)."""
        self._signals.partial.emit(value)

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


class Task(Generic[T]):
    """A handle on running work: cancel it, or ask whether it is still running."""

    def __init__(self, signals: _Signals, context: TaskContext) -> None:
        self._signals = signals
        self.context = context
        self.running = True

    def cancel(self) -> None:
        self.context._cancelled.set()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskContext], Any], context: TaskContext, signals: _Signals) -> None:
        super().__init__()
        self._work, self._context, self._signals = work, context, signals

    def run(self) -> None:
        try:
            result = self._work(self._context)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as error:  # handed to the GUI thread, never lost on the worker
            if not _is_user_error(error):
                log.error("background task failed", exc_info=error)
            self._signals.failed.emit(error)
        else:
            if self._context.is_cancelled():
                self._signals.cancelled.emit()
            else:
                self._signals.succeeded.emit(result)


def _is_user_error(error: BaseException) -> bool:
    from score_desktop.errors import UserError

    return isinstance(error, UserError)


#: Tasks still running; keeps their signal objects alive until the last callback has run.
_RUNNING: set[Task] = set()


def run_in_background(work: Callable[[TaskContext], T], *, on_done: Callable[[T], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      on_progress: Callable[[int, int, str], None] | None = None,
                      on_partial: Callable[[Any], None] | None = None,
                      on_cancelled: Callable[[], None] | None = None,
                      pool: QThreadPool | None = None) -> Task[T]:
    """Run ``work`` off the GUI thread; every callback runs on the GUI thread."""
    signals = _Signals()
    context = TaskContext(signals)
    task: Task[T] = Task(signals, context)
    _RUNNING.add(task)

    def finish() -> None:
        task.running = False
        _RUNNING.discard(task)

    def done(result: object) -> None:
        finish()
        if on_done is not None:
            on_done(result)  # type: ignore[arg-type]

    def failed(error: BaseException) -> None:
        finish()
        if on_error is not None:
            on_error(error)
        else:
            from score_desktop.ui.core.errors import show_error

            show_error(error)

    def cancelled() -> None:
        finish()
        if on_cancelled is not None:
            on_cancelled()

    signals.succeeded.connect(done)
    signals.failed.connect(failed)
    signals.cancelled.connect(cancelled)
    if on_progress is not None:
        signals.progressed.connect(on_progress)
    if on_partial is not None:
        signals.partial.connect(on_partial)
    (pool or QThreadPool.globalInstance()).start(_Runnable(work, context, signals))
    return task
