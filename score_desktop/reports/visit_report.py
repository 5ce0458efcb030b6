"""The visit report: what the consultant prints before leaving the factory, in the factory's language.

Header (enterprise in both scripts, module, visit number and type, date, trainer, co-visitors, attendees with the
EIT balance), the status of actions agreed at earlier visits, findings by checklist topic with their photos, the
module's good practices in place (baseline and now, with the practice score), the KPI table against baseline with a
small chart, the new action plan, before/after photos of the actions, the next visit and the signatures.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from score_desktop.domain.catalog import Catalog
from score_desktop.reports import fonts
from score_desktop.reports.common import (Progress, ReportResult, action_table, enterprise_names, kpi_table,
                                          make_page, report_language, shipped_catalog, title_block)
from score_desktop.reports.data import Balance, VisitReportData, visit_report_data
from score_desktop.reports.improvement import before_after_section, practice_section
from score_desktop.reports.training_data import classroom_text
from score_desktop.reports.labels import balance, label, long_date
from score_desktop.reports.layout import (MUTED, RATING_COLOURS, RULE, Page, bold, build_pdf, facts_table,
                                          para, rich, table_style)
from score_desktop.reports.photos import PreparedPhoto, photo_rows, prepare_photos
from score_desktop.reports.signoff_blocks import SignedAs, signatures_block, signed_note
from score_desktop.store.workspace import Workspace


RECOMMENDATION_BACKGROUND = colors.HexColor("#f4f7fb")


def build_visit_report(ws: Workspace, visit_id: str, out_path: Path | str, *, lang: str | None = None,
                       paper: str = "a4", organisation: str | None = None, logo: Path | None = None,
                       progress: Progress | None = None, is_cancelled: Callable[[], bool] | None = None,
                       catalog: Catalog | None = None, printed: dt.date | None = None,
                       signed: SignedAs | None = None) -> ReportResult:
    """Write the report of visit ``visit_id`` to ``out_path`` (replaced whole, or left untouched on failure).

    ``lang`` is one of en, zh_CN, es, fr, vi, id (None: the enterprise's report language, else en); ``paper`` is
    a4 or letter. ``organisation`` and ``logo`` (a PNG or JPEG) go in every page's header; None means the
    defaults (ILO SCORE and ``resources/report/logo.png``), and a logo of ``""`` prints none.
    ``progress(done, total)`` follows the photos and the layout; ``is_cancelled()`` is asked along the way and
    stops the build with :class:`ReportCancelled`.

    ``signed`` prints the visit as its signed report (:mod:`reports.signing` renders it once, at signing) or, with
    ``signed.translation_of``, as an unsigned translation of it: the revision line, the actions as they were at
    signing, and for a translation a marking on every page.

    Raises :class:`NotFoundError` for an unknown visit.
    """
    catalog = catalog or shipped_catalog()
    data = visit_report_data(ws, visit_id, catalog, actions_as_of=signed.actions if signed else None)
    if signed is not None:
        data.visit = {**data.visit, "status": "signed"}
    name, latin = enterprise_names(data.enterprise)
    language = report_language(data.enterprise, lang)
    translation = signed is not None and signed.translation_of is not None
    if signed is not None and not translation:
        printed = printed or dt.date.fromisoformat(signed.signed_at[:10])
    page = make_page(lang=language, paper=paper, title_key="visit_report",
                     subject=name + (f" · {latin}" if latin else ""), organisation=organisation, logo=logo,
                     printed=printed, marking=label(language, "unsigned_translation") if translation else None)
    records = data.all_photos()
    total = len(records) + 1
    if progress:
        progress(0, total)
    prepared = prepare_photos(ws.paths, records, progress=progress, is_cancelled=is_cancelled, total_steps=total)
    story = _story(data, page, prepared, signed)
    pages = build_pdf(story, Path(out_path), page, is_cancelled=is_cancelled)
    if progress:
        progress(total, total)
    return ReportResult(Path(out_path), pages, len(records),
                        sum(1 for photo in prepared.values() if photo.path is None))


def _story(data: VisitReportData, page: Page, prepared: dict[str, PreparedPhoto],
           signed: SignedAs | None) -> list[Flowable]:
    lang = page.lang
    story = title_block(page, data.enterprise)
    if signed is not None:
        story += signed_note(signed, page)
    story += [_facts(data, page), Spacer(1, 4)]
    for key in ("objectives", "summary"):
        if (data.visit.get(key) or "").strip():
            story.append(para(data.visit[key], "body", prefix=bold(label(lang, key) + label(lang, "colon"))))
    story.append(_heading(label(lang, "earlier_actions")))
    story.append(action_table(data.earlier_actions, lang, page.frame_width, with_agreed=True)
                 if data.earlier_actions else para(label(lang, "no_earlier_actions"), "body"))
    story += _findings(data, page, prepared)
    story.append(_heading(label(lang, "practices")))
    story += practice_section(data.practice, data.catalog, page)
    story.append(_heading(label(lang, "kpis")))
    story.append(kpi_table(data.kpis, lang, data.enterprise.get("country"), page.frame_width,
                           current_key="this_period") if data.kpis else para(label(lang, "no_kpis"), "body"))
    story.append(_heading(label(lang, "action_plan")))
    story.append(action_table(data.new_actions, lang, page.frame_width, with_agreed=False, numbered=True)
                 if data.new_actions else para(label(lang, "no_actions"), "body"))
    if data.before_after:
        story += before_after_section(data.before_after, page, prepared, _heading(label(lang, "before_after")))
    next_visit = data.visit.get("next_visit_date")
    story.append(_heading(label(lang, "next_visit")))
    story.append(para(long_date(next_visit, lang) if next_visit else label(lang, "not_planned"), "body"))
    story.append(signatures_block(data.signatures, page, prepared, _heading(label(lang, "signatures")), signed))
    return story


def _heading(text: str) -> Flowable:
    heading = para(text, "h2", bold=True)
    heading.keepWithNext = True
    return heading


def _facts(data: VisitReportData, page: Page) -> Flowable:
    lang, visit, catalog = page.lang, data.visit, data.catalog
    try:
        module = f"{catalog.module(visit['module']).name(lang)} ({visit['module']})"
    except KeyError:
        module = visit["module"]
    visit_line = label(lang, "visit_no", number=data.number) + " · " + label(lang, f"type.{visit['visit_type']}")
    enterprise = data.enterprise
    place = ", ".join(fonts.clean(part) for part in (enterprise.get("city"), enterprise.get("province"),
                                                        enterprise.get("country")) if part)
    pairs = [
        (label(lang, "module"), module),
        (label(lang, "visit_type"), visit_line),
        (label(lang, "date"), long_date(visit["visit_date"], lang)),
        (label(lang, "status"), label(lang, f"visit_status.{visit['status']}")),
        (label(lang, "trainer"), visit.get("trainer") or "—"),
        (label(lang, "co_visitors"), label(lang, "list_sep").join(map(str, visit.get("co_visitors") or [])) or "—"),
        (label(lang, "location_city"), place or "—"),
        (label(lang, "next_visit"), long_date(visit.get("next_visit_date"), lang)
         if visit.get("next_visit_date") else label(lang, "not_planned")),
    ]
    table = facts_table(pairs, page.frame_width)
    people = [
        (label(lang, "attendees"), label(lang, "item_sep").join(_attendee(a, lang) for a in data.attendees) or "—"),
        (label(lang, "balance_attendees"), _balance(data.attendee_balance, lang)),
        (label(lang, "balance_eit"), _balance(data.eit_balance, lang)),
    ]
    if data.classroom is not None:
        people.append((label(lang, "classroom_training"), classroom_text(data.classroom, lang)))
    return KeepTogether([table, facts_table(people, page.frame_width, columns=1)])


def _attendee(attendee, lang: str) -> str:
    member = attendee.member
    if member is None:
        return attendee.name
    details = [label(lang, f"role.{member['role']}") if member.get("role") in ("chair", "secretary") else "",
               label(lang, f"side.{member['side']}") if member.get("side") else ""]
    details = [d for d in details if d]
    if not details:
        return attendee.name
    return label(lang, "detail", text=attendee.name, detail=label(lang, "list_sep").join(details))


def _balance(counts: Balance, lang: str) -> str:
    return balance(lang, managers=counts.managers, workers=counts.workers, women=counts.women, men=counts.men)


# -- findings --------------------------------------------------------------------------------------------------------

def _findings(data: VisitReportData, page: Page, prepared: dict[str, PreparedPhoto]) -> list[Flowable]:
    lang = page.lang
    heading = _heading(label(lang, "findings"))
    if not data.findings:
        return [heading, para(label(lang, "no_findings"), "body")]
    story: list[Flowable] = []
    headings = [heading]
    number = 0
    for topic, observations in data.findings:
        title = data.catalog.topic(topic).name(lang) if topic else label(lang, "other_topic")
        headings.append(para(f"{topic} · {title}" if topic else title, "h3", bold=True))
        for observation in observations:
            number += 1
            photos = [prepared[p["id"]] for p in data.photos.get(observation["id"], []) if p["id"] in prepared]
            story += _finding(observation, number, photos, page, headings)
            headings = []
    return story


def _finding(observation: dict, number: int, photos: list[PreparedPhoto], page: Page,
             headings: list[Flowable]) -> list[Flowable]:
    """A finding; ``headings`` (its section and topic headings, when it is the first under them) are kept on its
    page."""
    lang = page.lang
    title = bold(label(lang, "finding_no", number=number))
    if (observation.get("location") or "").strip():
        title += fonts.markup(f" · {label(lang, 'location')}{label(lang, 'colon')}")
        title += fonts.markup(observation["location"])
    rating = observation.get("rating")
    badge_width = 40 * mm
    cells = [[rich(title, "cell"), para(label(lang, f"rating.{rating}"), "badge", bold=True) if rating else ""]]
    header = Table(cells, colWidths=[page.frame_width - badge_width, badge_width], hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
             ("LEFTPADDING", (0, 0), (0, 0), 0), ("TOPPADDING", (0, 0), (-1, -1), 4),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if rating:
        style.append(("BACKGROUND", (1, 0), (1, 0), RATING_COLOURS.get(rating, MUTED)))
    header.setStyle(table_style(style))
    header.keepWithNext = True
    first: list[Flowable] = [*headings, Spacer(1, 3), header]
    if (observation.get("text") or "").strip():
        first.append(para(observation["text"], "body"))
    if (observation.get("recommendation") or "").strip():
        prefix = bold(label(lang, "recommendation") + label(lang, "colon"))
        first.append(para(observation["recommendation"], "note", prefix=prefix, backColor=RECOMMENDATION_BACKGROUND))
    rows = photo_rows(photos, page.frame_width, lang)
    # The finding's text stays with its first row of photos, so photos never open a page away from their text;
    # a finding longer than a page still splits (KeepTogether gives up then).
    return [KeepTogether(first + rows[:1]), *rows[1:]]
