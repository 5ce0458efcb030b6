"""Numbers typed by trainers (savings, KPI values) read the way they write them, and shown back the same way.

A trainer in Hà Nội writes "1.234,5", one in Guangzhou "1,234.5", and both may type "1234.5" from a calculator.
The UI's locale is tried first, then the plain C form; anything else is text that is not a number, which the form
reports as such (never a silent zero).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def parse_number(text: str) -> float | str | None:
    """``None`` for a blank field, the number typed, or the text itself when it is not a number."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not cleaned:
        return None
    for locale in (QLocale(), QLocale.c()):
        value, ok = locale.toDouble(cleaned)
        if ok:
            return value
    if cleaned.count(",") == 1 and "." not in cleaned:  # "12,5" typed under an English locale
        value, ok = QLocale.c().toDouble(cleaned.replace(",", "."))
        if ok:
            return value
    return text.strip()


def format_number(value: float | None, decimals: int | None = None) -> str:
    """A number for an edit field in the UI's locale, without thousands separators or trailing zeros."""
    if value is None:
        return ""
    if decimals is None:
        decimals = 0 if value == int(value) else 2 if abs(value) >= 1 else 4
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    if decimals and point in text:
        text = text.rstrip("0").rstrip(point)
    return text
