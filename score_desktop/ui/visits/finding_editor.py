"""One finding: where, what was seen, how it rates, what to do, and its photos. Saved as the trainer types."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QStackedLayout,
                               QVBoxLayout, QWidget)

from score_desktop.store import queries
from score_desktop.store.records import Record
from score_desktop.ui.core import labels
from score_desktop.ui.core.autosave import AutoSaver
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.photo_strip import PhotoStrip
from score_desktop.ui.core.widgets import muted


def _text_box(parent: QWidget, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)  # Tab moves on through the form, as in every other field
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * 2 + 12)
    return box


class FindingEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._finding: Record | None = None
        self.saver = AutoSaver(self._save, self)
        self.location = QLineEdit(self)
        self.location.setObjectName("findingLocation")
        self.location.setPlaceholderText(self.tr("Line, workshop or place"))
        self.rating = QComboBox(self)
        self.rating.setObjectName("findingRating")
        self.rating.addItem("", None)
        for code, text in labels.choices("rating"):
            self.rating.addItem(text, code)
        self.text = _text_box(self, self.tr("What did you see?"))
        self.text.setObjectName("findingText")
        self.recommendation = _text_box(self, self.tr("What should the EIT do about it?"))
        self.recommendation.setObjectName("findingRecommendation")
        names = {"location": self.tr("Location"), "rating": self.tr("Rating"), "text": self.tr("Finding"),
                 "recommendation": self.tr("Recommendation")}
        for field in names:
            self.saver.bind(field, getattr(self, field), label=names[field])
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        self.saver.problem.connect(lambda text: (self.problem.setText(text), self.problem.setVisible(bool(text))))
        self.photos = PhotoStrip(ctx, self)

        form = QWidget(self)
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self._label(names["location"], self.location), 0, 0)
        grid.addWidget(self.location, 0, 1)
        grid.addWidget(self._label(names["rating"], self.rating), 0, 2)
        grid.addWidget(self.rating, 0, 3)
        grid.addWidget(self._label(names["text"], self.text), 1, 0, 1, 2)
        grid.addWidget(self._label(names["recommendation"], self.recommendation), 1, 2, 1, 2)
        grid.addWidget(self.text, 2, 0, 1, 2)
        grid.addWidget(self.recommendation, 2, 2, 1, 2)
        grid.addWidget(self.problem, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(2, 1)

        self.empty = muted(self.tr("No finding for this topic yet. Rate the topic with 1-4, or press Ctrl+N to "
                                   "write a finding; drop photos here to start one with them."), self)
        self.empty.setObjectName("noFinding")
        self._pages = QStackedLayout()
        self._pages.addWidget(form)
        self._pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._pages, 3)
        layout.addWidget(self.photos, 2)
        self.setTabOrder(self.location, self.rating)
        self.setTabOrder(self.rating, self.text)
        self.setTabOrder(self.text, self.recommendation)
        self.setTabOrder(self.recommendation, self.photos.view)
        self.show_finding(None)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, buddy.parentWidget())
        label.setBuddy(buddy)
        return label

    @property
    def finding_id(self) -> str | None:
        return self._finding["id"] if self._finding else None

    def show_finding(self, finding: Record | None) -> None:
        """Show ``finding`` (None: the topic has none yet). Pending typing of the previous one is saved first."""
        if finding is not None and self._finding is not None and finding["id"] == self._finding["id"]:
            self._finding = {**self._finding, "photo_count": finding.get("photo_count")}
            self.rating.blockSignals(True)
            self.rating.setCurrentIndex(max(0, self.rating.findData(finding.get("rating"))))
            self.rating.blockSignals(False)
            return
        self.saver.flush()
        self._finding = finding
        self.problem.hide()
        self._pages.setCurrentIndex(0 if finding else 1)
        with self.saver.loading():
            self.location.setText(finding.get("location") or "" if finding else "")
            self.rating.setCurrentIndex(max(0, self.rating.findData(finding.get("rating") if finding else None)))
            self.text.setPlainText(finding.get("text") or "" if finding else "")
            self.recommendation.setPlainText(finding.get("recommendation") or "" if finding else "")
        self.refresh_photos()

    def refresh_photos(self) -> None:
        photos = queries.photos_of(self._ctx.ws, observation_id=self._finding["id"]) if self._finding else []
        self.photos.show_finding(self.finding_id, photos)

    def _save(self, changes: dict[str, Any]) -> None:
        if self._finding is not None:
            self._finding = self._ctx.ws.observations.update(self._finding["id"], **changes)

    def focus_text(self) -> None:
        self.text.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        """A signed visit's finding: shown, not changed."""
        for box in (self.location, self.text, self.recommendation):
            box.setReadOnly(read_only)
        self.rating.setEnabled(not read_only)
        self.photos.set_read_only(read_only)
