"""The look shared by every report: paper, styles, running header and footer, "Page x of y", tables.

A report is a list of flowables laid out by :func:`build_pdf` on pages of the chosen paper, with the
organisation's logo and name in the running header and the page number in the footer. Every piece of text goes
through :func:`~score_desktop.reports.fonts.markup` so each run gets a font that has its glyphs.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from PIL import Image
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from score_desktop.errors import QT_TRANSLATE_NOOP, DiskFullError, UserError, is_disk_full
from score_desktop.paths import resource_path
from score_desktop.reports import fonts
from score_desktop.reports.labels import label, long_date

PAPERS = {"a4": A4, "letter": LETTER}
DEFAULT_LOGO = resource_path("report", "logo.png")
DEFAULT_ORGANISATION = "ILO SCORE"

INK = colors.HexColor("#1c2430")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c9d1db")
BRAND = colors.HexColor("#1f4e79")
BRAND_LIGHT = colors.HexColor("#e9eff6")
GOOD = colors.HexColor("#2e7d32")
BAD = colors.HexColor("#c62828")
RATING_COLOURS = {"good": GOOD, "improve": colors.HexColor("#e65100"), "critical": BAD,
                  "na": colors.HexColor("#757575")}

MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 18 * mm


class ReportCancelled(Exception):
    """The user cancelled the build; no file was written."""


class CannotReadLogo(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "The logo {path} cannot be read: choose a PNG or JPEG picture.")


class CannotWriteReport(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "The report cannot be saved as {path}: {reason}.")


@dataclass(frozen=True)
class Page:
    """What every page of one report shows around its content."""

    lang: str
    paper: str
    title: str
    subject: str
    organisation: str
    logo: Path | None
    printed: dt.date
    #: Printed across every page (an unsigned translation of a signed report says so on each page).
    marking: str | None = None

    @property
    def size(self) -> tuple[float, float]:
        return PAPERS[self.paper]

    @property
    def frame_width(self) -> float:
        return self.size[0] - 2 * MARGIN_X

    @property
    def frame_height(self) -> float:
        return self.size[1] - MARGIN_TOP - MARGIN_BOTTOM


def check_paper(paper: str) -> str:
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; use one of {', '.join(PAPERS)}")
    return paper


# -- text --------------------------------------------------------------------------------------------------------

def _style(name: str, size: float, *, colour: colors.Color = INK, leading: float = 1.42,
           **options: object) -> ParagraphStyle:
    options = {"alignment": TA_LEFT, **options}
    return ParagraphStyle(name, fontName=fonts.REGULAR, fontSize=size, leading=round(size * leading, 1),
                          textColor=colour, splitLongWords=1, **options)


STYLES = {
    "title": _style("title", 19, colour=BRAND, leading=1.25, spaceAfter=2),
    "name": _style("name", 15, leading=1.3),
    "name_latin": _style("name_latin", 10.5, colour=MUTED, spaceAfter=6),
    "h2": _style("h2", 12.5, colour=BRAND, leading=1.3, spaceBefore=12, spaceAfter=5),
    "h3": _style("h3", 10.5, colour=BRAND, leading=1.3, spaceBefore=8, spaceAfter=3),
    "body": _style("body", 9.3, spaceAfter=3),
    "note": _style("note", 9.3, leftIndent=9, rightIndent=4, spaceAfter=4, borderPadding=(3, 4, 3, 6)),
    "cell": _style("cell", 8.6, leading=1.35),
    "cell_muted": _style("cell_muted", 7.8, colour=MUTED, leading=1.35),
    "label": _style("label", 8, colour=MUTED, leading=1.35),
    "caption": _style("caption", 7.6, colour=MUTED, leading=1.35),
    "badge": _style("badge", 8, colour=colors.white, leading=1.3, alignment=1),
}


def para(text: object, style: str = "body", *, bold: bool = False, prefix: str = "",
         **overrides: object) -> Paragraph:
    """A paragraph of ``text`` (user or label text) in the named style; ``prefix`` is ready markup put before
    it (a bold label). Text with Chinese gets CJK line breaking, since it has no spaces to break at."""
    body = fonts.markup(text, bold=bold)
    return rich(prefix + body, style, cjk=fonts.has_cjk(fonts.clean(text)), **overrides)


def rich(markup: str, style: str = "body", *, cjk: bool | None = None, **overrides: object) -> Paragraph:
    """A paragraph of ready markup (from :func:`fonts.markup`)."""
    base = STYLES[style]
    if cjk is None:
        cjk = fonts.has_cjk(markup)
    if cjk or overrides:
        base = ParagraphStyle(f"{base.name}-x", parent=base, **({"wordWrap": "CJK"} if cjk else {}), **overrides)
    return Paragraph(markup, base)


def bold(text: object) -> str:
    return fonts.markup(text, bold=True)


# -- tables --------------------------------------------------------------------------------------------------------

def table_style(commands: Sequence[tuple]) -> TableStyle:
    """A table style whose font is ours: reportlab draws even an empty string cell in the table's font, which
    would otherwise be Helvetica, left in the PDF unembedded."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8), *commands])


