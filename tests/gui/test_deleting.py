"""Deleting an enterprise, an EIT member or a visit as a trainer does it: the question says what goes with it, the
answer sends it to the Trash, Edit ▸ Undo delete or the Trash brings it back with what went with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from score_desktop.store import queries
from tests.builders import make_action_item, make_eit_member, make_enterprise, make_observation, make_visit


def _question(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox, "confirmDelete")))
    return next(box for box in window.findChildren(QMessageBox, "confirmDelete") if box.isVisible())


def _answer_delete(qtbot, box: QMessageBox) -> None:
    qtbot.mouseClick(box.findChild(QPushButton, "confirmDeleteButton"), Qt.MouseButton.LeftButton)


def test_delete_an_enterprise_with_its_visits_then_undo(qtbot, speaking, window, workspace):
    speaking("en")  # as the app starts: English's plural forms ("1 visit", "2 findings")
    enterprise = make_enterprise(workspace, name="Fábrica Andina")
    make_eit_member(workspace, enterprise)
    visit = make_visit(workspace, enterprise)
    make_observation(workspace, visit)
    make_observation(workspace, visit)
    window.show_screen("enterprise", enterprise["id"])
    page = window.screens["enterprise"]
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, window)
    assert "Fábrica Andina" in box.text()
    assert "1 visit" in box.text() and "2 findings" in box.text() and "1 EIT member" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert workspace.enterprises.find(enterprise["id"]) is not None  # cancelled: nothing happened

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    _answer_delete(qtbot, _question(qtbot, window))
    assert workspace.enterprises.find(enterprise["id"]) is None and workspace.visits.find(visit["id"]) is None
    assert window.current_screen == "enterprises"
    assert window.undo_delete_action.text() == "Undo delete enterprise"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.enterprises.find(enterprise["id"]) is not None
    assert len(queries.findings_of_visit(workspace, visit["id"])) == 2  # back with everything that went with it
    assert window.screens["enterprises"].model.rowCount() == 1


def test_delete_a_visit_and_restore_it_from_the_trash_with_its_findings_and_actions(qtbot, speaking, window,
                                                                                     workspace):
    speaking("en")
    visit = make_visit(workspace)
    finding = make_observation(workspace, visit, text="Blocked exit")
    action = make_action_item(workspace, visit, observation_id=finding["id"])
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    assert screen.delete_visit_action in window.visit_menu.actions()
    screen.delete_visit_action.trigger()
    box = _question(qtbot, window)
    assert "1 finding" in box.text() and "1 action" in box.text()
    _answer_delete(qtbot, box)
    assert workspace.visits.find(visit["id"]) is None and workspace.action_items.find(action["id"]) is None
    assert window.current_screen == "enterprise"

    window.show_screen("trash")
    trash = window.screens["trash"]
    assert trash.model.rowCount() == 1  # the visit, its finding and action under it, not beside it
    assert trash.model.index(0, 0).data() == "Visit"
    trash.view.selectRow(0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.model.rowCount() == 0
    assert [f["id"] for f in queries.findings_of_visit(workspace, visit["id"])] == [finding["id"]]
    assert workspace.action_items.find(action["id"]) is not None


def test_delete_an_eit_member_added_by_mistake(qtbot, window, workspace):
    enterprise = make_enterprise(workspace)
    make_eit_member(workspace, enterprise, name="Ana")
    make_eit_member(workspace, enterprise, name="Wrong Name")
    window.show_screen("enterprise", enterprise["id"])
    eit = window.screens["enterprise"].eit
    eit.view.selectRow(eit.model.row_of(next(m["id"] for m in eit.model.members() if m["name"] == "Wrong Name")))
    qtbot.mouseClick(eit.delete_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, window)
    assert "Wrong Name" in box.text()
    _answer_delete(qtbot, box)
    assert [m["name"] for m in eit.model.members()] == ["Ana"]
    assert not eit.editor.isEnabled()  # the deleted member's details are not left open to typing
    assert window.undo_delete_action.text() == "Undo delete EIT member"
    window.undo_delete()
    assert sorted(m["name"] for m in eit.model.members()) == ["Ana", "Wrong Name"]


def test_an_enterprise_with_a_signed_visit_says_why_it_stays(qtbot, speaking, window, workspace):
    speaking("en")
    enterprise = make_enterprise(workspace, name="Fábrica Andina")
    visit = make_visit(workspace, enterprise)
    workspace.visits.update(visit["id"], status="signed")
    window.show_screen("enterprise", enterprise["id"])
    qtbot.mouseClick(window.screens["enterprise"].delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox, "cannotDelete")))
    box = next(box for box in window.findChildren(QMessageBox, "cannotDelete") if box.isVisible())
    assert "1 signed visit" in box.text() and "reopen" in box.text()
    assert box.findChild(QPushButton, "confirmDeleteButton") is None  # nothing to agree to
    box.button(QMessageBox.StandardButton.Ok).click()
    assert workspace.enterprises.find(enterprise["id"]) is not None


def test_the_delete_key_on_the_lists_asks_first(qtbot, speaking, window, workspace):
    speaking("en")
    enterprise = make_enterprise(workspace, name="Fábrica Andina")
    signed = make_visit(workspace, enterprise, visit_date="2026-09-01")
    workspace.visits.update(signed["id"], status="signed")
    draft = make_visit(workspace, enterprise, visit_date="2026-10-01")
    window.show_screen("visits")
    visits = window.screens["visits"]
    visits.view.setFocus()
    visits.view.selectRow(next(r for r in range(visits.model.rowCount())
                               if visits.model.row_record(r)["id"] == signed["id"]))
    qtbot.keyClick(visits.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox, "cannotDelete")))
    next(box for box in window.findChildren(QMessageBox, "cannotDelete") if box.isVisible()).accept()
    assert workspace.visits.find(signed["id"]) is not None  # signed: it stays, and the trainer is told why

    visits.view.selectRow(next(r for r in range(visits.model.rowCount())
                               if visits.model.row_record(r)["id"] == draft["id"]))
    qtbot.keyClick(visits.view, Qt.Key.Key_Delete)
    _answer_delete(qtbot, _question(qtbot, window))
    assert workspace.visits.find(draft["id"]) is None
    assert visits.model.rowCount() == 1

    window.show_screen("enterprises")
    enterprises = window.screens["enterprises"]
    enterprises.view.setFocus()
    enterprises.view.selectRow(0)
    qtbot.keyClick(enterprises.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox, "cannotDelete")))
