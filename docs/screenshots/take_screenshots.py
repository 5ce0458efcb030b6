"""Take the README screenshots: a real window on a 1366 x 768 X display, captured with ImageMagick's ``import``
(or, where it is not installed, by Qt grabbing the X root window the same way).

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 .venv/bin/python docs/screenshots/take_screenshots.py [--lang zh_CN] [--only today,visit]

Names for --only: export, today, enterprises, enterprise, visit, viewer, actions, action, kpis, practice,
training, session (a session's attendance and results), certificate (a page of the certificates PDF, rendered with
pdftoppm), signoff, signed, preview, reopen, signed-report (the signed report's last page, with pdftoppm),
review-queue and review (the coordinator's desk: the same workspace as a coordinator's after a pull), results.

It builds a fresh small demo workspace (same seed, same pictures), points QSettings at a scratch folder, drives
the app to each screen as a trainer would get there, waits for thumbnails, and saves PNGs next to this file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
SCRATCH = Path(tempfile.mkdtemp(prefix="score-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(SCRATCH / "config")  # never the real user's window state

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from score_desktop.demo.generator import build_demo
from score_desktop.domain.catalog import load_catalog
from score_desktop.paths import catalog_file
from score_desktop.store import queries
from score_desktop.store.workspace import Workspace
from score_desktop.ui.app import install_translator, load_fonts

ARROWS = [{"shape": "arrow", "x1": 0.12, "y1": 0.18, "x2": 0.42, "y2": 0.45, "color": "#e53935"},
          {"shape": "ellipse", "x1": 0.45, "y1": 0.4, "x2": 0.78, "y2": 0.8, "color": "#e53935"},
          {"shape": "rect", "x1": 0.06, "y1": 0.6, "x2": 0.3, "y2": 0.92, "color": "#fdd835"},
          {"shape": "text", "x1": 0.08, "y1": 0.06, "text": "Oil leak 漏油", "color": "#e53935"}]


def settle(app: QApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


OUT = HERE  # --out changes it (a look at a work in progress without touching the README's pictures)


def grab(app: QApplication, name: str) -> Path:
    settle(app)
    target = OUT / f"{name}.png"
    if shutil.which("import"):
        subprocess.run(["import", "-window", "root", str(target)], check=True)
    else:  # the whole X screen, as import -window root takes it
        app.primaryScreen().grabWindow(0).save(str(target), "PNG")
    print(target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--only", default="")
    parser.add_argument("--out", type=Path, default=HERE, help="the folder to save the pictures in")
    args = parser.parse_args()
    global OUT
    OUT = args.out
    only = set(filter(None, args.only.split(",")))
    suffix = "" if args.lang == "en" else f"-{args.lang}"

    root = SCRATCH / "workspace"
    build_demo(root, size="small", seed=3)
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("ILO SCORE")
    QCoreApplication.setApplicationName("SCORE Desktop")
    QSettings().setValue("trainer/name", "Wang Fang")
    families = load_fonts()
    font = app.font()
    font.setFamilies([font.family(), *families])
    app.setFont(font)
    install_translator(app, args.lang)
    from score_desktop.ui.main_window import MainWindow

    ws = Workspace.open(root)
    window = MainWindow(ws, load_catalog(catalog_file()), args.lang)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    settle(app, 1.0)

    def wanted(name: str) -> bool:
        return not only or name in only

    if wanted("today"):
        window.show_screen("today")
        grab(app, f"today{suffix}")
    if wanted("enterprises"):
        window.show_screen("enterprises")
        grab(app, f"enterprises{suffix}")
    enterprise = max(ws.enterprises.list(), key=lambda e: ws.eit_members.count(enterprise_id=e["id"]))
    if wanted("enterprise"):
        window.show_screen("enterprise", enterprise["id"])
        grab(app, f"enterprise{suffix}")

    # The visit with the most photographed findings, opened on a finding with several photos.
    visits = ws.visits.list(enterprise_id=enterprise["id"], where="status = 'final'")  # a signed one is locked
    best = max(visits, key=lambda v: sum(f["photo_count"] for f in queries.findings_of_visit(ws, v["id"])))
    findings = queries.findings_of_visit(ws, best["id"])
    finding = max(findings, key=lambda f: f["photo_count"])
    photos = queries.photos_of(ws, observation_id=finding["id"])
    if len(photos) < 3:  # a finding on the floor often has three or four pictures
        pool = ws.photos.list(limit=4, where="observation_id != ?", where_args=[finding["id"]])
        for photo in pool[: 4 - len(photos)]:
            ws.photos.create(observation_id=finding["id"], sha256=photo["sha256"], size=photo["size"],
                             mime=photo["mime"], width=photo["width"], height=photo["height"],
                             kind="before", caption=photo["caption"], original_name=photo["original_name"])
        photos = queries.photos_of(ws, observation_id=finding["id"])
    ws.photos.update(photos[0]["id"], annotations=ARROWS)
    if wanted("visit"):
        window.ctx.nav.open_finding.emit(best["id"], finding["id"])
        settle(app, 2.0)
        grab(app, f"visit{suffix}")
    if wanted("viewer"):
        window.ctx.nav.open_finding.emit(best["id"], finding["id"])
        settle(app, 1.0)
        viewer = window.open_photo_viewer([p["id"] for p in queries.photos_of(ws, observation_id=finding["id"])],
                                          0)
        viewer.setGeometry(60, 20, 1240, 720)
        settle(app, 2.5)
        grab(app, f"photo-viewer{suffix}")
        viewer.close()
    shoot_the_improvement_cycle(app, window, ws, enterprise, suffix, wanted)
    _training_shots(app, window, ws, wanted, suffix, args.lang)
    shoot_the_sign_off(app, window, ws, best, suffix, wanted)
    shoot_the_review(app, window, ws, suffix, wanted, args.lang)
    shoot_the_results(app, window, suffix, wanted)
    if wanted("export"):
        shoot_the_export(app, window, suffix)
    window.close()
    ws.close()
    return 0


def shoot_the_export(app: QApplication, window, suffix: str) -> None:
    """File > Export once an export has finished: the format, the language, the file and what was written."""
    dialog = window.export_workspace()
    dialog.file_edit.setText(str(SCRATCH / "score-export.xlsx"))
    dialog.export_button.click()
    deadline = time.monotonic() + 60
    while dialog.written is None and time.monotonic() < deadline:
        settle(app, 0.2)
    grab(app, f"export{suffix}")
    dialog.close()


def shoot_the_improvement_cycle(app: QApplication, window, ws: Workspace, enterprise: dict, suffix: str,
                                wanted) -> None:
    """The Actions screen filtered to overdue, an action with its before and after photos, the KPI tab with a
    chart, and a follow-up visit with its practice checks and last time's findings."""
    from score_desktop.store import practice

    if wanted("actions"):
        window.show_screen("actions")
        screen = window.screens["actions"]
        screen.apply_filter({"due": "overdue"})
        screen.view.selectRow(0)
        grab(app, f"actions{suffix}")
    if wanted("action"):
        after = ws.photos.list(where="action_item_id IS NOT NULL AND action_item_id IN (SELECT a.id FROM "
                                     "action_item a JOIN photo p ON p.observation_id = a.observation_id)", limit=1)
        dialog = window.open_action(after[0]["action_item_id"])
        dialog.setGeometry(150, 40, 900, 680)
        settle(app, 2.0)
        grab(app, f"action{suffix}")
        dialog.close()
    if wanted("kpis"):
        window.show_screen("enterprise", enterprise["id"])
        page = window.screens["enterprise"]
        page.show_page("kpis")
        rows = page.kpis.summary_model
        page.kpis.summary_view.selectRow(max(0, next((r for r in range(rows.rowCount())
                                                      if rows.row_record(r)["id"] == "defect_rate"), 0)))
        grab(app, f"kpis{suffix}")
        page.show_page("profile")
    if wanted("practice"):
        # A follow-up of the enterprise's last module visited twice, walked halfway: some practices ticked.
        visits = ws.visits.list(enterprise_id=enterprise["id"], order_by="visit_date desc",
                                where="visit_date <= ?", where_args=[dt.date.today().isoformat()])
        visit = next(v for v in visits if practice.previous_visit(ws, v) is not None) if any(
            practice.previous_visit(ws, v) for v in visits) else _follow_up(ws, visits[0])
        window.show_screen("visit", visit["id"])
        screen = window.screens["visit"]
        topics = [t.code for t in window.ctx.catalog.module(visit["module"]).topics]
        for topic in topics[:4]:
            practice.set_in_place(ws, visit, topic, topic != topics[2], topics)
        screen.checklist.setCurrentIndex(screen.checklist_model.index(1))
        grab(app, f"visit-practice{suffix}")


