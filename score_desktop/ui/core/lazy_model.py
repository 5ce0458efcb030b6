"""A table model that fetches its rows a page at a time (STYLE.md habit 6) and sorts in SQL.

Each list (enterprises, visits, actions) gives it its columns and two functions: ``fetch(order_by, limit, offset)``
returning row dicts and ``count()``. Rows arrive as the view scrolls (``canFetchMore``/``fetchMore``), so a list of
5,000 visits opens as fast as a list of 50. Clicking a sortable header re-queries in the new order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    #: The name the fetch function sorts by; None when the column cannot be sorted.
    sort_key: str | None = None
    #: Turns the row into the shown text; by default ``row[key]`` (lists joined by commas).
    text: Callable[[Row], str] | None = None
    #: The tooltip, when it says more than the text (a module's name behind its code); by default the text.
    tooltip: Callable[[Row], str] | None = None


def plain_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


class RecordTableModel(QAbstractTableModel):
    """Rows of records (dicts with an ``id``) under one header per column; subclasses answer ``data``."""

    def __init__(self, headers: tuple[str, ...] | list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[Row] = []

    def row_record(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        """The row showing ``record_id`` among those loaded, or -1."""
        return next((n for n, row in enumerate(self._rows) if row["id"] == record_id), -1)

    def record_at(self, index: Index) -> Row | None:
        """The record of a valid index of this model, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


class RowsTableModel(RecordTableModel):
    """A table of row dicts set all at once (short lists: the Today screen, an enterprise's KPIs)."""

    IdRole = Qt.ItemDataRole.UserRole

    def __init__(self, columns: list[Column], parent: Any = None,
                 style: Callable[[Row, Column, int], Any] | None = None) -> None:
        super().__init__([column.header for column in columns], parent)
        self.columns = columns
        self._style = style

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.record_at(index)
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row) if column.text else plain_text(row.get(column.key))
        if role == self.IdRole:
            return row["id"]
        if self._style is not None:
            return self._style(row, column, role)
        return None


class LazyTableModel(RowsTableModel):
    """Rows fetched a page at a time from ``fetch(order_by, limit, offset)``; ``count()`` says how many there are."""

    def __init__(self, columns: list[Column], fetch: Callable[[str, int, int], list[Row]],
                 count: Callable[[], int], *, order_by: str, parent: Any = None,
                 style: Callable[[Row, Column, int], Any] | None = None, load: bool = True) -> None:
        super().__init__(columns, parent, style)
        self._fetch = fetch
        self._count = count
        self.order_by = order_by
        self._total = 0
        #: A screen not shown yet has not queried anything: start-up only pays for what is on screen.
        self.loaded = False
        if load:
            self.reload()

    # -- loading ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Start again from the first page (after a change, a new filter or a new order)."""
        self.beginResetModel()
        self.loaded = True
        self._total = self._count()
        self._rows = self._fetch(self.order_by, PAGE, 0) if self._total else []
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many rows the list has in all (as counted at the last reload)."""
        return self._total

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt override
        if parent.isValid():
            return
        more = self._fetch(self.order_by, PAGE, len(self._rows))
        if not more:
            self._total = len(self._rows)  # rows went away meanwhile; the next change reloads
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        direction = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
        order_by = f"{self.columns[column].sort_key} {direction}"
        if order_by != self.order_by:
            self.order_by = order_by
            if self.loaded:
                self.reload()

    def loaded_ids(self) -> set[str]:
        return {row["id"] for row in self._rows}
