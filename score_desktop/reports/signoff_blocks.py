"""The parts of a visit report that signing adds: the drawn signatures, the revision line, and the marking of an
unsigned translation.

A signed report is rendered once, at signing, with :class:`SignedAs` telling which revision it is and why the
visit was reopened before it; the same options with ``translation_of`` set print a copy in another language,
marked on every page as an unsigned translation, its signature blocks naming who signed the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from score_desktop.domain.signatures import BOX_HEIGHT, BOX_WIDTH
from score_desktop.reports import fonts
from score_desktop.reports.data import Signature
from score_desktop.reports.labels import LANGUAGE_NAMES, label, long_date
from score_desktop.reports.layout import BAD, MUTED, RULE, Page, para, rich, table_style
from score_desktop.reports.photos import PhotoFlowable, PreparedPhoto

#: Ink of a drawn signature: the blue-black of a ballpoint pen, so it reads as signed, not printed.
SIGNATURE_INK = colors.HexColor("#1a2b6b")
SIGNATURE_HEIGHT = 20 * mm
NOTE_BACKGROUND = colors.HexColor("#eef3fa")


@dataclass(frozen=True)
class SignedAs:
    """How a signed visit's report is printed: the revision, when it was signed, why the visit was reopened
    before it (from revision 2 on), and for a translation the language of the signed original."""

    revision: int
    signed_at: str
    reopen_reason: str | None = None
    reopened_by: str | None = None
    reopened_at: str | None = None
    #: The language of the signed original when this copy is an unsigned translation of it.
    translation_of: str | None = None
    #: Actions as they were at signing (``signed_report.snapshot["actions"]``).
    actions: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def of(cls, report: dict[str, Any], *, translation_of: str | None = None) -> "SignedAs":
        snapshot = report.get("snapshot") if isinstance(report.get("snapshot"), dict) else {}
        actions = snapshot.get("actions") if isinstance(snapshot.get("actions"), dict) else {}
        return cls(revision=report.get("revision") or 1, signed_at=report["signed_at"],
                   reopen_reason=report.get("reopen_reason"), reopened_by=report.get("reopened_by"),
                   reopened_at=report.get("reopened_at"), translation_of=translation_of, actions=actions)


def signed_note(signed: SignedAs, page: Page) -> list[Flowable]:
    """Under the title: "Signed report · revision 2 · signed on ...", why it was reopened, and for a translation
    that only the signed original counts."""
    lang = page.lang
    date = long_date(signed.signed_at, lang)
    lines = [para(label(lang, "signed_report", revision=signed.revision, date=date), "body", bold=True)]
    if signed.revision > 1 and (signed.reopen_reason or "").strip():
        lines.append(para(label(lang, "reopened", date=long_date(signed.reopened_at, lang),
                                who=signed.reopened_by or "—", reason=signed.reopen_reason.strip()), "body"))
    if signed.translation_of:
        note = label(lang, "translation_note", revision=signed.revision, date=date,
                     language=LANGUAGE_NAMES.get(signed.translation_of, signed.translation_of))
        lines.append(rich(fonts.markup(note, bold=True), "body", textColor=BAD))
    box = Table([[line] for line in lines], colWidths=[page.frame_width], hAlign="LEFT")
    box.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), NOTE_BACKGROUND), ("LINEBEFORE", (0, 0), (0, -1), 2,
                                                            BAD if signed.translation_of else SIGNATURE_INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [box, Spacer(1, 6)]


class DrawnSignature(Flowable):
    """Strokes of a signature as vector paths, fitted into ``width`` x ``height`` points: crisp at any zoom."""

    def __init__(self, strokes: tuple, width: float, height: float) -> None:
        super().__init__()
        self.strokes, self.width, self.height = strokes, width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's API
        self.width = min(self.width, availWidth)
        return self.width, self.height

    def draw(self) -> None:
        points = [point for stroke in self.strokes for point in stroke]
        if not points:
            return
        left, right = min(x for x, _ in points), max(x for x, _ in points)
        top, bottom = min(y for _, y in points), max(y for _, y in points)
        # The signature's own extent fills the space (the pad's empty margins would shrink it), but never more
        # than twice the pad's scale: a tiny scrawl is not blown up into a blot.
        span_x, span_y = max(right - left, 1), max(bottom - top, 1)
        scale = min(self.width / span_x, self.height / span_y, 2 * self.width / BOX_WIDTH,
                    2 * self.height / BOX_HEIGHT)
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(SIGNATURE_INK)
        canvas.setFillColor(SIGNATURE_INK)
        canvas.setLineWidth(1.1)  # about a ballpoint's line
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in self.strokes:
            # y grows downwards on the pad and upwards in PDF.
            coords = [((x - left) * scale, self.height - (y - top) * scale - (self.height - span_y * scale) / 2)
                      for x, y in stroke]
            if len(coords) == 1:
                canvas.circle(coords[0][0], coords[0][1], 0.7, stroke=0, fill=1)
                continue
            path = canvas.beginPath()
            path.moveTo(*coords[0])
            for x, y in coords[1:]:
                path.lineTo(x, y)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def signatures_block(signatures: list[Signature], page: Page, prepared: dict[str, PreparedPhoto], heading: Flowable,
                     signed: SignedAs | None) -> Flowable:
    """The two signature blocks side by side: who signs, the signature (drawn, photographed, or in a
    translation "signed in the original"), the name and position, and the date."""
    lang = page.lang
    column = (page.frame_width - 10 * mm) / 2
    cells = []
    for signature in signatures:
        role = label(lang, "sign_trainer" if signature.role == "trainer" else "sign_enterprise")
        cells.append([para(role, "cell", bold=True), _mark(signature, column, page, prepared, signed),
                      para(label(lang, "signature"), "cell_muted"),
                      para(_who(signature), "cell", prefix=fonts.markup(label(lang, "name") + label(lang, "colon"))),
                      para(long_date(signature.signed_at, lang) if signature.signed_at else "", "cell",
                           prefix=fonts.markup(label(lang, "date") + label(lang, "colon")))])
    rows = [[cells[0][i], "", cells[1][i]] for i in range(5)]
    table = Table(rows, colWidths=[column, 10 * mm, column], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, 1), (0, 1), 0.8, MUTED), ("LINEBELOW", (2, 1), (2, 1), 0.8, MUTED),
        ("LINEBELOW", (0, 3), (0, 4), 0.4, RULE), ("LINEBELOW", (2, 3), (2, 4), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return KeepTogether([heading, table])


def _who(signature: Signature) -> str:
    if signature.name and signature.position:
        return f"{signature.name} · {signature.position}"
    return signature.name or signature.position or ""


def _mark(signature: Signature, column: float, page: Page, prepared: dict[str, PreparedPhoto],
          signed: SignedAs | None) -> Flowable | list[Flowable]:
    drawn = signature.strokes or (signature.photo is not None)
    if signed is not None and signed.translation_of:
        # A translation is never signed: it only says that the original was.
        return [Spacer(1, SIGNATURE_HEIGHT - 12),
                para(label(page.lang, "signed_in_original") if drawn else "", "cell_muted", textColor=BAD)]
    if signature.strokes:
        return DrawnSignature(signature.strokes, column * 0.8, SIGNATURE_HEIGHT)
    photo = prepared.get(signature.photo["id"]) if signature.photo else None
    if photo is not None and photo.path:
        return PhotoFlowable(photo, column * 0.7, SIGNATURE_HEIGHT, page.lang)
    return Spacer(1, SIGNATURE_HEIGHT)
