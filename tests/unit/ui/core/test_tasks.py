"""The one background-task helper: results, progress, errors and cancel come back on the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from score_desktop.errors import DiskFullError
from score_desktop.ui.core.tasks import run_in_background


def test_result_and_progress_arrive_on_the_gui_thread(qtbot):
    gui_thread = QThread.currentThread()
    seen = {"progress": [], "threads": set(), "worker": None}

    def work(task):
        seen["worker"] = threading.current_thread()
        for n in range(3):
            task.progress(n + 1, 3, "step")
        return 42

    def on_progress(done, total, message):
        seen["progress"].append((done, total, message))
        seen["threads"].add(QThread.currentThread() is gui_thread)

    results = []
    with qtbot.waitCallback() as callback:
        run_in_background(work, on_done=lambda value: (results.append(value), callback()), on_progress=on_progress)
    assert results == [42]
    assert seen["progress"] == [(1, 3, "step"), (2, 3, "step"), (3, 3, "step")]
    assert seen["threads"] == {True} and seen["worker"] is not threading.main_thread()


def test_a_user_error_reaches_on_error(qtbot):
    def work(task):
        raise DiskFullError()

    with qtbot.waitCallback() as callback:
        run_in_background(work, on_error=callback)
    assert isinstance(callback.args[0], DiskFullError)


def test_cancel_stops_the_work_and_says_so(qtbot):
    started = threading.Event()

    def work(task):
        started.set()
        while True:
            task.check_cancelled()
            time.sleep(0.005)

    with qtbot.waitCallback() as callback:
        task = run_in_background(work, on_cancelled=callback, on_done=lambda _: None)
        assert started.wait(5)
        task.cancel()
    assert not task.running
