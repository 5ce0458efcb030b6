"""The signed report is a document: rendered once at signing with the strokes drawn as vectors, printed again
byte for byte, translated only as a marked unsigned copy, and kept per revision."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PIL import Image

from score_desktop.cli import main
from score_desktop.demo.generator import demo_signatures
from score_desktop.errors import SignOffError
from score_desktop.reports.labels import label, long_date
from score_desktop.reports.signing import print_visit_report, sign
from score_desktop.store import signoff
from score_desktop.store.documents import DocumentStore, file_sha256
from tests.support.reports import add_photo, flat, pdf_text

SIGNED_AT = "2026-11-20T09:30:00.000Z"
INK = (0x1A, 0x2B, 0x6B)  # reports.signoff_blocks.SIGNATURE_INK


def ink_pixels(path, page, tmp_path) -> int:
    """Pixels of the signature's blue-black ink on a page rendered at 100 dpi (text and headings are other
    colours)."""
    prefix = tmp_path / f"ink-{path.stem}-{page}"
    subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", "100", "-png", "-singlefile", str(path),
                    str(prefix)], check=True)
    with Image.open(f"{prefix}.png") as picture:
        rgb = picture.convert("RGB")
    red, green, blue = (channel.tobytes() for channel in rgb.split())
    return sum(1 for r, g, b in zip(red, green, blue)
               if max(abs(r - INK[0]), abs(g - INK[1]), abs(b - INK[2])) < 16)


def page_count(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def drawn(history):
    """The history's visit with both signatures drawn (the trainer's and the EIT chair's)."""
    members = history.ws.eit_members.list(enterprise_id=history.enterprise["id"])
    history.ws.visits.update(history.visit["id"], signatures=demo_signatures(history.visit, members,
                                                                             dt.date(2026, 11, 20)))
    return history


def test_signing_renders_the_strokes_names_and_date_into_a_stored_document(drawn, tmp_path):
    ws = drawn.ws
    report = sign(ws, drawn.visit["id"], lang="en", now=SIGNED_AT)
    path = DocumentStore(ws.paths).path(report["sha256"])
    assert file_sha256(path) == report["sha256"] and report["size"] == path.stat().st_size
    text = flat(pdf_text(path))
    for expected in ("WangFang", "王芳", flat(label("en", "signed_report", revision=1, date="20 November 2026")),
                     flat(label("en", "visit_status.signed"))):
        assert expected in text
    assert text.count(flat(long_date("2026-11-20", "en"))) >= 3  # the visit, both signatures
    assert ink_pixels(path, page_count(path), tmp_path) > 300  # the drawn strokes, as paths
    assert ws.visits.get(drawn.visit["id"])["status"] == "signed"


def test_a_signed_report_prints_the_same_bytes_after_an_earlier_action_is_done(drawn, tmp_path):
    ws, visit_id = drawn.ws, drawn.visit["id"]
    report = sign(ws, visit_id, lang="en", now=SIGNED_AT)
    assert main(["report", visit_id, "--workspace", str(ws.paths.root), "-o", str(tmp_path / "first.pdf")]) == 0
    earlier = next(a for a in ws.action_items.list(visit_id=drawn.earlier_visit["id"]) if a["status"] == "open")
    ws.action_items.update(earlier["id"], status="done", completed_date="2026-11-30")
    assert main(["report", visit_id, "--workspace", str(ws.paths.root), "-o", str(tmp_path / "again.pdf")]) == 0
    first, again = (tmp_path / "first.pdf").read_bytes(), (tmp_path / "again.pdf").read_bytes()
    assert first == again and file_sha256(tmp_path / "again.pdf") == report["sha256"]
    # Asked in its own language, the same; the status it was signed with stays in it.
    printed = print_visit_report(ws, visit_id, tmp_path / "en.pdf", lang="en")
    assert not printed.translation and (tmp_path / "en.pdf").read_bytes() == first
    assert flat(label("en", "action_status.open")) in flat(pdf_text(tmp_path / "en.pdf"))


def test_another_language_prints_a_marked_unsigned_translation(drawn, tmp_path):
    ws, visit_id = drawn.ws, drawn.visit["id"]
    sign(ws, visit_id, lang="en", now=SIGNED_AT)
    earlier = next(a for a in ws.action_items.list(visit_id=drawn.earlier_visit["id"]) if a["status"] == "open")
    ws.action_items.update(earlier["id"], status="done", completed_date="2026-11-30")
    out = tmp_path / "fr.pdf"
    printed = print_visit_report(ws, visit_id, out, lang="fr")
    assert printed.translation and printed.result.pages == page_count(out)
    text = flat(pdf_text(out))
    assert text.count(flat(label("fr", "unsigned_translation"))) >= page_count(out)  # on every page
    assert flat(label("fr", "translation_note", language="English", revision=1, date="20 novembre 2026")) in text
    assert flat(label("fr", "signed_in_original")) in text
    assert flat(label("fr", "action_status.open")) in text  # the action as it was when signed
    assert ink_pixels(out, page_count(out), tmp_path) < 20  # a translation carries no signature


def test_reopening_and_signing_again_prints_revision_two_and_keeps_revision_one(drawn, tmp_path):
    ws, visit_id = drawn.ws, drawn.visit["id"]
    first = sign(ws, visit_id, lang="en", now=SIGNED_AT)
    reopened = signoff.reopen_visit(ws, visit_id, "The October defect rate was another line's", by="Wang Fang")
    ws.observations.update(ws.observations.list(visit_id=visit_id)[0]["id"], text="安全出口已清理")
    members = ws.eit_members.list(enterprise_id=drawn.enterprise["id"])
    ws.visits.update(visit_id, signatures=demo_signatures(reopened, members, dt.date(2026, 11, 22)))
    second = sign(ws, visit_id, lang="en", now="2026-11-22T10:00:00.000Z")
    text = flat(pdf_text(DocumentStore(ws.paths).path(second["sha256"])))
    assert flat(label("en", "signed_report", revision=2, date="22 November 2026")) in text
    assert flat(label("en", "reopened", date=long_date(reopened["reopened_at"], "en"), who="Wang Fang",
                      reason="The October defect rate was another line's")) in text
    assert "安全出口已清理" in text
    store = DocumentStore(ws.paths)
    assert store.verify(first["sha256"]) and store.verify(second["sha256"])  # every revision is kept
    assert "安全出口被纸箱堵住" in flat(pdf_text(store.path(first["sha256"])))
    printed = print_visit_report(ws, visit_id, tmp_path / "now.pdf")
    assert printed.signed_report["id"] == second["id"]


def test_a_signed_visit_whose_document_is_not_here_says_so(drawn, tmp_path):
    ws, visit_id = drawn.ws, drawn.visit["id"]
    report = sign(ws, visit_id, lang="en", now=SIGNED_AT)
    DocumentStore(ws.paths).path(report["sha256"]).unlink()
    with pytest.raises(SignOffError, match="not on this laptop yet"):
        print_visit_report(ws, visit_id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_a_findings_photo_marked_signature_stays_in_the_report(history, tmp_path):
    finding = history.ws.observations.list(visit_id=history.visit["id"])[0]
    add_photo(history.ws, {"observation_id": finding["id"]}, 9, kind="signature", caption="签到表照片")
    out = tmp_path / "r.pdf"
    result = print_visit_report(history.ws, history.visit["id"], out).result
    assert "签到表照片" in pdf_text(out) and result.missing_photos == 0
