"""Dates and numbers as each shipped language writes them, the one set of rules for the screens and the reports.

The reports call these with the report's language (``reports/labels.py`` passes them on), the screens with the UI
language (``ui/core/formats.py``), so a visit's date reads the same in the app and on the printed page. A date in
a table is never ambiguous: ISO ``2026-11-20`` in English (read both ways round elsewhere) and Chinese (its own
order), day first ``20/11/2026`` in Spanish, French, Vietnamese and Indonesian, where nobody writes the month
first. Pure Python, like the rest of the domain.
"""

from __future__ import annotations

import datetime as dt
import math

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}
#: Weekdays from Monday, short (a table cell) and long (a title), as each language abbreviates them.
_WEEKDAYS = {
    "en": ("Mon Tue Wed Thu Fri Sat Sun", "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "zh_CN": ("周一 周二 周三 周四 周五 周六 周日", "星期一 星期二 星期三 星期四 星期五 星期六 星期日"),
    "es": ("lun mar mié jue vie sáb dom", "lunes martes miércoles jueves viernes sábado domingo"),
    "fr": ("lun. mar. mer. jeu. ven. sam. dim.", "lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "vi": ("T2 T3 T4 T5 T6 T7 CN", "Thứ Hai|Thứ Ba|Thứ Tư|Thứ Năm|Thứ Sáu|Thứ Bảy|Chủ Nhật"),
    "id": ("Sen Sel Rab Kam Jum Sab Min", "Senin Selasa Rabu Kamis Jumat Sabtu Minggu"),
}
#: (decimal separator, thousands separator) per language.
_SEPARATORS = {"en": (".", ","), "zh_CN": (".", ","), "es": (",", "."), "fr": (",", "\u00a0"), "vi": (",", "."),
               "id": (",", ".")}
#: The languages that write a day year first (ISO); the others write it day first.
YEAR_FIRST = ("en", "zh_CN")


def long_date(value: str | dt.date | None, lang: str) -> str:
    """``2026-11-20`` as a reader of ``lang`` writes it in a sentence: "20 November 2026", "2026年11月20日"."""
    day = _as_date(value)
    if day is None:
        return "—"
    if lang == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    if lang == "vi":
        return f"ngày {day.day} tháng {day.month} năm {day.year}"
    month_name = _MONTHS[lang].split()[day.month - 1]
    if lang == "es":
        return f"{day.day} de {month_name} de {day.year}"
    return f"{day.day} {month_name} {day.year}"


def short_date(value: str | dt.date | None, lang: str) -> str:
    """A date for a table cell: ``2026-11-20`` in English and Chinese (unambiguous), ``20/11/2026`` elsewhere."""
    day = _as_date(value)
    if day is None:
        return "—"
    if lang in YEAR_FIRST:
        return day.isoformat()
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def month(value: str | dt.date | None, lang: str) -> str:
    """The month of ``value`` in the order of :func:`short_date`: ``2026-11``, ``11/2026``."""
    day = _as_date(value)
    if day is None:
        return "—"
    return f"{day.year}-{day.month:02d}" if lang in YEAR_FIRST else f"{day.month:02d}/{day.year}"


def period(start: str | dt.date, end: str | dt.date, lang: str) -> str:
    """A KPI reading's period: its month when it covers one calendar month, else its first and last day."""
    first, last = _as_date(start), _as_date(end)
    if first is None or last is None:
        return "—"
    if first.day == 1 and (last + dt.timedelta(days=1)).day == 1 and (first.year, first.month) == (last.year,
                                                                                                  last.month):
        return month(first, lang)
    return f"{short_date(first, lang)} – {short_date(last, lang)}"


def weekday(value: str | dt.date | None, lang: str, *, short: bool = True) -> str:
    """The day of the week of ``value``: "Sat" / "Saturday", "周六" / "星期六", "T7" / "Thứ Bảy"."""
    day = _as_date(value)
    if day is None:
        return ""
    names = _WEEKDAYS[lang][0 if short else 1]
    return (names.split("|") if "|" in names else names.split())[day.weekday()]


def dated(value: str | dt.date | None, lang: str, *, long: bool = False) -> str:
    """A day with its weekday: "Sat 2026-11-28" in a table, "Saturday 28 November 2026" in a title."""
    day = _as_date(value)
    if day is None:
        return "—"
    if not long:
        return f"{weekday(day, lang)} {short_date(day, lang)}"
    name, date = weekday(day, lang, short=False), long_date(day, lang)
    if lang == "zh_CN":
        return f"{date} {name}"
    if lang in ("es", "vi", "id"):
        return f"{name}, {date}"
    return f"{name} {date}"


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def percent(value: float | None, lang: str, *, decimals: int = 0, signed: bool = False) -> str:
    """``12.5`` as "12.5%" (English, Chinese) or "12,5 %" (the others put a non-breaking space before it)."""
    text = number(value, lang, decimals=decimals, signed=signed)
    if text == "—":
        return text
    return text + ("%" if lang in ("en", "zh_CN") else "\u00a0%")


def number(value: float | None, lang: str, *, decimals: int | None = None, signed: bool = False) -> str:
    """``value`` with the decimal and thousands separators of ``lang``; None is "—".

    Without ``decimals``: whole numbers from 100 up, one decimal from 10, two below.
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    if decimals is None:
        size = abs(value)
        decimals = 0 if size >= 100 else 1 if size >= 10 else 2
    rounded = round(value, decimals)
    text = f"{abs(rounded):,.{decimals}f}"
    point, thousands = _SEPARATORS[lang]
    text = text.replace(",", "\x00").replace(".", point).replace("\x00", thousands)
    sign = "−" if rounded < 0 else "+" if signed and rounded > 0 else ""
    return sign + text
