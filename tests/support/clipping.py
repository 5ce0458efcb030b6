"""Finds the texts a window cuts: what the pseudo-locale test (and a developer at a real display) looks for.

A text is *clipped* when the room its widget gives it is narrower than the text, measured with the widget's own
font (QFontMetrics), in pixels:

- a label: the longest line against the label's contents width (a word-wrapped or rich-text label: the height it
  needs at its width against its height);
- a button, check box or radio button: its size hint (text, icon, margins, as the style draws them) against its
  width;
- a group box: its title plus the style's indent against its width;
- a table header section: its text (each line), margins and sort arrow against the section's width, and a
  section that lies partly beyond the visible part of the table (it needs sideways scrolling to be read), except
  in a grid the code marks as scrolling sideways on purpose (``scrolls_sideways``: a column per day);
- a tab: its text and the style's padding against the tab's width, and a tab bar that needs scroll arrows;
- a list entry (the sidebar): its text against the row's width;
- a table cell that shows a word of the app's own vocabulary (a translated code such as a visit type, a status, a
  role, a rating; a module's name): its text and margins against the column's width (what trainers typed is
  left out: a long finding is meant to be elided and read in full in its editor);
- a combo box that shows a word of that vocabulary: its text and arrow, as the style draws them, against its
  width;
- a scroll area that shows a sideways scroll bar (the page does not fit the window's width), a tool bar or menu
  bar that hides entries behind its » button, and a window whose layout needs more than the screen.

Only what is visible counts: a hidden tab's widgets are checked when the test shows that tab.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QComboBox, QGroupBox, QHeaderView, QLabel,
                               QListView, QMenuBar, QPushButton, QScrollArea, QStyle, QStyleOptionComboBox,
                               QStyleOptionHeader, QTabBar, QTableView, QToolBar, QWidget)

#: Pixels of slack: sub-pixel advances round differently in a size hint and in painting.
SLACK = 1


@dataclass(frozen=True)
class Clipped:
    where: str
    text: str
    needed: int
    given: int

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r} needs {self.needed} px, has {self.given}"


def _plain(text: str) -> str:
    """A label's or button's text as painted: a mnemonic's & gone (&& is one &)."""
    return re.sub(r"&(.)", r"\1", text)


def _name(widget: QWidget) -> str:
    parts = []
    while widget is not None and len(parts) < 3:
        parts.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(parts))


def _widest(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label(label: QLabel) -> Clipped | None:
    text = label.text()
    if not text.strip():
        return None
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return Clipped(_name(label), text, needed, label.height())
        return None
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        needed = int(document.idealWidth())
    else:
        needed = _widest(label.fontMetrics(), _plain(text) if label.buddy() else text)
    if needed > room.width() + SLACK:
        return Clipped(_name(label), text, needed, room.width())
    return None


def _button(button: QAbstractButton) -> Clipped | None:
    if not button.text().strip():
        return None
    if isinstance(button, QPushButton):  # its size hint has a minimum width of the style's, whatever the text
        style = button.style()
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        needed = (button.fontMetrics().horizontalAdvance(_plain(button.text())) + icon
                  + 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
                  + 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button))
    else:
        needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return Clipped(_name(button), button.text(), needed, button.width())
    return None


def _group_box(box: QGroupBox) -> Clipped | None:
    if not box.title():
        return None
    needed = box.fontMetrics().horizontalAdvance(_plain(box.title())) + 2 * box.style().pixelMetric(
        QStyle.PixelMetric.PM_LayoutLeftMargin)
    if needed > box.width() + SLACK:
        return Clipped(_name(box), box.title(), needed, box.width())
    return None


