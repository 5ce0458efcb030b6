"""The enterprise list as a lazy, sortable, filterable table model (STYLE.md habit 6)."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from score_desktop.store import queries
from score_desktop.store.workspace import ChangeSet, Workspace
from score_desktop.ui.core.lazy_model import Column, LazyTableModel, Row


def _headcount(row: Row) -> str:
    women, men = row.get("headcount_women"), row.get("headcount_men")
    if women is None and men is None:
        return ""
    return str((women or 0) + (men or 0))


def enterprise_columns(sector_name: Callable[[str | None], str] | None = None) -> list[Column]:
    """The list's columns; ``sector_name`` writes a stored sector code in the UI language."""
    # Literal texts, so pyside6-lupdate finds them (it cannot follow a variable).
    translate = QCoreApplication.translate
    return [Column("name", translate("EnterpriseTableModel", "Name"), "name"),
            Column("name_latin", translate("EnterpriseTableModel", "Latin name"), "name_latin"),
            Column("city", translate("EnterpriseTableModel", "City"), "city"),
            Column("sector", translate("EnterpriseTableModel", "Sector"), "sector",
                   (lambda row: sector_name(row.get("sector"))) if sector_name else None),
            Column("sponsors", translate("EnterpriseTableModel", "Sponsors"), "sponsors"),
            Column("headcount", translate("EnterpriseTableModel", "Workers"), None, _headcount)]


class EnterpriseTableModel(LazyTableModel):
    def __init__(self, ws: Workspace, parent: Any = None, *, load: bool = True,
                 sector_name: Callable[[str | None], str] | None = None) -> None:
        self._ws = ws
        self.filter = queries.EnterpriseFilter()
        super().__init__(enterprise_columns(sector_name), self._fetch_page, self.count_rows, order_by="name asc",
                         parent=parent, load=load)

    def set_filter(self, enterprise_filter: queries.EnterpriseFilter) -> None:
        if enterprise_filter != self.filter:
            self.filter = enterprise_filter
            if self.loaded:
                self.reload()

    def _fetch_page(self, order_by: str, limit: int, offset: int) -> list[Row]:
        where, args = self.filter.where()
        # The id breaks ties, so paging never repeats or skips an enterprise of the same city.
        return self._ws.enterprises.list(where=where, where_args=args, order_by=f"{order_by}, id", limit=limit,
                                         offset=offset)

    def count_rows(self) -> int:
        where, args = self.filter.where()
        return self._ws.enterprises.count(where=where, where_args=args)

    def on_changes(self, changes: ChangeSet) -> None:
        """Refresh only when enterprises changed (or visits, which the module filter looks at)."""
        if self.loaded and (changes.touches("enterprise") or (self.filter.module and changes.touches("visit"))):
            self.reload()