def data_table(header: Sequence[str], rows: Sequence[Sequence[Flowable | str]], widths: Sequence[float], *,
               extra_style: Sequence[tuple] = ()) -> Table:
    """A table with a shaded header row repeated on every page; cells are paragraphs so long text wraps."""
    cells = [[para(text, "cell", bold=True) for text in header]]
    cells += [[cell if isinstance(cell, Flowable) else para(cell, "cell") for cell in row] for row in rows]
    table = Table(cells, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, 0), BRAND_LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, BRAND),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *extra_style,
    ]))
    return table


def facts_table(pairs: Sequence[tuple[str, Flowable | str]], width: float, *, columns: int = 2) -> Table:
    """Label/value pairs in ``columns`` pairs per row (the report header). The labels' column is a third of a pair,
    wider when a label holds a word that would not fit ("Accompagnateurs"): a word is never cut in two."""
    pair = width / columns
    label_width = min(pair * 0.5, max(pair * 0.32, _longest_word([name for name, _value in pairs], "label") + 9))
    value_width = pair - label_width
    rows, row = [], []
    for name, value in pairs:
        row += [para(name, "label"), value if isinstance(value, Flowable) else para(value, "cell")]
        if len(row) == 2 * columns:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (2 * columns - len(row)))
    table = Table(rows, colWidths=[label_width, value_width] * columns, hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, BRAND),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return table


def _longest_word(texts: Sequence[str], style: str) -> float:
    """The width of the longest word of alphabetic script in ``texts`` (Chinese breaks between any two characters,
    so it has no word to keep whole)."""
    font = STYLES[style]
    words = [word for text in texts for word in str(text).split() if not any(ord(c) >= 0x2E80 for c in word)]
    return max((stringWidth(word, font.fontName, font.fontSize) for word in words), default=0.0)


# -- pages -----------------------------------------------------------------------------------------------------------

def _numbered_canvas(page: Page) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each footer can say "Page x of y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, page, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


@functools.lru_cache(maxsize=8)
def logo_pixels(path: Path) -> tuple[int, int]:
    """The size of a logo picture; :class:`CannotReadLogo` when it is not one."""
    try:
        with Image.open(path) as picture:
            return picture.size
    except (OSError, ValueError) as error:
        raise CannotReadLogo(path=str(path)) from error


def _draw_header(canvas: Canvas, page: Page) -> None:
    width, height = page.size
    top = height - 10 * mm
    canvas.saveState()
    x = MARGIN_X
    if page.logo is not None:
        logo_width, logo_height = logo_pixels(page.logo)
        height_pt = 9 * mm
        width_pt = min(32 * mm, height_pt * logo_width / logo_height)
        canvas.drawImage(str(page.logo), x, top - 8.5 * mm, width=width_pt, height=height_pt,
                         preserveAspectRatio=True, anchor="sw", mask="auto")
        x += width_pt + 2.5 * mm
    canvas.setFillColor(BRAND)
    half = (width - 2 * MARGIN_X) / 2
    fonts.draw_string(canvas, x, top - 5 * mm, fonts.fit_line(page.organisation, 9, half - (x - MARGIN_X), bold=True),
                      9, bold=True)
    canvas.setFillColor(MUTED)
    right = width - MARGIN_X
    fonts.draw_string(canvas, right, top - 2.5 * mm, fonts.fit_line(page.title, 8, half), 8, align="right")
    fonts.draw_string(canvas, right, top - 6.5 * mm, fonts.fit_line(page.subject, 8, half), 8, align="right")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 10 * mm, right, top - 10 * mm)
    canvas.restoreState()


