"""The improvement cycle in the printed visit report: the action plan with owners and due dates, KPI values
against baseline, the practice score, and before/after photo pairs, in every language; pages rendered and looked at."""

from __future__ import annotations

import datetime as dt

import pytest

from score_desktop.reports import build_visit_report
from score_desktop.reports.common import shipped_catalog
from score_desktop.reports.labels import LANGUAGES, label, number, percent, short_date
from score_desktop.store.practice import set_in_place
from tests.builders import make_action_item, make_observation
from tests.support.reports import add_photo, flat, glyph_problems, image_objects, ink_share, pdf_text, render_page

PRINTED = dt.date(2026, 11, 21)
WC_TOPICS = [topic.code for topic in shipped_catalog().module("WC").topics]


@pytest.fixture
def cycle(history):
    return add_cycle(history)


def add_cycle(history):
    """The history of conftest, plus: practice checks at the baseline (2 of the WC topics in place) and at this
    visit (5 in place), and an earlier action made from a finding with a photo, done, with an "after" photo."""
    ws = history.ws
    for topic in WC_TOPICS[:2]:
        set_in_place(ws, history.earlier_visit, topic, True, WC_TOPICS)
    set_in_place(ws, history.earlier_visit, WC_TOPICS[2], False, WC_TOPICS)
    for topic in WC_TOPICS[:5]:
        set_in_place(ws, history.visit, topic, True, WC_TOPICS)
    finding = make_observation(ws, history.earlier_visit, topic="WC-02", text="公告栏信息过期")
    before = add_photo(ws, {"observation_id": finding["id"]}, 11, kind="before", caption="改善前")
    owner = ws.eit_members.list(enterprise_id=history.enterprise["id"], name="王芳")[0]
    action = make_action_item(ws, history.earlier_visit, title="每周更新公告栏", owner_id=owner["id"],
                              observation_id=finding["id"], due_date="2026-10-30", status="done",
                              completed_date="2026-11-18", actual_saving=800.0)
    after = add_photo(ws, {"action_item_id": action["id"]}, 12, kind="after", caption="改善后")
    # An owner who did not attend: the plan is the only place their name can come from.
    zhao = ws.eit_members.create(enterprise_id=history.enterprise["id"], name="赵磊", side="worker")
    make_action_item(ws, history.visit, title="张贴会议记录", owner_id=zhao["id"], due_date="2026-12-10")
    return history, before, after


def build(history, tmp_path, lang):
    out = tmp_path / f"cycle-{lang}.pdf"
    return out, build_visit_report(history.ws, history.visit["id"], out, lang=lang, printed=PRINTED)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_report_prints_the_plan_owners_due_dates_kpis_and_practice_score(cycle, tmp_path, lang):
    history = cycle[0]
    out, _ = build(history, tmp_path, lang)
    text = flat(pdf_text(out))
    expected = [
        # this visit's plan: what, owner, due; earlier actions with theirs
        label(lang, "action_plan"), "每周检查安全出口", short_date("2026-12-01", lang),
        "张贴会议记录", "赵磊", short_date("2026-12-10", lang),
        "清理三号线安全出口", "王芳", short_date("2026-10-15", lang), label(lang, "overdue"),
        # KPI table: baseline and this reading of the defect rate and the output
        number(3.0, lang), number(2.25, lang), number(1000.0, lang), number(1100.0, lang),
        # practice score: 2 of 7 at the baseline, 5 of 7 now
        label(lang, "practices"), label(lang, "practice_score"),
        label(lang, "score_value", in_place=2, total=len(WC_TOPICS), percent=percent(200 / len(WC_TOPICS), lang)),
        label(lang, "score_value", in_place=5, total=len(WC_TOPICS), percent=percent(500 / len(WC_TOPICS), lang)),
        shipped_catalog().topic("WC-03").name(lang), label(lang, "in_place_no"),
        # before and after
        label(lang, "before_after"), "每周更新公告栏", label(lang, "kind.before"), label(lang, "kind.after"),
    ]
    missing = [item for item in expected if flat(item) not in text]
    assert not missing, f"not found in the {lang} report: {missing}"
    problems, _ = glyph_problems(out)
    assert problems == []


def test_the_before_and_after_photos_are_printed_and_pages_are_not_blank(cycle, tmp_path):
    history, before, after = cycle
    out, result = build(history, tmp_path, "zh_CN")
    assert result.photos == 6 and result.missing_photos == 0  # 3 findings + signature + before + after
    assert image_objects(out)["/DCTDecode"] == 6
    for page in range(1, result.pages + 1):
        assert ink_share(render_page(out, page, tmp_path)) > 0.003


def test_without_practice_checks_the_report_says_so(history, tmp_path):
    out, _ = build(history, tmp_path, "en")
    assert flat(label("en", "no_practice_checks")) in flat(pdf_text(out))
    assert flat(label("en", "before_after")) not in flat(pdf_text(out))
