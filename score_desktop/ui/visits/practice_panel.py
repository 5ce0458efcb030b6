"""Practice checks on the visit screen: "good practice in place" for the chosen topic, and the module's practice
score (the share of its topics in place) at the baseline and at this visit.

A check is saved the moment it is ticked (one record per topic and visit; unticking keeps the record as "no", so
the sync and the report know the topic was assessed).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from score_desktop.domain.practice import PracticeScore
from score_desktop.store import practice
from score_desktop.store.practice import LastTime, PracticeSummary
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core import labels
from score_desktop.ui.core.formats import percent_text
from score_desktop.ui.visits.checklist_model import ChecklistModel
from score_desktop.ui.visits.previous_findings import LastTimeLabel


class PracticeCheck(QCheckBox):
    """Ticks the good practice of the current topic in place (Ctrl+G from anywhere on the visit screen)."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceInPlace")
        self.setText(self.tr("Good practice in place"))
        self.setToolTip(self.tr("SCORE's practice check for this topic at this visit (Ctrl+G)"))
        self._ws = ws
        self._visit: Record | None = None
        self._topic: str | None = None
        self._topics: tuple[str, ...] = ()
        self.clicked.connect(self._ticked)

    def show_topic(self, visit: Record | None, topics: tuple[str, ...], topic: str | None,
                   in_place: dict[str, bool]) -> None:
        self._visit, self._topics, self._topic = visit, topics, topic
        self.setVisible(topic is not None)
        self.blockSignals(True)
        self.setChecked(bool(topic and in_place.get(topic)))
        self.blockSignals(False)

    def toggle_practice(self) -> None:
        if self.isVisible() and self.isEnabled():
            self.setChecked(not self.isChecked())
            self._ticked(self.isChecked())

    def _ticked(self, checked: bool) -> None:
        if self._visit is not None and self._topic is not None:
            practice.set_in_place(self._ws, self._visit, self._topic, checked, self._topics)


class PracticeScoreLabel(QLabel):
    """"Good practices in place: baseline 2 of 7 (29 %) · this visit 5 of 7 (71 %)"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceScore")
        self.setWordWrap(True)

    def show_summary(self, summary: PracticeSummary | None) -> None:
        if summary is None:
            self.setText("")
            return
        parts = []
        if summary.phase == "baseline":
            parts.append(self.tr("baseline (this visit): {score}").format(score=self._score(summary.baseline)))
        else:
            parts.append(self.tr("baseline: {score}").format(score=self._score(summary.baseline)))
            parts.append(self.tr("this visit: {score}").format(score=self._score(summary.now)))
        self.setText(self.tr("<b>Good practices in place</b><br>{parts}").format(parts="<br>".join(parts)))

    def _score(self, score: PracticeScore | None) -> str:
        if score is None or score.percent is None:
            return self.tr("not assessed")
        return self.tr("{in_place} of {total} ({percent})").format(
            in_place=score.in_place, total=score.total, percent=percent_text(score.percent))


class VisitPractice(QObject):
    """Keeps the visit screen's practice parts in step with the store: the checklist's marks (last time's rating,
    the tick of a practice in place), the score, and the chosen topic's check and last time's findings."""

    def __init__(self, ws: Workspace, checklist: ChecklistModel, check: PracticeCheck, score: PracticeScoreLabel,
                 last_time: LastTimeLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws, self._checklist, self._check, self._score, self._last_label = ws, checklist, check, score, last_time
        self._visit: Record | None = None
        self._topics: tuple[str, ...] = ()
        self._last: LastTime | None = None

    def load(self, visit: Record, topics: tuple[str, ...]) -> None:
        self._visit, self._topics = visit, topics
        self._last = practice.last_time(self._ws, visit)
        self.refresh(None)

    def refresh(self, topic: str | None) -> None:
        if self._visit is None:
            return
        in_place = {code: bool(check["in_place"])
                    for code, check in practice.visit_checks(self._ws, self._visit["id"]).items()}
        previous = {code: labels.worst_rating([f.get("rating") for f in findings])
                    for code, findings in (self._last.findings.items() if self._last else ())}
        self._checklist.set_marks(previous, in_place)
        self._score.show_summary(practice.practice_summary(self._ws, self._visit, self._topics)
                                 if self._topics else None)
        self.show_topic(topic)

    def show_topic(self, topic: str | None) -> None:
        in_place = {code: self._checklist.in_place(code) for code in self._topics}
        self._check.show_topic(self._visit, self._topics, topic if topic in self._topics else None, in_place)
        self._last_label.show_topic(self._last, topic)
