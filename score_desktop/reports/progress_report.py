"""The enterprise progress report: every visit in order, KPI trends from baseline, what became of the actions, the
EIT and the suggestion scheme."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from score_desktop.domain.catalog import Catalog
from score_desktop.reports import charts, fonts
from score_desktop.reports.common import (Progress, ReportResult, action_table, change_colour, change_text,
                                          enterprise_names, kpi_name, kpi_table, kpi_value, make_page,
                                          report_language, shipped_catalog, title_block)
from score_desktop.reports.data import ActionStats, ProgressReportData, progress_report_data
from score_desktop.reports.labels import balance as balance_text
from score_desktop.reports.labels import counted, label, long_date, number, percent, short_date
from score_desktop.reports.layout import (BAD, GOOD, MUTED, RULE, Page, build_pdf, data_table, facts_table, para,
                                          table_style)
from score_desktop.store.workspace import Workspace


def build_progress_report(ws: Workspace, enterprise_id: str, out_path: Path | str, *, lang: str | None = None,
                          paper: str = "a4", organisation: str | None = None, logo: Path | None = None,
                          progress: Progress | None = None, is_cancelled: Callable[[], bool] | None = None,
                          catalog: Catalog | None = None, printed: dt.date | None = None) -> ReportResult:
    """Write the progress report of enterprise ``enterprise_id`` to ``out_path``; options as for
    :func:`~score_desktop.reports.visit_report.build_visit_report`. Actions count as overdue against
    ``printed`` (default today)."""
    catalog = catalog or shipped_catalog()
    if progress:
        progress(0, 2)
    data = progress_report_data(ws, enterprise_id, catalog, as_of=printed)
    name, latin = enterprise_names(data.enterprise)
    page = make_page(lang=report_language(data.enterprise, lang), paper=paper, title_key="progress_report",
                     subject=name + (f" · {latin}" if latin else ""), organisation=organisation, logo=logo,
                     printed=printed)
    if progress:
        progress(1, 2)
    pages = build_pdf(_story(data, page), Path(out_path), page, is_cancelled=is_cancelled)
    if progress:
        progress(2, 2)
    return ReportResult(Path(out_path), pages, 0, 0)


OPEN_COLOUR = colors.HexColor("#90a4ae")


def _story(data: ProgressReportData, page: Page) -> list[Flowable]:
    lang = page.lang
    story = title_block(page, data.enterprise)
    story += [_facts(data, page), Spacer(1, 4)]
    story += [_heading(label(lang, "visits")), _visits(data, page)]
    story += [_heading(label(lang, "kpi_trends"))]
    if data.kpis:
        story += [kpi_table(data.kpis, lang, data.enterprise.get("country"), page.frame_width, current_key="latest"),
                  Spacer(1, 8), *_trend_grid(data, page)]
    else:
        story.append(para(label(lang, "no_kpis"), "body"))
    story += [_heading(label(lang, "action_results")), action_summary(data.actions, page)]
    story += [_heading(label(lang, "open_actions"))]
    story.append(action_table(data.open_actions, lang, page.frame_width, with_agreed=True)
                 if data.open_actions else para(label(lang, "no_open_actions"), "body"))
    story += [_heading(label(lang, "eit_and_suggestions")), _eit(data, page)]
    return story


def _heading(text: str) -> Flowable:
    heading = para(text, "h2", bold=True)
    heading.keepWithNext = True
    return heading


def _facts(data: ProgressReportData, page: Page) -> Flowable:
    lang, enterprise = page.lang, data.enterprise
    place = ", ".join(fonts.clean(part) for part in (enterprise.get("city"), enterprise.get("province"),
                                                        enterprise.get("country")) if part)
    women, men = enterprise.get("headcount_women"), enterprise.get("headcount_men")
    workforce = (label(lang, "workforce_value", total=number((women or 0) + (men or 0), lang, decimals=0),
                       women=counted(lang, "woman", women or 0), men=counted(lang, "man", men or 0))
                 if women is not None or men is not None else "—")
    dates = [line.record["visit_date"] for line in data.visits]
    period = f"{long_date(dates[0], lang)} – {long_date(dates[-1], lang)}" if dates else "—"
    pairs = [
        (label(lang, "sector"), data.catalog.sector_name(enterprise.get("sector"), lang) or "—"),
        (label(lang, "location_city"), place or "—"),
        (label(lang, "workforce"), workforce),
        (label(lang, "sponsors"), ", ".join(map(str, enterprise.get("sponsors") or [])) or "—"),
        (label(lang, "period"), period),
        (label(lang, "visits"), str(len(data.visits))),
    ]
    return facts_table(pairs, page.frame_width)


def _visits(data: ProgressReportData, page: Page) -> Flowable:
    lang = page.lang
    if not data.visits:
        return para(label(lang, "no_visits"), "body")
    columns = ["number", "date", "module", "visit_type", "trainer", "findings_count", "actions_count"]
    shares = [0.06, 0.13, 0.29, 0.15, 0.15, 0.11, 0.11]
    rows = []
    for line in data.visits:
        visit = line.record
        try:
            module = data.catalog.module(visit["module"]).name(lang)
        except KeyError:
            module = visit["module"]
        rows.append([str(line.number), short_date(visit["visit_date"], lang), module,
                     label(lang, f"type.{visit['visit_type']}"), visit.get("trainer") or "—", str(line.findings),
                     str(line.actions)])
    return data_table([label(lang, c) for c in columns], rows, [page.frame_width * s for s in shares])


def _trend_grid(data: ProgressReportData, page: Page) -> list[Flowable]:
    """A small line chart per KPI, two to a row, each titled with its name and its change."""
    lang, country = page.lang, data.enterprise.get("country")
    gap = 6 * mm
    width = (page.frame_width - gap) / 2
    cells = []
    for row in data.kpis:
        title = para(kpi_name(row, lang), "cell", bold=True)
        summary = para(label(lang, "trend_summary", baseline=kpi_value(row, row.baseline, lang, country),
                             latest=kpi_value(row, row.current, lang, country), change=change_text(row, lang)),
                       "cell_muted", textColor=change_colour(row))
        cells.append([title, charts.trend_chart(row, lang, width, 34 * mm), summary])
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    rows[-1] = rows[-1] + [""] * (2 - len(rows[-1]))
    table = Table(rows, colWidths=[width + gap, width], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), gap), ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LINEBELOW", (0, 0), (0, -1), 0.4, RULE), ("LINEBELOW", (1, 0), (1, -1), 0.4, RULE),
    ]))
    return [table]


def action_summary(stats: ActionStats, page: Page) -> Flowable:
    """The actions' results: counts, the share done on time and a bar (the sponsor report sums them up too)."""
    lang = page.lang
    done = stats.on_time + stats.late
    share = ""
    if done:
        share = " " + label(lang, "detail", text="", detail=percent(stats.on_time * 100 / done, lang)).strip()
    items = [
        (label(lang, "actions_total"), str(stats.total)),
        (label(lang, "done_on_time"), f"{stats.on_time}{share}"),
        (label(lang, "done_late_count"), str(stats.late)),
        (label(lang, "still_open"), f"{stats.open} ({label(lang, 'of_which_overdue')} {stats.overdue})"),
        (label(lang, "dropped"), str(stats.dropped)),
    ]
    return KeepTogether([facts_table(items, page.frame_width), Spacer(1, 6), _completion_bar(stats, page.frame_width),
                         Spacer(1, 3), _legend(stats, lang)])


