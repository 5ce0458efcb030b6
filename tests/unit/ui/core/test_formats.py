"""Dates and numbers on screen: one way per language, the reports' way, whatever Qt's locale would have said."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QWidget

from score_desktop.domain.catalog import SUPPORTED_LANGUAGES
from score_desktop.reports import labels
from score_desktop.ui.core import formats
from score_desktop.ui.core.dates import NO_DATE, date_box, set_date


@pytest.fixture
def ui_locale():
    """``ui_locale("vi")``: the UI runs in that language (as ``--lang vi`` sets it), until the test ends."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(("locale", "day", "weekday", "number"), [
    ("en", "2026-11-28", "Sat 2026-11-28", "1,234.5"),
    ("C", "2026-11-28", "Sat 2026-11-28", "1,234.5"),  # never "Sat 28 11 2026"
    ("zh_CN", "2026-11-28", "周六 2026-11-28", "1,234.5"),
    ("es_MX", "28/11/2026", "sáb 28/11/2026", "1.234,5"),
    ("fr_SN", "28/11/2026", "sam. 28/11/2026", "1\u00a0234,5"),
    ("vi", "28/11/2026", "T7 28/11/2026", "1.234,5"),
    ("id", "28/11/2026", "Sab 28/11/2026", "1.234,5"),
])
def test_one_format_per_language_whatever_the_locale(ui_locale, locale, day, weekday, number):
    ui_locale(locale)
    assert formats.date_text("2026-11-28") == formats.date_text(dt.date(2026, 11, 28)) == day
    assert formats.date_text(QDate(2026, 11, 28)) == day
    assert formats.day_text("2026-11-28") == weekday
    assert formats.number_text(1234.5, decimals=1) == number
    assert formats.date_text(None) == "—"


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_the_screen_writes_dates_and_numbers_as_the_report_in_the_same_language(ui_locale, lang):
    ui_locale(lang)
    assert formats.language() == lang
    assert formats.date_text("2026-01-05") == labels.short_date("2026-01-05", lang)
    assert formats.long_date_text("2026-01-05") == labels.long_date("2026-01-05", lang)
    assert formats.percent_text(12.5, decimals=1) == labels.percent(12.5, lang, decimals=1)
    assert formats.period_text("2026-03-01", "2026-03-31") == labels.period("2026-03-01", "2026-03-31", lang)
    # A date field shows the same order as the tables.
    assert QDate(2026, 1, 5).toString(formats.date_edit_pattern()) == formats.date_text("2026-01-05")


def test_a_day_first_date_is_never_the_ambiguous_short_form(ui_locale):
    ui_locale("es")
    assert formats.day_text("2026-12-01") == "mar 01/12/2026"  # not Qt's "mar 1/12/26"
    assert formats.long_date_text("2026-11-28", weekday=True) == "sábado, 28 de noviembre de 2026"
    ui_locale("zh_CN")
    assert formats.long_date_text("2026-11-28", weekday=True) == "2026年11月28日 星期六"
    assert formats.quantity_text(1250, "件") == "1,250\u00a0件"
    assert formats.quantity_text(2.345, "%") == "2.35\u00a0%" and formats.quantity_text(None, "件") == ""


# The offscreen platform cannot give a popup the keyboard nor raise it; a real display can.
@pytest.mark.qt_log_ignore("This plugin does not support (grabbing the keyboard|raise|propagateSizeHints)")
def test_a_blank_date_field_opens_on_this_month_and_starts_from_today(qtbot, ui_locale):
    ui_locale("fr")
    parent = QWidget()
    qtbot.addWidget(parent)
    box = date_box(parent)
    assert box.displayFormat() == "dd/MM/yyyy" and box.date() == NO_DATE and box.text().strip() == ""
    parent.show()
    box.setFocus()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 6, box.height() // 2))  # its arrow
    calendar = box.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert box.date() == NO_DATE  # looking at the calendar changes nothing
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.date() == today
    set_date(box, "2026-02-03")
    assert box.text() == "03/02/2026"
