"""Small building blocks every screen uses, so lists and headings look and behave the same everywhere."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QLabel, QTableView, QWidget

from score_desktop.store.workspace import ChangeSet


class RefreshedOnChange:
    """Mixin for a screen that shows records: it re-reads when one of the entities in ``WATCHES`` changes, at once
    when visible, otherwise the next time it is shown (STYLE.md habit 5). The screen defines ``refresh()``, which
    sets ``_dirty`` to False; put the mixin before QWidget in the bases."""

    #: The entities whose changes make the screen stale; None: every change (and every sync round).
    WATCHES: tuple[str, ...] | None = ()
    _dirty = True

    def on_changes(self, changes: ChangeSet) -> None:
        if self.WATCHES is None or any(changes.touches(entity) for entity in self.WATCHES):
            self.mark_stale()

    def mark_stale(self) -> None:
        self._dirty = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()  # type: ignore[attr-defined]

    def is_stale(self) -> bool:
        return self._dirty

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.is_stale():
            self.refresh()  # type: ignore[attr-defined]
        super().showEvent(event)  # type: ignore[misc]


def table_view(model, parent: QWidget, *, name: str, stretch: int = -1, sortable: bool = False) -> QTableView:
    """A read-only row-selecting table; ``stretch`` is the column that takes the spare width."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch == -1)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if sortable:
        view.setSortingEnabled(True)
    return view


def on_activated(view: QAbstractItemView, callback: Callable[[str], None]) -> None:
    """Call ``callback(record id)`` when a row is double-clicked or Enter is pressed on it."""
    def activated(index: QModelIndex) -> None:
        record_id = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if record_id:
            callback(record_id)

    view.activated.connect(activated)


def heading(text: str, parent: QWidget, *, size: float = 1.25) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    return label


def muted(text: str, parent: QWidget) -> QLabel:
    """Secondary text: guidance, hints, counts."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
