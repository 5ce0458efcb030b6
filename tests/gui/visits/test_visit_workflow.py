"""A trainer starts a visit, walks the checklist with keys, writes findings, deletes one and gets it back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from score_desktop.store import queries
from score_desktop.ui.core.autosave import DEBOUNCE_MS
from score_desktop.ui.visits.new_visit_dialog import NewVisitDialog
from tests.builders import make_eit_member, make_enterprise, make_visit
from tests.support.qt import type_text


def _dialog(qtbot) -> NewVisitDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewVisitDialog))
    return QApplication.activeModalWidget()


def test_start_a_visit_with_attendees_from_the_eit(qtbot, window, workspace):
    factory = make_enterprise(workspace, name="华美服装")
    chair = make_eit_member(workspace, factory, name="王芳", side="manager")
    worker = make_eit_member(workspace, factory, name="李娜", side="worker")
    make_eit_member(workspace, factory, name="张伟", to_date="2020-01-01")  # left the team long ago
    window.show_screen("enterprise", factory["id"])
    qtbot.mouseClick(window.screens["enterprise"].new_visit_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    assert dialog.module.currentData() == "WC"  # the first module in the default order, never visited
    assert dialog.visit_type.currentData() == "baseline"
    assert dialog.attendees_model.rowCount() == 2 and set(dialog.attendees_model.checked_ids()) == {
        chair["id"], worker["id"]}
    # Untick 李娜 with the space bar, as a keyboard user would.
    dialog.attendees.setFocus()
    dialog.attendees.setCurrentIndex(dialog.attendees_model.index(
        [dialog.attendees_model.index(r).data() for r in range(2)].index("李娜 (Worker)")))
    qtbot.keyClick(dialog.attendees, Qt.Key.Key_Space)
    dialog.co_visitors.setFocus()
    qtbot.keyClicks(dialog.co_visitors, "Maria Lopez, Tran Van An")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "visit")
    visit = workspace.visits.get(window.screens["visit"].visit_id)
    assert visit["module"] == "WC" and visit["status"] == "draft" and visit["visit_type"] == "baseline"
    assert visit["attendees"] == [chair["id"]] and visit["co_visitors"] == ["Maria Lopez", "Tran Van An"]


def test_walk_the_checklist_rate_and_write_findings(qtbot, window, workspace, catalog):
    visit = make_visit(workspace, module="QM")
    topics = catalog.module("QM").topics
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    assert screen.checklist_model.rowCount() == len(topics) + 1  # and the free findings
    screen.checklist.setFocus()
    qtbot.waitUntil(screen.checklist.hasFocus)

    qtbot.keyClick(screen.checklist, Qt.Key.Key_2)  # rate the first topic: needs improvement
    findings = queries.findings_of_visit(workspace, visit["id"])
    assert [(f["topic"], f["rating"]) for f in findings] == [(topics[0].code, "improve")]
    assert screen.rating_buttons.checkedButton().objectName() == "rate_improve"

    qtbot.keyClick(screen.checklist, Qt.Key.Key_F8)  # next topic, one key away
    assert screen.current_topic() == topics[1].code
    assert topics[1].guidance["en"][:40] in screen.guidance.text()
    qtbot.mouseClick(screen.findChild(type(screen.new_finding_button), "rate_good"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a second finding on this topic
    assert screen.editor.text.hasFocus()
    type_text(qtbot, screen.editor.text, "安全出口被纸箱堵住 near line 3")
    # Saved while typing: within half a second of the last key, with no Save button.
    qtbot.waitUntil(lambda: any(f["text"] == "安全出口被纸箱堵住 near line 3"
                                for f in queries.findings_of_visit(workspace, visit["id"])),
                    timeout=DEBOUNCE_MS + 300)
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_Tab)
    assert screen.editor.recommendation.hasFocus()  # the tab order follows the form
    type_text(qtbot, screen.editor.recommendation, "Keep the exit clear")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # critical, from anywhere
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert screen.current_topic() == topics[2].code
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert screen.current_topic() == topics[1].code

    rows = {(f["topic"], f["rating"], f["recommendation"]) for f in queries.findings_of_visit(workspace, visit["id"])}
    assert rows == {(topics[0].code, "improve", None), (topics[1].code, "good", None),
                    (topics[1].code, "critical", "Keep the exit clear")}
    # The checklist shows each topic's worst rating and its number of findings.
    assert screen.checklist_model.index(1).data().endswith("(2)")

    # A free finding, outside the checklist.
    screen.checklist.setCurrentIndex(screen.checklist_model.index(len(topics)))
    qtbot.mouseClick(screen.new_finding_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, screen.editor.location, "Warehouse")
    screen.editor.saver.flush()
    free = [f for f in queries.findings_of_visit(workspace, visit["id"]) if f["topic"] is None]
    assert len(free) == 1 and free[0]["location"] == "Warehouse"


def test_delete_a_finding_and_undo_or_restore_from_the_trash(qtbot, window, workspace):
    visit = make_visit(workspace)
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    qtbot.mouseClick(screen.new_finding_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, screen.editor.text, "Fire extinguisher missing")
    screen.findings_view.setFocus()
    qtbot.keyClick(screen.findings_view, Qt.Key.Key_Delete)
    assert queries.findings_of_visit(workspace, visit["id"]) == []
    deleted = workspace.observations.list(include_deleted=True, visit_id=visit["id"])[0]
    assert deleted["text"] == "Fire extinguisher missing"  # typing was saved before the delete
    assert window.undo_delete_action.isEnabled() and window.undo_delete_action.text() == "Undo delete finding"

    qtbot.keyClick(screen.findings_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo delete
    assert [f["id"] for f in queries.findings_of_visit(workspace, visit["id"])] == [deleted["id"]]
    assert screen.editor.finding_id == deleted["id"]

    qtbot.mouseClick(screen.delete_finding_button, Qt.MouseButton.LeftButton)
    window.show_screen("trash")
    trash = window.screens["trash"]
    assert trash.model.rowCount() == 1 and trash.model.index(0, 1).data() == "Fire extinguisher missing"
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.model.rowCount() == 0
    assert not window.undo_delete_action.isEnabled()  # nothing left to undo: it came back from the trash
    assert [f["id"] for f in queries.findings_of_visit(workspace, visit["id"])] == [deleted["id"]]


def test_open_actions_of_earlier_visits_are_ticked_off(qtbot, window, workspace):
    from tests.builders import make_action_item

    factory = make_enterprise(workspace)
    earlier = make_visit(workspace, factory, visit_date="2026-10-01")
    action = make_action_item(workspace, earlier, title="Mark the walkways")
    today = make_visit(workspace, factory, visit_date="2026-11-20")
    window.show_screen("visit", today["id"])
    carried = window.screens["visit"].carried
    assert carried.isVisible() and carried.model.rowCount() == 1
    box = carried.view.visualRect(carried.model.index(0))
    # Click the check box at the start of the row.
    qtbot.mouseClick(carried.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(box.left() + 10,
                                                                                    box.center().y()))
    assert workspace.action_items.get(action["id"])["status"] == "done"


def test_ctrl_p_on_a_visit_opens_the_preview_of_its_report(qtbot, window, workspace):
    from score_desktop.ui.dialogs.report_preview import ReportPreviewDialog

    visit = make_visit(workspace)
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    screen.checklist.setFocus()
    qtbot.keyClick(screen.checklist, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialogs = [d for d in window.findChildren(ReportPreviewDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].visit_id == visit["id"]
    qtbot.waitUntil(lambda: dialogs[0].report_path is not None, timeout=30_000)
    dialogs[0].reject()


def test_typed_work_is_put_on_the_disk_a_moment_after_typing_stops(qtbot, window, workspace):
    checkpoints = []

    def make_durable():
        checkpoints.append(workspace.observations.count())
        workspace.make_durable()

    timer = window._disk_guard._timer
    timer.timeout.disconnect()
    timer.timeout.connect(make_durable)
    visit = make_visit(workspace)
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    qtbot.mouseClick(screen.new_finding_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, screen.editor.text, "Oil on the floor by press 2")
    assert checkpoints == [] and timer.isActive()  # typing goes on: nothing is forced to the disk per key
    qtbot.waitUntil(lambda: bool(checkpoints), timeout=20_000)
    # Once for the whole burst of typing, after the finding was saved, and nothing more is due: no save waits
    # and the guard's timer is not running (only a new change would start it again).
    assert checkpoints == [1]
    assert not screen.editor.saver.has_pending() and not timer.isActive()
