"""Photos in reports: report-size copies made in parallel, drawn with their annotations, laid out in rows.

Each photo goes into the PDF as the JPEG :meth:`PhotoStore.report_copy` made (about 1600 px on the long side,
cached in ``derived/``, so the second build of a report decodes nothing). Annotations are drawn over it as
vectors, so they stay sharp and the cached copy is shared by every report. A photo whose file is missing or
unreadable becomes a placeholder that says so, with its caption; the report still builds.
"""

from __future__ import annotations

import logging
import os
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PIL import Image
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from score_desktop.domain import annotations
from score_desktop.errors import BadPhotoError
from score_desktop.paths import WorkspacePaths
from score_desktop.reports import fonts
from score_desktop.reports.labels import label
from score_desktop.reports.layout import MUTED, RULE, ReportCancelled, para, table_style
from score_desktop.store.photos import PhotoStore, ext_for_mime
from score_desktop.store.records import Record

log = logging.getLogger(__name__)

#: A caption longer than this is printed under the row of photos, where it can run over pages.
LONG_CAPTION = 160
_GAP = 4 * mm


@dataclass
class PreparedPhoto:
    record: Record
    #: The report-size JPEG; None when the photo cannot be shown.
    path: Path | None
    pixels: tuple[int, int] | None
    shapes: list[annotations.Shape] = field(default_factory=list)


