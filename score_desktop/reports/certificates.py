"""Certificates of participation: one landscape page per participant present on every day of the session.

Drawn straight on the canvas (a certificate has no running header or page numbers): a double frame, the
programme's logo, the title, the participant's name and enterprise, the module, the days and the place, the
trainer's signature line and the date of issue (the session's last day), in the session's language.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from score_desktop.domain.catalog import Catalog
from score_desktop.errors import QT_TRANSLATE_NOOP, UserError
from score_desktop.reports import fonts
from score_desktop.reports.common import ReportResult, make_page, shipped_catalog
from score_desktop.reports.labels import label, long_date
from score_desktop.reports.layout import (BRAND, INK, MUTED, PAPERS, Page, ReportCancelled, logo_pixels,
                                          save_atomically)
from score_desktop.reports.training_data import SessionPaper, paper_language, session_paper_data
from score_desktop.store.training import Participant
from score_desktop.store.workspace import Workspace


class NoCertificates(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "Nobody was marked present on every day of this session yet: there is no "
                                           "certificate to print.")


def build_certificates(ws: Workspace, session_id: str, out_path: Path | str, *, lang: str | None = None,
                       paper: str = "a4", organisation: str | None = None, logo: Path | None = None,
                       catalog: Catalog | None = None, printed: dt.date | None = None,
                       is_cancelled: Callable[[], bool] | None = None) -> ReportResult:
    """Write one certificate page per participant present every day to ``out_path`` (whole, or not at all).

    Raises :class:`NoCertificates` when nobody attended every day, :class:`NotFoundError` for an unknown session.
    """
    data = session_paper_data(ws, session_id, catalog or shipped_catalog())
    language = paper_language(ws, data.session, lang)
    page = make_page(lang=language, paper=paper, title_key="certificate", subject=data.module_name(language),
                     organisation=organisation, logo=logo, printed=printed)
    attendees = data.full_attendees()
    if not attendees:
        raise NoCertificates()
    fonts.register_fonts()

    def write(part: Path) -> None:
        canvas = Canvas(str(part), pagesize=_size(page), pageCompression=1, initialFontName=fonts.REGULAR,
                        initialFontSize=10, lang=page.lang.replace("_", "-"))
        canvas.setTitle(f"{page.title} – {fonts.clean(page.subject)}")
        canvas.setAuthor(page.organisation)
        canvas.setCreator("SCORE Desktop")
        for participant in attendees:
            if is_cancelled is not None and is_cancelled():
                raise ReportCancelled()
            _certificate(canvas, page, data, participant)
            canvas.showPage()
        canvas.save()

    save_atomically(Path(out_path), write)
    return ReportResult(Path(out_path), len(attendees), 0, 0)


def _size(page: Page) -> tuple[float, float]:
    return landscape(PAPERS[page.paper])


def _centred(canvas: Canvas, centre: float, y: float, text: str, size: float, width: float, *, bold: bool = False,
             colour=INK, max_lines: int = 2) -> float:
    """Draw ``text`` centred on ``centre`` at ``y`` (wrapped to ``width``); returns the y below it."""
    canvas.setFillColor(colour)
    for line in fonts.wrap_lines(text, size, width, max_lines=max_lines, bold=bold):
        fonts.draw_string(canvas, centre, y, line, size, bold=bold, align="centre")
        y -= size * 1.3
    return y


def _certificate(canvas: Canvas, page: Page, data: SessionPaper, participant: Participant) -> None:
    lang = page.lang
    width, height = _size(page)
    centre = width / 2
    canvas.setStrokeColor(BRAND)
    canvas.setLineWidth(2.2)
    canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
    canvas.setLineWidth(0.6)
    canvas.rect(13 * mm, 13 * mm, width - 26 * mm, height - 26 * mm)
    text_width = width - 60 * mm
    y = height - 26 * mm
    if page.logo is not None:
        pixels_w, pixels_h = logo_pixels(page.logo)
        logo_h = 18 * mm
        logo_w = min(60 * mm, logo_h * pixels_w / pixels_h)
        canvas.drawImage(str(page.logo), (width - logo_w) / 2, y - logo_h, width=logo_w, height=logo_h,
                         preserveAspectRatio=True, mask="auto")
        y -= logo_h + 6 * mm
    y = _centred(canvas, centre, y, f"{page.organisation} · {label(lang, 'programme')}", 10, text_width, colour=MUTED)
    y = _centred(canvas, centre, y - 8 * mm, page.title, 28, text_width, bold=True, colour=BRAND)
    y = _centred(canvas, centre, y - 4 * mm, label(lang, "certifies"), 12, text_width, colour=MUTED)
    y = _centred(canvas, centre, y - 6 * mm, participant.record["name"], 26, text_width, bold=True)
    enterprise = participant.enterprise_name
    if participant.enterprise_latin and participant.enterprise_latin != enterprise:
        enterprise += f" · {participant.enterprise_latin}"
    y = _centred(canvas, centre, y - 1 * mm, enterprise, 12, text_width)
    y = _centred(canvas, centre, y - 5 * mm, label(lang, "took_part"), 12, text_width, colour=MUTED)
    y = _centred(canvas, centre, y - 3 * mm, data.module_name(lang), 18, text_width, bold=True, colour=BRAND)
    days = label(lang, "list_sep").join(long_date(day, lang) for day in data.days)
    place = label(lang, "list_sep").join(part for part in (data.session.get("location"), data.session.get("city"))
                                         if part)
    _centred(canvas, centre, y - 2 * mm, " · ".join(part for part in (days, place) if part), 11, text_width)
    _signature(canvas, page, data)


def _signature(canvas: Canvas, page: Page, data: SessionPaper) -> None:
    lang = page.lang
    width, _height = _size(page)
    line_y, line_w = 34 * mm, 70 * mm
    left = 35 * mm
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.8)
    canvas.line(left, line_y, left + line_w, line_y)
    canvas.setFillColor(INK)
    trainers = label(lang, "list_sep").join(data.trainers())
    fonts.draw_string(canvas, left + line_w / 2, line_y - 5 * mm, fonts.fit_line(trainers, 10, line_w), 10,
                      align="centre")
    canvas.setFillColor(MUTED)
    fonts.draw_string(canvas, left + line_w / 2, line_y - 9.5 * mm, label(lang, "trainer_signature"), 8.5,
                      align="centre")
    issued = label(lang, "issued_on", date=long_date(data.days[-1] if data.days else None, lang))
    canvas.setFillColor(INK)
    fonts.draw_string(canvas, width - left - line_w / 2, line_y - 5 * mm, issued, 10, align="centre")
