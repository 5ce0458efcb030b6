"""The module's checklist as a list (topics, then "Free findings"), and the findings of the chosen topic."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from score_desktop.domain.catalog import Topic, localized
from score_desktop.store.records import Record
from score_desktop.ui.core import labels
from score_desktop.ui.core.lazy_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
_ICONS: dict[str, QIcon] = {}


def rating_icon(code: str | None) -> QIcon:
    """A filled dot in the rating's colour; a faint ring for "not rated yet" (so names stay aligned)."""
    key = code or ""
    if key not in _ICONS:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = labels.rating_color(code)
        if color is None:
            painter.setPen(QColor("#b0bec5"))
            painter.drawEllipse(2, 2, 10, 10)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(1, 1, 12, 12)
        painter.end()
        _ICONS[key] = QIcon(pixmap)
    return _ICONS[key]


def topic_icon(code: str | None, previous: str | None, in_place: bool) -> QIcon:
    """A topic's marks: last time's rating as a small dot, this visit's worst rating, and a tick when the good
    practice is in place at this visit. Always the same width, so the names stay aligned."""
    key = f"topic:{code}:{previous}:{in_place}"
    if key not in _ICONS:
        pixmap = QPixmap(40, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        before = labels.rating_color(previous)
        if before is not None:
            before.setAlpha(150)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(before)
            painter.drawEllipse(1, 4, 7, 7)
        painter.drawPixmap(11, 0, rating_icon(code).pixmap(14, 14))
        if in_place:
            painter.setPen(QPen(QColor("#2e7d32"), 2.2))
            painter.drawPolyline([QPointF(28, 7.5), QPointF(31.5, 11), QPointF(38, 3)])
        painter.end()
        _ICONS[key] = QIcon(pixmap)
    return _ICONS[key]


class ChecklistModel(QAbstractListModel):
    """One row per topic of the module, then one for findings outside the checklist. ``TopicRole`` gives the
    topic code (None for the free findings)."""

    TopicRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._topics: list[Topic] = []
        self._language = "en"
        self._findings: list[Record] = []
        self._loaded = False
        #: Last time's worst rating per topic, and the topics whose good practice is in place at this visit.
        self._previous: dict[str | None, str | None] = {}
        self._in_place: dict[str, bool] = {}

    def set_marks(self, previous: dict[str | None, str | None], in_place: dict[str, bool]) -> None:
        """Last time's ratings and this visit's practice checks (no reset: the selection stays)."""
        self._previous, self._in_place = previous, in_place
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def in_place(self, code: str | None) -> bool:
        return bool(code and self._in_place.get(code))

    def set_checklist(self, topics: tuple[Topic, ...], language: str, findings: list[Record]) -> None:
        self.beginResetModel()
        self._topics, self._language, self._findings = list(topics), language, findings
        self._loaded = True
        self.endResetModel()

    def set_findings(self, findings: list[Record]) -> None:
        """New findings of the visit: only the ratings and counts change, so no reset (the selection stays)."""
        self._findings = findings
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def topic_code(self, row: int) -> str | None:
        return self._topics[row].code if row < len(self._topics) else None

    def row_of_topic(self, code: str | None) -> int:
        known = [topic.code for topic in self._topics]
        return known.index(code) if code in known else len(self._topics)

    def topic(self, row: int) -> Topic | None:
        return self._topics[row] if 0 <= row < len(self._topics) else None

    def findings_of(self, code: str | None) -> list[Record]:
        known = {topic.code for topic in self._topics}
        if code is None:
            return [f for f in self._findings if f.get("topic") not in known]
        return [f for f in self._findings if f.get("topic") == code]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or not self._loaded else len(self._topics) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        topic = self.topic(index.row())
        code = topic.code if topic else None
        if role == Qt.ItemDataRole.DisplayRole:
            name = topic.name(self._language) if topic else self.tr("Free findings")
            count = len(self.findings_of(code))
            return f"{name}  ({count})" if count else name
        if role == Qt.ItemDataRole.DecorationRole:
            worst = labels.worst_rating([f.get("rating") for f in self.findings_of(code)])
            return topic_icon(worst, self._previous.get(code), self.in_place(code))
        if role == Qt.ItemDataRole.ToolTipRole:
            if topic is None:
                return self.tr("Findings that belong to no checklist topic")
            notes = [localized(topic.guidance, self._language)]
            if self._previous.get(code):
                notes.append(self.tr("Last time: {rating}").format(
                    rating=labels.label("rating", self._previous[code])))
            if self.in_place(code):
                notes.append(self.tr("Good practice in place at this visit"))
            return "\n\n".join(notes)
        if role == self.TopicRole:
            return code
        return None


class FindingsModel(RecordTableModel):
    """The findings of one topic: rating, location, the finding's first line, and how many photos."""

    IdRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__((self.tr("Rating"), self.tr("Location"), self.tr("Finding"), self.tr("Photos")), parent)

    finding = RecordTableModel.row_record

    def set_findings(self, findings: list[Record]) -> None:
        if [f["id"] for f in findings] == [f["id"] for f in self._rows]:
            self._rows = findings  # same rows: refresh their text in place, keep the selection
            if findings:
                self.dataChanged.emit(self.index(0, 0), self.index(len(findings) - 1, len(self._headers) - 1))
            return
        self.beginResetModel()
        self._rows = findings
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        finding = self.record_at(index)
        if finding is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return labels.label("rating", finding.get("rating"))
            if column == 1:
                return finding.get("location") or ""
            if column == 2:
                text = (finding.get("text") or "").strip()
                return text.splitlines()[0] if text else self.tr("(not written yet)")
            return str(finding.get("photo_count") or "") or ""
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return rating_icon(finding.get("rating"))
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return finding.get("text") or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.IdRole:
            return finding["id"]
        return None
