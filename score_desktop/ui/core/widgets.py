"""Small building blocks every screen uses, so lists and headings look and behave the same everywhere."""

from __future__ import annotations

from typing import Callable, Iterable, Mapping

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QStyle, QTableView, QWidget)

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


def fit_columns(view: QTableView, words: Mapping[int, Iterable[str]]) -> None:
    """Make each column of ``words`` wide enough for its header and for the widest text it can show (the
    translated words of a code, the modules' names, a date), measured in the view's fonts, so no language cuts
    them. The stretching column takes what is left (give it none here)."""
    header = view.horizontalHeader()
    style = view.style()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    if view.isSortingEnabled():  # room for the sort arrow beside the title
        margin += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin // 2
    cell_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 4
    model = view.model()
    for column, texts in words.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = max((header.fontMetrics().horizontalAdvance(line) for line in title.split("\n")), default=0) + margin
        for text in texts:
            needed = max(needed, view.fontMetrics().horizontalAdvance(text) + cell_margin)
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            header.resizeSection(column, needed)


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


def wrapping_form(parent: QWidget | None = None) -> QFormLayout:
    """A form whose fields go under their labels when the two do not fit side by side (a narrow panel, a long
    French or Vietnamese label), instead of cutting the labels or making the page scroll sideways."""
    form = QFormLayout(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class WrappedCheckBox(QWidget):
    """A check box whose sentence wraps to the width it is given (a QCheckBox's text never wraps); clicking the
    sentence ticks the box, as clicking a check box's own text does."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.box)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.label and event.type() == QEvent.Type.MouseButtonRelease and self.box.isEnabled():
            self.box.click()
            return True
        return super().eventFilter(watched, event)
