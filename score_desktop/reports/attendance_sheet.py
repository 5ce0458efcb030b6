"""The attendance sheet of a classroom session: signed on paper, one line per participant, one column per day.

Printed landscape in the session's language (``score-desktop attendance-sheet``): the module, days, venue and
trainers on top, then the participants by enterprise with a signature box per day, a few empty lines for people
who join on the day, and the trainer's signature.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from score_desktop.domain.catalog import Catalog
from score_desktop.reports.common import ReportResult, make_page, shipped_catalog
from score_desktop.reports.labels import label, long_date, short_date
from score_desktop.reports.layout import (MUTED, PAPERS, Page, build_pdf, data_table, facts_table, para,
                                          table_style)
from score_desktop.reports.training_data import SessionPaper, paper_language, session_paper_data
from score_desktop.store.workspace import Workspace

#: Empty lines after the participants, for people who come without having been listed.
BLANK_LINES = 3
#: A signature needs room: the least height of a participant's line.
LINE_HEIGHT = 7 * mm


@dataclass(frozen=True)
class LandscapePage(Page):
    @property
    def size(self) -> tuple[float, float]:
        return landscape(PAPERS[self.paper])


def build_attendance_sheet(ws: Workspace, session_id: str, out_path: Path | str, *, lang: str | None = None,
                           paper: str = "a4", organisation: str | None = None, logo: Path | None = None,
                           catalog: Catalog | None = None, printed: dt.date | None = None,
                           is_cancelled: Callable[[], bool] | None = None) -> ReportResult:
    """Write the attendance sheet of session ``session_id`` to ``out_path`` (whole, or not at all).

    ``lang`` None prints in the session's language (else its host's report language, else English).
    Raises :class:`NotFoundError` for an unknown session.
    """
    data = session_paper_data(ws, session_id, catalog or shipped_catalog())
    language = paper_language(ws, data.session, lang)
    base = make_page(lang=language, paper=paper, title_key="attendance_sheet", subject=data.module_name(language),
                     organisation=organisation, logo=logo, printed=printed)
    page = LandscapePage(**base.__dict__)
    pages = build_pdf(_story(data, page), Path(out_path), page, is_cancelled=is_cancelled)
    return ReportResult(Path(out_path), pages, 0, 0)


def _story(data: SessionPaper, page: Page) -> list[Flowable]:
    lang = page.lang
    session = data.session
    title = para(label(lang, "attendance_sheet"), "title", bold=True)
    module = para(label(lang, "classroom_training") + " · " + data.module_name(lang), "name", bold=True)
    facts = facts_table([
        (label(lang, "dates"), label(lang, "list_sep").join(long_date(day, lang) for day in data.days) or "—"),
        (label(lang, "venue"), session.get("location") or "—"),
        (label(lang, "trainers"), label(lang, "list_sep").join(data.trainers()) or "—"),
        (label(lang, "city"), session.get("city") or "—"),
    ], page.frame_width)
    hint = para(label(lang, "sheet_hint"), "label")
    return [title, module, Spacer(1, 4), facts, Spacer(1, 6), hint, Spacer(1, 3), _table(data, page),
            _trainer_signature(page)]


def _widths(page: Page, days: int) -> tuple[list[float], list[str]]:
    """Column widths and keys: the fixed columns share what the day columns (at least 20 mm each) leave."""
    columns = ["number", "name", "enterprise", "position", "side", "sex"]
    shares = {"number": 0.05, "name": 0.21, "enterprise": 0.24, "position": 0.14, "side": 0.15, "sex": 0.08}
    day_width = max(20 * mm, page.frame_width * 0.36 / max(days, 1))
    if days * day_width > page.frame_width * 0.55:  # many days: the position column gives way
        columns.remove("position")
    rest = page.frame_width - days * day_width
    total = sum(shares[c] for c in columns)
    return [rest * shares[c] / total for c in columns] + [day_width] * days, columns


def _table(data: SessionPaper, page: Page) -> Flowable:
    lang = page.lang
    widths, columns = _widths(page, len(data.days))
    headers = {"number": label(lang, "number_short"), "name": label(lang, "name"),
               "enterprise": label(lang, "enterprise"), "position": label(lang, "position"),
               "side": label(lang, "manager_worker"), "sex": label(lang, "sex")}
    header = [headers[c] for c in columns] + [
        label(lang, "day_no", number=n) + "\n" + short_date(day, lang) for n, day in enumerate(data.days, start=1)]
    rows = []
    for number, participant in enumerate(data.participants, start=1):
        record = participant.record
        values = {"number": str(number), "name": record["name"], "enterprise": participant.enterprise_name,
                  "position": record.get("position") or "",
                  "side": label(lang, f"side.{record['side']}") if record.get("side") else "",
                  "sex": label(lang, f"gender.{record['gender']}") if record.get("gender") else ""}
        rows.append([para(values[c], "cell") for c in columns] + [Spacer(1, LINE_HEIGHT)] * len(data.days))
    for number in range(len(data.participants) + 1, len(data.participants) + BLANK_LINES + 1):
        rows.append([para(str(number), "cell_muted")] + [""] * (len(columns) - 1)
                    + [Spacer(1, LINE_HEIGHT)] * len(data.days))
    first_day = len(columns)
    return data_table(header, rows, widths, extra_style=[
        ("LINEBEFORE", (first_day, 0), (-1, -1), 0.4, MUTED),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
    ])


def _trainer_signature(page: Page) -> Flowable:
    lang = page.lang
    width = 80 * mm
    table = Table([[Spacer(1, 14 * mm)], [para(label(lang, "trainer_signature"), "label")]], colWidths=[width],
                  hAlign="RIGHT")
    table.setStyle(table_style([("LINEBELOW", (0, 0), (0, 0), 0.8, MUTED), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 8), table])
