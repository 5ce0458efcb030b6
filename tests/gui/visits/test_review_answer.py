"""The trainer's side of the review, driven as a user: Today says "your coordinator wrote", the visit opens on its
Review tab with a badge until read, and the trainer answers."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt

from score_desktop.store import reviews
from tests.builders import make_visit
from tests.support.qt import type_text


def coordinator_wrote(ws, visit, text):
    """What a pull brings when the coordinator set "has issues" with a comment (the server named them)."""
    now = "2026-11-27T08:00:00.000Z"
    with ws.transaction() as changes:
        for table, columns in (("review", {"state": "has_issues", "reviewer": "coco"}),
                               ("review_comment", {"text": text, "review_state": "has_issues", "author": "coco",
                                                   "author_role": "coordinator"})):
            row = {"id": str(uuid.uuid4()), "enterprise_id": visit["enterprise_id"], "visit_id": visit["id"],
                   **columns, "created_at": now, "updated_at": now, "updated_hlc": "0", "version": 1}
            ws.conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                            list(row.values()))
            changes.add("created", table, row["id"], visit["enterprise_id"])


def test_the_coordinators_comment_shows_in_today_and_on_the_visit_until_read_and_the_trainer_answers(
        qtbot, make_window, workspace, qtmodeltester):
    visit = make_visit(workspace, status="final")
    workspace.set_meta("sync_username", "lan")
    workspace.set_meta("sync_role", "trainer")
    window = make_window(workspace)
    today = window.screens["today"]
    assert not today.review_view.isVisible()
    coordinator_wrote(workspace, visit, "Finding 3 needs a photo of the exit.")
    qtbot.waitUntil(today.review_view.isVisible)
    assert today.review_model.rowCount() == 1
    qtmodeltester.check(today.review_model)
    assert [today.review_model.index(0, column).data() for column in (0, 3)] == [
        "Has issues", "Finding 3 needs a photo of the exit."]
    today.review_view.setFocus()
    qtbot.waitUntil(today.review_view.hasFocus)
    today.review_view.setCurrentIndex(today.review_model.index(0, 0))
    qtbot.keyClick(today.review_view, Qt.Key.Key_Return)
    screen = window.screens["visit"]
    assert window.current_screen == "visit" and screen.tabs.currentWidget() is screen.review
    panel = screen.review
    assert "Has issues" in panel.state.text() and "coco" in panel.state.text()
    assert "Finding 3 needs a photo of the exit." in panel.thread.view.toPlainText()
    qtbot.waitUntil(lambda: not reviews.unread(workspace, visit["id"]))  # read: the badge goes
    assert screen.tabs.tabText(screen.tabs.indexOf(panel)) == "Review"
    type_text(qtbot, panel.thread.box, "Photo added to finding 3.")
    qtbot.mouseClick(panel.thread.send_button, Qt.MouseButton.LeftButton)
    assert [(m["text"], m["mine"]) for m in reviews.thread(workspace, visit["id"])][-1] == (
        "Photo added to finding 3.", True)
    assert "Photo added to finding 3." in panel.thread.view.toPlainText()
    window.show_screen("today")
    assert not today.review_view.isVisible()
    # The next word of the coordinator puts the badge back on the tab.
    window.show_screen("visit", visit["id"])
    screen.tabs.setCurrentIndex(0)
    coordinator_wrote(workspace, visit, "Thanks. And finding 4?")
    assert screen.tabs.tabText(screen.tabs.indexOf(panel)) == "Review ●"
