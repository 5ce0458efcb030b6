"""The enterprise's suggestion scheme log: what workers put in the box, who, when, whether it was implemented,
the reward and the saving. The workers' voice that Workplace Cooperation builds, kept as the trainer types."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from score_desktop.domain.validation import NOT_NUMBER, Problem
from score_desktop.errors import ValidationError
from score_desktop.store.records import Record
from score_desktop.store.workspace import ChangeSet
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.autosave import AutoSaver
from score_desktop.ui.core.dates import date_box, set_date
from score_desktop.ui.core.lazy_model import RecordTableModel
from score_desktop.ui.core.formats import date_text, number_text
from score_desktop.ui.core.numbers import format_number, parse_number
from score_desktop.ui.core.widgets import fit_columns, table_view

Index = QModelIndex | QPersistentModelIndex
_MONEY = ("reward", "saving")


class SuggestionsModel(RecordTableModel):
    FIELDS = ("received_date", "text", "submitted_by", "implemented", "implemented_date", "reward", "saving")

    def __init__(self, parent: Any = None) -> None:
        super().__init__((self.tr("Received"), self.tr("Suggestion"), self.tr("Submitted by"), self.tr("Implemented"),
                          self.tr("On"), self.tr("Reward"), self.tr("Saving")), parent)

    suggestion = RecordTableModel.row_record

    def set_suggestions(self, suggestions: list[Record]) -> None:
        self.beginResetModel()
        self._rows = suggestions
        self.endResetModel()

    def suggestions(self) -> list[Record]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index)
        if record is None:
            return None
        field = self.FIELDS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = record.get(field)
            if field == "implemented":
                return self.tr("Yes") if value else self.tr("No")
            if field in _MONEY:
                return number_text(value) if value is not None else ""
            if field.endswith("_date"):
                return date_text(value) if value else ""
            if field == "text":
                return (value or "").strip().splitlines()[0] if value else ""
            return value or ""
        if role == Qt.ItemDataRole.ToolTipRole and field == "text":
            return record.get("text") or None
        if role == Qt.ItemDataRole.UserRole:
            return record["id"]
        return None


class SuggestionsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._enterprise_id: str | None = None
        self._suggestion: Record | None = None
        self.model = SuggestionsModel(self)
        self.view = table_view(self.model, self, name="suggestionsView", stretch=1)
        fit_columns(self.view, {0: [date_text("2026-12-31")], 2: [], 3: [self.tr("Yes"), self.tr("No")],
                                4: [date_text("2026-12-31")], 5: ["100,000"], 6: ["100,000"]})
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.summary = QLabel(self)
        self.summary.setObjectName("suggestionsSummary")
        self.add_button = QPushButton(self.tr("Add suggestion"), self)
        self.add_button.setObjectName("addSuggestion")
        self.add_button.clicked.connect(self.add_suggestion)
        self.delete_button = QPushButton(self.tr("Delete suggestion"), self)
        self.delete_button.setObjectName("deleteSuggestion")
        self.delete_button.clicked.connect(self.delete_suggestion)
        self.saver = AutoSaver(self._save, self)
        self.editor = QWidget(self)
        self.fields: dict[str, QWidget] = {
            "received_date": date_box(self.editor), "submitted_by": QLineEdit(self.editor),
            "text": QPlainTextEdit(self.editor), "implemented": QCheckBox(self.tr("Implemented"), self.editor),
            "implemented_date": date_box(self.editor), "reward": QLineEdit(self.editor),
            "saving": QLineEdit(self.editor)}
        self.fields["text"].setTabChangesFocus(True)
        self.fields["text"].setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.names = {"received_date": self.tr("Received"), "submitted_by": self.tr("Submitted by"),
                      "text": self.tr("Suggestion"), "implemented": self.tr("Implemented"),
                      "implemented_date": self.tr("Implemented on"), "reward": self.tr("Reward"),
                      "saving": self.tr("Saving")}
        grid = QGridLayout(self.editor)
        grid.setContentsMargins(0, 0, 0, 0)
        places = {"received_date": (0, 0), "submitted_by": (0, 2), "text": (1, 0), "implemented": (2, 0),
                  "implemented_date": (2, 2), "reward": (3, 0), "saving": (3, 2)}
        for field, widget in self.fields.items():
            widget.setObjectName(f"suggestion_{field}")
            read = (lambda w=widget: w.text()) if field in _MONEY else None
            self.saver.bind(field, widget, read, label=self.names[field])
            row, column = places[field]
            if field == "implemented":
                grid.addWidget(widget, row, column + 1)
                continue
            label = QLabel(self.names[field], self.editor)
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1, 1, 3 if field == "text" else 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        self.saver.problem.connect(lambda text: (self.problem.setText(text), self.problem.setVisible(bool(text))))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)
        layout.addWidget(self.problem)
        self._show(None)

    # -- loading -------------------------------------------------------------------------------------------------

    def load(self, enterprise_id: str | None) -> None:
        self.saver.flush()
        self._enterprise_id = enterprise_id
        self._suggestion = None
        self.reload()
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self._show(None)

    def reload(self) -> None:
        current = self._suggestion["id"] if self._suggestion else None
        suggestions = self._ctx.ws.suggestions.list(enterprise_id=self._enterprise_id,
                                                    order_by="received_date desc") if self._enterprise_id else []
        self.view.selectionModel().blockSignals(True)
        self.model.set_suggestions(suggestions)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.view.selectRow(row)
            self._suggestion = self.model.suggestion(row)
        self.view.selectionModel().blockSignals(False)
        self._show_summary()

    def _show_summary(self) -> None:
        suggestions = self.model.suggestions()
        done = [s for s in suggestions if s.get("implemented")]
        saving = sum(s.get("saving") or 0 for s in done)
        self.summary.setText(self.tr("{received}, {implemented} · savings {saving}").format(
            received=self.tr("%n received", "suggestions", len(suggestions)),
            implemented=self.tr("%n implemented", "suggestions", len(done)), saving=number_text(saving)))
        self.add_button.setEnabled(self._enterprise_id is not None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.saver.flush()
        self._show(self.model.suggestion(current.row()) if current.isValid() else None)

    def _show(self, suggestion: Record | None) -> None:
        self._suggestion = suggestion
        self.editor.setEnabled(suggestion is not None)
        self.delete_button.setEnabled(suggestion is not None)
        self.problem.hide()
        record = suggestion or {}
        with self.saver.loading():
            set_date(self.fields["received_date"], record.get("received_date"))
            self.fields["submitted_by"].setText(record.get("submitted_by") or "")
            self.fields["text"].setPlainText(record.get("text") or "")
            self.fields["implemented"].setChecked(bool(record.get("implemented")))
            set_date(self.fields["implemented_date"], record.get("implemented_date"))
            for field in _MONEY:
                self.fields[field].setText(format_number(record.get(field)))
        self.fields["implemented_date"].setEnabled(bool(record.get("implemented")))

    # -- changing ------------------------------------------------------------------------------------------------

    def _save(self, changes: dict[str, Any]) -> None:
        if self._suggestion is None:
            return
        problems = []
        for field in _MONEY:
            if field in changes:
                changes[field] = parse_number(changes[field] or "")
                if isinstance(changes[field], str):
                    problems.append(Problem(field, "not_number", NOT_NUMBER))
        if problems:
            raise ValidationError("suggestion", problems)
        if changes.get("implemented") and not self._suggestion.get("implemented_date"):
            changes.setdefault("implemented_date", dt.date.today().isoformat())
        self._suggestion = self._ctx.ws.suggestions.update(self._suggestion["id"], **changes)
        with self.saver.loading():
            set_date(self.fields["implemented_date"], self._suggestion.get("implemented_date"))
        self.fields["implemented_date"].setEnabled(bool(self._suggestion.get("implemented")))

    def add_suggestion(self) -> None:
        if not self._enterprise_id:
            return
        self.saver.flush()
        self._suggestion = self._ctx.ws.suggestions.create(enterprise_id=self._enterprise_id,
                                                           received_date=dt.date.today().isoformat(),
                                                           implemented=False)
        self.reload()
        self._show(self._suggestion)
        self.fields["text"].setFocus()

    def delete_suggestion(self) -> None:
        if self._suggestion is not None:
            self.saver.discard()
            self._ctx.deletions.delete("suggestion", self._suggestion["id"])

    def on_changes(self, changes: ChangeSet) -> None:
        if self._enterprise_id and self._enterprise_id in changes.enterprises and changes.touches("suggestion"):
            self.reload()
            if self._suggestion is not None and self.model.row_of(self._suggestion["id"]) < 0:
                self._show(None)
