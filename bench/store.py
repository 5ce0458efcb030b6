"""Store benchmark on the large demo workspace; prints one JSON object.

    python bench/store.py [--keep DIR]

demo_large_s: building the large demo workspace (200 enterprises, 100,000 findings, ...).
save_finding_p50_ms / _p95_ms: creating one finding with its outbox row and search entry, each its own commit.
search_p95_ms: search-as-you-type queries of every kind; search_cjk_short_p95_ms: 1-2 Chinese characters.
open_workspace_s: opening the large workspace (median of 5, each a fresh connection).
Targets on the 2-core reference machine: save p95 <= 5 ms, search p95 <= 50 ms (also short CJK),
large demo <= 90 s, open <= 0.3 s.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_desktop.demo.generator import build_demo
from score_desktop.store.workspace import Workspace

QUERIES = ["安全出口", "灭火器过期", "通道", "guards", "EIT", "Huamei", "salida", "Lối thoát", "返工率",
           "recommendation", "缝制", "Changfeng Garments", "ventilation", "检验", "5S"]
CJK_SHORT = ["车", "工", "线", "厂", "安", "通道", "次品", "车间", "公司", "灭火", "口罩", "培训"]


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed_ms(function, *args, **kwargs) -> float:
    started = time.perf_counter()
    function(*args, **kwargs)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the workspace here and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="score-bench-")) / "ws"
    try:
        started = time.perf_counter()
        build_demo(root, size="large", seed=1)
        demo_s = time.perf_counter() - started

        opens = []
        for _ in range(5):
            started = time.perf_counter()
            ws = Workspace.open(root)
            opens.append(time.perf_counter() - started)
            ws.close()

        with Workspace.open(root) as ws:
            visit = ws.visits.list(limit=1, offset=2500)[0]
            saves = [timed_ms(ws.observations.create, visit_id=visit["id"], topic="OSH-03", rating="critical",
                              text=f"安全出口被纸箱堵住 {n}", recommendation="Keep the exit clear")
                     for n in range(500)]
            searches = [timed_ms(ws.search, query, limit=20) for _ in range(5) for query in QUERIES]
            # As you type: every prefix of each query.
            searches += [timed_ms(ws.search, query[:end], limit=20) for query in QUERIES
                         for end in range(1, len(query) + 1)]
            short = [timed_ms(ws.search, query, limit=20) for _ in range(5) for query in CJK_SHORT]
        print(json.dumps({
            "demo_large_s": round(demo_s, 2),
            "save_finding_p50_ms": round(statistics.median(saves), 3),
            "save_finding_p95_ms": round(percentile(saves, 0.95), 3),
            "search_p95_ms": round(percentile(searches, 0.95), 2),
            "search_cjk_short_p95_ms": round(percentile(short, 0.95), 2),
            "open_workspace_s": round(statistics.median(opens), 4),
        }))
    finally:
        if not args.keep:
            shutil.rmtree(root.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
