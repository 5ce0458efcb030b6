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


def days_text(days: Sequence[str]) -> str:
    """A session's days: "12/03/2026 – 13/03/2026 (2 days)", or the one day."""
    if not days:
        return ""
    if len(days) == 1:
        return day_text(days[0])
    return QCoreApplication.translate("Training", "{first} – {last} (%n day(s))", "", len(days)).format(
        first=day_text(days[0]), last=day_text(days[-1]))


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
