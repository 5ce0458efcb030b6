"""The report's words in six languages; dates and numbers as each language writes them."""

from __future__ import annotations

import datetime as dt
import re
import string

import pytest

from score_desktop.reports import labels
from score_desktop.reports.labels import LANGUAGES, balance, label, long_date, number, percent, short_date


def test_every_label_exists_in_every_language_with_the_same_placeholders():
    for key, texts in labels._TABLE.items():
        assert len(texts) == len(LANGUAGES), key
        fields = [sorted(name for _, name, _, _ in string.Formatter().parse(text) if name) for text in texts]
        assert all(text.strip() for text in texts if key not in ("list_sep", "item_sep")), key
        assert all(found == fields[0] for found in fields), key


def test_labels_are_translated_not_copied():
    for lang in LANGUAGES[1:]:
        # A label with words to translate: placeholders ("{women}") are not words.
        same = [key for key, texts in labels._TABLE.items() if texts[labels._COLUMN[lang]] == texts[0]
                and re.search("[a-z]{4}", re.sub(r"\{[a-z_]+\}", "", texts[0]))
                and key not in ("page", "trend_summary", "detail")]
        # A few words are the same in French or Indonesian ("Date", "Total", "Status", "Module", "Final").
        assert len(same) <= 10, (lang, same)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "20 November 2026"), ("zh_CN", "2026年11月20日"), ("es", "20 de noviembre de 2026"),
    ("fr", "20 novembre 2026"), ("vi", "ngày 20 tháng 11 năm 2026"), ("id", "20 November 2026")])
def test_long_dates(lang, expected):
    assert long_date("2026-11-20", lang) == expected
    assert long_date(dt.date(2026, 11, 20), lang) == expected


def test_short_dates_and_missing_dates():
    assert short_date("2026-01-05", "en") == "2026-01-05"
    assert short_date("2026-01-05", "vi") == "05/01/2026"
    assert short_date(None, "fr") == long_date("", "es") == short_date("garbage", "en") == "—"


def test_numbers_and_percentages():
    assert number(1234567.891, "en") == "1,234,568"
    assert number(1234.5, "es") == "1.234"  # no decimals from 100 up
    assert number(3.14159, "fr") == "3,14"
    assert number(-2.0, "en", decimals=1) == "−2.0"
    assert number(-0.001, "en", decimals=1) == "0.0"
    assert number(12.345, "vi", decimals=1, signed=True) == "+12,3"
    assert number(None, "en") == "—"
    assert percent(25, "en") == "25%" and percent(25, "fr") == "25\u00a0%"


def test_balance_with_plurals():
    assert balance("en", managers=1, workers=2, women=0, men=1) == "1 manager · 2 workers · 0 women · 1 man"
    assert balance("fr", managers=0, workers=2, women=1, men=1) == "0 cadre · 2 ouvriers · 1 femme · 1 homme"
    assert (balance("zh_CN", managers=1, workers=2, women=3, men=0)
            == "管理人员 1 人 · 工人 2 人 · 女性 3 人 · 男性 0 人")


def test_label_fills_placeholders():
    assert label("zh_CN", "page", page=2, pages=5) == "第 2 页，共 5 页"
    with pytest.raises(ValueError, match="unknown report language"):
        labels.check_language("de")
