"""A bug shows "copy details"; a user's error is one sentence and the app goes on."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from score_desktop.errors import NotFoundError
from score_desktop.ui.core.errors import show_error, user_message
from score_desktop.ui.core.tasks import run_in_background


def _message_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: bool(_visible_boxes()))
    return _visible_boxes()[0]


def _visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_bug_in_background_work_offers_copy_details(qtbot, window, caplog):
    def work(_task):
        raise RuntimeError("the thumbnail cache is confused")

    run_in_background(work, owner=window)  # no on_error: a bug goes to the bug dialog
    box = _message_box(qtbot)
    assert "Something went wrong" in box.text()
    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details")
    copy.click()
    assert "RuntimeError: the thumbnail cache is confused" in QApplication.clipboard().text()
    box.close()


def test_a_record_gone_is_named_in_words_not_by_its_code_and_id(qtbot, window):
    error = NotFoundError(entity="observation", record_id="3f2a0c1e-0000-4000-8000-000000000000")
    assert user_message(error) == ("This finding is no longer in the workspace: it was deleted, or it has not "
                                   "arrived by sync yet.")
    assert str(error) == "No observation with id 3f2a0c1e-0000-4000-8000-000000000000 in this workspace."


def test_opening_a_workspace_that_fails_with_a_bug_offers_copy_details(qtbot, catalog):
    from score_desktop.ui.main_window import MainWindow

    def broken_opener():
        raise KeyError("catalog_version")

    window = MainWindow(open_workspace=broken_opener)
    qtbot.addWidget(window)
    failures = []
    window.failed.connect(failures.append)
    window.show()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], KeyError)  # a bug stays a bug: not wrapped as a user's error
    box = show_error(failures[0], window)
    assert any(b.text() == "Copy details" for b in box.findChildren(QPushButton))
    box.close()
