"""The participants of a session as two editable tables: attendance (who, and a tick per day) and feedback (the
three scores and a comment from the paper forms).

Edits write at once through the store (nothing to save). A value the store refuses (a score of 7, the same person
twice) is not written: the model says why through :attr:`ParticipantRows.problem` and keeps what was there.
Ticking is made for the morning of a session day: arrow keys move, the space bar ticks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from score_desktop.domain.training import present_fields
from score_desktop.errors import UserError, ValidationError
from score_desktop.store import training
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core import labels
from score_desktop.ui.training.common import day_header, day_text, describe

Index = QModelIndex | QPersistentModelIndex
#: The participant's record id, for screens that act on the selected participant.
IdRole = Qt.ItemDataRole.UserRole
#: The codes of a choice column (side, gender), for the choice delegate.
ChoicesRole = Qt.ItemDataRole.UserRole + 1


class ParticipantRows(QAbstractTableModel):
    """Participants of one session, one per row; subclasses say which columns they show and edit."""

    #: A sentence when a value was refused, "" once a write went through.
    problem = Signal(str)

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._rows: list[training.Participant] = []
        self.session_id: str | None = None

    # -- rows ---------------------------------------------------------------------------------------------------

    def load(self, session_id: str | None) -> None:
        self.beginResetModel()
        self.session_id = session_id
        self._rows = training.participants(self._ws, session_id) if session_id else []
        self._loaded()
        self.endResetModel()

    def _loaded(self) -> None:
        """Hook for what depends on the session (the day columns)."""

    def refresh_records(self, ids: set[str]) -> None:
        """Re-read changed participants in place (a tick elsewhere), without resetting the view."""
        for row, participant in enumerate(self._rows):
            if participant.record["id"] in ids:
                record = self._ws.attendances.find(participant.record["id"])
                if record is None:
                    continue
                self._rows[row] = training.Participant(record, participant.enterprise_name,
                                                       participant.enterprise_latin)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def ids(self) -> set[str]:
        return {participant.record["id"] for participant in self._rows}

    def participant(self, row: int) -> training.Participant:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        return next((n for n, p in enumerate(self._rows) if p.record["id"] == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    # -- writing ------------------------------------------------------------------------------------------------

    def _write(self, row: int, changes: dict[str, Any]) -> bool:
        participant = self._rows[row]
        try:
            record = self._ws.attendances.update(participant.record["id"], **changes)
        except ValidationError as error:
            self.problem.emit(describe(error, self.field_names()))
            return False
        except UserError as error:
            self.problem.emit(str(error))
            return False
        self._rows[row] = training.Participant(record, participant.enterprise_name, participant.enterprise_latin)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.problem.emit("")
        return True

    def field_names(self) -> dict[str, str]:
        """How the screen names each field, for the sentences of refused values."""
        return {"name": self.tr("Name"), "position": self.tr("Position"), "days_present": self.tr("Days present"),
                "feedback_content": self.tr("Content useful"), "feedback_trainer": self.tr("Trainer clear"),
                "feedback_apply": self.tr("Will apply at work"), "feedback_comment": self.tr("Comment")}


_PERSON = ("name", "enterprise", "side", "gender", "position")


class AttendanceModel(ParticipantRows):
    """Name, enterprise, manager or worker, sex, position, then one tick column per day of the session."""

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(ws, parent)
        self.days: list[str] = []

    def _loaded(self) -> None:
        from score_desktop.domain.training import session_days

        session = self._ws.training_sessions.find(self.session_id) if self.session_id else None
        self.days = session_days(session) if session else []

    def day_of_column(self, column: int) -> str | None:
        offset = column - len(_PERSON)
        return self.days[offset] if 0 <= offset < len(self.days) else None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(_PERSON) + len(self.days)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(_PERSON):
            return (self.tr("Name"), self.tr("Enterprise"), self.tr("Manager or worker"), self.tr("Sex"),
                    self.tr("Position"))[section]
        day = self.day_of_column(section)
        if day is None:
            return None
        return self.tr("Day {number}\n{date}").format(number=section - len(_PERSON) + 1, date=day_header(day))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        participant = self._rows[index.row()]
        record = participant.record
        if role == IdRole:
            return record["id"]
        day = self.day_of_column(index.column())
        if day is not None:
            if role == Qt.ItemDataRole.CheckStateRole:
                present = day in (record.get("days_present") or [])
                return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Space ticks or unticks {name} on {date}").format(name=record["name"],
                                                                                date=day_text(day))
            return None
        if not 0 <= index.column() < len(_PERSON):
            return None
        key = _PERSON[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "enterprise":
                return participant.enterprise_name
            if key in ("side", "gender"):
                return labels.label(key, record.get(key))
            return record.get(key) or ""
        if role == Qt.ItemDataRole.EditRole:
            return record.get(key) or ""
        if role == ChoicesRole and key in ("side", "gender"):
            return [("", "")] + labels.choices(key)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.day_of_column(index.column()) is not None:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() < len(_PERSON) and _PERSON[index.column()] != "enterprise":
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        record = self._rows[index.row()].record
        day = self.day_of_column(index.column())
        if day is not None and role == Qt.ItemDataRole.CheckStateRole:
            days = set(record.get("days_present") or [])
            days = days | {day} if Qt.CheckState(value) == Qt.CheckState.Checked else days - {day}
            return self._write(index.row(), present_fields(days))
        if role != Qt.ItemDataRole.EditRole or index.column() >= len(_PERSON):
            return False
        key = _PERSON[index.column()]
        if key == "enterprise":
            return False
        text = (value or "").strip() if isinstance(value, str) else value
        return self._write(index.row(), {key: text or None})


_FEEDBACK = ("name", "enterprise", "feedback_content", "feedback_trainer", "feedback_apply", "feedback_comment")
_SCORES = _FEEDBACK[2:5]


class FeedbackModel(ParticipantRows):
    """Name and enterprise, the three scores (1-5) and the comment, typed in from the paper forms."""

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(_FEEDBACK)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(_FEEDBACK):
            return (self.tr("Name"), self.tr("Enterprise"), self.tr("Content useful\n(1-5)"),
                    self.tr("Trainer clear\n(1-5)"), self.tr("Will apply at work\n(1-5)"), self.tr("Comment"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() >= len(_FEEDBACK):
            return None
        participant = self._rows[index.row()]
        key = _FEEDBACK[index.column()]
        if role == IdRole:
            return participant.record["id"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            if key == "enterprise":
                return participant.enterprise_name
            value = participant.record.get(key)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _SCORES:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() >= 2 else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() < 2 \
                or not 0 <= index.row() < len(self._rows):
            return False
        key = _FEEDBACK[index.column()]
        text = str(value or "").strip()
        if key == "feedback_comment":
            return self._write(index.row(), {key: text or None})
        if text and not text.lstrip("-").isdigit():
            self.problem.emit(self.tr("{field} must be a score from 1 to 5.").format(
                field=self.field_names()[key]))
            return False
        return self._write(index.row(), {key: int(text) if text else None})
