"""The visit report, read back from the PDF: text in every language, fonts, glyphs, photos, pages, edge cases."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from score_desktop.errors import NotFoundError
from score_desktop.reports import CannotReadLogo, CannotWriteReport, ReportCancelled, build_visit_report, fonts
from score_desktop.reports.common import shipped_catalog
from score_desktop.reports.labels import LANGUAGES, label
from score_desktop.store.photos import PhotoStore
from tests.builders import make_observation, make_visit
from tests.support.reports import (add_photo, flat, glyph_problems, image_objects, ink_share, pdf_fonts,
                                         pdf_text, render_page)

PRINTED = dt.date(2026, 11, 21)


def build(history, tmp_path: Path, lang: str = "en", **options) -> tuple[Path, object]:
    out = tmp_path / f"visit-{lang}.pdf"
    result = build_visit_report(history.ws, history.visit["id"], out, lang=lang, printed=PRINTED, **options)
    return out, result


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_prints_its_labels_catalog_names_and_the_users_text(history, tmp_path, lang):
    out, result = build(history, tmp_path, lang)
    text = flat(pdf_text(out))
    catalog = shipped_catalog()
    expected = [label(lang, "visit_report"), label(lang, "findings"), label(lang, "kpis"),
                label(lang, "action_plan"), label(lang, "signatures"), label(lang, "earlier_actions"),
                catalog.module("WC").name(lang), catalog.topic("WC-01").name(lang), catalog.topic("WC-04").name(lang),
                catalog.kpi("defect_rate").name(lang), label(lang, "rating.critical"), label(lang, "other_topic"),
                # user text, printed as written whatever the report language
                "广州华美服装有限公司", "Guangzhou Huamei Garments", "安全出口被纸箱堵住",
                "Les allées sont dégagées et bien marquées", "Bảng tin chưa cập nhật", "Nguyễn Thị Lan",
                "José Pérez", "Guest from the buyer", "清理三号线安全出口", "每周检查安全出口", "Marie Dubois",
                label(lang, "page", page=1, pages=result.pages)]
    missing = [item for item in expected if flat(item) not in text]
    assert not missing, f"not found in the {lang} report: {missing}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_character_has_a_glyph_in_its_embedded_font(history, tmp_path, lang):
    out, _ = build(history, tmp_path, lang)
    problems, checked = glyph_problems(out)
    assert checked > 800
    assert problems == []


def test_fonts_are_embedded_as_subsets(history, tmp_path):
    out, _ = build(history, tmp_path, "vi")
    rows = pdf_fonts(out)
    assert {re.sub(r"^[A-Z]{6}\+", "", row["name"]) for row in rows} >= {"DejaVuSans", "DejaVuSans-Bold",
                                                                        "WenQuanYiMicroHei-0"}
    assert all(row["emb"] == "yes" and row["sub"] == "yes" and row["uni"] == "yes" for row in rows), rows


def test_the_glyph_check_catches_a_missing_glyph(tmp_path):
    """The check above is only worth something if it fails on the silent empty box reportlab would draw."""
    fonts.register_fonts()
    out = tmp_path / "bad.pdf"
    canvas = Canvas(str(out))
    canvas.setFont(fonts.REGULAR, 12)
    canvas.drawString(72, 720, "Chinese in a Latin font: 中文")
    canvas.save()
    problems, _ = glyph_problems(out)
    # reportlab even maps such characters to U+0000 in ToUnicode: the text vanishes from extraction as well.
    assert problems and all("has no glyph in the embedded /AAAAAA+DejaVuSans" in problem for problem in problems)


def test_each_photo_is_embedded_once_at_report_size_and_the_logo_too(history, tmp_path):
    out, result = build(history, tmp_path)
    assert result.photos == 4 and result.missing_photos == 0
    assert image_objects(out) == {"/DCTDecode": 4, "/FlateDecode": 1}  # 3 finding photos + 1 signature; logo PNG
    cached = list((history.ws.paths.derived / "report-1600").rglob("*.jpg"))
    assert len(cached) == 4


def test_without_a_logo_there_is_no_logo_image(history, tmp_path):
    out, _ = build(history, tmp_path, logo="", organisation="Programme SCORE Viet Nam")
    assert image_objects(out) == {"/DCTDecode": 4}
    assert "Programme SCORE Viet Nam" in pdf_text(out)


def test_a_custom_logo_and_a_bad_one(history, tmp_path):
    logo = add_photo(history.ws, {"visit_id": history.visit["id"]}, 9)  # any JPEG will do as a logo
    path = PhotoStore(history.ws.paths).original_path(logo["sha256"], "jpg")
    out, _ = build(history, tmp_path, logo=path)
    assert image_objects(out)["/DCTDecode"] == 5
    bad = tmp_path / "logo.png"
    bad.write_text("not a picture")
    with pytest.raises(CannotReadLogo):
        build(history, tmp_path, logo=bad)


def test_annotations_are_drawn_over_the_photo(history, tmp_path):
    out, _ = build(history, tmp_path)
    content = b"".join(page.get_contents().get_data() for page in PdfReader(out).pages)
    # The blue circle of the annotated photo, as a stroke colour (#1e88e5), and the red of the arrow (#e53935).
    assert b".117647 .533333 .898039 RG" in content
    assert b".898039 .223529 .207843 rg" in content
    assert "出口堵塞" in pdf_text(out)


@pytest.mark.parametrize("lang", ["zh_CN", "vi", "en"])
def test_a_rendered_page_is_not_blank(history, tmp_path, lang):
    out, result = build(history, tmp_path, lang)
    assert ink_share(render_page(out, 1, tmp_path)) > 0.03
    assert ink_share(render_page(out, result.pages, tmp_path)) > 0.003


def test_page_count_and_paper(history, tmp_path):
    out, result = build(history, tmp_path, paper="letter")
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages
    assert 2 <= result.pages <= 5
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    out, _ = build(history, tmp_path)
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_the_enterprises_language_is_the_default(history, tmp_path):
    out = tmp_path / "default.pdf"
    build_visit_report(history.ws, history.visit["id"], out)
    assert "企业走访报告" in pdf_text(out)


def test_header_shows_balance_attendees_and_earlier_actions(history, tmp_path):
    out, _ = build(history, tmp_path)
    text = pdf_text(out)
    assert "1 manager · 2 workers · 2 women · 1 man" in text  # the three EIT members who attended
    assert "Visit 2 · Consultation" in text
    assert "王芳 (Chair, Manager)" in flat(text).replace("(Chair,Manager)", " (Chair, Manager)")
    assert "Open(overdue)" in flat(text)  # the exit action from the first visit, due 2026-10-15
    assert "Done(late)" in flat(text)


def test_a_missing_photo_prints_a_placeholder_with_its_caption(history, tmp_path, caplog):
    broken = history.photos[1]
    PhotoStore(history.ws.paths).original_path(broken["sha256"], "jpg").unlink()
    with caplog.at_level(logging.WARNING):
        out, result = build(history, tmp_path)
    assert result.missing_photos == 1
    text = pdf_text(out)
    assert "Photo not available" in text and "改善后" in text
    assert image_objects(out)["/DCTDecode"] == 3
    assert "shown as a placeholder" in caplog.text


def test_a_damaged_photo_prints_a_placeholder(history, tmp_path):
    damaged = history.photos[0]
    path = PhotoStore(history.ws.paths).original_path(damaged["sha256"], "jpg")
    path.write_bytes(path.read_bytes()[:600])
    out, result = build(history, tmp_path, "vi")
    assert result.missing_photos == 1
    assert "Không có ảnh" in pdf_text(out)


def test_a_visit_with_no_findings(workspace, tmp_path):
    visit = make_visit(workspace)
    out = tmp_path / "empty.pdf"
    result = build_visit_report(workspace, visit["id"], out, lang="fr")
    text = pdf_text(out)
    assert result.pages == 1
    assert "Aucun constat n'a été enregistré lors de cette visite." in text
    assert "Aucun indicateur n'a encore été relevé." in text


def test_long_texts_and_names_stay_inside_the_page(workspace, tmp_path):
    long_name = "广州超长名称服装制造有限公司" * 30
    visit = make_visit(workspace, trainer="Trainer " * 25, co_visitors=["Co-visitor " * 20] * 5)
    workspace.enterprises.update(visit["enterprise_id"], name=long_name[:500], name_latin="Very long name " * 33)
    make_observation(workspace, visit, text="一个很长的发现。" * 2400, location="位置" * 250,
                     recommendation="Recommendation with a verylongwordwithoutanyspacesatall" * 300)
    make_observation(workspace, visit, text="x" * 20_000, topic="NOPE-1")
    out = tmp_path / "long.pdf"
    result = build_visit_report(workspace, visit["id"], out, lang="zh_CN")
    assert result.pages > 5
    for number in range(result.pages):
        assert_text_inside_the_page(out, number)


def assert_text_inside_the_page(path: Path, number: int) -> None:
    page = PdfReader(path).pages[number]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    outside = []

    def visit(text, cm, tm, _font, size) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            if not (0 <= x <= width - 20 and 0 <= y <= height):
                outside.append((round(x), round(y), text[:20]))

    page.extract_text(visitor_text=visit)
    assert not outside, f"page {number + 1}: text starts outside the page: {outside[:3]}"
    text = subprocess_text(path, number + 1)
    longest = max((len(line) for line in text.splitlines()), default=0)
    assert longest < 200


def subprocess_text(path: Path, page: int) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def test_photos_of_extreme_shapes_and_long_captions(workspace, tmp_path):
    visit = make_visit(workspace)
    finding = make_observation(workspace, visit)
    add_photo(workspace, {"observation_id": finding["id"]}, 1, size=(3000, 60), caption="panorama")
    add_photo(workspace, {"observation_id": finding["id"]}, 2, size=(40, 2400), caption="a pole")
    add_photo(workspace, {"observation_id": finding["id"]}, 3, caption="很长的说明" * 120)
    add_photo(workspace, {"observation_id": finding["id"]}, 4, size=(1, 1), caption="a dot")
    out = tmp_path / "shapes.pdf"
    result = build_visit_report(workspace, visit["id"], out, lang="en")
    assert result.photos == 4 and result.missing_photos == 0
    text = flat(pdf_text(out))
    assert "(a)" in text and flat("很长的说明" * 120) in text
    for number in range(result.pages):
        assert_text_inside_the_page(out, number)


def test_two_hundred_findings(workspace, tmp_path):
    visit = make_visit(workspace)
    photo_owner = None
    for position in range(200):
        finding = make_observation(workspace, visit, position=position, topic=f"WC-0{position % 7 + 1}",
                                   text=f"Finding text number {position} " * 6)
        photo_owner = photo_owner or finding
    for seed in range(6):
        add_photo(workspace, {"observation_id": photo_owner["id"]}, seed)
    out = tmp_path / "many.pdf"
    result = build_visit_report(workspace, visit["id"], out, lang="es")
    text = pdf_text(out)
    assert "Hallazgo 200" in text
    assert 10 < result.pages < 80
    assert image_objects(out) == {"/DCTDecode": 6, "/FlateDecode": 1}


def test_text_no_font_has_is_replaced_visibly_and_logged(workspace, tmp_path, caplog, monkeypatch):
    monkeypatch.setattr(fonts, "_reported_missing", set())  # each missing character is logged once per process
    visit = make_visit(workspace)
    # Khmer (a Cambodian factory's name, say): no bundled font has it.
    make_observation(workspace, visit, text="Great work ក on line 3")
    out = tmp_path / "khmer.pdf"
    with caplog.at_level(logging.WARNING):
        build_visit_report(workspace, visit["id"], out, lang="en")
    assert "Great work \ufffd on line 3" in pdf_text(out)
    assert glyph_problems(out)[0] == []
    assert "U+1780 KHMER LETTER KA" in caplog.text


def test_progress_and_cancel(history, tmp_path):
    steps = []
    build(history, tmp_path, progress=lambda done, total: steps.append((done, total)))
    assert steps[0] == (0, 5) and steps[-1] == (5, 5)
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(ReportCancelled):
        build_visit_report(history.ws, history.visit["id"], out, is_cancelled=lambda: True)
    assert not out.exists() and not list(tmp_path.glob(".report-*"))


def test_a_failed_build_leaves_the_old_file_alone(history, tmp_path):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the previous report")
    with pytest.raises(ReportCancelled):
        build_visit_report(history.ws, history.visit["id"], out, is_cancelled=lambda: True)
    assert out.read_bytes() == b"the previous report"


def test_unknown_visit_and_bad_options(history, tmp_path):
    with pytest.raises(NotFoundError):
        build_visit_report(history.ws, "no-such-visit", tmp_path / "x.pdf")
    with pytest.raises(ValueError, match="unknown report language"):
        build(history, tmp_path, lang="de")
    with pytest.raises(ValueError, match="unknown paper"):
        build(history, tmp_path, paper="a3")
    with pytest.raises(CannotWriteReport, match="the folder does not exist"):
        build_visit_report(history.ws, history.visit["id"], tmp_path / "nowhere" / "x.pdf")