def shoot_the_sign_off(app: QApplication, window, ws: Workspace, visit: dict, suffix: str, wanted) -> None:
    """The Sign-off tab with both signatures drawn, the visit once signed (its banner), the reopen dialog, and a
    page of the signed report rendered with pdftoppm."""
    from score_desktop.demo.generator import demo_signatures
    from score_desktop.domain import signatures as signature_format
    from score_desktop.store import signoff
    from score_desktop.store.documents import DocumentStore

    if not any(wanted(name) for name in ("signoff", "signed", "preview", "reopen", "signed-report")):
        return
    members = ws.eit_members.list(enterprise_id=visit["enterprise_id"])
    drawn = signature_format.parse(demo_signatures(visit, members, dt.date.fromisoformat(visit["visit_date"])))
    drawn["enterprise"] = signature_format.Signer("enterprise", "李娜", "EIT chair / 改善小组组长",
                                                  drawn["enterprise"].signed_at, drawn["enterprise"].strokes)
    ws.visits.update(visit["id"], signatures=signature_format.to_json(drawn))
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    screen.tabs.setCurrentWidget(screen.signoff)
    if wanted("signoff"):
        grab(app, f"signoff{suffix}")
    screen.sign()
    settle(app, 0.5)
    screen.signing.dialog.defaultButton().click()  # "Sign", as the trainer answers the question
    for _ in range(600):
        if screen.locked:
            break
        settle(app, 0.1)
    settle(app, 1.0)
    screen.tabs.setCurrentIndex(0)
    if wanted("signed"):
        grab(app, f"visit-signed{suffix}")
    if wanted("preview"):
        preview = window.open_report(visit["id"])  # the signed document, as stored
        for _ in range(300):
            if preview.report_path is not None and not preview.building:
                break
            settle(app, 0.1)
        grab(app, f"report-preview-signed{suffix}")
        preview.reject()
    if wanted("reopen"):
        screen.reopen()
        dialog = screen.signing.dialog
        dialog.reason.setPlainText("十月的次品率记成了三号线的数字 / The October defect rate was line 3's.")
        dialog.move(330, 200)
        grab(app, f"reopen{suffix}")
        dialog.reject()
    if wanted("signed-report"):
        report = signoff.latest_signed_report(ws, visit["id"])
        pdf = DocumentStore(ws.paths).path(report["sha256"])
        pages = int(next(line.split()[-1] for line in subprocess.run(
            ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
            if line.startswith("Pages:")))
        target = HERE / f"report-signed{suffix}"
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(pages), "-l", str(pages),
                        str(pdf), str(target)], check=True)
        print(f"{target}.png")


