"""Showing errors (STYLE.md habit 7): a user's error is one translated sentence; a bug gets "copy details"."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from score_desktop import APP_NAME
from score_desktop.errors import UserError

log = logging.getLogger(__name__)


def user_message(error: UserError) -> str:
    """The error's sentence in the UI language: the one way every screen words a user's error (its template and
    the words among its parameters are extracted by lupdate from errors.py)."""
    params = dict(error.params)
    for name in error.translated_params:
        params[name] = QApplication.translate("Entities", str(params[name]))
    return QApplication.translate(error.context, error.template).format(**params)


def show_error(error: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """A user's error as one sentence, a bug with "copy details". Returns the box, already open.

    The box is window-modal but does not block (no nested event loop): code that reacts to events while it is
    open (an autosave on focus-out, a timer) runs in the main loop as usual and cannot re-enter the caller.
    """
    if not isinstance(error, UserError):
        return show_bug(error, parent)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, user_message(error), QMessageBox.StandardButton.Ok,
                      parent)
    _keep_open(box)
    return box


def show_bug(error: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """A bug: log it with its traceback, tell the user plainly, and let them copy the details for a report."""
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error:\n%s", details)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      QApplication.translate("Errors", "Something went wrong inside SCORE Desktop. Your saved "
                                                       "work is safe. Please send the details to your coordinator."),
                      QMessageBox.StandardButton.Close, parent)
    box.setDetailedText(details)
    copy = box.addButton(QApplication.translate("Errors", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    _keep_open(box)
    return box


def _keep_open(box: QMessageBox) -> None:
    # open() does not block: without a parent nothing else holds the box, and Python would delete it at once.
    _OPEN_BOXES.add(box)
    box.finished.connect(lambda _result: _OPEN_BOXES.discard(box))
    box.open()


def open_error_boxes() -> list[QMessageBox]:
    """The error boxes on screen now (what a trainer sees; the tests look at them too)."""
    return [box for box in _OPEN_BOXES if box.isVisible()]


_OPEN_BOXES: set[QMessageBox] = set()