def _shares(stats: ActionStats, lang: str) -> list[tuple[int, object, str]]:
    return [(stats.on_time, GOOD, label(lang, "done_on_time")), (stats.late, BAD, label(lang, "done_late_count")),
            (stats.open, OPEN_COLOUR, label(lang, "open")), (stats.dropped, MUTED, label(lang, "dropped"))]


def _legend(stats: ActionStats, lang: str) -> Flowable:
    cells, style = [], []
    for column, (count, colour, name) in enumerate(_shares(stats, lang)):
        cells += ["", para(f"{name}: {count}", "cell_muted")]
        style.append(("BACKGROUND", (2 * column, 0), (2 * column, 0), colour))
    table = Table([cells], colWidths=[3 * mm, 38 * mm] * 4, rowHeights=[3.2 * mm], hAlign="LEFT")
    table.setStyle(table_style([*style, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _completion_bar(stats: ActionStats, width: float) -> Flowable:
    """One stacked bar: done on time, done late, open, dropped (the legend under it names the colours)."""
    drawing = Drawing(width, 5 * mm)
    total = stats.total or 1
    x = 0.0
    for count, colour, _name in _shares(stats, "en"):
        if count:
            drawing.add(Rect(x, 0, width * count / total, 5 * mm, fillColor=colour, strokeColor=None))
            x += width * count / total
    return drawing


def _eit(data: ProgressReportData, page: Page) -> Flowable:
    lang, counts = page.lang, data.eit_balance
    items = [
        (label(lang, "eit_members"), f"{data.eit_members} — " + balance_text(
            lang, managers=counts.managers, workers=counts.workers, women=counts.women, men=counts.men)),
        (label(lang, "eit_meetings"), str(data.eit_meetings)),
        (label(lang, "suggestions_received"), str(data.suggestions_received)),
        (label(lang, "suggestions_implemented"), str(data.suggestions_implemented)),
    ]
    return facts_table(items, page.frame_width, columns=1)