_REVIEW_WORDS = {
    "en": ("Finding 3 needs a photo of the blocked exit, and the action has no owner yet.",
           "Photo added and Li Na owns the action now; I reopened the visit and the chair signed again.",
           "Thank you. One more thing: the baseline absenteeism looks high, please check the October figure."),
    "zh_CN": ("第3条发现需要一张被堵安全出口的照片，改进行动还没有负责人。",
              "照片已补上，李娜负责这项行动；我重新打开了访问，组长已再次签字。",
              "谢谢。还有一点：基线缺勤率看起来偏高，请核对十月的数字。"),
}


def shoot_the_review(app: QApplication, window, ws: Workspace, suffix: str, wanted, lang: str) -> None:
    """The coordinator's queue and a review with its thread: the demo's visits as a coordinator's laptop holds them
    after a pull (each named by the trainer account that synced it), one with a conversation."""
    from score_desktop.store import reviews
    from score_desktop.store.records import utc_now

    if not any(wanted(name) for name in ("review-queue", "review")):
        return
    trainers = ("wang.fang", "nguyen.lan", "maria.lopez")
    visits = ws.visits.list(order_by="visit_date", where="status IN ('final', 'signed')")
    with ws.transaction():
        for n, visit in enumerate(ws.visits.list()):
            ws.conn.execute("UPDATE visit SET created_by = ? WHERE id = ?", (trainers[n % 3], visit["id"]))
    ws.set_meta("sync_username", "coco.chen")
    ws.set_meta("sync_role", "coordinator")
    window._show_entries_of_role()  # what signing in as a coordinator does (the sync's state change)
    words = _REVIEW_WORDS.get(lang, _REVIEW_WORDS["en"])
    talked = visits[-1]
    # The older reports approved, a few received or with issues, the latest new: a queue in mid-programme.
    for n, visit in enumerate(visits[:-1]):
        state = "approved" if n < len(visits) // 2 else ("received", "has_issues", None, None)[n % 4]
        if state:
            reviews.set_state(ws, visit["id"], state, words[2] if state == "has_issues" else "")
    reviews.set_state(ws, talked["id"], "has_issues", words[0])
    with ws.transaction():  # the server's names, as a pull brings them; then the trainer's answer
        ws.conn.execute("UPDATE review_comment SET author = 'coco.chen', author_role = 'coordinator', "
                        "created_at = '2026-11-25T02:10:00.000Z'")
        ws.conn.execute(
            "INSERT INTO review_comment (id, enterprise_id, visit_id, text, author, author_role, created_at, "
            "updated_at, updated_hlc, version) VALUES ('answer', ?, ?, ?, ?, 'trainer', ?, ?, '0', 1)",
            (talked["enterprise_id"], talked["id"], words[1], ws.visits.get(talked["id"])["created_by"],
             utc_now(), utc_now()))  # answered after the review: new since the coordinator's last look
    window.screens["review"].mark_stale()
    if wanted("review-queue"):
        window.show_screen("review")
        grab(app, f"review-queue{suffix}")
    if wanted("review"):
        window.ctx.nav.open_review.emit(talked["id"])
        grab(app, f"review{suffix}")


