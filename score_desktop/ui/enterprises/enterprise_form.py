"""The profile of an enterprise: every field of DESIGN.md section 4, saved as the trainer types."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QCheckBox, QComboBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
                               QSpinBox, QVBoxLayout, QWidget)

from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core.autosave import AutoSaver
from score_desktop.ui.core.widgets import WrappedCheckBox, wrapping_form

#: Report languages by their own names, so a trainer finds theirs whatever the UI language.
REPORT_LANGUAGES = (("en", "English"), ("zh_CN", "简体中文"), ("es", "Español"), ("fr", "Français"),
                    ("vi", "Tiếng Việt"), ("id", "Bahasa Indonesia"))


def _list_text(value: list[str] | None) -> str:
    return ", ".join(value or [])


def _text_list(text: str) -> list[str] | None:
    items = [item.strip() for item in text.replace("，", ",").split(",") if item.strip()]
    return items or None


class SectorBox(QComboBox):
    """The catalog's sectors in the UI language (the code is stored). A sector the list does not have (typed
    before there was a list, or from a newer catalog) is kept and shown as it is stored, until another is
    chosen."""

    def __init__(self, sectors: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("", None)
        for code, name in sectors:
            self.addItem(name, code)
        self._known = self.count()

    def show_sector(self, code: str | None) -> None:
        while self.count() > self._known:  # the previous enterprise's own sector
            self.removeItem(self.count() - 1)
        if code and self.findData(code) < 0:
            self.addItem(code, code)
        self.setCurrentIndex(max(0, self.findData(code)))


def headcount_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(-1, 1_000_000)
    box.setSpecialValueText(" ")  # -1 shows blank: not known yet, which is not 0 people
    box.setValue(-1)
    box.setGroupSeparatorShown(True)
    return box


class EnterpriseForm(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 sectors: list[tuple[str, str]] | None = None) -> None:
        """``sectors``: (code, name in the UI language) of the catalog's sectors, as the sector box offers them."""
        super().__init__(parent)
        self._ws = ws
        self._record: Record | None = None
        self.saver = AutoSaver(self._save, self)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("color: #c62828;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.saver.problem.connect(self._show_problem)
        self.fields: dict[str, QWidget] = {}

        identity = self._group(self.tr("Enterprise"), [
            ("name", self.tr("Name"), QLineEdit(self)),
            ("name_latin", self.tr("Latin name"), QLineEdit(self)),
            ("sector", self.tr("Sector"), SectorBox(sectors or [], self)),
            ("products", self.tr("Products"), QLineEdit(self)),
            ("sponsors", self.tr("Sponsoring buyers"), QLineEdit(self)),
        ])
        place = self._group(self.tr("Address"), [
            ("address", self.tr("Address"), QLineEdit(self)),
            ("city", self.tr("City"), QLineEdit(self)),
            ("province", self.tr("Province"), QLineEdit(self)),
            ("country", self.tr("Country"), QLineEdit(self)),
        ])
        people = self._group(self.tr("Headcount"), [
            ("headcount_women", self.tr("Women"), headcount_box(self)),
            ("headcount_men", self.tr("Men"), headcount_box(self)),
            ("headcount_managers", self.tr("Managers"), headcount_box(self)),
            ("headcount_workers", self.tr("Workers"), headcount_box(self)),
        ])
        language = QComboBox(self)
        language.addItem("", None)
        for code, name in REPORT_LANGUAGES:
            language.addItem(name, code)
        notes = QPlainTextEdit(self)
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(notes.fontMetrics().lineSpacing() * 4 + 12)
        contact = self._group(self.tr("Contact and reports"), [
            ("contact_name", self.tr("Contact person"), QLineEdit(self)),
            ("contact_phone", self.tr("Phone"), QLineEdit(self)),
            ("contact_email", self.tr("E-mail"), QLineEdit(self)),
            ("consent_share", self.tr("Consent"), WrappedCheckBox(self.tr("Agrees to share its data with the "
                                                                          "programme"), self)),
            ("report_language", self.tr("Report language"), language),
            ("notes", self.tr("Notes"), notes),
        ])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.problem_label)
        for group in (identity, place, people, contact):
            layout.addWidget(group)
        layout.addStretch()

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        group = QGroupBox(title, self)
        form = wrapping_form(group)
        for field, label, row_widget in rows:
            widget = row_widget.box if isinstance(row_widget, WrappedCheckBox) else row_widget
            widget.setObjectName(field)
            form.addRow(label, row_widget)
            self.fields[field] = widget
            read = (lambda w=widget: _text_list(w.text())) if field == "sponsors" else None
            self.saver.bind(field, widget, read, label=label)
        return group

    # -- loading and saving ----------------------------------------------------------------------------------

    @property
    def record_id(self) -> str | None:
        return self._record["id"] if self._record else None

    def load(self, record: Record) -> None:
        self.saver.flush()
        self._record = record
        self._show_problem("")
        with self.saver.loading():
            for field, widget in self.fields.items():
                self._fill(widget, field, record.get(field))

    @staticmethod
    def _fill(widget: QWidget, field: str, value: Any) -> None:
        if isinstance(widget, SectorBox):
            widget.show_sector(value)
        elif isinstance(widget, QSpinBox):
            widget.setValue(-1 if value is None else value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        else:
            widget.setText(_list_text(value) if field == "sponsors" else value or "")
            widget.setCursorPosition(0)  # a long name shows its beginning ("Guangzhou Hua…"), not its end

    def _save(self, changes: dict[str, Any]) -> None:
        if self._record is None:
            return
        if "name" in changes and not changes["name"]:
            changes.pop("name")  # a name is required: keep the last one until a new one is typed
            if not changes:
                return
        self._record = self._ws.enterprises.update(self._record["id"], **changes)

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
