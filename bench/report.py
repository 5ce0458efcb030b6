"""Benchmark of the visit report: a visit with 40 findings and 60 photos of 12 megapixels.

Prints one JSON object:

- ``naive_s``, ``naive_mb``: reportlab embedding the original photos with its defaults (ASCII85 streams), the
  same findings and photos, in this run, for comparison;
- ``cold_s``: the first build of the visit report, no report-size copies cached in ``derived/`` yet;
- ``warm_s``: the second build, with the copies cached;
- ``pdf_mb``: the size of the report;
- ``first_report_after_import_s``: the same 60 photos imported onto the findings through the app's import path
  (``ui.core.photo_import.PhotoImporter``, as a drop on a finding does), the import waited for to the end, then the
  first build of the report: the import made the report-size copies, so the first report decodes no photo.

Targets (issue 4): cold at most 6 s, warm at most 1.5 s, PDF at most 15 MB; (issue 13) first report after import
at most 1.5 s.

    .venv/bin/python bench/report.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate

from score_desktop.demo import images
from score_desktop.reports import build_visit_report
from score_desktop.store.photos import PhotoStore
from score_desktop.store.workspace import Workspace

FINDINGS = 40
PHOTOS = 60
SIZE = (4000, 3000)


def make_visit(ws: Workspace, rng: random.Random) -> tuple[str, list[Path]]:
    enterprise = ws.enterprises.create(name="广州华美服装有限公司", name_latin="Guangzhou Huamei Garments",
                                       country="CN")
    visit = ws.visits.create(enterprise_id=enterprise["id"], module="WC", visit_type="consultation",
                             visit_date="2026-11-20", status="draft", trainer="Wang Fang")
    scratch = ws.paths.root / "scratch"
    store = PhotoStore(ws.paths)
    originals = []
    findings = [ws.observations.create(visit_id=visit["id"], topic=f"WC-0{n % 7 + 1}", rating="improve",
                                       position=n, text="安全出口被纸箱堵住，工人不知道改善计划。" * 3,
                                       recommendation="Keep the exit clear; mark the floor.")
                for n in range(FINDINGS)]
    for n in range(PHOTOS):
        path = images.write_photo(scratch / f"IMG_{n:04d}.jpg", rng, size=SIZE)
        stored = store.import_file(path)
        originals.append(store.original_path(stored.sha256, stored.ext))
        ws.photos.create(observation_id=findings[n % FINDINGS]["id"], sha256=stored.sha256, size=stored.size,
                         mime=stored.mime, width=stored.width, height=stored.height, kind="evidence",
                         caption=f"照片 {n + 1}", position=n,
                         annotations=[{"shape": "arrow", "x1": 0.1, "y1": 0.9, "x2": 0.5, "y2": 0.5}])
    shutil.rmtree(scratch)
    return visit["id"], originals


def first_report_after_import(root: Path, rng: random.Random) -> float:
    """Seconds of the first report of a visit whose photos came in through the app's importer."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from score_desktop.ui.core.photo_import import PhotoImporter

    app = QCoreApplication.instance() or QCoreApplication([])
    scratch = root / "camera"
    pictures = [images.write_photo(scratch / f"IMG_{n:04d}.jpg", rng, size=SIZE) for n in range(PHOTOS)]
    with Workspace.open(root / "imported") as ws:
        enterprise = ws.enterprises.create(name="广州华美服装有限公司", name_latin="Guangzhou Huamei Garments",
                                           country="CN")
        visit = ws.visits.create(enterprise_id=enterprise["id"], module="WC", visit_type="consultation",
                                 visit_date="2026-11-20", status="draft", trainer="Wang Fang")
        findings = [ws.observations.create(visit_id=visit["id"], topic=f"WC-0{n % 7 + 1}", rating="improve",
                                           position=n, text="安全出口被纸箱堵住，工人不知道改善计划。" * 3,
                                           recommendation="Keep the exit clear; mark the floor.")
                    for n in range(FINDINGS)]
        importer = PhotoImporter(ws, PhotoStore(ws.paths))
        for n, finding in enumerate(findings):
            batch = pictures[n::FINDINGS]
            if not batch:
                continue
            loop = QEventLoop()
            importer.finished.connect(loop.quit)
            importer.start(batch, finding["id"])
            loop.exec()
            importer.finished.disconnect(loop.quit)
        assert ws.photos.count() == PHOTOS, ws.photos.count()
        started = time.perf_counter()
        result = build_visit_report(ws, visit["id"], root / "first.pdf", lang="zh_CN")
        seconds = time.perf_counter() - started
    assert result.photos == PHOTOS and result.missing_photos == 0
    del app
    return seconds


def naive(originals: list[Path], out: Path) -> float:
    """reportlab as it comes: every original embedded whole, streams in ASCII85."""
    rl_config.useA85 = 1
    styles = getSampleStyleSheet()
    story = []
    for n, original in enumerate(originals):
        if n % 2 == 0:
            story.append(Paragraph(f"Finding {n // 2 + 1}", styles["Heading3"]))
        story.append(Image(str(original), width=80 * mm, height=60 * mm))
    started = time.perf_counter()
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep it (default: a temporary folder)")
    args = parser.parse_args()
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="score-bench-report-"))
    try:
        with Workspace.open(root / "ws") as ws:
            visit_id, originals = make_visit(ws, random.Random(4))
            naive_s = naive(originals, root / "naive.pdf")
            shutil.rmtree(ws.paths.derived / "report-1600", ignore_errors=True)
            out = root / "report.pdf"
            started = time.perf_counter()
            build_visit_report(ws, visit_id, out, lang="zh_CN")
            cold_s = time.perf_counter() - started
            started = time.perf_counter()
            result = build_visit_report(ws, visit_id, out, lang="zh_CN")
            warm_s = time.perf_counter() - started
        assert result.photos == PHOTOS and result.missing_photos == 0
        after_import_s = first_report_after_import(root, random.Random(13))
        print(json.dumps({"naive_s": round(naive_s, 2), "naive_mb": round((root / "naive.pdf").stat().st_size / 1e6, 1),
                          "cold_s": round(cold_s, 2), "warm_s": round(warm_s, 2),
                          "pdf_mb": round(out.stat().st_size / 1e6, 1),
                          "first_report_after_import_s": round(after_import_s, 2)}))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
