"""Autosave when the disk is full: one box, one attempt, nothing lost, and the save goes through once it can."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from score_desktop.errors import DiskFullError
from score_desktop.ui.core.errors import user_message
from tests.builders import make_visit


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_full_disk_shows_one_box_and_saves_when_it_is_closed(qtbot, window, workspace, monkeypatch):
    window.show_screen("visit", make_visit(workspace)["id"])
    screen = window.screens["visit"]
    screen.new_finding()
    attempts = []
    real_update = workspace.observations.update

    def full(*args, **kwargs):
        attempts.append(kwargs)
        raise DiskFullError()

    monkeypatch.setattr(workspace.observations, "update", full)
    screen.editor.text.setFocus()
    qtbot.keyClicks(screen.editor.text, "Exit blocked")
    # The trainer moves on to the recommendation: the text is saved on focus-out, and the disk is full.
    qtbot.mouseClick(screen.editor.recommendation.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_boxes()))
    qtbot.wait(600)  # the debounce timer and the focus moving to the box have had their chance to save again
    boxes = _boxes()
    assert len(boxes) == 1 and boxes[0].text() == user_message(DiskFullError())
    assert len(attempts) == 1
    assert screen.editor.saver.has_pending()  # nothing lost: the text waits on screen and in the saver

    monkeypatch.setattr(workspace.observations, "update", real_update)  # the trainer freed some space
    qtbot.mouseClick(boxes[0].button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.editor.saver.has_pending())
    assert workspace.observations.get(screen.editor.finding_id)["text"] == "Exit blocked"
    assert not _boxes()
