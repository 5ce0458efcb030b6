"""The pseudo-locale: every string of the app (and of Qt's own dialogs) 40 % longer, in brackets.

French, Spanish and Vietnamese run 20-40 % longer than English, so a layout that fits the English words may cut
theirs. ``score-desktop --lang pseudo`` (or ``SCORE_DESKTOP_LANG=pseudo``) shows every screen as the longest
translation would, and the clipping test (tests/gui/test_pseudo_locale_fits.py) walks the main screens in it.
The brackets show where a text starts and ends, so a cut one is seen at a glance: "[Oldest due date àéîõü" has
lost its end.

Placeholders (``{name}``, ``%n``, ``%1``), HTML tags, entities and mnemonics (``&File``) are kept as they are, so
every string still works as the code expects; each line of a multi-line text is lengthened on its own.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QTranslator

#: How much longer each text gets.
GROWTH = 0.4
#: Letters as wide as ordinary ones, accented so a pseudo-translated text is never mistaken for English.
_FILLER = "àéîõü"
#: What is not read as text: HTML tags and entities, {placeholders}, %n and %1, the & of a mnemonic.
_MARKUP = re.compile(r"<[^>]*>|&[a-zA-Z]+;|&#\d+;|\{[^}]*\}|%L?n|%L?\d|&(?=\S)")
#: Identifiers Qt asks its translators for that are not shown (QT_LAYOUT_DIRECTION must stay LTR or RTL).
_IDENTIFIER = re.compile(r"^[A-Z][A-Z0-9]*_[A-Z0-9_]+$")


def lengthen(text: str) -> str:
    """``text`` in brackets with 40 % more letters (rounded up), markup untouched."""
    if not text or _IDENTIFIER.match(text):
        return text
    return "\n".join(_lengthen_line(line) for line in text.split("\n"))


def _lengthen_line(line: str) -> str:
    visible = _MARKUP.sub("", line)
    if not any(char.isalpha() for char in visible):
        return line  # a line of placeholders or punctuation only: nothing a translation would lengthen
    extra = math.ceil(len(visible.strip()) * GROWTH)
    filler = (_FILLER * (extra // len(_FILLER) + 1))[:extra]
    return f"[{line} {filler}]"


class PseudoTranslator(QTranslator):
    """Answers every translation with the English source, lengthened (installed instead of the real ones)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return lengthen(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False
