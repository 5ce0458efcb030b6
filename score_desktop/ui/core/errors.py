"""Showing errors (STYLE.md habit 7): a user's error is one translated sentence; a bug gets "copy details"."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from score_desktop import APP_NAME
from score_desktop.errors import UserError

log = logging.getLogger(__name__)


def user_message(error: UserError) -> str:
    """The error's sentence in the UI language (templates are extracted by lupdate from errors.py)."""
    return QApplication.translate(error.context, error.template).format(**error.params)


def show_error(error: BaseException, parent: QWidget | None = None) -> None:
    if isinstance(error, UserError):
        QMessageBox.warning(parent, APP_NAME, user_message(error))
        return
    show_bug(error, parent)


def show_bug(error: BaseException, parent: QWidget | None = None) -> None:
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
    # open() does not block: without a parent nothing else holds the box, and Python would delete it at once.
    _OPEN_BOXES.add(box)
    box.finished.connect(lambda _result: _OPEN_BOXES.discard(box))
    box.open()


_OPEN_BOXES: set[QMessageBox] = set()
