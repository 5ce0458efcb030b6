"""A bug shows "copy details"; a user's error is one sentence and the app goes on."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from score_desktop.errors import DiskFullError
from score_desktop.ui.core.errors import user_message
from score_desktop.ui.core.tasks import run_in_background


def _message_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())


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


def test_a_full_disk_while_typing_is_one_sentence_and_typing_goes_on(qtbot, window, workspace, monkeypatch):
    from tests.builders import make_visit

    visit = make_visit(workspace)
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    screen.new_finding()
    real_update = workspace.observations.update

    def full(*args, **kwargs):
        raise DiskFullError()

    monkeypatch.setattr(workspace.observations, "update", full)
    qtbot.keyClicks(screen.editor.text, "Exit blocked")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    screen.editor.saver.flush()
    assert shown == [user_message(DiskFullError())]
    assert screen.editor.saver.has_pending()  # kept: the next save tries again
    monkeypatch.setattr(workspace.observations, "update", real_update)
    screen.editor.saver.flush()
    assert workspace.observations.get(screen.editor.finding_id)["text"] == "Exit blocked"
