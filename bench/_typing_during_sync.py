"""How long an autosave on the GUI thread takes while a sync round writes to the same workspace (bench/gui.py).

A trainer types into a finding every few tenths of a second while the app syncs on a worker. Measured here with
the app's own parts: an AutoSaver bound to a line edit, flushed on the GUI thread every 20 ms, while a SyncEngine
round runs on the network pool against a real server on loopback. Two rounds:

- a laptop's pull of 20,000 changes another laptop of the same trainer made (through the normal write path);
- that other laptop's round after a server restore (faked by forgetting the server's epoch), which re-queues all
  of its 50,000 records and pushes them again.

The figure is the longest single flush over both rounds, in milliseconds.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench._support import PASSWORD, start_server

PULL_CHANGES = 20_000
REQUEUED_RECORDS = 50_000
FLUSH_EVERY_MS = 20


def _make_records(ws, count: int) -> None:
    """``count`` records through the normal write path (each with its outbox mutation)."""
    enterprise = ws.enterprises.create(name="基准测试服装厂", city="Guangzhou")
    visits = [ws.visits.create(enterprise_id=enterprise["id"], module="QM", visit_type="consultation",
                               visit_date=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}", status="draft")
              for n in range(40)]
    made = 2 + len(visits)
    while made < count:
        with ws.transaction():
            for _ in range(min(1000, count - made)):
                ws.observations.create(visit_id=visits[made % len(visits)]["id"], text=f"次品记录不全 {made}",
                                       rating="improve", recommendation="每天汇总次品原因")
                made += 1


def _round_while_typing(app, root: Path, gui_ws) -> float:
    """Run one sync round of the workspace in ``root`` on a worker; return the longest autosave flush (ms)."""
    from PySide6.QtWidgets import QLineEdit

    from score_desktop.store.workspace import Workspace
    from score_desktop.sync.account import transport_for
    from score_desktop.sync.engine import SyncEngine
    from score_desktop.ui.core import tasks
    from score_desktop.ui.core.autosave import AutoSaver

    enterprise = gui_ws.enterprises.list(limit=1)[0]
    editor = QLineEdit()
    saver = AutoSaver(lambda changes: gui_ws.enterprises.update(enterprise["id"], **changes), editor)
    saver.bind("notes", editor)
    finished: list[object] = []

    def work(_task):
        with Workspace.open(root, migrate_schema=False) as ws, transport_for(ws) as transport:
            return SyncEngine(ws, transport).run_round()

    tasks.run_in_background(work, owner=editor, pool=tasks.NETWORK, on_done=finished.append,
                            on_error=finished.append)
    longest, keystroke = 0.0, 0
    while not finished:
        keystroke += 1
        editor.setText(f"typing while syncing {keystroke}")
        editor.textEdited.emit(editor.text())
        started = time.perf_counter()
        saver.flush()
        longest = max(longest, time.perf_counter() - started)
        deadline = time.perf_counter() + FLUSH_EVERY_MS / 1000
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)
    if not getattr(finished[0], "ok", False):
        raise SystemExit(f"the round failed: {finished[0]}")
    return longest * 1000


def max_autosave_ms_during_sync() -> float:
    from PySide6.QtWidgets import QApplication

    from score_desktop.store.workspace import Workspace
    from score_desktop.sync import state
    from score_desktop.sync.account import sign_in, transport_for
    from score_desktop.sync.engine import SyncEngine

    app = QApplication.instance() or QApplication([])
    scratch = Path(tempfile.mkdtemp(prefix="score-bench-typing-"))
    server, url = start_server(scratch / "server")
    try:
        writer_root, reader_root = scratch / "writer", scratch / "reader"
        with Workspace.open(writer_root) as writer:
            sign_in(writer, url, "bench", PASSWORD)
            _make_records(writer, PULL_CHANGES)
            with transport_for(writer) as transport:
                assert SyncEngine(writer, transport).run_round().ok
        with Workspace.open(reader_root) as reader:
            sign_in(reader, url, "bench", PASSWORD)
            reader.enterprises.create(name="The record the trainer types into")
            pulling = _round_while_typing(app, reader_root, reader)
        with Workspace.open(writer_root) as writer:
            _make_records(writer, REQUEUED_RECORDS - PULL_CHANGES)
            writer.set_meta(state.SERVER_EPOCH, "an epoch before the restore")
            requeueing = _round_while_typing(app, writer_root, writer)
        return max(pulling, requeueing)
    finally:
        server.terminate()
        server.wait(10)
