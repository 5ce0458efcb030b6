"""Labels and headers of the reports keep their words whole: a label's column widens for a long word, and the
Chinese KPI chart header fits its column on one line."""

from __future__ import annotations

import pytest

from score_desktop.reports import build_visit_report
from score_desktop.reports.labels import label
from score_desktop.store.workspace import Workspace
from tests.support.reports import make_history, pdf_text


@pytest.fixture
def history(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    yield make_history(ws)
    ws.close()


@pytest.mark.parametrize("lang", ["fr", "es", "vi", "id"])
def test_no_label_of_the_visit_facts_is_cut_in_two(history, tmp_path, lang):
    out = tmp_path / f"visit-{lang}.pdf"
    build_visit_report(history.ws, history.visit["id"], out, lang=lang)
    lines = {line.strip() for line in pdf_text(out).splitlines()}
    for key in ("co_visitors", "next_visit", "visit_type", "attendees", "balance_eit"):
        for word in label(lang, key).split():
            assert any(word in line for line in lines), (key, word)


def test_the_chinese_kpi_chart_header_is_one_line(history, tmp_path):
    out = tmp_path / "visit-zh.pdf"
    build_visit_report(history.ws, history.visit["id"], out, lang="zh_CN")
    assert label("zh_CN", "kpi_chart") in {line.strip() for line in pdf_text(out).splitlines()}
