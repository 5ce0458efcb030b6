"""Take ``sync.png``: the Sync screen with conflicts, a refused change, waiting changes and recent rounds.

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 .venv/bin/python docs/screenshots/sync_screenshot.py [--lang zh_CN]

It runs the real server on loopback (as the integration tests do), builds a small demo workspace and turns it
into a trainer's own (a demo never syncs), signs in as Wang Fang, syncs, lets the coordinator Li Na change two
records Wang Fang is changing too, and opens the app's real window on the Sync screen after the next round.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
SCRATCH = Path(tempfile.mkdtemp(prefix="score-sync-shot-"))
os.environ["XDG_CONFIG_HOME"] = str(SCRATCH / "config")  # never the real user's window state
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # the token goes to the scratch folder

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from score_desktop.demo.generator import build_demo
from score_desktop.domain.catalog import load_catalog
from score_desktop.paths import catalog_file
from score_desktop.store import outbox
from score_desktop.store.workspace import Workspace
from score_desktop.sync.account import sign_in, transport_for
from score_desktop.sync.engine import SyncEngine
from score_desktop.ui.app import install_translator, load_fonts
from tests.support.servers import PASSWORD, ServerProcess


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    suffix = "" if args.lang == "en" else f"-{args.lang}"

    server = ServerProcess(SCRATCH / "server", "sqlite").start()
    try:
        server.add_user("trainer", "wang.fang")
        server.add_user("coordinator", "li.na")
        return _shoot(server, args.lang, suffix)
    finally:
        server.stop()
        server.engine.dispose()


def _shoot(server: ServerProcess, language: str, suffix: str) -> int:
    root = SCRATCH / "workspace"
    build_demo(root, size="small", seed=3)
    ws = Workspace.open(root)
    ws.set_meta("demo", None)  # from now on a trainer's own workspace
    sign_in(ws, server.url, "wang.fang", PASSWORD)
    print("first sync:", SyncEngine(ws, transport_for(ws)).run_round())

    # Wang Fang edits a finding and an enterprise; the coordinator changes the same fields a little later.
    finding = ws.observations.list(where="text IS NOT NULL AND length(text) > 20", limit=1)[0]
    enterprise = ws.enterprises.list(limit=1)[0]
    ws.observations.update(finding["id"], text=finding["text"] + " Boxes moved by the night shift.")
    ws.enterprises.update(enterprise["id"], city="Dongguan")
    coordinator = server.login("li.na")
    time.sleep(0.05)
    coordinator.push(
        coordinator.mutation("observation", finding["id"], {"text": finding["text"] + " Cleared on 12 Nov."},
                             base_version=ws.observations.get(finding["id"])["version"]),
        coordinator.mutation("enterprise", enterprise["id"], {"city": "Huizhou"},
                             base_version=ws.enterprises.get(enterprise["id"])["version"]))
    # A value this server refuses (written by a newer app), for Needs attention.
    refused = ws.observations.list(limit=2)[1]
    with ws.transaction():
        outbox.record_mutation(ws.conn, entity="observation", record_id=refused["id"],
                               enterprise_id=refused["enterprise_id"], op="upsert",
                               base_version=refused["version"], hlc=ws.write_clock_now(),
                               fields={"rating": "excellent"})

    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("ILO SCORE")
    QCoreApplication.setApplicationName("SCORE Desktop")
    QSettings().setValue("trainer/name", "Wang Fang")
    families = load_fonts()
    font = app.font()
    font.setFamilies([font.family(), *families])
    app.setFont(font)
    install_translator(app, language)
    from score_desktop.ui.main_window import MainWindow

    window = MainWindow(ws, load_catalog(catalog_file()), language)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.show_screen("sync")
    settle(app, 1.0)
    window.sync.sync_now_action.trigger()  # the round at start may come too: wait until both are done
    quiet_since = deadline = time.monotonic()
    while time.monotonic() - quiet_since < 2.5 and time.monotonic() - deadline < 60:
        settle(app, 0.2)
        if window.sync.controller.busy:
            quiet_since = time.monotonic()
    # Work goes on after the round: a few changes wait for the next one.
    visit = ws.visits.get(finding["visit_id"])
    ws.observations.create(visit_id=visit["id"], text="Fire extinguisher on line 2 not inspected since May.",
                           rating="improve")
    ws.action_items.create(visit_id=visit["id"], title="Inspect the extinguishers every month",
                           status="open")
    settle(app, 1.5)
    target = HERE / f"sync{suffix}.png"
    subprocess.run(["import", "-window", "root", str(target)], check=True)
    print(target)
    window.close()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
