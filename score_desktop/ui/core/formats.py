"""Dates and numbers on screen, one way per language, the same as in the reports.

Every screen writes a day, a number or a percentage through these functions. They apply the reports' own rules
(:mod:`score_desktop.domain.formats`, which ``reports/labels.py`` passes on) in the UI language, so the date a
trainer reads on the visit screen is written exactly as in the report they print. A date in a table is never
ambiguous: ``2026-11-28`` in English and Chinese, ``28/11/2026`` in Spanish, French, Vietnamese and Indonesian
(where the day always comes first); never Qt's locale formats, which mix two-digit years, month-first orders and,
under the C locale, "Sat 28 11 2026".

The UI language is the language of ``QLocale()``, which the app sets at start (``ui.app.install_translator``); a
locale the app does not speak (``C``, ``pt_BR``, the pseudo-locale) writes as English does.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

from score_desktop.domain import formats as rules

_BY_LANGUAGE = {"zh": "zh_CN", "es": "es", "fr": "fr", "vi": "vi", "id": "id", "en": "en"}

Day = str | dt.date | QDate | None


def language() -> str:
    """The shipped language (``en``, ``zh_CN``, ``es``, ``fr``, ``vi``, ``id``) dates and numbers are written in."""
    name = QLocale().name()  # "zh_CN", "es_MX", "C"
    return _BY_LANGUAGE.get(name.split("_", 1)[0], "en")


def _day(value: Day) -> str | dt.date | None:
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    return value


def date_text(value: Day) -> str:
    """A day in a table cell or a line of text: "2026-11-28", "28/11/2026"; "—" when there is none."""
    return rules.short_date(_day(value), language())


def day_text(value: Day) -> str:
    """A day with its weekday, for lists of what is coming: "Sat 2026-11-28", "sáb 28/11/2026", "T7 28/11/2026"."""
    return rules.dated(_day(value), language())


def long_date_text(value: Day, *, weekday: bool = False) -> str:
    """A day in a sentence or a title: "28 November 2026", "2026年11月28日" (with its weekday when asked)."""
    if weekday:
        return rules.dated(_day(value), language(), long=True)
    return rules.long_date(_day(value), language())


def month_text(value: Day) -> str:
    """A month: "2026-11", "11/2026"."""
    return rules.month(_day(value), language())


def period_text(start: str, end: str) -> str:
    """A KPI reading's period as the reports write it: "2026-11" for a calendar month, else its first and last
    day."""
    return rules.period(start, end, language())


def date_time_text(stamp: str | None) -> str:
    """An RFC 3339 UTC moment the store wrote, on the wall clock: "2026-11-28 14:05", "28/11/2026 14:05"."""
    if not stamp:
        return "—"
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    local = moment.toLocalTime()
    return f"{date_text(local.date())} {local.toString('HH:mm')}"


def date_edit_pattern() -> str:
    """The display format of a date field, the same order as :func:`date_text`."""
    return "yyyy-MM-dd" if language() in rules.YEAR_FIRST else "dd/MM/yyyy"


def number_text(value: float | None, *, decimals: int | None = None, signed: bool = False) -> str:
    """A number with the language's separators ("1,234.5", "1.234,5", "1 234,5"); "—" for none."""
    return rules.number(value, language(), decimals=decimals, signed=signed)


def percent_text(value: float | None, *, decimals: int = 0, signed: bool = False) -> str:
    """A percentage as the language writes it: "25%" (English, Chinese), "25 %" (the others)."""
    return rules.percent(value, language(), decimals=decimals, signed=signed)


def quantity_text(value: float | None, unit: str = "") -> str:
    """A measured value with its unit (already in the UI language): "1,250 pcs", "1.250 piezas", "3,5 %";
    whole numbers without decimals, others with two at most; "" for none. ``¤`` (money in the enterprise's
    currency) is left out: the column says which currency."""
    if value is None:
        return ""
    text = number_text(value, decimals=0 if value == int(value) or abs(value) >= 100 else 2)
    return f"{text}\u00a0{unit}" if unit and unit != "¤" else text
