"""The coordinator's desk on a whole programme; prints one JSON object.

    python bench/coordinator.py [--enterprises N]
    python bench/coordinator.py --only-export [--workspace DIR]    # the export figures alone, in a few minutes
    python bench/coordinator.py --only-dashboard [--workspace DIR] # the dashboard alone

A programme is the large demo's first N enterprises (100 by default: about 130,000 records), pushed through the
sync protocol by ten trainers, each from their own device with their own enterprises (the classroom sessions,
which span several trainers' factories, by an admin). Then:

first_pull_records_per_s: a coordinator's first ``score-desktop sync`` on a new workspace (made by ``score-desktop
login``), end to end: records received / seconds of the whole command; target at least 10,000.
max_autosave_ms_during_first_pull: the same first pull on a second coordinator's laptop, in the app's own worker,
while the coordinator types a review comment on the GUI thread: the longest autosave (the app stays responsive).
dashboard_large_ms: opening the programme results on that workspace until its figures are painted (median of 5
openings); target <= 1000. With ``--only-dashboard``, on DIR or on a new large demo.
xlsx_export_large_s and xlsx_export_peak_rss_mb: ``score-desktop export --format xlsx`` of that workspace, as a
separate process (its own peak resident memory); targets <= 30 s and <= 300 MB. With ``--only-export`` they are
measured on DIR, or on a new ``score-desktop demo --size large`` (200 factories, about 230,000 records), without
the server and the first pull.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._support import PASSWORD, start_server

TRAINERS = 10
#: Parents first: the order a trainer's laptop sends a new enterprise's records in.
TRAINERS_ENTITIES = ("enterprise", "eit_member", "visit", "observation", "action_item", "photo", "kpi_reading",
                     "practice_check", "suggestion")
SESSION_ENTITIES = ("training_session", "training_enrolment", "attendance")
BATCH = 1000


class Device:
    """A signed-in device pushing mutations over HTTP, as any v1 client does."""

    def __init__(self, url: str, username: str) -> None:
        self.api = url + "/api/v1"
        self.http = requests.Session()
        self.http.headers["X-Protocol-Version"] = "1"
        login = self.http.post(self.api + "/auth/login", json={"username": username, "password": PASSWORD,
                                                              "device_name": "bench"}, timeout=60).json()
        self.device_id = login["device_id"]
        self.http.headers["Authorization"] = "Bearer " + login["token"]
        self.epoch = self.http.get(self.api + "/sync/meta", timeout=60).json()["server_epoch"]
        self.seq = 0

    def push(self, mutations: list[dict]) -> int:
        """Push in batches; returns how many were refused."""
        refused = 0
        for start in range(0, len(mutations), BATCH):
            batch = mutations[start:start + BATCH]
            for mutation in batch:
                self.seq += 1
                mutation["client_seq"] = self.seq
            body = gzip.compress(json.dumps({"device_id": self.device_id, "server_epoch": self.epoch,
                                             "mutations": batch}).encode())
            answer = self.http.post(self.api + "/sync/push", data=body, timeout=300, headers={
                "Content-Type": "application/json", "Content-Encoding": "gzip"})
            answer.raise_for_status()
            for result in answer.json()["results"]:
                if result["status"] == "rejected":
                    refused += 1
                    print(f"refused: {result['error']}", file=sys.stderr)
        return refused


def _mutation(device: Device, entity: str, fields: dict) -> dict:
    return {"mutation_id": str(uuid.uuid4()), "entity": entity, "op": "upsert", "record_id": fields.pop("id"),
            "base_version": 0, "hlc": f"{time.time_ns() // 1_000_000}-0000-{device.device_id}", "fields": fields}


def build_programme(scratch: Path, url: str, enterprises: int) -> int:
    """Push the large demo's first ``enterprises`` enterprises through the protocol; returns the records pushed."""
    from score_desktop.demo.generator import build_demo
    from score_desktop.domain.entities import ENTITIES
    from score_desktop.store.records import wire_fields
    from score_desktop.store.workspace import Workspace

    build_demo(scratch / "demo", size="large")
    trainers = [Device(url, f"trainer{n}") for n in range(TRAINERS)]
    admin = Device(url, "admin")
    pushed = refused = 0
    with Workspace.open(scratch / "demo", migrate_schema=False) as ws:
        chosen = [row[0] for row in ws.conn.execute("SELECT id FROM enterprise ORDER BY rowid LIMIT ?",
                                                    (enterprises,))]
        owner = {enterprise_id: trainers[n % TRAINERS] for n, enterprise_id in enumerate(chosen)}
        plan: dict[Device, list[dict]] = {device: [] for device in [*trainers, admin]}
        participants = set()
        for entity in TRAINERS_ENTITIES + SESSION_ENTITIES:
            spec = ENTITIES[entity]
            for record in ws.repositories[entity].iter(order_by="created_at"):
                device = owner.get(record["enterprise_id"])
                if device is None:
                    continue
                if entity == "attendance":  # the bulk demo may name a person twice in a room; a server refuses it
                    person = (record["training_session_id"], record["enterprise_id"], record["name"])
                    if person in participants:
                        continue
                    participants.add(person)
                device = admin if entity in SESSION_ENTITIES else device
                fields = wire_fields(spec, record)
                if entity == "visit" and fields.get("status") == "signed":
                    # The bulk demo signs visits before their findings exist; the server rightly refuses findings
                    # of a signed visit (visit_locked). A laptop sends a visit's records before it is signed.
                    fields["status"] = "final"
                plan[device].append(_mutation(device, entity, {"id": record["id"], **fields}))
    for device, mutations in plan.items():
        refused += device.push(mutations)
        pushed += len(mutations)
    if refused:
        raise SystemExit(f"the server refused {refused} of the programme's {pushed} records")
    return pushed