def prepare_photos(paths: WorkspacePaths, records: list[Record], *,
                   progress: Callable[[int, int], None] | None = None, is_cancelled: Callable[[], bool] | None = None,
                   total_steps: int | None = None) -> dict[str, PreparedPhoto]:
    """Make (or find) the report copy of each photo, several at a time; keyed by photo id.

    Pillow decodes and resizes outside the GIL, so a few threads use the cores a laptop has. ``progress(done,
    total_steps)`` is called as photos finish; ``is_cancelled`` is asked between them.
    """
    store = PhotoStore(paths)
    total = total_steps if total_steps is not None else len(records)
    prepared: dict[str, PreparedPhoto] = {}
    workers = max(1, min(4, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="report-photo") as pool:
        pending: dict[Future, Record] = {pool.submit(_prepare, store, record): record for record in records}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                record = pending.pop(future)
                prepared[record["id"]] = future.result()
            if progress is not None:
                progress(len(prepared), total)
            if is_cancelled is not None and is_cancelled():
                for future in pending:
                    future.cancel()
                raise ReportCancelled()
    return prepared


def _prepare(store: PhotoStore, record: Record) -> PreparedPhoto:
    shapes = annotations.parse_annotations(record.get("annotations"))
    try:
        path = store.report_copy(record["sha256"], ext_for_mime(record["mime"]))
        with Image.open(path) as picture:
            pixels = picture.size
    except (BadPhotoError, ValueError, OSError) as error:
        # OSError here is the cached copy itself being unreadable; a full disk while writing it is raised by
        # report_copy as DiskFullError, which is a UserError and not caught.
        log.warning("Photo %s (%s) is shown as a placeholder in the report: %s", record["id"],
                    record.get("original_name") or record["sha256"][:12], error)
        return PreparedPhoto(record, None, None, shapes)
    return PreparedPhoto(record, path, pixels, shapes)


class PhotoFlowable(Flowable):
    """A photo scaled to fit ``max_width`` x ``max_height`` with its annotations, or the placeholder."""

    def __init__(self, photo: PreparedPhoto, max_width: float, max_height: float, lang: str) -> None:
        super().__init__()
        self.photo, self.max_width, self.max_height, self.lang = photo, max_width, max_height, lang
        self.hAlign = "CENTER"

    def _size(self, avail_width: float) -> tuple[float, float]:
        width_limit = min(self.max_width, avail_width)
        if self.photo.pixels is None:
            return width_limit, min(self.max_height, width_limit * 0.62)
        pixel_width, pixel_height = self.photo.pixels
        # Never more than one point per pixel: a tiny picture blown up to a column's width is only blur.
        scale = min(width_limit / pixel_width, self.max_height / pixel_height, 1.0)
        # A sliver of a photo (a 1:20 panorama) still gets a visible strip.
        return max(pixel_width * scale, 2), max(pixel_height * scale, 2)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's API
        self.width, self.height = self._size(availWidth)
        return self.width, self.height

    def draw(self) -> None:
        if self.photo.path is None:
            self._draw_placeholder()
            return
        canvas = self.canv
        canvas.drawImage(str(self.photo.path), 0, 0, self.width, self.height)
        if self.photo.shapes:
            canvas.saveState()
            clip = canvas.beginPath()
            clip.rect(0, 0, self.width, self.height)
            canvas.clipPath(clip, stroke=0, fill=0)
            for shape in self.photo.shapes:
                draw_shape(canvas, shape, self.width, self.height)
            canvas.restoreState()

    def _draw_placeholder(self) -> None:
        canvas, width, height = self.canv, self.width, self.height
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#f3f4f6"))
        canvas.setStrokeColor(RULE)
        canvas.setDash(3, 2)
        canvas.rect(0, 0, width, height, stroke=1, fill=1)
        canvas.setDash()
        # A picture icon crossed out: a frame, a mountain, a sun, a diagonal.
        icon = min(width, height) * 0.28
        x, y = width / 2 - icon / 2, height * 0.52
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(1)
        canvas.rect(x, y, icon, icon * 0.75)
        path = canvas.beginPath()
        path.moveTo(x + icon * 0.1, y + icon * 0.1)
        path.lineTo(x + icon * 0.4, y + icon * 0.45)
        path.lineTo(x + icon * 0.6, y + icon * 0.25)
        path.lineTo(x + icon * 0.9, y + icon * 0.55)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.circle(x + icon * 0.72, y + icon * 0.58, icon * 0.07)
        canvas.line(x - icon * 0.1, y - icon * 0.05, x + icon * 1.1, y + icon * 0.8)
        canvas.setFillColor(MUTED)
        text = label(self.lang, "photo_missing")
        fonts.draw_string(canvas, width / 2, y - 11, fonts.fit_line(text, 8, width - 8, bold=True), 8, bold=True,
                          align="centre")
        name = self.photo.record.get("original_name") or self.photo.record.get("sha256", "")[:16]
        fonts.draw_string(canvas, width / 2, y - 21, fonts.fit_line(name, 6.5, width - 8), 6.5, align="centre")
        canvas.restoreState()


def draw_shape(canvas, shape: annotations.Shape, width: float, height: float) -> None:
    """Draw one annotation shape over a photo drawn at (0, 0) with ``width`` x ``height`` points, as the photo
    viewer draws it (``ui/core/annotations.py``): round caps, a filled arrow head, bold text on a light backing.

    The layer's y axis points down (like the picture's rows); the PDF's points up.
    """
    red, green, blue = annotations.hex_to_rgb(shape.color)
    canvas.setStrokeColorRGB(red, green, blue)
    canvas.setFillColorRGB(red, green, blue)
    line_width = max(0.7, shape.width * min(width, height))
    canvas.setLineWidth(line_width)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    if isinstance(shape, annotations.Arrow):
        x1, y1, x2, y2 = shape.x1 * width, (1 - shape.y1) * height, shape.x2 * width, (1 - shape.y2) * height
        head = max(4.0, line_width * 4)
        tip, left, right = annotations.arrow_head(x1, y1, x2, y2, head)
        back = ((left[0] + right[0]) / 2, (left[1] + right[1]) / 2)
        canvas.line(x1, y1, *back)
        path = canvas.beginPath()
        path.moveTo(*tip)
        path.lineTo(*left)
        path.lineTo(*right)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    elif isinstance(shape, (annotations.Ellipse, annotations.Rect)):
        x, top = shape.x * width, (1 - shape.y) * height
        box_width, box_height = shape.w * width, shape.h * height
        if isinstance(shape, annotations.Ellipse):
            canvas.ellipse(x, top - box_height, x + box_width, top, stroke=1, fill=0)
        else:
            canvas.rect(x, top - box_height, box_width, box_height, stroke=1, fill=0)
    elif isinstance(shape, annotations.Text):
        _draw_label(canvas, shape, width, height)


def _draw_label(canvas, shape: annotations.Text, width: float, height: float) -> None:
    size = max(5.0, shape.size * min(width, height))
    x, top = shape.x * width, (1 - shape.y) * height
    room = max(width - x - size * 0.4, min(width, 12 * size))
    if room > width - x:  # too close to the right edge: move left rather than squeeze
        x = max(0.0, width - room - size * 0.4)
    lines = fonts.wrap_lines(shape.text, size, room, max_lines=max(1, int(top // (size * 1.25))))
    if not lines:
        return
    line_height = size * 1.25
    box_width = max(fonts.string_width(line, size) for line in lines) + size * 0.5
    box_height = line_height * len(lines) + size * 0.3
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.setFillAlpha(0.8)
    canvas.rect(x, top - box_height, box_width, box_height, stroke=0, fill=1)
    canvas.restoreState()
    for number, line in enumerate(lines):
        fonts.draw_string(canvas, x + size * 0.25, top - size * 0.15 - line_height * (number + 1) + size * 0.3, line,
                          size, bold=True)


def photo_rows(photos: list[PreparedPhoto], frame_width: float, lang: str) -> list[Flowable]:
    """Photos three to a row (two to a row when there are two or four, so they pair up), each with its kind and
    caption; one table per row, so a finding can keep its first row with its text.

    A long caption would make a row taller than a page, so it is printed under its row instead, tied to its photo
    by a letter.
    """
    if not photos:
        return []
    columns = 2 if len(photos) in (2, 4) else 3
    cell_width = (frame_width - _GAP * (columns - 1)) / columns
    max_height = min(cell_width * 0.8, 70 * mm)
    story: list[Flowable] = []
    marks = 0
    for start in range(0, len(photos), columns):
        cells, notes = [], []
        for photo in photos[start:start + columns]:
            caption = _caption(photo.record, lang)
            if len(caption) > LONG_CAPTION:
                mark = f"({chr(ord('a') + marks % 26)})"
                marks += 1
                notes.append(para(caption, "caption", prefix=fonts.markup(mark + " ", bold=True)))
                caption = mark
            cells.append([PhotoFlowable(photo, cell_width, max_height, lang), para(caption, "caption")])
        cells += [""] * (columns - len(cells))
        table = Table([cells], colWidths=[cell_width + (_GAP if n < columns - 1 else 0) for n in range(columns)],
                      hAlign="LEFT")
        table.setStyle(table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-2, -1), _GAP),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        story += [table, *notes]
    return story


def _caption(record: Record, lang: str) -> str:
    kind = record.get("kind")
    caption = fonts.clean(record.get("caption") or "").strip()
    kind_label = label(lang, f"kind.{kind}") if kind in ("before", "after", "evidence") else ""
    if kind_label and caption and caption != kind_label:
        return f"{kind_label} · {caption}"
    return caption or kind_label
