"""Date fields that may be blank, the same in every form."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QWidget

from score_desktop.ui.core.formats import date_edit_pattern

#: An empty QDateEdit cannot exist; this date (its minimum) shows as blank via specialValueText.
NO_DATE = QDate(1900, 1, 1)


class DateBox(QDateEdit):
    """A date field that may be blank. Blank, its calendar opens on this month and the arrow keys start from
    today, not from its stand-in date of January 1900."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_edit_pattern())
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(NO_DATE)
        # The calendar is shown with the field's date already set: turn its page once it is on screen.
        self.calendarWidget().installEventFilter(self)

    def is_blank(self) -> bool:
        return self.date() == NO_DATE

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.is_blank():
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 - Qt override
        if self.is_blank() and not self.isReadOnly():
            return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return super().stepEnabled()

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        if self.is_blank():
            self.setDate(QDate.currentDate())  # the first key press on a blank field gives today
            return
        super().stepBy(steps)


def date_box(parent: QWidget) -> DateBox:
    """A date field that may be blank (shown empty at its minimum date)."""
    return DateBox(parent)


def set_date(box: QDateEdit, value: str | None) -> None:
    box.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else NO_DATE)
