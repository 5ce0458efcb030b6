"""The records behind a figure: a list the coordinator opens one by one (Enter or a double click)."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from score_desktop.ui.core.lazy_model import Column, RowsTableModel
from score_desktop.ui.core.widgets import muted, table_view

#: How many rows the list shows at most (a figure over the whole programme may stand on thousands).
MAX_ROWS = 2000


class RecordsDialog(QDialog):
    """``rows`` are dicts with an ``id`` and the columns' keys; ``open_row(row)`` shows one where it belongs."""

    def __init__(self, title: str, columns: list[Column], rows: list[dict[str, Any]],
                 open_row: Callable[[dict[str, Any]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("recordsBehind")
        self._open_row = open_row
        self.model = RowsTableModel(columns, self)
        self.model.set_rows(rows[:MAX_ROWS])
        self.view = table_view(self.model, self, name="records", stretch=0)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        shown = self.tr("%n record(s)", "", len(rows))
        if len(rows) > MAX_ROWS:
            shown = self.tr("{count}; the first {shown} are listed").format(count=shown, shown=MAX_ROWS)
        layout.addWidget(muted(shown + " · " + self.tr("Enter or a double click opens one."), self))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 460)

    def _activated(self, index) -> None:
        row = self.model.row_record(index.row())
        self._open_row(row)
