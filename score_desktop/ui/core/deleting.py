"""The question before deleting an enterprise, a visit or an EIT member: what goes with it, and how to get it back.

Deleting never loses anything (the Trash, Edit ▸ Undo delete), but an enterprise takes years of visits with it, so
the question says how much, in the trainer's words, before anything happens.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QWidget

from score_desktop import APP_NAME


class Counted(QObject):
    """Counts of what goes with a deleted record, each a real plural ("1 visit", "2 visites"). A class, because
    lupdate reads plurals only from ``self.tr(text, "", n)``."""

    def text(self, entity: str, n: int) -> str:
        if entity == "visit":
            return self.tr("%n visit(s)", "", n)
        if entity == "observation":
            return self.tr("%n finding(s)", "", n)
        if entity == "photo":
            return self.tr("%n photo(s)", "", n)
        if entity == "action_item":
            return self.tr("%n action(s)", "", n)
        if entity == "eit_member":
            return self.tr("%n EIT member(s)", "", n)
        if entity == "kpi_reading":
            return self.tr("%n KPI reading(s)", "", n)
        if entity == "suggestion":
            return self.tr("%n suggestion(s)", "", n)
        if entity == "attendance":
            return self.tr("%n participant(s) in classroom sessions", "", n)
        if entity == "practice_check":
            return self.tr("%n good practice check(s)", "", n)
        return f"{n} {entity}"

    def signed_visits(self, n: int, name: str) -> str:
        return self.tr("{name} has %n signed visit(s). A signed visit is the enterprise's signed record: it is not "
                       "deleted. If the enterprise was entered by mistake, reopen its signed visits (with that "
                       "reason) first.", "", n).format(name=name)

    def owned_actions(self, n: int) -> str:
        return self.tr("%n action(s) they own keep them as owner until you choose another.", "", n)


#: The order the parts are named in: what a trainer counts first.
_ORDER = ("visit", "observation", "photo", "action_item", "eit_member", "kpi_reading", "suggestion", "attendance",
          "practice_check")


def parts_text(counts: dict[str, int]) -> str:
    """``{"visit": 3, "photo": 1}`` as "3 visits, 1 photo" (enrolments, counted with their participants, left out)."""
    counted = Counted()
    named = [counted.text(entity, counts[entity]) for entity in _ORDER if counts.get(entity)]
    return QCoreApplication.translate("Deleting", ", ").join(named)


def ask_to_delete(parent: QWidget, question: str, on_yes: Callable[[], None], *, button: str) -> QMessageBox:
    """A question (rich text allowed) with a Delete button named ``button`` and Cancel; ``on_yes`` runs when
    Delete is pressed. Not modal to the event loop: the window goes on painting while it waits."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, question, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmDelete")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(QCoreApplication.translate(
        "Deleting", "It goes to the Trash; Edit ▸ Undo delete (Ctrl+Z) or the Trash brings it back."))
    delete = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
    delete.setObjectName("confirmDeleteButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: box.clickedButton() is delete and on_yes())
    box.open()
    return box


def say_it_cannot_go(parent: QWidget, why: str) -> QMessageBox:
    """Why something cannot be deleted, with OK only (no question asked)."""
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, why, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("cannotDelete")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def on_delete_key(view: QAbstractItemView, slot: Callable[[], object]) -> QAction:
    """The Delete key on a list asks to delete its current row (as on the findings and photos)."""
    action = QAction(view)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    view.addAction(action)
    return action
