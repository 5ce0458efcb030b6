"""Search as you type: enterprises, visits, findings and actions, in any script (Chinese 1-2 characters too).

Each query runs in the background (``ui.core.tasks``) on a connection of its own, so a slow query never holds a
keystroke; answers to queries the trainer has already typed past are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from score_desktop.store import search
from score_desktop.store.workspace import connect
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.lazy_model import Column, RowsTableModel
from score_desktop.ui.core.tasks import TaskContext, TaskSlot, run_in_background
from score_desktop.ui.core.widgets import heading, on_activated, table_view

DEBOUNCE_MS = 150
LIMIT = 100


def _search_worker(database, query: str):
    def work(_task: TaskContext) -> list[dict]:
        conn = connect(database)
        try:
            hits = search.search(conn, query, limit=LIMIT)
            ids = sorted({hit.enterprise_id for hit in hits})
            names = dict(conn.execute(f"SELECT id, name FROM enterprise WHERE id IN ({', '.join('?' * len(ids))})",
                                      ids).fetchall()) if ids else {}
        finally:
            conn.close()
        # The snippet comes from the body; when the words matched the title only, it would show unrelated text.
        return [{"id": hit.record_id, "entity": hit.entity, "title": hit.title,
                 "snippet": hit.snippet if "[" in hit.snippet else "",
                 "enterprise_id": hit.enterprise_id, "enterprise_name": names.get(hit.enterprise_id, "")}
                for hit in hits]

    return work


class SearchScreen(QWidget):
    #: The trainer chose a hit: (entity, record id).
    chosen = Signal(str, str)
    #: A search finished: (query, number of hits).
    searched = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._search = TaskSlot()  # the answer to what is typed now; older answers are dropped
        self._query = ""
        kinds = {"enterprise": self.tr("Enterprise"), "visit": self.tr("Visit"), "observation": self.tr("Finding"),
                 "action_item": self.tr("Action"), "eit_member": self.tr("EIT member"), "photo": self.tr("Photo")}
        self.model = RowsTableModel([
            Column("entity", self.tr("What"), text=lambda row: kinds.get(row["entity"], row["entity"])),
            Column("title", self.tr("Title")),
            Column("snippet", self.tr("Where it matches")),
            Column("enterprise_name", self.tr("Enterprise")),
        ], self)
        self.view = table_view(self.model, self, name="searchResults", stretch=2)
        header = self.view.horizontalHeader()
        header.resizeSection(0, 90)
        header.resizeSection(1, 260)
        header.resizeSection(3, 220)
        on_activated(self.view, self._choose)
        self.title = heading(self.tr("Search"), self, size=1.4)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)

    def search_for(self, query: str) -> None:
        """Search for ``query`` after a short pause in typing."""
        self._query = query.strip()
        self._timer.start()

    def _run(self) -> None:
        query = self._query
        if not query:
            self._search.cancel()
            self.model.set_rows([])
            self.status.setText("")
            return
        self.status.setText(self.tr("Searching…"))
        run_in_background(_search_worker(self._ctx.ws.paths.database, query), owner=self, slot=self._search,
                          on_done=lambda hits: self._show(query, hits))

    def _show(self, query: str, hits: list[dict]) -> None:
        self.model.set_rows(hits)
        self.title.setText(self.tr("Search: {query}").format(query=query))
        self.status.setText(self.tr("%n result(s)", "", len(hits)) if hits else
                            self.tr("Nothing found. Try fewer or shorter words."))
        if hits:
            self.view.selectRow(0)
        self.searched.emit(query, len(hits))

    def open_first(self) -> None:
        if self.model.rowCount():
            self._choose(self.model.row_record(0)["id"])

    def _choose(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.chosen.emit(self.model.row_record(row)["entity"], record_id)
