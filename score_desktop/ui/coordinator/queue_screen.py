"""Review: the coordinator's queue of visit reports (new since last look, received, has issues, approved), narrowed
by state, trainer (the account that synced the visit), enterprise, module and sponsor; a report opens its review
page. The list pages lazily and sorts in SQL (``store.reviews``)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from score_desktop.store import reviews
from score_desktop.store.reviews import QueueFilter
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import labels
from score_desktop.ui.core.lazy_model import Column, LazyTableModel, Row
from score_desktop.ui.core.widgets import RefreshedOnChange, heading, muted, on_activated, table_view


class ReviewQueueScreen(RefreshedOnChange, QWidget):
    WATCHES = ("visit", "enterprise", "review", "review_comment", "signed_report")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._filter = QueueFilter()
        columns = [
            Column("state", self.tr("Review"), "state", text=lambda row: labels.label("review_state", row["state"])),
            Column("visit_date", self.tr("Visit date"), "visit_date"),
            Column("enterprise_name", self.tr("Enterprise"), "enterprise"),
            Column("module", self.tr("Module"), "module", text=lambda row: self._module_name(row["module"])),
            Column("created_by", self.tr("Trainer"), "trainer"),
            Column("sponsors", self.tr("Sponsors"), text=lambda row: ", ".join(_sponsors(row["sponsors"]))),
            Column("status", self.tr("Report"), text=lambda row: labels.label("visit_status", row["status"])),
        ]
        self.model = LazyTableModel(columns, self._fetch, self._count, order_by="state asc", parent=self,
                                    style=self._style, load=False)
        self.view = table_view(self.model, self, name="reviewQueue", stretch=5, sortable=True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # what needs a look first
        on_activated(self.view, ctx.nav.open_review.emit)

        self.filters: dict[str, QComboBox] = {}
        bar = QHBoxLayout()
        for key, everything in (("state", self.tr("All states")), ("trainer", self.tr("All trainers")),
                                ("enterprise", self.tr("All enterprises")), ("module", self.tr("All modules")),
                                ("sponsor", self.tr("All sponsors"))):
            box = QComboBox(self)
            box.setObjectName(f"{key}Filter")
            box.addItem(everything, None)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumContentsLength(10)
            box.currentIndexChanged.connect(self._filter_changed)
            self.filters[key] = box
            bar.addWidget(box)
        bar.addStretch()
        for code, text in ((code, labels.label("review_state", code)) for code in reviews.QUEUE_STATES):
            self.filters["state"].addItem(text, code)
        self.count = QLabel(self)
        self.count.setObjectName("queueCount")
        self.empty = muted(self.tr("No visit reports to review: they arrive here once trainers finalise or sign a "
                                   "visit and sync."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Visit reports to review"), self))
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.count)

    # -- the list --------------------------------------------------------------------------------------------------

    def _fetch(self, order_by: str, limit: int, offset: int) -> list[Row]:
        return reviews.queue_page(self._ctx.ws, self._filter, order_by=order_by, limit=limit, offset=offset)

    def _count(self) -> int:
        return reviews.count_queue(self._ctx.ws, self._filter)

    def _module_name(self, code: str) -> str:
        try:
            return self._ctx.catalog.module(code).name(self._ctx.language)
        except KeyError:
            return code

    def _style(self, row: Row, column: Column, role: int) -> Any:
        if column.key != "state":
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(labels.REVIEW_COLORS.get(row["state"], "#607d8b")))
        if role == Qt.ItemDataRole.FontRole and row["state"] == reviews.NEW:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _read_filter(self) -> QueueFilter:
        values = {key: box.currentData() for key, box in self.filters.items()}
        return QueueFilter(state=values["state"], trainer=values["trainer"], enterprise_id=values["enterprise"],
                           module=values["module"], sponsor=values["sponsor"])

    def _filter_changed(self) -> None:
        self._filter = self._read_filter()
        if self.model.loaded:
            self._reload()

    def refresh(self) -> None:
        self._dirty = False
        self._fill_choices()
        self._reload()
        for column, width in ((0, 150), (1, 95), (2, 260), (3, 220), (4, 110)):
            self.view.horizontalHeader().resizeSection(column, width)

    def _reload(self) -> None:
        self.model.reload()
        total = self.model.total
        self.count.setText(self.tr("%n report(s)", "", total))
        self.empty.setVisible(total == 0 and self._filter == QueueFilter())

    def _fill_choices(self) -> None:
        """The trainers, enterprises, modules and sponsors among the reports, keeping what is chosen."""
        choices = reviews.queue_choices(self._ctx.ws)
        choices["module"] = [(code, self._module_name(code)) for code, _ in choices["module"]]
        for key, pairs in choices.items():
            box = self.filters[key]
            chosen = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value, text in pairs:
                box.addItem(text, value)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
            box.blockSignals(False)
        self._filter = self._read_filter()  # a value that left the lists falls back to "all"


def _sponsors(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value]
    if isinstance(value, str) and value.startswith("["):
        return [str(item) for item in json.loads(value)]
    return [value] if value else []
