"""Pieces both reports use: the build options, the result, KPI values, action tables, the catalog."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from score_desktop.domain.catalog import Catalog, load_catalog
from score_desktop.paths import catalog_file
from score_desktop.reports import charts, fonts
from score_desktop.reports.data import ActionRow, KpiRow
from score_desktop.reports.labels import LANGUAGES, check_language, label, number, period, short_date
from score_desktop.reports.labels import percent as percent_text
from score_desktop.reports.layout import (BAD, DEFAULT_LOGO, DEFAULT_ORGANISATION, GOOD, MUTED, Page, check_paper,
                                          data_table, logo_pixels, para, rich)
from score_desktop.store.records import Record

Progress = Callable[[int, int], None]

#: The currency symbol printed for the catalog's generic "¤" by the enterprise's country.
CURRENCIES = {"CN": "CNY", "VN": "VND", "MX": "MXN", "ID": "IDR", "FR": "EUR", "ES": "EUR", "CO": "COP",
              "PE": "PEN", "GH": "GHS", "ZA": "ZAR", "IN": "INR", "BD": "BDT", "KH": "KHR", "TH": "THB"}


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    photos: int
    #: Photos printed as a placeholder because their file is missing or unreadable.
    missing_photos: int


@functools.lru_cache(maxsize=1)
def shipped_catalog() -> Catalog:
    return load_catalog(catalog_file())


def report_language(enterprise: Record, lang: str | None) -> str:
    """``lang`` when given, else the language the enterprise asked its reports in, else English."""
    if lang:
        return lang
    preferred = enterprise.get("report_language")
    return preferred if preferred in LANGUAGES else "en"


def make_page(*, lang: str, paper: str, title_key: str, subject: str, organisation: str | None,
              logo: Path | None, printed: dt.date | None, marking: str | None = None) -> Page:
    """Check the options a caller gave and fill in the defaults (organisation, logo, today)."""
    logo_path = DEFAULT_LOGO if logo is None else (Path(logo) if str(logo) else None)
    if logo_path is not None:
        logo_pixels(logo_path)  # a bad logo is refused before any work is done
    return Page(lang=check_language(lang), paper=check_paper(paper), title=label(lang, title_key), subject=subject,
                organisation=(organisation or "").strip() or DEFAULT_ORGANISATION, logo=logo_path,
                printed=printed or dt.date.today(), marking=marking)


def enterprise_names(enterprise: Record) -> tuple[str, str]:
    """(name as written locally, Latin name when it differs)."""
    name = fonts.clean(enterprise.get("name") or "").strip()
    latin = fonts.clean(enterprise.get("name_latin") or "").strip()
    return name, latin if latin and latin != name else ""


def title_block(page: Page, enterprise: Record) -> list[Flowable]:
    name, latin = enterprise_names(enterprise)
    story: list[Flowable] = [para(page.title, "title", bold=True), para(name, "name", bold=True)]
    if latin:
        story.append(para(latin, "name_latin"))
    else:
        story[-1].style.spaceAfter = 6
    return story


# -- KPIs ----------------------------------------------------------------------------------------------------------

def kpi_name(row: KpiRow, lang: str) -> str:
    return row.definition.name(lang) if row.definition else row.code


def kpi_value(row: KpiRow, reading: Record | None, lang: str, country: str | None) -> str:
    if reading is None:
        return "—"
    unit = row.definition.unit_name(lang) if row.definition else ""
    if unit == "¤":
        unit = CURRENCIES.get((country or "").upper(), "¤")
    text = number(reading["value"], lang)
    if not unit:
        return text
    return text + unit if unit == "%" and lang in ("en", "zh_CN") else f"{text}\u00a0{unit}"


def period_text(reading: Record | None, lang: str) -> str:
    """A reading's period: the month when it covers one calendar month, else its first and last day."""
    if reading is None:
        return ""
    return period(reading["period_start"], reading["period_end"], lang)


def change_text(row: KpiRow, lang: str) -> str:
    percent = row.change_percent
    if percent is None:
        return "—"
    verdict = {True: label(lang, "better"), False: label(lang, "worse")}.get(row.improved, "")
    text = percent_text(percent, lang, decimals=1, signed=True)
    return label(lang, "detail", text=text, detail=verdict) if verdict else text


def change_colour(row: KpiRow):
    return {True: GOOD, False: BAD}.get(row.improved, MUTED)


def kpi_table(rows: list[KpiRow], lang: str, country: str | None, width: float, *, current_key: str) -> Flowable:
    """Indicator, baseline, the period's value, change and a bar chart of the change, one row per KPI."""
    widths = [width * share for share in (0.30, 0.17, 0.17, 0.17, 0.19)]
    scale = max([abs(r.change_percent) for r in rows if r.change_percent is not None] + [10.0])
    scale = min(scale, 100.0)
    cells = []
    for row in rows:
        cells.append([
            para(kpi_name(row, lang), "cell"),
            _value_cell(row, row.baseline, lang, country),
            _value_cell(row, row.current, lang, country),
            rich(fonts.markup(change_text(row, lang)), "cell", textColor=change_colour(row)),
            charts.change_bar(row.change_percent, row.improved, widths[4] - 8, 4.2 * mm, scale),
        ])
    header = [label(lang, "indicator"), label(lang, "baseline"), label(lang, current_key), label(lang, "change"),
              label(lang, "kpi_chart")]
    return data_table(header, cells, widths, extra_style=[("VALIGN", (4, 1), (4, -1), "MIDDLE")])


def _value_cell(row: KpiRow, reading: Record | None, lang: str, country: str | None) -> Flowable:
    value = kpi_value(row, reading, lang, country)
    period = period_text(reading, lang)
    markup = fonts.markup(value) + (f"<br/>{_muted(period)}" if period else "")
    return rich(markup, "cell")


def _muted(text: str) -> str:
    return f'<font color="#{MUTED.hexval()[2:]}" size="7">{fonts.markup(text)}</font>'


# -- actions -------------------------------------------------------------------------------------------------------

def action_status(row: ActionRow, lang: str) -> str:
    text = label(lang, f"action_status.{row.record['status']}")
    if row.overdue:
        return label(lang, "detail", text=text, detail=label(lang, "overdue"))
    if row.done_late:
        return label(lang, "detail", text=text, detail=label(lang, "done_late"))
    return text


def action_table(rows: list[ActionRow], lang: str, width: float, *, with_agreed: bool,
                 numbered: bool = False) -> Flowable:
    columns = ["action", "owner"] + (["agreed"] if with_agreed else []) + ["due", "status"]
    shares = {"number": 0.06, "action": 0.38, "owner": 0.17, "agreed": 0.13, "due": 0.13, "status": 0.18}
    if numbered:
        columns.insert(0, "number")
    total = sum(shares[c] for c in columns)
    widths = [width * shares[c] / total for c in columns]
    cells = []
    for index, row in enumerate(rows, start=1):
        values = {"number": str(index), "action": row.record["title"], "owner": row.owner or "—",
                  "agreed": short_date(row.agreed, lang), "due": short_date(row.record.get("due_date"), lang)}
        line = [para(values[c], "cell") for c in columns if c != "status"]
        colour = BAD if row.overdue or row.done_late else GOOD if row.record["status"] == "done" else None
        status = action_status(row, lang)
        line.append(rich(fonts.markup(status), "cell", textColor=colour) if colour else para(status, "cell"))
        cells.append(line)
    return data_table([label(lang, c) for c in columns], cells, widths)
