"""The enterprise progress report, read back from the PDF."""

from __future__ import annotations

import datetime as dt

import pytest

from score_desktop.errors import NotFoundError
from score_desktop.reports import build_progress_report
from score_desktop.reports.common import shipped_catalog
from score_desktop.reports.labels import LANGUAGES, label
from score_desktop.store.workspace import Workspace
from tests.builders import make_enterprise, make_visit
from tests.support.reports import flat, glyph_problems, image_objects, ink_share, pdf_fonts, pdf_text, render_page

AS_OF = dt.date(2026, 11, 21)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_prints_visits_trends_actions_and_the_eit(history, tmp_path, lang):
    out = tmp_path / f"progress-{lang}.pdf"
    result = build_progress_report(history.ws, history.enterprise["id"], out, lang=lang, printed=AS_OF)
    text = flat(pdf_text(out))
    catalog = shipped_catalog()
    expected = [label(lang, "progress_report"), label(lang, "visits"), label(lang, "kpi_trends"),
                label(lang, "action_results"), label(lang, "open_actions"), label(lang, "eit_and_suggestions"),
                label(lang, "done_on_time"), label(lang, "eit_meetings"), catalog.module("WC").name(lang),
                catalog.kpi("output").name(lang), label(lang, "type.baseline"), "广州华美服装有限公司",
                "清理三号线安全出口", "每周检查安全出口", label(lang, "page", page=1, pages=result.pages)]
    missing = [item for item in expected if flat(item) not in text]
    assert not missing, f"not found in the {lang} report: {missing}"
    assert glyph_problems(out)[0] == []
    assert all(row["emb"] == "yes" and row["sub"] == "yes" for row in pdf_fonts(out))
    assert image_objects(out) == {"/FlateDecode": 1}  # the logo; charts are vector drawings
    assert 1 <= result.pages <= 4
    assert ink_share(render_page(out, 1, tmp_path)) > 0.03


def test_action_counts(history, tmp_path):
    out = tmp_path / "progress.pdf"
    build_progress_report(history.ws, history.enterprise["id"], out, lang="en", printed=AS_OF)
    text = pdf_text(out)
    # Three actions: one done late (due 10-20, done 10-25), two open of which one overdue (due 10-15).
    assert "Actions agreed\n\n3" in text or "Actionsagreed3" in flat(text)
    assert "Done late\n\n1" in text or "Donelate1" in flat(text)
    assert "2 (of which overdue 1)" in text
    assert "EITmeetings(visitswithEITmemberspresent)1" in flat(text)
    assert "3 — 1 manager · 2 workers · 2 women · 1 man" in text


def test_an_enterprise_without_visits_or_readings(workspace: Workspace, tmp_path):
    enterprise = make_enterprise(workspace, name="Công ty Mới", name_latin=None, report_language="vi")
    out = tmp_path / "empty.pdf"
    result = build_progress_report(workspace, enterprise["id"], out)
    text = pdf_text(out)
    assert result.pages == 1
    assert "Chưa ghi nhận lần thăm nào." in text and "Chưa ghi nhận số liệu chỉ số nào." in text


def test_a_visit_of_a_module_missing_from_the_catalog_still_prints(workspace, tmp_path):
    visit = make_visit(workspace, module="LEAN")
    out = tmp_path / "lean.pdf"
    build_progress_report(workspace, visit["enterprise_id"], out, lang="en")
    assert "LEAN" in pdf_text(out)


def test_unknown_enterprise(workspace, tmp_path):
    with pytest.raises(NotFoundError):
        build_progress_report(workspace, "nope", tmp_path / "x.pdf")


@pytest.mark.parametrize(("lang", "words"), [
    ("es", ["Confección", "2 (1 mujer, 1 hombre)", "piezas"]),
    ("fr", ["Habillement", "2 (1 femme, 1 homme)", "pièces"]),
    ("zh_CN", ["服装", "2 人（女性 1 人，男性 1 人）", "件"]),
    ("vi", ["May mặc", "2 (1 nữ, 1 nam)", "chiếc"]),
])
def test_sectors_units_and_counts_are_words_of_the_reader(history, tmp_path, lang, words):
    history.ws.enterprises.update(history.enterprise["id"], headcount_women=1, headcount_men=1)
    out = tmp_path / f"progress-{lang}.pdf"
    build_progress_report(history.ws, history.enterprise["id"], out, lang=lang, printed=AS_OF)
    text = flat(pdf_text(out))
    assert [word for word in words if flat(word) not in text] == []
    assert "garments" not in text and " pcs" not in text and "hombres" not in text
