"""What a trainer hit on the first day with a visit: attendees fixed after the start, the next visit's calendar on
this month, the rating keys right after F8 from a text box, and the visit's score."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from score_desktop.store import queries
from score_desktop.ui.visits.attendees_dialog import AttendeesDialog
from tests.builders import make_eit_member, make_enterprise, make_observation, make_visit
from tests.support.qt import type_text


def test_attendees_are_changed_after_the_visit_started(qtbot, qtmodeltester, window, workspace):
    factory = make_enterprise(workspace)
    came = make_eit_member(workspace, factory, name="王芳")
    late = make_eit_member(workspace, factory, name="李娜")
    left_since = make_eit_member(workspace, factory, name="张伟", to_date="2020-01-01")
    make_eit_member(workspace, factory, name="赵敏", to_date="2020-01-01")  # left, and did not come
    visit = make_visit(workspace, factory, attendees=[came["id"], left_since["id"]])
    window.show_screen("visit", visit["id"])
    details = window.screens["visit"].details
    window.screens["visit"].tabs.setCurrentWidget(details)
    assert set(details.attendees.text().split(", ")) == {"王芳", "张伟"}
    qtbot.mouseClick(details.change_attendees_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in details.findChildren(AttendeesDialog)))
    dialog = next(d for d in details.findChildren(AttendeesDialog) if d.isVisible())
    model = dialog.model
    qtmodeltester.check(model)
    listed = [model.index(r).data().split(" ")[0] for r in range(model.rowCount())]
    assert sorted(listed) == sorted(["王芳", "李娜", "张伟"])  # who left since stays, as they came then
    assert set(model.checked_ids()) == {came["id"], left_since["id"]}
    row = next(r for r in range(model.rowCount()) if model.index(r).data().startswith("李娜"))
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(model.index(row))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)  # she arrived late: ticked
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert set(workspace.visits.get(visit["id"])["attendees"]) == {came["id"], late["id"], left_since["id"]}
    assert set(details.attendees.text().split(", ")) == {"王芳", "李娜", "张伟"}


def test_a_signed_visits_attendees_cannot_be_changed(qtbot, window, workspace):
    visit = make_visit(workspace)
    window.show_screen("visit", visit["id"])
    details = window.screens["visit"].details
    assert details.change_attendees_button.isEnabled()
    details.set_read_only(True)  # what a signed visit's lock does
    assert not details.change_attendees_button.isEnabled()


@pytest.mark.qt_log_ignore("This plugin does not support (grabbing the keyboard|raise|propagateSizeHints)")
def test_the_next_visit_calendar_opens_on_this_month(qtbot, window, workspace):
    visit = make_visit(workspace)
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    screen.tabs.setCurrentWidget(screen.details)
    box = screen.details.next_visit_date
    qtbot.waitUntil(box.isVisible)
    box.setFocus()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 6, box.height() // 2))  # its arrow
    calendar = box.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())  # not January 1900
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    screen.details.saver.flush()
    assert workspace.visits.get(visit["id"])["next_visit_date"] is None  # looking changed nothing


def test_after_f8_from_a_text_box_the_rating_keys_rate_the_next_topic(qtbot, window, workspace, catalog):
    visit = make_visit(workspace, module="QM")
    topics = catalog.module("QM").topics
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a finding on the first topic
    type_text(qtbot, screen.editor.text, "Oil on the floor")
    assert screen.editor.text.hasFocus()
    qtbot.keyClick(screen.editor.text, Qt.Key.Key_F8)  # next topic, straight from the text
    assert screen.current_topic() == topics[1].code
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_1)  # good practice
    rows = {(f["topic"], f["text"], f["rating"]) for f in queries.findings_of_visit(workspace, visit["id"])}
    assert rows == {(topics[0].code, "Oil on the floor", None), (topics[1].code, None, "good")}


def test_a_visit_shows_its_score_and_it_follows_the_ratings(qtbot, speaking, window, workspace, catalog):
    speaking("en")
    visit = make_visit(workspace, module="QM")
    topics = [topic.code for topic in catalog.module("QM").topics]
    make_observation(workspace, visit, topic=topics[0], rating="good")
    make_observation(workspace, visit, topic=topics[1], rating="critical")
    make_observation(workspace, visit, topic=topics[2], rating="na")
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    assert screen.score.isVisible()
    assert "1 of 2 topics rated good practice (50" in screen.score.text()
    screen.checklist.setCurrentIndex(screen.checklist_model.index(3))
    screen.checklist.setFocus()
    qtbot.keyClick(screen.checklist, Qt.Key.Key_1)  # a fourth topic, good practice
    assert "2 of 3 topics rated good practice (67" in screen.score.text()


