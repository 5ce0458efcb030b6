"""Small pieces the Training screens share: module names, days as a trainer reads them, refused values as
sentences."""

from __future__ import annotations

import datetime as dt
from typing import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from score_desktop.errors import ValidationError
from score_desktop.ui.context import AppContext


def module_name(ctx: AppContext, code: str | None) -> str:
    """"Workplace Cooperation (WC)" in the UI language; the code alone for a module the catalog lacks."""
    if not code:
        return ""
    try:
        return f"{ctx.catalog.module(code).name(ctx.language)} ({code})"
    except KeyError:
        return code


def day_text(day: str, *, weekday: bool = False) -> str:
    """A day in the UI language's short form ("12/03/2026", "2026/3/12"), with its weekday when asked."""
    date = dt.date.fromisoformat(day)
    text = QLocale().toString(QDate(date.year, date.month, date.day), QLocale.FormatType.ShortFormat)
    if weekday:
        text = QLocale().dayName(date.isoweekday(), QLocale.FormatType.ShortFormat) + " " + text
    return text


def day_header(day: str) -> str:
    """A day short enough for a column header: its weekday, day and month in the locale's order ("Tue 10/27")."""
    date = dt.date.fromisoformat(day)
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    month_first = short.find("M") < short.find("d")
    numbers = f"{date.month}/{date.day}" if month_first else f"{date.day}/{date.month}"
    return QLocale().dayName(date.isoweekday(), QLocale.FormatType.ShortFormat) + " " + numbers


def days_text(days: Sequence[str]) -> str:
    """A session's days as "12/03/2026 – 13/03/2026" (the first and the last), or the one day."""
    if not days:
        return ""
    if len(days) == 1:
        return day_text(days[0])
    return QCoreApplication.translate("Training", "{first} – {last}").format(first=day_text(days[0]),
                                                                          last=day_text(days[-1]))


def percent_text(value: float | None) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("Training", "{value} %").format(value=QLocale().toString(value, "f", 0))


def describe(error: ValidationError, names: Mapping[str, str] | None = None) -> str:
    """The refused values as translated sentences, each field named as the screen names it."""
    names = names or {}
    return " ".join(QCoreApplication.translate("Validation", problem.template).format(
        **{**problem.params, "field": names.get(problem.field or "", problem.field or "")})
        for problem in error.problems)
