"""The attendance sheet and the certificates of a classroom session, read back from the PDF."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from score_desktop.errors import NotFoundError
from score_desktop.reports.attendance_sheet import build_attendance_sheet
from score_desktop.reports.certificates import NoCertificates, build_certificates
from score_desktop.reports.common import shipped_catalog
from score_desktop.reports.labels import LANGUAGES, label, long_date
from score_desktop.store import training
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from tests.builders import make_enterprise, make_participant, make_training_session
from tests.support.reports import flat, glyph_problems, image_objects, ink_share, pdf_fonts, pdf_text, render_page

DAYS = ["2026-03-12", "2026-03-13"]
#: (name, enterprise index, days present): three attend both days, one misses the second, one never came.
PEOPLE = [("王芳", 0, DAYS), ("Nguyễn Thị Lan", 0, DAYS), ("José Pérez", 1, DAYS), ("陈静", 1, DAYS[:1]),
          ("Li Qiang", 1, [])]


@dataclass
class Session:
    ws: Workspace
    session: Record
    enterprises: list[Record]


@pytest.fixture
def classroom(workspace) -> Session:
    huamei = make_enterprise(workspace)
    xinda = make_enterprise(workspace, name="新达鞋业有限公司", name_latin="Xinda Shoes", report_language="es")
    session = make_training_session(workspace, huamei, xinda, co_trainers=["Marie Dubois"], language="zh_CN")
    for name, enterprise, present in PEOPLE:
        participant = make_participant(workspace, session, [huamei, xinda][enterprise], name=name)
        for day in present:
            training.set_present(workspace, participant["id"], day, True)
    return Session(workspace, session, [huamei, xinda])


def sheet(classroom: Session, tmp_path, lang: str | None = "en", **options):
    out = tmp_path / f"sheet-{lang}.pdf"
    return out, build_attendance_sheet(classroom.ws, classroom.session["id"], out, lang=lang, **options)


def certificates(classroom: Session, tmp_path, lang: str | None = "en", **options):
    out = tmp_path / f"certificates-{lang}.pdf"
    return out, build_certificates(classroom.ws, classroom.session["id"], out, lang=lang, **options)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sheet_lists_every_participant_with_a_column_per_day_in_the_language(classroom, tmp_path, lang):
    out, result = sheet(classroom, tmp_path, lang)
    text = flat(pdf_text(out))
    expected = [label(lang, "attendance_sheet"), label(lang, "sheet_hint"), label(lang, "day_no", number=1),
                label(lang, "day_no", number=2), label(lang, "trainer_signature"), label(lang, "venue"),
                shipped_catalog().module("WC").name(lang), long_date(DAYS[0], lang),
                "广州华美服装有限公司", "新达鞋业有限公司", "Garden Hotel, Hall B", "Wang Fang", "Marie Dubois",
                *[name for name, _, _ in PEOPLE]]
    missing = [item for item in expected if flat(item) not in text]
    assert not missing, f"not found in the {lang} sheet: {missing}"
    assert result.pages == 1


@pytest.mark.parametrize("lang", ["zh_CN", "es", "vi"])
def test_every_character_of_both_papers_has_a_glyph_in_an_embedded_subset(classroom, tmp_path, lang):
    for out, _ in (sheet(classroom, tmp_path, lang), certificates(classroom, tmp_path, lang)):
        problems, checked = glyph_problems(out)
        assert checked > 150 and problems == []
        rows = pdf_fonts(out)
        assert rows and all(row["emb"] == "yes" and row["sub"] == "yes" for row in rows), rows
        assert {re.sub(r"^[A-Z]{6}\+", "", row["name"]) for row in rows} >= {"DejaVuSans", "WenQuanYiMicroHei-0"}


def test_one_certificate_page_per_participant_present_every_day(classroom, tmp_path):
    out, result = certificates(classroom, tmp_path, "zh_CN")
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) == 3
    pages = [flat(page.extract_text()) for page in reader.pages]
    full = ["王芳", "Nguyễn Thị Lan", "José Pérez"]
    assert sorted(next(name for name in full if flat(name) in page) for page in pages) == sorted(full)
    for page in pages:
        assert flat(label("zh_CN", "certificate")) in page and flat(label("zh_CN", "took_part")) in page
        assert flat(shipped_catalog().module("WC").name("zh_CN")) in page and "WangFang" in page
        assert flat(label("zh_CN", "issued_on", date=long_date(DAYS[-1], "zh_CN"))) in page
    assert not any("陈静" in page or "LiQiang" in page for page in pages)
    assert flat("Xinda Shoes") in next(page for page in pages if flat("José Pérez") in page)
    assert image_objects(out)  # the programme's logo


def test_the_papers_are_landscape_on_a4_or_letter(classroom, tmp_path):
    for build in (sheet, certificates):
        for paper, size in (("a4", (842, 595)), ("letter", (792, 612))):
            out, _ = build(classroom, tmp_path, "es", paper=paper)
            box = PdfReader(out).pages[0].mediabox
            assert (round(float(box.width)), round(float(box.height))) == size


def test_the_sessions_language_is_the_default(classroom, tmp_path):
    out, _ = sheet(classroom, tmp_path, None)
    assert flat(label("zh_CN", "attendance_sheet")) in flat(pdf_text(out))
    classroom.ws.training_sessions.update(classroom.session["id"], language=None)
    out, _ = certificates(classroom, tmp_path, None)  # then the host's report language (the builder's: none)
    assert flat(label("en", "certificate")) in flat(pdf_text(out))


@pytest.mark.parametrize("lang", ["zh_CN", "es"])
def test_rendered_pages_are_not_blank(classroom, tmp_path, lang):
    for out, _ in (sheet(classroom, tmp_path, lang), certificates(classroom, tmp_path, lang)):
        assert ink_share(render_page(out, 1, tmp_path, dpi=50)) > 0.02


def test_a_long_session_keeps_every_day_on_the_sheet(workspace, tmp_path):
    days = [f"2026-04-{n:02d}" for n in range(1, 9)]
    session = make_training_session(workspace, dates=days)
    for n in range(45):
        make_participant(workspace, session, name=f"Participant {n:02d} with a rather long name to wrap")
    out = tmp_path / "long.pdf"
    result = build_attendance_sheet(workspace, session["id"], out, lang="fr")
    text = flat(pdf_text(out))
    assert all(flat(label("fr", "day_no", number=n)) in text for n in range(1, 9))
    assert all(flat(f"Participant {n:02d}") in text for n in range(45))
    assert result.pages >= 3


def test_nobody_present_every_day_and_an_unknown_session(workspace, tmp_path):
    session = make_training_session(workspace)
    make_participant(workspace, session)
    with pytest.raises(NoCertificates, match="no certificate to print"):
        build_certificates(workspace, session["id"], tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()
    with pytest.raises(NotFoundError):
        build_attendance_sheet(workspace, "nope", tmp_path / "x.pdf")


@pytest.mark.parametrize("lang", ["zh_CN", "es"])
def test_the_visit_report_mentions_the_classroom_session_of_its_module(classroom, tmp_path, lang):
    from score_desktop.reports import build_visit_report
    from tests.builders import make_visit

    huamei = classroom.enterprises[0]
    visit = make_visit(classroom.ws, huamei, module="WC", visit_date="2026-04-02")
    out = tmp_path / f"visit-{lang}.pdf"
    build_visit_report(classroom.ws, visit["id"], out, lang=lang)
    text = flat(pdf_text(out))
    assert flat(label(lang, "classroom_training")) in text
    assert flat(label(lang, "classroom_people", count=2, full=2)) in text  # 王芳 and Nguyễn Thị Lan
    assert flat(long_date(DAYS[0], lang)) in text
    other = make_visit(classroom.ws, huamei, module="QM", visit_date="2026-04-02")
    build_visit_report(classroom.ws, other["id"], out, lang=lang)
    assert flat(label(lang, "classroom_training")) not in flat(pdf_text(out))  # no session of that module


def test_the_command_lines_write_both_papers_and_answer_mistakes_in_one_line(classroom, tmp_path, capsys):
    import subprocess
    import sys

    from score_desktop.cli import main

    root, session_id = str(classroom.ws.paths.root), classroom.session["id"]
    sheet_pdf, certificates_pdf = tmp_path / "sheet.pdf", tmp_path / "certificates.pdf"
    assert main(["attendance-sheet", session_id, "--workspace", root, "-o", str(sheet_pdf), "--lang", "es",
                 "--paper", "letter"]) == 0
    assert capsys.readouterr().out == f"attendance sheet written to {sheet_pdf}: 1 pages\n"
    assert flat("Hoja de asistencia") in flat(pdf_text(sheet_pdf))
    assert main(["certificates", session_id, "--workspace", root, "-o", str(certificates_pdf)]) == 0
    assert "certificates written to" in capsys.readouterr().out
    assert flat(label("zh_CN", "certificate")) in flat(pdf_text(certificates_pdf))  # the session's language

    assert main(["certificates", "nope", "--workspace", root, "-o", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err == "score-desktop: error: No training session with id nope in this workspace.\n"
    empty = make_training_session(classroom.ws, classroom.enterprises[0], module="QM")
    assert main(["certificates", empty["id"], "--workspace", root, "-o", str(tmp_path / "x.pdf")]) == 1
    assert "there is no certificate to print" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()

    for command in ("attendance-sheet", "certificates"):
        run = subprocess.run([sys.executable, "-m", "score_desktop.cli", command, "--help"], capture_output=True,
                             text=True, check=False)
        assert run.returncode == 0 and "SESSION_ID" in run.stdout and "--paper {a4,letter}" in run.stdout
        run = subprocess.run([sys.executable, "-m", "score_desktop.cli", command, "x", "--workspace", root, "-o",
                              "x.pdf", "--paper", "a3"], capture_output=True, text=True, check=False)
        assert run.returncode == 2 and "invalid choice" in run.stderr