def first_pull(scratch: Path, url: str) -> tuple[int, float]:
    """``score-desktop login`` on a new folder, then the timed first ``score-desktop sync``: (received, seconds)."""
    workspace = scratch / "coordinator"
    command = [sys.executable, "-m", "score_desktop.cli"]
    subprocess.run([*command, "login", "--workspace", str(workspace), "--server", url, "--username", "amira",
                    "--password-stdin"], input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    started = time.perf_counter()
    done = subprocess.run([*command, "sync", "--workspace", str(workspace)], text=True, capture_output=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"the first sync failed: {done.stdout} {done.stderr}")
    received = int(done.stdout.split(" received")[0].rsplit(" ", 1)[1])
    return received, seconds


def autosave_during_first_pull(scratch: Path, url: str) -> float:
    """The longest autosave of a review comment typed on the GUI thread while a first pull runs on a worker."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    from score_desktop.store.workspace import Workspace
    from score_desktop.sync.account import sign_in, transport_for
    from score_desktop.sync.engine import SyncEngine
    from score_desktop.ui.core import tasks
    from score_desktop.ui.core.autosave import AutoSaver

    app = QApplication.instance() or QApplication([])
    root = scratch / "second-coordinator"
    ws = Workspace.open(root)
    sign_in(ws, url, "bruno", PASSWORD)
    editor = QLineEdit()

    def save(changes: dict) -> None:
        # Nothing is pulled yet to comment on: the typing writes the workspace the way an autosave does (one
        # transaction through the write gate the pull's transactions take turns at).
        ws.set_meta("bench_typing", changes["note"])

    saver = AutoSaver(save, editor)
    saver.bind("note", editor)
    finished: list[object] = []

    def work(_task):
        with Workspace.open(root, migrate_schema=False) as worker_ws, transport_for(worker_ws) as transport:
            return SyncEngine(worker_ws, transport).run_round()

    tasks.run_in_background(work, owner=editor, pool=tasks.NETWORK, on_done=finished.append,
                            on_error=finished.append)
    longest, keystroke = 0.0, 0
    while not finished:
        keystroke += 1
        editor.setText(f"Finding 3 needs a photo {keystroke}")
        editor.textEdited.emit(editor.text())
        started = time.perf_counter()
        saver.flush()
        longest = max(longest, time.perf_counter() - started)
        deadline = time.perf_counter() + 0.02
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)
    ws.close()
    if not getattr(finished[0], "ok", False):
        raise SystemExit(f"the round failed: {finished[0]}")
    return longest * 1000


#: Runs the export as its child and reports the child's peak RSS: RUSAGE_CHILDREN is the largest of all the
#: children a process waited for, so the bench's own earlier children (the first sync) must not be counted.
_MEASURE_EXPORT = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - started
print(json.dumps({"returncode": done.returncode, "seconds": seconds, "stdout": done.stdout, "stderr": done.stderr,
                  "peak_rss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def xlsx_export(workspace: Path, target: Path) -> dict[str, float | int]:
    """``score-desktop export --format xlsx`` of ``workspace`` in a process of its own: seconds and peak RSS."""
    command = [sys.executable, "-m", "score_desktop.cli", "export", "--workspace", str(workspace), "--format",
               "xlsx", "-o", str(target)]
    measured = json.loads(subprocess.run([sys.executable, "-c", _MEASURE_EXPORT, *command], check=True,
                                         capture_output=True, text=True).stdout)
    if measured["returncode"] != 0:
        raise SystemExit(f"the export failed: {measured['stdout']} {measured['stderr']}")
    rows = int(measured["stdout"].rsplit(": ", 1)[1].split()[0])
    return {"xlsx_export_rows": rows, "xlsx_export_large_s": round(measured["seconds"], 1),
            "xlsx_export_peak_rss_mb": round(measured["peak_rss_kb"] / 1024), "xlsx_export_mb":
            round(target.stat().st_size / 1e6, 1)}


def dashboard(workspace: Path, runs: int = 5) -> dict[str, float]:
    """Open the programme results on ``workspace`` in the app's window until its figures are painted: the median of
    ``runs`` openings after a first one that builds the screen."""
    import statistics

    from PySide6.QtWidgets import QApplication

    from score_desktop.domain.catalog import load_catalog
    from score_desktop.paths import catalog_file
    from score_desktop.store.workspace import Workspace
    from score_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    timings = []
    with Workspace.open(workspace, migrate_schema=False) as ws:
        window = MainWindow(ws, load_catalog(catalog_file()), "en")
        window.resize(1366, 740)
        window.show()
        app.processEvents()
        for run in range(runs + 1):
            window.show_screen("today")
            app.processEvents()
            started = time.perf_counter()
            window.show_screen("results")
            screen = window.screens["results"]
            if run:
                screen.mark_stale()
            while screen.busy or screen.shown is None:
                app.processEvents()
                time.sleep(0.001)
            window.repaint()
            app.processEvents()
            if run:
                timings.append((time.perf_counter() - started) * 1000)
            screen.shown = None
        window.close()
    return {"dashboard_large_ms": round(statistics.median(timings), 1)}


def only_export(scratch: Path, workspace: str | None) -> dict[str, float | int]:
    folder = Path(workspace) if workspace else scratch / "large"
    if workspace is None:
        subprocess.run([sys.executable, "-m", "score_desktop.cli", "demo", "--workspace", str(folder), "--size",
                        "large"], check=True, capture_output=True)
    return xlsx_export(folder, scratch / "export.xlsx")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enterprises", type=int, default=100)
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (its path goes to stderr)")
    parser.add_argument("--only-export", action="store_true",
                        help="measure the XLSX export alone, on --workspace or on a new large demo")
    parser.add_argument("--only-dashboard", action="store_true",
                        help="measure opening the programme results alone, on --workspace or on a new large demo")
    parser.add_argument("--workspace", metavar="DIR",
                        help="with --only-export or --only-dashboard: the workspace to measure")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="score-bench-coordinator-"))
    if args.only_export or args.only_dashboard:
        try:
            if args.only_export:
                print(json.dumps(only_export(scratch, args.workspace)))
            else:
                folder = Path(args.workspace) if args.workspace else scratch / "large"
                if args.workspace is None:
                    subprocess.run([sys.executable, "-m", "score_desktop.cli", "demo", "--workspace", str(folder),
                                    "--size", "large"], check=True, capture_output=True)
                print(json.dumps(dashboard(folder)))
        finally:
            if args.keep:
                print(f"kept {scratch}", file=sys.stderr)
            else:
                shutil.rmtree(scratch, ignore_errors=True)
        return
    users = tuple((f"trainer{n}", "trainer") for n in range(TRAINERS)) + (
        ("admin", "admin"), ("amira", "coordinator"), ("bruno", "coordinator"))
    server, url = start_server(scratch / "server", users=users)
    try:
        pushed = build_programme(scratch, url, args.enterprises)
        received, seconds = first_pull(scratch, url)
        figures = {"programme_records": pushed, "first_pull_records": received,
                   "first_pull_s": round(seconds, 1), "first_pull_records_per_s": round(received / seconds),
                   "max_autosave_ms_during_first_pull": round(autosave_during_first_pull(scratch, url), 1)}
        figures.update(dashboard(scratch / "coordinator"))
        figures.update(xlsx_export(scratch / "coordinator", scratch / "programme.xlsx"))
    finally:
        server.terminate()
        server.wait(10)
    print(json.dumps(figures))
    if args.keep:
        print(f"kept {scratch}", file=sys.stderr)


if __name__ == "__main__":
    main()
