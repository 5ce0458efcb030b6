"""Small pieces the Training screens share: module names, days as a trainer reads them, refused values as
sentences."""

from __future__ import annotations

import datetime as dt
from typing import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from score_desktop.errors import ValidationError
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import formats


def module_name(ctx: AppContext, code: str | None) -> str:
    """"Workplace Cooperation (WC)" in the UI language; the code alone for a module the catalog lacks."""
    if not code:
        return ""
    try:
        return f"{ctx.catalog.module(code).name(ctx.language)} ({code})"
    except KeyError:
        return code


def day_text(day: str, *, weekday: bool = False) -> str:
    """A day as every screen writes it ("2026-03-12", "12/03/2026"), with its weekday when asked."""
    return formats.day_text(day) if weekday else formats.date_text(day)


def day_header(day: str) -> str:
    """A day short enough for a column header: its weekday, then its month and day in the order of
    :func:`day_text` ("Tue 10-27", "mar 27/10")."""
    date = dt.date.fromisoformat(day)
    month_first = formats.date_edit_pattern().startswith("yyyy")
    numbers = f"{date.month:02d}-{date.day:02d}" if month_first else f"{date.day:02d}/{date.month:02d}"
    return formats.day_text(day).split(" ", 1)[0] + " " + numbers


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
    return formats.percent_text(value)


def describe(error: ValidationError, names: Mapping[str, str] | None = None) -> str:
    """The refused values as translated sentences, each field named as the screen names it."""
    names = names or {}
    return " ".join(QCoreApplication.translate("Validation", problem.template).format(
        **{**problem.params, "field": names.get(problem.field or "", problem.field or "")})
        for problem in error.problems)
