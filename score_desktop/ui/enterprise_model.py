"""The enterprise list as a lazy table model (STYLE.md habit 6): rows arrive a page at a time as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from score_desktop.store.workspace import ChangeSet, Workspace

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class EnterpriseTableModel(QAbstractTableModel):
    COLUMNS = ("name", "name_latin", "city", "sector", "sponsors")

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._rows: list[dict[str, Any]] = []
        self._total = 0
        self._headers = {"name": self.tr("Name"), "name_latin": self.tr("Latin name"), "city": self.tr("City"),
                         "sector": self.tr("Sector"), "sponsors": self.tr("Sponsors")}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._ws.enterprises.count()
        self._rows = self._ws.enterprises.list(order_by="name", limit=PAGE)
        self.endResetModel()

    def on_changes(self, changes: ChangeSet) -> None:
        """Refresh only when enterprises changed."""
        if changes.touches("enterprise"):
            self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = self._ws.enterprises.list(order_by="name", limit=PAGE, offset=len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = record.get(self.COLUMNS[index.column()])
            return ", ".join(value) if isinstance(value, list) else value
        if role == Qt.ItemDataRole.UserRole:
            return record["id"]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[self.COLUMNS[section]]
        return None
