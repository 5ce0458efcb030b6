"""A list of records, each with a check box: attendees of a visit, EIT members to enrol, enterprises of a
session, last visits' actions to tick off.

The base keeps which records are ticked (by id, in the order they were ticked) and answers Qt; a subclass says how
a record reads (:meth:`text`) and, where ticking does more than remember the tick, what it does
(:meth:`is_checked`, :meth:`set_checked`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from score_desktop.store.records import Record

Index = QModelIndex | QPersistentModelIndex


class ChecklistModel(QAbstractListModel):
    def __init__(self, records: list[Record] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[Record] = list(records or [])
        self._ticked: list[str] = []

    # -- what a subclass says ----------------------------------------------------------------------------------

    def text(self, record: Record) -> str:
        return record.get("name") or ""

    def is_checked(self, record: Record) -> bool:
        return record["id"] in self._ticked

    def set_checked(self, row: int, checked: bool) -> None:
        """Remember the tick; a subclass that writes something when ticked overrides this."""
        record_id = self._records[row]["id"]
        if checked and record_id not in self._ticked:
            self._ticked.append(record_id)
        elif not checked and record_id in self._ticked:
            self._ticked.remove(record_id)

    # -- the list ----------------------------------------------------------------------------------------------

    def set_records(self, records: list[Record], *, ticked: list[str] | None = None) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._ticked = list(ticked or [])
        self.endResetModel()

    def record(self, row: int) -> Record:
        return self._records[row]

    def checked_ids(self) -> list[str]:
        """The ticked records' ids in the list's order."""
        return [record["id"] for record in self._records if self.is_checked(record)]

    def ticked(self) -> list[str]:
        """The ticked ids in the order they were ticked."""
        return list(self._ticked)

    def tick(self, record_id: str) -> None:
        row = next(n for n, record in enumerate(self._records) if record["id"] == record_id)
        self.setData(self.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    # -- Qt ----------------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.is_checked(record) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return record["id"]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.row() >= len(self._records):
            return False
        self.set_checked(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
