"""Date fields that may be blank, the same in every form."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

#: An empty QDateEdit cannot exist; this date (its minimum) shows as blank via specialValueText.
NO_DATE = QDate(1900, 1, 1)


def date_box(parent: QWidget) -> QDateEdit:
    """A date field that may be blank (shown empty at its minimum date)."""
    box = QDateEdit(parent)
    box.setCalendarPopup(True)
    box.setDisplayFormat("yyyy-MM-dd")
    box.setMinimumDate(NO_DATE)
    box.setSpecialValueText(" ")
    box.setDate(NO_DATE)
    return box


def set_date(box: QDateEdit, value: str | None) -> None:
    box.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else NO_DATE)