def _draw_marking(canvas: Canvas, page: Page) -> None:
    """The page's marking, large and pale across the page (under the content) and in red under the header."""
    width, height = page.size
    canvas.saveState()
    canvas.setFillColor(BAD)
    fonts.draw_string(canvas, width / 2, height - 22.5 * mm, fonts.fit_line(page.marking, 8.5, page.frame_width,
                                                                          bold=True), 8.5, bold=True, align="centre")
    canvas.setFillAlpha(0.09)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(55)
    size = min(54.0, 0.95 * (height * 0.85) / max(1.0, fonts.string_width(page.marking, 1, bold=True)))
    fonts.draw_string(canvas, 0, -size / 3, page.marking, size, bold=True, align="centre")
    canvas.restoreState()


def _draw_footer(canvas: Canvas, page: Page, number: int, total: int) -> None:
    width, _height = page.size
    y = 10 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
    canvas.setFillColor(MUTED)
    fonts.draw_string(canvas, MARGIN_X, y, label(page.lang, "printed", date=long_date(page.printed, page.lang)), 7.5)
    fonts.draw_string(canvas, width - MARGIN_X, y, label(page.lang, "page", page=number, pages=total), 7.5,
                      align="right")
    canvas.restoreState()


def _new_part(folder: Path, out_path: Path) -> Path:
    """A temporary file beside the target, renamed over it once the PDF is complete."""
    try:
        handle, name = tempfile.mkstemp(prefix=".report-", suffix=".part", dir=folder)
    except OSError as error:
        if is_disk_full(error):
            raise DiskFullError() from error
        raise CannotWriteReport(path=str(out_path), reason=error.strerror or str(error)) from error
    os.close(handle)
    return Path(name)


def _readable_like_a_new_file(path: Path) -> None:
    """mkstemp makes the file private (0600); a saved report gets the permissions any new file would get."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def build_pdf(story: list[Flowable], out_path: Path, page: Page, *,
              is_cancelled: Callable[[], bool] | None = None) -> int:
    """Lay ``story`` out into ``out_path`` (written whole or not at all); returns the number of pages."""
    fonts.register_fonts()
    # DESIGN.md section 10: ASCII85 makes photo-heavy PDFs a quarter larger and slower to write.
    rl_config.useA85 = 0
    out_path = Path(out_path)
    folder = out_path.parent if str(out_path.parent) else Path(".")
    if not folder.is_dir():
        raise CannotWriteReport(path=str(out_path), reason="the folder does not exist")
    part = _new_part(folder, out_path)
    pages = {"count": 0}

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if is_cancelled is not None and is_cancelled():
            raise ReportCancelled()
        pages["count"] += 1
        if page.marking:
            _draw_marking(canvas, page)
        _draw_header(canvas, page)

    width, height = page.size
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, page.frame_width, page.frame_height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document = BaseDocTemplate(
        str(part), pagesize=(width, height), leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"{page.title} – {fonts.clean(page.subject)}", author=page.organisation,
        subject=page.title, creator="SCORE Desktop", lang=page.lang.replace("_", "-"), pageCompression=1,
        initialFontName=fonts.REGULAR, initialFontSize=9,
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=on_page)])
    try:
        document.build(story, canvasmaker=_numbered_canvas(page))
        _readable_like_a_new_file(part)
        os.replace(part, out_path)
    except OSError as error:
        part.unlink(missing_ok=True)
        if is_disk_full(error):
            raise DiskFullError() from error
        raise CannotWriteReport(path=str(out_path), reason=error.strerror or str(error)) from error
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return pages["count"]


def save_atomically(out_path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(part)`` to write a file beside ``out_path``, then put it in place whole (or leave the target
    untouched on any failure), for PDFs drawn straight on a canvas rather than laid out by :func:`build_pdf`."""
    out_path = Path(out_path)
    folder = out_path.parent if str(out_path.parent) else Path(".")
    if not folder.is_dir():
        raise CannotWriteReport(path=str(out_path), reason="the folder does not exist")
    part = _new_part(folder, out_path)
    try:
        write(part)
        _readable_like_a_new_file(part)
        os.replace(part, out_path)
    except OSError as error:
        part.unlink(missing_ok=True)
        if is_disk_full(error):
            raise DiskFullError() from error
        raise CannotWriteReport(path=str(out_path), reason=error.strerror or str(error)) from error
    except BaseException:
        part.unlink(missing_ok=True)
        raise
