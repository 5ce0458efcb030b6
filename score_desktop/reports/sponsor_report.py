"""The per-sponsor results report: for one sponsoring buyer, its suppliers in the programme, their modules and
visits, KPI changes from baseline, actions completed, the EITs' balance and classroom training attendance.

Buyers sponsor SCORE training for their suppliers and ask the programme what it achieved; a coordinator prints
this from a workspace that holds the programme (`score-desktop sponsor-report`, or File ▸ Sponsor report… in
the app). The figures per supplier are its progress report's (:mod:`score_desktop.reports.sponsor_data`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from reportlab.platypus import Flowable, KeepTogether, Spacer

from score_desktop.domain.catalog import Catalog
from score_desktop.reports import fonts
from score_desktop.reports.common import (Progress, ReportResult, enterprise_names, kpi_table, make_page,
                                          shipped_catalog)
from score_desktop.reports.labels import balance, label, long_date, number, percent
from score_desktop.reports.layout import BAD, GOOD, MUTED, Page, build_pdf, data_table, facts_table, para, rich
from score_desktop.reports.progress_report import action_summary
from score_desktop.reports.sponsor_data import KpiAcross, SponsorReportData, Supplier, sponsor_report_data
from score_desktop.store.workspace import Workspace


def build_sponsor_report(ws: Workspace, sponsor: str, out_path: Path | str, *, lang: str = "en", paper: str = "a4",
                         organisation: str | None = None, logo: Path | None = None,
                         progress: Progress | None = None, is_cancelled: Callable[[], bool] | None = None,
                         catalog: Catalog | None = None, printed: dt.date | None = None) -> ReportResult:
    """Write the results report of ``sponsor`` (as the trainers typed it; case and spaces may differ) to
    ``out_path``; :class:`~score_desktop.reports.sponsor_data.UnknownSponsorError` names the known sponsors."""
    catalog = catalog or shipped_catalog()
    if progress:
        progress(0, 2)
    data = sponsor_report_data(ws, sponsor, catalog, as_of=printed)
    page = make_page(lang=lang, paper=paper, title_key="sponsor_report", subject=data.sponsor,
                     organisation=organisation, logo=logo, printed=printed)
    if progress:
        progress(1, 2)
    pages = build_pdf(_story(data, page), Path(out_path), page, is_cancelled=is_cancelled)
    if progress:
        progress(2, 2)
    return ReportResult(Path(out_path), pages, 0, 0)


def _story(data: SponsorReportData, page: Page) -> list[Flowable]:
    lang = page.lang
    story: list[Flowable] = [para(page.title, "title", bold=True), para(fonts.clean(data.sponsor), "name", bold=True),
                             Spacer(1, 4), _facts(data, page), Spacer(1, 4)]
    story += [_heading(label(lang, "suppliers")), _suppliers(data, page)]
    story += [_heading(label(lang, "kpis_across"))]
    story.append(_kpis_across(data.kpis, page) if data.kpis else para(label(lang, "no_kpis"), "body"))
    story += [_heading(label(lang, "action_results")), action_summary(data.actions, page)]
    story += [_heading(label(lang, "eit_of_suppliers")), _eit(data, page)]
    story += [_heading(label(lang, "training_attendance")), _training(data, page)]
    story += [_heading(label(lang, "supplier_kpis"))]
    story += [block for supplier in data.suppliers for block in _supplier_kpis(supplier, page)]
    return story


def _count(value: int, lang: str) -> str:
    return number(value, lang, decimals=0)


def _heading(text: str) -> Flowable:
    heading = para(text, "h2", bold=True)
    heading.keepWithNext = True
    return heading


def _facts(data: SponsorReportData, page: Page) -> Flowable:
    lang = page.lang
    dates = data.visit_dates
    period = f"{long_date(dates[0], lang)} – {long_date(dates[-1], lang)}" if dates else "—"
    modules = label(lang, "list_sep").join(_module_name(data, code, lang) for code in data.modules) or "—"
    pairs = [(label(lang, "suppliers"), _count(len(data.suppliers), lang)), (label(lang, "modules"), modules),
             (label(lang, "visits"), _count(len(dates), lang)), (label(lang, "period"), period)]
    return facts_table(pairs, page.frame_width)


def _module_name(data: SponsorReportData, code: str, lang: str) -> str:
    try:
        return data.catalog.module(code).name(lang)
    except KeyError:
        return code


def _suppliers(data: SponsorReportData, page: Page) -> Flowable:
    lang = page.lang
    columns = ["supplier", "modules", "visits", "actions_done", "eit_members", "participants"]
    shares = [0.29, 0.19, 0.09, 0.14, 0.13, 0.16]
    rows = []
    for supplier in data.suppliers:
        name, latin = enterprise_names(supplier.enterprise)
        place = fonts.clean(supplier.enterprise.get("city") or "")
        details = label(lang, "list_sep").join(part for part in (latin, place) if part)
        stats = supplier.progress.actions
        rows.append([
            rich(fonts.markup(name) + (f"<br/><font size='7'>{fonts.markup(details)}</font>" if details else ""),
                 "cell"),
            para(label(lang, "list_sep").join(supplier.modules) or "—", "cell"),
            para(_count(len(supplier.progress.visits), lang), "cell"),
            para(label(lang, "actions_done_of", done=_count(stats.on_time + stats.late, lang),
                       total=_count(stats.total, lang)), "cell"),
            para(_count(supplier.progress.eit_members, lang), "cell"),
            para(_count(supplier.training.participants, lang), "cell"),
        ])
    return data_table([label(lang, c) for c in columns], rows, [page.frame_width * s for s in shares])


def _kpis_across(kpis: list[KpiAcross], page: Page) -> Flowable:
    lang = page.lang
    columns = ["indicator", "measured_by", "improved", "got_worse", "median_change"]
    shares = [0.40, 0.14, 0.14, 0.14, 0.18]
    rows = []
    for kpi in kpis:
        name = kpi.definition.name(lang) if kpi.definition else kpi.code
        colour = {True: GOOD, False: BAD}.get(kpi.median_improved, MUTED)
        median = percent(kpi.median_change, lang, decimals=1, signed=True)
        rows.append([para(name, "cell"), para(_count(kpi.suppliers, lang), "cell"),
                     rich(fonts.markup(_count(kpi.improved, lang)), "cell", textColor=GOOD if kpi.improved else MUTED),
                     rich(fonts.markup(_count(kpi.worse, lang)), "cell", textColor=BAD if kpi.worse else MUTED),
                     rich(fonts.markup(median), "cell", textColor=colour)])
    return data_table([label(lang, c) for c in columns], rows, [page.frame_width * s for s in shares])


def _eit(data: SponsorReportData, page: Page) -> Flowable:
    lang, counts = page.lang, data.eit_balance
    text = f"{_count(data.eit_members, lang)} — " + balance(lang, managers=counts.managers, workers=counts.workers,
                                                             women=counts.women, men=counts.men)
    return facts_table([(label(lang, "eit_members"), text)], page.frame_width, columns=1)


def _training(data: SponsorReportData, page: Page) -> Flowable:
    lang, line = page.lang, data.training
    if not line.participants:
        return para(label(lang, "not_trained"), "body")
    share = (lambda count: percent(count * 100 / line.participants, lang))  # noqa: E731 - a local shorthand
    pairs = [(label(lang, "sessions"), _count(line.sessions, lang)),
             (label(lang, "participants"), _count(line.participants, lang)),
             (label(lang, "full_attendance"), f"{_count(line.full_attendance, lang)} ({share(line.full_attendance)})"),
             (label(lang, "women_share"), share(line.women)), (label(lang, "workers_share"), share(line.workers))]
    return facts_table(pairs, page.frame_width)


def _supplier_kpis(supplier: Supplier, page: Page) -> list[Flowable]:
    lang = page.lang
    name, latin = enterprise_names(supplier.enterprise)
    title = para(name + (f" · {latin}" if latin else ""), "h3", bold=True)
    if not supplier.progress.kpis:
        return [KeepTogether([title, para(label(lang, "no_kpis"), "body")])]
    table = kpi_table(supplier.progress.kpis, lang, supplier.enterprise.get("country"), page.frame_width,
                      current_key="latest")
    return [title, table, Spacer(1, 6)]
