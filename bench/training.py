"""Benchmark of classroom training on the large demo workspace (200 factories, every module's sessions).

Prints one JSON object: the number of sessions and participants, the median milliseconds (of 7 runs) of the
questions the Training screens ask (a page of the sessions list and its count, the next session for Today, an
enterprise's training, a session's participants and results), and the seconds and pages of the attendance sheet
and the certificates of a session of 120 people.

    .venv/bin/python bench/training.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from score_desktop.demo.generator import build_demo
from score_desktop.domain.training import present_fields
from score_desktop.reports.attendance_sheet import build_attendance_sheet
from score_desktop.reports.certificates import build_certificates
from score_desktop.store import training
from score_desktop.store.workspace import Workspace

RUNS = 7
BIG_SESSION = 120


def median_ms(question) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        question()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2)


def big_session(ws: Workspace) -> str:
    """A two-day session of 120 people from six factories, most present both days."""
    factories = ws.enterprises.list(limit=6)
    session = training.plan_session(ws, module="OSH", dates=["2026-06-01", "2026-06-02"],
                                    enterprise_ids=[f["id"] for f in factories], location="Conference centre",
                                    city="Guangzhou", trainer="Wang Fang", language="zh_CN")
    with ws.transaction():
        for n in range(BIG_SESSION):
            person = training.add_participant(ws, session["id"], factories[n % 6]["id"], name=f"学员 {n:03d}",
                                              side="worker", gender="female")
            days = ["2026-06-01", "2026-06-02"] if n % 10 else ["2026-06-01"]
            ws.attendances.update(person["id"], **present_fields(days))
    return session["id"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep it (default: a temporary folder)")
    args = parser.parse_args()
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="score-bench-training-"))
    try:
        build_demo(root / "ws", size="large", seed=1)
        with Workspace.open(root / "ws") as ws:
            today = dt.date.today()
            sample = max(training.sessions_page(ws, limit=500), key=lambda row: row["participants"])
            enterprise = ws.enterprises.list(limit=1)[0]["id"]
            figures = {
                "sessions": training.count_sessions(ws), "participants": ws.attendances.count(),
                "sessions_page_ms": median_ms(lambda: training.sessions_page(ws, order_by="session_date desc")),
                "count_sessions_ms": median_ms(lambda: training.count_sessions(ws)),
                "next_session_ms": median_ms(lambda: training.next_session(ws, today)),
                "enterprise_training_ms": median_ms(lambda: training.enterprise_training(ws, enterprise)),
                "participants_ms": median_ms(lambda: training.participants(ws, sample["id"])),
                "results_ms": median_ms(lambda: training.results(ws, sample["id"])),
            }
            session_id = big_session(ws)
            for name, build in (("sheet", build_attendance_sheet), ("certificates", build_certificates)):
                started = time.perf_counter()
                result = build(ws, session_id, root / f"{name}.pdf")
                figures[f"{name}_{BIG_SESSION}_people_s"] = round(time.perf_counter() - started, 2)
                figures[f"{name}_pages"] = result.pages
        print(json.dumps(figures))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
