"""Entering a KPI reading: pick the KPI from the catalog (its unit, direction and formula shown), type the value, or
for a rate its numerator and denominator (the value is computed), the period, phase, source and a note.

Saved as typed once it is complete. A wrong number is one sentence under the form and what was typed stays. A
reading that has been synced is never changed: editing it makes a correction, a new reading that supersedes it
(both stay in the history). Closing with something typed that could not be saved asks first.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget)

from score_desktop.domain.catalog import KpiDefinition, localized
from score_desktop.domain.kpis import Entered, computed_value, phase_for_visit, reading_problems
from score_desktop.domain.validation import DATES_REVERSED, KPI_NO_VALUE, REQUIRED, Problem
from score_desktop.errors import ValidationError
from score_desktop.store import kpis as kpi_store, visit_lock
from score_desktop.store.records import Record
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import labels
from score_desktop.ui.core.autosave import AutoSaver
from score_desktop.ui.core.dates import date_box, set_date
from score_desktop.ui.core.numbers import format_number, parse_number
from score_desktop.ui.core.widgets import muted

_NUMBERS = ("value", "numerator", "denominator")


def previous_month(day: dt.date) -> tuple[str, str]:
    """The calendar month before ``day``: readings are usually of the last full month."""
    end = day.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1).isoformat(), end.isoformat()


class KpiReadingDialog(QDialog):
    def __init__(self, ctx: AppContext, *, enterprise_id: str, visit_id: str | None = None,
                 reading_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiReadingDialog")
        self._ctx = ctx
        self.enterprise_id = enterprise_id
        self._reading: Record | None = ctx.ws.kpi_readings.find(reading_id) if reading_id else None
        self._original = self._reading
        self._visit = ctx.ws.visits.find(visit_id) if visit_id else None
        if self._visit is None and self._reading and self._reading.get("visit_id"):
            self._visit = ctx.ws.visits.find(self._reading["visit_id"])
        self.correcting = self._reading is not None and kpi_store.is_synced(ctx.ws, self._reading)
        self.locked = False
        self.setWindowTitle(self.tr("Correct a KPI reading") if self.correcting else
                            self.tr("KPI reading") if self._reading else self.tr("New KPI reading"))
        self.saver = AutoSaver(self._save, self)
        self._make_fields()
        self._lay_out()
        self._fill()

    # -- building ------------------------------------------------------------------------------------------------

    def _make_fields(self) -> None:
        self.kpi = QComboBox(self)
        module = self._visit["module"] if self._visit else None
        own = [kpi for kpi in self._ctx.catalog.kpis if module in kpi.modules]
        for kpi in own + [kpi for kpi in self._ctx.catalog.kpis if kpi not in own]:
            self.kpi.addItem(kpi.name(self._ctx.language), kpi.code)
        if own and len(own) < self.kpi.count():
            self.kpi.insertSeparator(len(own))
        self.about = muted("", self)
        self.about.setObjectName("kpiAbout")
        self.numerator, self.denominator, self.value = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.unit = QLabel(self)
        self.period_start, self.period_end = date_box(self), date_box(self)
        self.phase = QComboBox(self)
        for code, text in labels.choices("phase"):
            self.phase.addItem(text, code)
        self.source = QComboBox(self)
        self.source.addItem("", None)
        for code, text in labels.choices("kpi_source"):
            self.source.addItem(text, code)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        self.names = {"kpi": self.tr("KPI"), "numerator": self.tr("Numerator"), "denominator": self.tr("Denominator"),
                      "value": self.tr("Value"), "period_start": self.tr("Period from"),
                      "period_end": self.tr("to"), "phase": self.tr("Phase"), "source": self.tr("Source"),
                      "note": self.tr("Note")}
        self.fields: dict[str, QWidget] = {
            "kpi": self.kpi, "numerator": self.numerator, "denominator": self.denominator, "value": self.value,
            "period_start": self.period_start, "period_end": self.period_end, "phase": self.phase,
            "source": self.source, "note": self.note}
        for field, widget in self.fields.items():
            widget.setObjectName(f"reading_{field}")
            read = (lambda w=widget: w.text()) if field in _NUMBERS else None
            self.saver.bind(field, widget, read, label=self.names[field])
        self.kpi.currentIndexChanged.connect(lambda _index: self._show_kpi())
        for box in (self.numerator, self.denominator):
            box.textEdited.connect(lambda _text: self._show_computed())
        self.banner = QLabel(self)
        self.banner.setObjectName("correctionBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff8e1; padding: 6px; border-radius: 3px;")
        self.state = QLabel(self)
        self.state.setObjectName("readingState")
        self.state.setWordWrap(True)
        self.saver.problem.connect(self._show_problem)

    def _lay_out(self) -> None:
        grid = QGridLayout()

        def caption(field: str) -> QLabel:
            label = QLabel(self.names[field], self)
            label.setBuddy(self.fields[field])
            return label

        self.numerator_label, self.denominator_label = caption("numerator"), caption("denominator")
        grid.addWidget(caption("kpi"), 0, 0)
        grid.addWidget(self.kpi, 0, 1, 1, 3)
        grid.addWidget(self.about, 1, 1, 1, 3)
        grid.addWidget(self.numerator_label, 2, 0)
        grid.addWidget(self.numerator, 2, 1)
        grid.addWidget(self.denominator_label, 2, 2)
        grid.addWidget(self.denominator, 2, 3)
        grid.addWidget(caption("value"), 3, 0)
        grid.addWidget(self.value, 3, 1)
        grid.addWidget(self.unit, 3, 2, 1, 2)
        grid.addWidget(caption("period_start"), 4, 0)
        grid.addWidget(self.period_start, 4, 1)
        grid.addWidget(caption("period_end"), 4, 2)
        grid.addWidget(self.period_end, 4, 3)
        grid.addWidget(caption("phase"), 5, 0)
        grid.addWidget(self.phase, 5, 1)
        grid.addWidget(caption("source"), 5, 2)
        grid.addWidget(self.source, 5, 3)
        grid.addWidget(caption("note"), 6, 0)
        grid.addWidget(self.note, 6, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self.state)
        layout.addStretch()
        layout.addWidget(buttons)
        self.resize(640, 430)

    def _fill(self) -> None:
        reading = self._reading
        with self.saver.loading():
            if reading is not None:
                self.kpi.setCurrentIndex(max(0, self.kpi.findData(reading["kpi"])))
                for field in _NUMBERS:
                    self.fields[field].setText(format_number(reading.get(field)))
                set_date(self.period_start, reading["period_start"])
                set_date(self.period_end, reading["period_end"])
                self.phase.setCurrentIndex(max(0, self.phase.findData(reading["phase"])))
                self.source.setCurrentIndex(max(0, self.source.findData(reading.get("source"))))
                self.note.setPlainText(reading.get("note") or "")
            else:
                day = dt.date.fromisoformat(self._visit["visit_date"]) if self._visit else dt.date.today()
                start, end = previous_month(day)
                set_date(self.period_start, start)
                set_date(self.period_end, end)
                phase = phase_for_visit(self._visit["visit_type"]) if self._visit else "progress"
                self.phase.setCurrentIndex(max(0, self.phase.findData(phase)))
                self.source.setCurrentIndex(self.source.findData("records"))
        self.kpi.setEnabled(not self.correcting)  # a correction is of the same KPI; another KPI is a new reading
        self.banner.setVisible(self.correcting)
        self.banner.setText(self.tr("This reading has been synced, so it is not changed: what you change here "
                                    "becomes a correction, a new reading that replaces it. The history keeps both."))
        self._show_kpi()
        self.state.setText(self.tr("Saved.") if reading is not None and not self.correcting else "")
        self._show_lock()

    def _show_lock(self) -> None:
        """A reading entered at a signed visit is shown as signed: neither changed nor corrected here."""
        self.locked = self._reading is not None and \
            visit_lock.locked_fields(self._ctx.ws.conn, "kpi_reading", self._reading) is not None
        if not self.locked:
            return
        for kind in (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit):
            for widget in self.findChildren(kind):
                widget.setEnabled(False)
        self.banner.setText(self.tr("This reading was entered at a signed visit: it stays as signed. Reopen the "
                                    "visit to correct it."))
        self.banner.setVisible(True)
        self.setWindowTitle(self.tr("KPI reading"))
        self.state.setText("")

    # -- what the chosen KPI asks for ----------------------------------------------------------------------------

    def definition(self) -> KpiDefinition | None:
        try:
            return self._ctx.catalog.kpi(self.kpi.currentData())
        except KeyError:
            return None

    def _show_kpi(self) -> None:
        kpi = self.definition()
        if kpi is None:
            return
        language = self._ctx.language
        unit = kpi.unit_name(language) if kpi.unit != "¤" else self.tr("in the enterprise's currency")
        self.about.setText(" · ".join(part for part in (
            self.tr("Unit: {unit}").format(unit=unit) if unit else "", labels.label("direction", kpi.direction),
            localized(kpi.formula, language)) if part))
        rate = kpi.is_rate
        for widget in (self.numerator, self.denominator, self.numerator_label, self.denominator_label):
            widget.setVisible(rate)
        if rate:
            for field, names in (("numerator", kpi.numerator), ("denominator", kpi.denominator)):
                text = localized(names or {}, language)
                getattr(self, f"{field}_label").setText(text)
                self.saver.relabel(field, text)  # "Pieces inspected cannot be zero", not "Denominator ..."
        self.unit.setText(unit)
        self._show_computed()

    def _show_computed(self) -> None:
        """For a rate with both parts typed, the value is computed (and not typed)."""
        kpi = self.definition()
        entered = self._entered()
        both = kpi is not None and kpi.is_rate and isinstance(entered.numerator, float) and isinstance(
            entered.denominator, float)
        self.value.setReadOnly(both)
        if both and not reading_problems(kpi, entered):
            self.value.setText(format_number(computed_value(kpi, entered)))
        elif both:
            self.value.setText("")

    def _entered(self) -> Entered:
        kpi = self.definition()
        rate = kpi is not None and kpi.is_rate
        return Entered(value=parse_number(self.value.text()),
                       numerator=parse_number(self.numerator.text()) if rate else None,
                       denominator=parse_number(self.denominator.text()) if rate else None)

    # -- saving --------------------------------------------------------------------------------------------------

    def _fields(self) -> dict[str, Any]:
        """Every field of the reading as the form now says (not only those just changed)."""
        kpi, entered = self.definition(), self._entered()
        problems = reading_problems(kpi, entered)
        start, end = self.saver_value("period_start"), self.saver_value("period_end")
        if start and end and end < start:
            problems.append(Problem("period_end", "dates_reversed", DATES_REVERSED,
                                    {"other": self.names["period_start"]}))
        problems += [Problem(field, "required", REQUIRED) for field, value in (
            ("period_start", start), ("period_end", end)) if not value]
        value = computed_value(kpi, entered)
        if not problems and value is None:
            problems.append(Problem("value", "kpi_no_value", KPI_NO_VALUE))
        if problems:
            raise ValidationError("kpi_reading", problems)
        return {"kpi": self.kpi.currentData(), "value": value, "numerator": entered.numerator,
                "denominator": entered.denominator, "period_start": start, "period_end": end,
                "phase": self.phase.currentData(), "source": self.source.currentData(),
                "note": self.note.toPlainText().strip() or None}

    def saver_value(self, field: str) -> str | None:
        box = self.fields[field]
        return None if box.date() == box.minimumDate() else box.date().toString("yyyy-MM-dd")  # type: ignore[attr-defined]

    def _save(self, _changes: dict[str, Any]) -> None:
        fields = self._fields()
        if self._reading is None or (self._reading is self._original and self.correcting):
            base = self._original
            if base is not None and all(base.get(name) == value for name, value in fields.items()):
                return  # back to the synced values: nothing to correct
            if base is None:
                fields.update(enterprise_id=self.enterprise_id, visit_id=self._visit["id"] if self._visit else None)
            self._reading = kpi_store.save_reading(self._ctx.ws, None, fields, correcting=base)
        else:
            self._reading = kpi_store.save_reading(self._ctx.ws, self._reading, fields)
        self._show_computed()
        self.state.setText(self.tr("Saved as a correction.") if self._reading.get("supersedes_id") and self.correcting
                           else self.tr("Saved."))

    def _show_problem(self, text: str) -> None:
        if text:
            self.state.setText(self.tr("Not saved yet: {problem}").format(problem=text))
            self.state.setStyleSheet("color: #c62828;")
        else:
            self.state.setStyleSheet("")

    @property
    def reading(self) -> Record | None:
        """The reading the form now holds (a correction once one was made; None before anything was saved)."""
        return self._reading

    # -- closing -------------------------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.saver.flush()
        if self.saver.has_pending():
            self._ask_before_closing(result)
            return
        super().done(result)

    def _ask_before_closing(self, result: int) -> None:
        """Typed numbers that could not be saved are not thrown away without asking (the box does not block)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("This reading is not complete, so it is not saved. {problem}\n\nClose and forget "
                                  "what you typed?").format(problem=self.state.text()),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("discardReading")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
                self.saver.discard()
                super(KpiReadingDialog, self).done(result)

        box.finished.connect(answered)
        box.open()
