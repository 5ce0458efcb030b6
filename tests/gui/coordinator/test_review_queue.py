"""A coordinator's desk, driven as a user: Review in the sidebar (not for a trainer), the queue of visit reports and
its filters, a review page where a state is set with a comment, and the thread it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from score_desktop.store import reviews
from tests.builders import make_enterprise, make_visit
from tests.support.qt import type_text


def as_account(ws, username, role):
    ws.set_meta("sync_username", username)
    ws.set_meta("sync_role", role)


def programme(ws):
    """Reports of two trainers, as a coordinator's laptop holds them after a pull."""
    lan = make_enterprise(ws, name="Lan Garments", sponsors=["Brand A"])
    minh = make_enterprise(ws, name="Minh Shoes", sponsors=["Brand B"])
    visits = [make_visit(ws, lan, module="WC", status="final"), make_visit(ws, lan, module="QM", status="signed"),
              make_visit(ws, minh, module="WC", status="final"), make_visit(ws, minh, status="draft")]
    with ws.transaction():
        for visit, trainer in zip(visits, ("lan", "lan", "minh", "minh")):
            ws.conn.execute("UPDATE visit SET created_by = ? WHERE id = ?", (trainer, visit["id"]))
    as_account(ws, "coco", "coordinator")
    return visits


def sidebar_entries(window):
    return [window.sidebar.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.sidebar.count())
            if not window.sidebar.item(row).isHidden()]


def choose(box, value):
    box.setCurrentIndex(box.findData(value))


def queue_ids(screen):
    return [screen.model.row_record(row)["id"] for row in range(screen.model.rowCount())]


def test_the_queue_lists_reports_to_review_and_narrows_by_trainer_module_sponsor(qtbot, make_window, workspace,
                                                                                 qtmodeltester):
    lan_wc, lan_qm, minh_wc, _draft = programme(workspace)
    window = make_window(workspace)
    assert "review" in sidebar_entries(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen == "review"
    screen = window.screens["review"]
    qtmodeltester.check(screen.model)
    assert set(queue_ids(screen)) == {lan_wc["id"], lan_qm["id"], minh_wc["id"]}
    assert screen.count.text() == "3 report(s)"  # English plurals come from the .qm, not loaded here
    assert {screen.model.index(row, 0).data() for row in range(3)} == {"New since last look"}
    choose(screen.filters["trainer"], "lan")
    assert set(queue_ids(screen)) == {lan_wc["id"], lan_qm["id"]}
    choose(screen.filters["module"], "WC")
    assert queue_ids(screen) == [lan_wc["id"]]
    choose(screen.filters["trainer"], None)
    choose(screen.filters["sponsor"], "Brand B")
    assert queue_ids(screen) == [minh_wc["id"]]
    assert screen.filters["enterprise"].findText("Minh Shoes") > 0
    # Enter on a report opens its review page.
    screen.view.setFocus()
    qtbot.waitUntil(screen.view.hasFocus)
    screen.view.setCurrentIndex(screen.model.index(0, 0))
    qtbot.keyClick(screen.view, Qt.Key.Key_Return)
    assert window.current_screen == "review_visit"
    assert window.screens["review_visit"].visit_id == minh_wc["id"]


def test_a_review_sets_a_state_with_a_comment_and_the_queue_follows(qtbot, make_window, workspace):
    lan_wc, *_ = programme(workspace)
    window = make_window(workspace)
    window.ctx.nav.open_review.emit(lan_wc["id"])
    page = window.screens["review_visit"]
    assert "Lan Garments" in page.title.text() and "trainer: lan" in page.subtitle.text()
    assert "New since last look" in page.state.text()
    type_text(qtbot, page.thread.box, "Finding 3 needs a photo of the exit.")
    qtbot.mouseClick(page.state_buttons["has_issues"], Qt.MouseButton.LeftButton)
    assert reviews.review_of(workspace, lan_wc["id"])["state"] == "has_issues"
    assert "Has issues" in page.state.text()
    thread = page.thread.view.toPlainText()
    assert "Finding 3 needs a photo of the exit." in thread and "Has issues" in thread and "You" in thread
    assert page.thread.box.toPlainText() == ""
    # A comment alone, sent with Ctrl+Enter, keeps the state.
    type_text(qtbot, page.thread.box, "Otherwise a good report.")
    page.thread.box.setFocus()
    qtbot.waitUntil(page.thread.box.hasFocus)
    qtbot.keyClick(page.thread.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [m["text"] for m in reviews.thread(workspace, lan_wc["id"])] == [
        "Finding 3 needs a photo of the exit.", "Otherwise a good report."]
    assert reviews.queue_state(workspace, lan_wc["id"]) == "has_issues"
    window.show_screen("review")
    queue = window.screens["review"]
    choose(queue.filters["state"], "has_issues")
    assert queue_ids(queue) == [lan_wc["id"]]
    window.ctx.nav.open_review.emit(lan_wc["id"])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.thread.box.setFocus()
    qtbot.waitUntil(page.thread.box.hasFocus)
    qtbot.keyClick(page.thread.box, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # approved
    assert reviews.queue_state(workspace, lan_wc["id"]) == "approved"
    window.go_back()
    assert window.current_screen == "review"
    assert queue_ids(queue) == []  # still narrowed to "has issues"
    choose(queue.filters["state"], "approved")
    assert queue_ids(queue) == [lan_wc["id"]]


def test_a_trainer_has_no_review_queue(qtbot, make_window, workspace):
    make_visit(workspace, status="final")
    as_account(workspace, "lan", "trainer")
    window = make_window(workspace)
    assert "review" not in sidebar_entries(window)
    assert not window.findChild(QAction, "go_review").isVisible()
    window.show_screen("review")
    assert window.current_screen != "review"


def test_the_visit_behind_a_report_opens_read_only_for_a_coordinator(qtbot, make_window, workspace):
    lan_wc, *_ = programme(workspace)
    window = make_window(workspace)
    window.ctx.nav.open_review.emit(lan_wc["id"])
    qtbot.mouseClick(window.screens["review_visit"].visit_button, Qt.MouseButton.LeftButton)
    assert window.current_screen == "visit"
    screen = window.screens["visit"]
    assert not screen.new_finding_button.isEnabled()
    assert not any(button.isEnabled() for button in screen.rating_buttons.buttons())


def test_the_review_page_opens_the_report_preview(qtbot, make_window, workspace):
    from score_desktop.ui.dialogs.report_preview import ReportPreviewDialog

    lan_wc, *_ = programme(workspace)
    window = make_window(workspace)
    window.ctx.nav.open_review.emit(lan_wc["id"])
    qtbot.mouseClick(window.screens["review_visit"].report_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ReportPreviewDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.building, timeout=30_000)  # built before the window closes
    dialog.reject()
