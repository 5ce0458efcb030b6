"""Turns at a workspace's write lock, first come first served, for the threads of this process.

SQLite lets one connection write at a time; a connection that finds the lock taken sleeps in its busy handler
and tries again, sleeping longer each time (up to 100 ms). A sync worker that writes in short transactions one
after another would win almost every race against the GUI thread's autosave, which could then wait for seconds
while the worker's own waits are never longer than one short transaction. So, within one process, writers take
turns here before ``BEGIN IMMEDIATE``: whoever asked first writes next, and a waiting autosave gets the lock as soon
as the worker's current transaction commits. (Other processes still meet SQLite's busy handler, as before.)
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from pathlib import Path
from typing import Iterator


class WriteGate:
    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._queue: deque[object] = deque()

    def queued(self) -> int:
        """How many threads hold or wait for a turn now."""
        with self._condition:
            return len(self._queue)

    @contextlib.contextmanager
    def turn(self, timeout: float) -> Iterator[None]:
        """Wait for this thread's turn (at most ``timeout`` seconds: TimeoutError), hold it for the block."""
        me = object()
        with self._condition:
            self._queue.append(me)
            deadline = time.monotonic() + timeout
            while self._queue[0] is not me:
                left = deadline - time.monotonic()
                if left <= 0 or not self._condition.wait(left):
                    if self._queue[0] is not me:
                        self._queue.remove(me)
                        self._condition.notify_all()
                        raise TimeoutError("the workspace stayed busy")
        try:
            yield
        finally:
            with self._condition:
                self._queue.popleft()
                self._condition.notify_all()


_GATES: dict[str, WriteGate] = {}
_GATES_LOCK = threading.Lock()


def gate_for(database: Path) -> WriteGate:
    """The one gate of a database file in this process."""
    key = str(database.resolve())
    with _GATES_LOCK:
        return _GATES.setdefault(key, WriteGate())