def _header(header: QHeaderView) -> list[Clipped]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal or header.isHidden():
        return []
    found = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, QStyleOptionHeader(), header)
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, QStyleOptionHeader(), header)
    visible = header.viewport().width() if isinstance(header, QAbstractScrollArea) else header.width()
    sideways = bool(header.parentWidget() and header.parentWidget().property("scrolls_sideways"))
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        needed = _widest(header.fontMetrics(), text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            needed += arrow + margin
        where = f"{_name(header.parentWidget())} header"
        if needed > header.sectionSize(logical) + SLACK:
            found.append(Clipped(where, text, needed, header.sectionSize(logical)))
            continue
        start = header.sectionViewportPosition(logical)
        if start + header.sectionSize(logical) > visible + SLACK and not sideways:
            found.append(Clipped(where + " (beyond the table's width)", text, start + header.sectionSize(logical),
                                 visible))
        lines = text.count("\n") + 1
        if lines * header.fontMetrics().height() > header.height() + SLACK:
            found.append(Clipped(where + " (height)", text, lines * header.fontMetrics().height(), header.height()))
    return found


def _tab_bar(bar: QTabBar) -> list[Clipped]:
    found = []
    padding = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _plain(bar.tabText(index))
        needed = bar.fontMetrics().horizontalAdvance(text) + padding
        rect = bar.tabRect(index)
        if needed > rect.width() + SLACK:
            found.append(Clipped(f"{_name(bar)} tab", text, needed, rect.width()))
        elif rect.right() > bar.width() + SLACK:
            found.append(Clipped(f"{_name(bar)} tab (behind the scroll arrows)", text, rect.right(), bar.width()))
    return found


def _list(view: QListView) -> list[Clipped]:
    model = view.model()
    if model is None or view.wordWrap():
        return []
    found = []
    for row in range(model.rowCount(view.rootIndex())):
        index = model.index(row, view.modelColumn(), view.rootIndex())
        text = str(index.data() or "")
        rect = view.visualRect(index)
        if not text or rect.isEmpty():
            continue
        needed = view.fontMetrics().horizontalAdvance(text) + 2 * view.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        given = min(rect.width(), view.viewport().width() - rect.left())
        if needed > given + SLACK:
            found.append(Clipped(f"{_name(view)} entry", text, needed, given))
    return found


def _cells(view: QTableView, vocabulary: frozenset[str]) -> list[Clipped]:
    model = view.model()
    if model is None or not vocabulary:
        return []
    found = []
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    top, bottom = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    rows = range(max(top, 0), (bottom if bottom >= 0 else model.rowCount() - 1) + 1)
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        for row in rows:
            index = model.index(row, column)
            text = index.data()
            if not isinstance(text, str) or text not in vocabulary:
                continue
            needed = view.fontMetrics().horizontalAdvance(text) + margin
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                needed += view.iconSize().width() if view.iconSize().isValid() else view.fontMetrics().height()
            if needed > view.columnWidth(column) + SLACK:
                found.append(Clipped(f"{_name(view)} cell", text, needed, view.columnWidth(column)))
                break  # one per column says enough
    return found


def _combo(box: QComboBox, vocabulary: frozenset[str]) -> Clipped | None:
    text = box.currentText()
    if not text or box.isEditable() or text not in vocabulary:
        return None
    option = QStyleOptionComboBox()
    option.initFrom(box)
    option.currentText = text
    content = QSize(box.fontMetrics().horizontalAdvance(text), box.fontMetrics().height())
    needed = box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, content, box).width()
    if needed > box.width() + SLACK:
        return Clipped(_name(box), text, needed, box.width())
    return None


def _hidden_entries(bar: QWidget) -> Clipped | None:
    extension = next((child for child in bar.findChildren(QWidget)
                      if child.objectName() in ("qt_toolbar_ext_button", "qt_menubar_ext_button")), None)
    if extension is not None and extension.isVisible():
        return Clipped(_name(bar), "» (entries hidden for want of room)", bar.sizeHint().width(), bar.width())
    return None


#: The laptop screen every window must fit.
SCREEN = QSize(1366, 768)


def clipped_texts(window: QWidget, screen: QSize = SCREEN, vocabulary: frozenset[str] = frozenset()
                  ) -> list[Clipped]:
    """Every text ``window`` cuts as it is shown now (see the module's docstring for what counts); ``vocabulary``
    is the app's own words whose table cells are checked."""
    found: list[Clipped | None] = []
    needs = window.minimumSizeHint()
    if needs.width() > screen.width() or needs.height() > screen.height():
        found.append(Clipped(_name(window), "the window's layout", needs.width(), screen.width()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or widget.window() is not window:
            continue
        if isinstance(widget, QLabel):
            found.append(_label(widget))
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), (QTabBar, QToolBar)):
            found.append(_button(widget))
        elif isinstance(widget, QGroupBox):
            found.append(_group_box(widget))
        elif isinstance(widget, QComboBox):
            found.append(_combo(widget, vocabulary))
        elif isinstance(widget, (QToolBar, QMenuBar)):
            found.append(_hidden_entries(widget))
        if isinstance(widget, QHeaderView):
            found.extend(_header(widget))
        elif isinstance(widget, QTabBar):
            found.extend(_tab_bar(widget))
        elif isinstance(widget, QListView):
            found.extend(_list(widget))
        elif isinstance(widget, QTableView):
            found.extend(_cells(widget, vocabulary))
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(Clipped(_name(widget), "(the page scrolls sideways)", widget.widget().width(),
                                 widget.viewport().width()))
    return [clip for clip in found if clip is not None]