def shoot_the_results(app: QApplication, window, suffix: str, wanted) -> None:
    """Programme results over the demo programme, as they open (all time, every province, module and sponsor)."""
    if not wanted("results"):
        return
    window.show_screen("results")
    screen = window.screens["results"]
    while screen.busy or screen.shown is None:
        app.processEvents()
    grab(app, f"results{suffix}")


def _follow_up(ws: Workspace, visit: dict) -> dict:
    """A follow-up visit of the same module a month after ``visit`` (the small demo visits each module once)."""
    day = dt.date.fromisoformat(visit["visit_date"]) + dt.timedelta(days=28)
    follow_up = ws.visits.create(enterprise_id=visit["enterprise_id"], module=visit["module"], visit_type="follow_up",
                                 visit_date=min(day, dt.date.today()).isoformat(), status="draft",
                                 trainer=visit.get("trainer"), attendees=visit.get("attendees"))
    for finding in ws.observations.list(visit_id=visit["id"], limit=6):
        ws.observations.create(visit_id=follow_up["id"], topic=finding["topic"], location=finding["location"],
                               text=finding["text"], rating="good" if finding["rating"] == "improve" else "improve",
                               position=finding["position"])
    return follow_up


def _training_shots(app: QApplication, window, ws: Workspace, wanted, suffix: str, lang: str) -> None:
    """The Training screen, a held session's page (attendance, then results), and a certificate page."""
    from score_desktop.reports.certificates import build_certificates
    from score_desktop.store import training

    if wanted("training"):
        window.show_screen("training")
        grab(app, f"training{suffix}")
    held = [row for row in training.sessions_page(ws) if row["last_date"] < str(dt.date.today())]
    session = max(held, key=lambda row: (row["enterprises"], row["participants"]))
    if wanted("session"):
        window.show_screen("training_session", session["id"])
        screen = window.screens["training_session"]
        screen.tabs.setCurrentIndex(0)
        screen.attendance_view.setFocus()
        screen.attendance_view.setCurrentIndex(screen.attendance.index(2, 5))
        grab(app, f"training-session{suffix}")
        screen.tabs.setCurrentIndex(2)
        grab(app, f"training-results{suffix}")
    if wanted("certificate"):
        pdf = SCRATCH / "certificates.pdf"
        build_certificates(ws, session["id"], pdf, lang=None if lang == "en" else lang)
        prefix = OUT / f"certificate{suffix}"
        subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "80", "-png", "-singlefile", str(pdf), str(prefix)],
                       check=True)
        print(f"{prefix}.png")


if __name__ == "__main__":
    sys.exit(main())
