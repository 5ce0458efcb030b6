"""Fonts of the reports, and choosing one per run of text so that every character has a glyph.

Two bundled families cover the six shipped languages: DejaVu Sans (regular and bold: Latin with every accent of
Spanish, French and Indonesian, all Vietnamese letters with their tone marks, typographic punctuation, arrows) and
WenQuanYi Micro Hei (Chinese, the CJK punctuation; it has no bold face, so a bold Chinese run is set in the
regular face). reportlab embeds TrueType fonts as subsets.

reportlab draws a character its font lacks as the empty ``.notdef`` glyph, without a word. So text is never given
to reportlab directly: :func:`markup` splits it into runs, each wrapped in the first font of the chain that has
every character of the run; a character no bundled font has is logged and replaced by a visible U+FFFD "�".
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics import shapes
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from score_desktop.paths import resource_path

log = logging.getLogger(__name__)

REGULAR = "ScoreSans"
BOLD = "ScoreSans-Bold"
CJK = "ScoreCJK"

#: (registered name, file under resources/fonts, index in a TrueType collection)
_FILES = {
    REGULAR: ("DejaVuSans.ttf", 0),
    BOLD: ("DejaVuSans-Bold.ttf", 0),
    CJK: ("wqy-microhei.ttc", 0),
}
#: The fonts tried in order for a regular and for a bold run.
CHAINS = {False: (REGULAR, CJK), True: (BOLD, CJK)}
REPLACEMENT = "\ufffd"

_lock = threading.Lock()
_registered = False
_cmaps: dict[str, frozenset[int]] = {}
_reported_missing: set[str] = set()
#: Characters that draw nothing and need no glyph: zero-width spaces and joiners, direction marks, the BOM, the
#: variation selectors phones add after emoji.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\ufe00-\ufe0f]")
#: Control characters other than tab and line breaks (pasted text sometimes carries them).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def register_fonts() -> None:
    """Register the bundled fonts with reportlab once per process (thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, (file_name, index) in _FILES.items():
            font = TTFont(name, str(resource_path("fonts", file_name)), subfontIndex=index)
            pdfmetrics.registerFont(font)
            _cmaps[name] = frozenset(font.face.charToGlyph)
        # reportlab graphics start every drawing by selecting their default font, Helvetica, which then sits in
        # the PDF as a font that is not embedded even though no character uses it. Ours is the default instead.
        shapes.STATE_DEFAULTS["fontName"] = REGULAR
        _registered = True


def has_glyph(font_name: str, char: str) -> bool:
    register_fonts()
    return ord(char) in _cmaps[font_name]


def clean(text: object) -> str:
    """User text made printable: NFC (Vietnamese typed with combining marks becomes the precomposed letters the
    fonts have), tabs as spaces, Windows and old Mac line ends as ``\\n``, control and invisible characters
    dropped."""
    value = unicodedata.normalize("NFC", "" if text is None else str(text))
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _INVISIBLE.sub("", _CONTROL.sub("", value))


@dataclass(frozen=True)
class Run:
    font: str
    text: str


def runs(text: str, *, bold: bool = False) -> list[Run]:
    """Split ``text`` into runs of one font each, first font of the chain that has the character.

    Line breaks stay in the runs (the caller decides what they become). A character no font has is logged once
    per process and replaced by U+FFFD in the first font.
    """
    register_fonts()
    chain = CHAINS[bold]
    result: list[Run] = []
    for char in text:
        font = _font_for(char, chain)
        if font is None:
            _report_missing(char)
            font, char = chain[0], REPLACEMENT
        if result and result[-1].font == font:
            result[-1] = Run(font, result[-1].text + char)
        else:
            result.append(Run(font, char))
    return result


def _font_for(char: str, chain: tuple[str, ...]) -> str | None:
    if char in "\n ":
        return chain[0]
    code = ord(char)
    for font in chain:
        if code in _cmaps[font]:
            return font
    return None


def _report_missing(char: str) -> None:
    with _lock:
        if char in _reported_missing:
            return
        _reported_missing.add(char)
    name = unicodedata.name(char, "unnamed")
    log.warning("No bundled font has a glyph for U+%04X %s; the report shows \ufffd in its place", ord(char), name)


def markup(text: object, *, bold: bool = False) -> str:
    """``text`` as reportlab paragraph markup: escaped, one ``<font>`` per run, line breaks as ``<br/>``."""
    parts = []
    for run in runs(clean(text), bold=bold):
        body = escape(run.text).replace("\n", "<br/>")
        parts.append(f'<font face="{run.font}">{body}</font>')
    return "".join(parts)


def has_cjk(text: str) -> bool:
    """True when ``text`` holds Chinese characters or CJK punctuation (such text needs CJK line breaking: it has
    no spaces to break at)."""
    return any(_is_cjk(char) for char in text)


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFE30 <= code <= 0xFE4F or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3FFFF)


def string_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width in points of ``text`` set in runs (see :func:`runs`)."""
    return sum(pdfmetrics.stringWidth(run.text, run.font, size) for run in runs(clean(text), bold=bold))


def draw_string(canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,
                align: str = "left") -> float:
    """Draw one line of ``text`` on a reportlab canvas, font per run; returns its width. ``align`` is left,
    right or centre (around ``x``)."""
    line = clean(text).replace("\n", " ")
    width = string_width(line, size, bold=bold)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for run in runs(line, bold=bold):
        canvas.setFont(run.font, size)
        canvas.drawString(x, y, run.text)
        x += pdfmetrics.stringWidth(run.text, run.font, size)
    return width


def wrap_lines(text: str, size: float, max_width: float, *, max_lines: int, bold: bool = False) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``max_width`` points (for text drawn straight on the
    canvas, such as photo annotations); Latin text breaks at spaces, Chinese between any two characters, and a
    cut last line ends with "…"."""
    tokens = re.findall(r"\S+\s*|\s+", clean(text).replace("\n", " "))
    pieces: list[str] = []
    for token in tokens:
        pieces.extend(token if has_cjk(token) or string_width(token, size, bold=bold) > max_width else [token])
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if line and string_width(line + piece, size, bold=bold) > max_width:
            lines.append(line.rstrip())
            line = piece.lstrip()
        else:
            line += piece
    if line.strip():
        lines.append(line.rstrip())
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fit_line(lines[-1] + "…", size, max_width, bold=bold)
    return lines


def fit_line(text: str, size: float, max_width: float, *, bold: bool = False) -> str:
    """``text`` on one line, cut with "…" so it fits ``max_width`` (for page headers and footers)."""
    line = clean(text).replace("\n", " ")
    if string_width(line, size, bold=bold) <= max_width:
        return line
    low, high = 0, len(line)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if string_width(line[:middle] + "…", size, bold=bold) <= max_width:
            low = middle
        else:
            high = middle - 1
    return line[:low].rstrip() + "…"
