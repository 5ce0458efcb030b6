"""The action plan, driven as a trainer would: an action from a finding with its owner and due date, its status
changed in the Actions screen, carried into the next visit, an "after" photo, Today's overdue actions, and the
sentences for bad input (nothing typed is lost)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QComboBox

from score_desktop.store.actions import ActionFilter
from score_desktop.ui.actions.action_dialog import ActionDialog
from tests.builders import make_action_item, make_eit_member, make_enterprise, make_observation, make_visit
from tests.support.qt import drop_files, type_text, write_picture

TODAY = dt.date.today()


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry as a keyboard user does: focus the closed box, Home, then Down until it shows."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def open_dialogs(window) -> list[ActionDialog]:
    return [dialog for dialog in window.findChildren(ActionDialog) if dialog.isVisible()]


def factory_with_finding(workspace, **visit_fields):
    factory = make_enterprise(workspace, name="华美服装")
    wang = make_eit_member(workspace, factory, name="王芳", side="manager")
    make_eit_member(workspace, factory, name="李娜")
    make_eit_member(workspace, factory, name="张伟", to_date="2020-01-01")  # left the team long ago
    visit = make_visit(workspace, factory, module="OSH", **{"visit_date": "2026-10-01",
                                                             "next_visit_date": "2026-11-01", **visit_fields})
    finding = make_observation(workspace, visit, topic="OSH-01", text="安全出口被纸箱堵住",
                               recommendation="Keep the exit clear")
    return factory, wang, visit, finding


def test_an_action_from_a_finding_through_the_actions_screen_to_the_next_visit(qtbot, window, workspace):
    factory, wang, visit, finding = factory_with_finding(workspace)
    window.ctx.nav.open_finding.emit(visit["id"], finding["id"])
    screen = window.screens["visit"]
    screen.findings_view.setFocus()
    qtbot.keyClick(screen.findings_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog, = open_dialogs(window)
    editor = dialog.editor
    # The finding's recommendation is the first draft, selected so typing replaces it.
    assert editor.title.toPlainText() == "Keep the exit clear"
    qtbot.waitUntil(editor.title.hasFocus)
    type_text(qtbot, editor.title, "清理三号线安全出口")
    owners = [editor.owner.itemText(n) for n in range(editor.owner.count())]
    assert "张伟" not in " ".join(owners) and {"王芳", "李娜"} <= set(owners)  # the current EIT only
    choose(qtbot, editor.owner, "王芳")
    assert editor.due_date.date() == QDate(2026, 11, 1)  # the next visit, when the trainer will check it
    editor.due_date.setFocus()
    editor.due_date.setDate(QDate(2026, 10, 20))
    qtbot.keyClick(editor.due_date, Qt.Key.Key_Tab)
    action = workspace.action_items.get(editor.action_id)
    assert (action["title"], action["owner_id"], action["due_date"], action["status"]) == (
        "清理三号线安全出口", wang["id"], "2026-10-20", "open")
    assert (action["observation_id"], action["visit_id"], action["module"]) == (finding["id"], visit["id"], "OSH")
    assert "安全出口被纸箱堵住" in editor.finding.text()  # the source finding, linked
    plan = screen.action_plan
    assert plan.model.rowCount() == 1 and plan.model.index(0, 1).data() == "王芳"
    assert screen.tabs.tabText(screen.tabs.indexOf(plan)) == "Action plan (1)"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not open_dialogs(window)

    # The Actions screen: the action among all enterprises'; F2 on its status, Down: in progress.
    window.show_screen("actions")
    actions = window.screens["actions"]
    row = actions.model.row_of(action["id"])
    assert actions.model.index(row, 3).data() == "王芳"
    actions.view.setFocus()
    actions.view.setCurrentIndex(actions.model.index(row, 4))
    qtbot.keyClick(actions.view, Qt.Key.Key_F2)
    status_box = actions.view.findChild(QComboBox, "statusEditor")
    assert status_box is not None and status_box.currentData() == "open"
    qtbot.keyClick(status_box, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: workspace.action_items.get(action["id"])["status"] == "in_progress")
    assert actions.model.index(row, 4).data() == "In progress" and actions.editor.status.currentData() == "in_progress"

    # The next visit of the factory: the open action is at the top, with its owner and due date.
    later = make_visit(workspace, factory, module="QM", visit_date="2026-11-01")
    window.show_screen("visit", later["id"])
    carried = window.screens["visit"].carried
    assert carried.isVisible() and carried.model.rowCount() == 1
    assert carried.model.index(0).data() == "清理三号线安全出口 · 王芳 · due 2026-10-20"


def test_an_after_photo_on_a_carried_action_shows_beside_the_findings_before(qtbot, window, workspace, tmp_path):
    factory, _wang, visit, finding = factory_with_finding(workspace)
    before = write_picture(tmp_path / "before.jpg", color=(200, 40, 40))
    from score_desktop.store.photos import PhotoStore

    stored = PhotoStore(workspace.paths).import_file(before)
    workspace.photos.create(observation_id=finding["id"], sha256=stored.sha256, size=stored.size, mime=stored.mime,
                            kind="before")
    action = make_action_item(workspace, visit, title="Clear the exit", observation_id=finding["id"])
    later = make_visit(workspace, factory, module="OSH", visit_date="2026-11-01")
    window.show_screen("visit", later["id"])
    carried = window.screens["visit"].carried
    carried.view.setFocus()
    carried.view.setCurrentIndex(carried.model.index(0))
    qtbot.keyClick(carried.view, Qt.Key.Key_Return)  # Enter opens the action
    dialog, = open_dialogs(window)
    photos = dialog.editor.photos
    assert photos.before_model.rowCount() == 1 and photos.after.model.rowCount() == 0
    with qtbot.waitSignal(photos.after.importer.finished, timeout=20_000):
        drop_files(photos.after, [write_picture(tmp_path / "after.jpg", color=(40, 200, 40))])
    qtbot.waitUntil(lambda: photos.after.model.rowCount() == 1)
    after, = workspace.photos.list(action_item_id=action["id"])
    assert after["kind"] == "after" and after["observation_id"] is None


def test_todays_overdue_actions_open_the_actions_screen_filtered(qtbot, window, workspace):
    late, other = make_enterprise(workspace, name="长丰鞋业"), make_enterprise(workspace, name="华美服装")
    past = (TODAY - dt.timedelta(days=40)).isoformat()
    visit = make_visit(workspace, late, visit_date=past)
    overdue = make_action_item(workspace, visit, title="Guard the press",
                               due_date=(TODAY - dt.timedelta(days=5)).isoformat())
    make_action_item(workspace, visit, title="Later", due_date=(TODAY + dt.timedelta(days=20)).isoformat())
    make_action_item(workspace, make_visit(workspace, other, visit_date=past), title="Elsewhere",
                     due_date=(TODAY - dt.timedelta(days=2)).isoformat())
    window.show_screen("today")
    today = window.screens["today"]
    row = next(r for r in range(today.overdue_model.rowCount()) if today.overdue_model.index(r, 0).data() == "长丰鞋业")
    today.overdue_view.setFocus()
    today.overdue_view.setCurrentIndex(today.overdue_model.index(row, 0))
    qtbot.keyClick(today.overdue_view, Qt.Key.Key_Return)
    assert window.current_screen == "actions"
    actions = window.screens["actions"]
    assert actions.current_filter() == ActionFilter(enterprise_id=late["id"], due="overdue")
    assert actions.filters.enterprise.currentText() == "长丰鞋业" and actions.filters.due.currentText() == "Overdue"
    assert [actions.model.row_record(r)["id"] for r in range(actions.model.rowCount())] == [overdue["id"]]
    assert actions.count_label.text() == "1 action(s)"
    # Every overdue action, of every enterprise, is one click away on Today.
    window.show_screen("today")
    qtbot.mouseClick(today.all_overdue_button, Qt.MouseButton.LeftButton)
    assert actions.current_filter() == ActionFilter(due="overdue") and actions.model.rowCount() == 2


def test_bad_input_gets_a_sentence_and_an_owner_who_left_is_kept_with_a_warning(qtbot, window, workspace):
    factory, _wang, visit, _finding = factory_with_finding(workspace)
    gone = make_eit_member(workspace, factory, name="赵磊", to_date="2026-01-31")
    action = make_action_item(workspace, visit, title="Mark the walkways", owner_id=gone["id"],
                              due_date="2026-10-15")
    dialog = window.open_action(action["id"])
    editor = dialog.editor
    # The owner left the EIT: kept, named as such, and the trainer is told.
    assert editor.owner.currentText() == "赵磊 (left the EIT)"
    assert editor.warning.isVisible() and "赵磊 has left the EIT" in editor.warning.text()

    editor.due_date.setFocus()
    editor.due_date.setDate(QDate(2026, 9, 1))  # before the visit that agreed it
    assert editor.problem.isVisible()
    assert editor.problem.text() == "Due cannot be before the visit that agreed it (2026-10-01)."
    assert workspace.action_items.get(action["id"])["due_date"] == "2026-10-15"
    assert editor.due_date.date() == QDate(2026, 9, 1)  # what the trainer chose stays in view to fix

    type_text(qtbot, editor.expected_saving, "about 500")
    editor.saver.flush()
    assert "Expected saving must be a number." in editor.problem.text()
    editor.expected_saving.clear()
    type_text(qtbot, editor.expected_saving, "1500")
    editor.due_date.setDate(QDate(2026, 10, 25))
    editor.saver.flush()
    assert not editor.problem.isVisible()
    saved = workspace.action_items.get(action["id"])
    assert (saved["due_date"], saved["expected_saving"]) == ("2026-10-25", 1500.0)

    # Done: today is recorded (and can be changed), and the actual saving is next.
    choose(qtbot, editor.status, "Done")
    saved = workspace.action_items.get(action["id"])
    assert saved["status"] == "done" and saved["completed_date"] == TODAY.isoformat()
    assert editor.completed_date.isEnabled()
    qtbot.waitUntil(editor.actual_saving.hasFocus)
    type_text(qtbot, editor.actual_saving, "1200")
    editor.saver.flush()
    assert workspace.action_items.get(action["id"])["actual_saving"] == 1200.0


def test_delete_an_action_and_undo(qtbot, window, workspace):
    _factory, _wang, visit, _finding = factory_with_finding(workspace)
    action = make_action_item(workspace, visit, title="Mark the walkways")
    window.show_screen("visit", visit["id"])
    dialog = window.open_action(action["id"])
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert workspace.action_items.find(action["id"]) is None and not open_dialogs(window)
    assert window.undo_delete_action.text() == "Undo delete action"
    window.undo_delete()
    assert workspace.action_items.get(action["id"])["title"] == "Mark the walkways"
    assert window.screens["visit"].action_plan.model.rowCount() == 1


def test_a_click_on_a_carried_action_still_ticks_it_off(qtbot, window, workspace):
    factory, _wang, visit, _finding = factory_with_finding(workspace)
    action = make_action_item(workspace, visit, title="Mark the walkways")
    later = make_visit(workspace, factory, visit_date="2026-11-20")
    window.show_screen("visit", later["id"])
    carried = window.screens["visit"].carried
    box = carried.view.visualRect(carried.model.index(0))
    qtbot.mouseClick(carried.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(box.left() + 10,
                                                                                    box.center().y()))
    assert workspace.action_items.get(action["id"])["status"] == "done"
    assert not open_dialogs(window)


def test_the_findings_context_menu_makes_an_action(qtbot, window, workspace):
    _factory, _wang, visit, finding = factory_with_finding(workspace)
    window.ctx.nav.open_finding.emit(visit["id"], finding["id"])
    menu = window.screens["visit"].findings_menu()
    entries = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert entries[0] == "New action from finding" and entries[-1] == "Delete finding"
    assert all(entries)  # no blank entries (keys without a name stay off the menu)
    menu.actions()[0].trigger()
    action, = workspace.action_items.list(observation_id=finding["id"])
    assert action["title"] == "Keep the exit clear" and open_dialogs(window)[0].action_id == action["id"]
