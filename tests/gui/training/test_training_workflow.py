"""A trainer plans a classroom session for two factories, adds people from an EIT and new ones, ticks the mornings
with the keyboard, types the feedback forms in, prints both papers and reads the results; bad input is refused
with a sentence and nothing typed is lost."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from score_desktop.store import training
from score_desktop.ui.training.add_participants_dialog import AddParticipantsDialog
from score_desktop.ui.training.plan_session_dialog import PlanSessionDialog
from tests.builders import make_eit_member, make_enterprise, make_participant, make_training_session
from tests.support.qt import type_text


def modal(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    return QApplication.activeModalWidget()


def focused(view):
    """Where the keyboard types in a table: the open cell editor, else the table."""
    widget = QApplication.focusWidget()
    return widget if widget is not None and view.isAncestorOf(widget) else view


def tick(qtbot, view, model, rows) -> None:
    """Space on each cell, as a trainer goes down the list on the morning."""
    view.setFocus()
    for row, column in rows:
        view.setCurrentIndex(model.index(row, column))
        qtbot.keyClick(view, Qt.Key.Key_Space)


def test_plan_a_session_add_people_tick_attendance_enter_feedback_and_print(qtbot, window, workspace, tmp_path):
    huamei = make_enterprise(workspace, name="华美服装")
    xinda = make_enterprise(workspace, name="新达鞋业", name_latin="Xinda Shoes")
    chair = make_eit_member(workspace, huamei, name="王芳", side="manager", gender="female", position="厂长")
    make_eit_member(workspace, huamei, name="李娜", side="worker", gender="female")

    # Plan: Ctrl+Shift+T from anywhere; the module, two days next week, venue, two enterprises.
    window.show_screen("training")
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    plan = modal(qtbot, PlanSessionDialog)
    first_day = QDate.currentDate().addDays(1)
    plan.first_day.setDate(first_day)
    type_text(qtbot, plan.location, "Garden Hotel, Hall B")
    type_text(qtbot, plan.city, "Guangzhou")
    type_text(qtbot, plan.filter, "华美")
    assert plan.proxy.rowCount() == 1
    plan.enterprises.setFocus()
    plan.enterprises.setCurrentIndex(plan.proxy.index(0, 0))
    qtbot.keyClick(plan.enterprises, Qt.Key.Key_Space)
    plan.filter.clear()
    plan.enterprises.setCurrentIndex(plan.proxy.index([plan.proxy.index(r, 0).data() for r in range(2)].index(
        "新达鞋业 (Xinda Shoes, Guangzhou)"), 0))
    qtbot.keyClick(plan.enterprises, Qt.Key.Key_Space)
    qtbot.mouseClick(plan.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen == "training_session")
    page = window.screens["training_session"]
    session = workspace.training_sessions.get(page.session_id)
    days = [first_day.toString("yyyy-MM-dd"), first_day.addDays(1).toString("yyyy-MM-dd")]
    assert session["dates"] == days and session["location"] == "Garden Hotel, Hall B"
    assert session["enterprise_id"] == huamei["id"]  # the first ticked hosts it
    assert training.enterprise_ids(workspace, session["id"]) == [huamei["id"], xinda["id"]]

    # Participants: 王芳 from the EIT, two new people of Xinda, one of whom joins Xinda's EIT.
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    people = modal(qtbot, AddParticipantsDialog)
    assert people.enterprise.currentData() == huamei["id"] and people.members_model.rowCount() == 2
    row = [people.members_model.index(r).data(Qt.ItemDataRole.UserRole) for r in range(2)].index(chair["id"])
    people.members.setFocus()
    people.members.setCurrentIndex(people.members_model.index(row))
    qtbot.keyClick(people.members, Qt.Key.Key_Space)
    qtbot.mouseClick(people.add_members_button, Qt.MouseButton.LeftButton)
    assert people.members_model.rowCount() == 1  # 王芳 takes part now
    people.enterprise.setCurrentIndex(people.enterprise.findData(xinda["id"]))
    for name, to_eit in (("José Pérez", True), ("Nguyễn Thị Lan", False)):
        type_text(qtbot, people.name, name)
        people.side.setCurrentIndex(people.side.findData("worker"))
        people.to_eit.setChecked(to_eit)
        qtbot.keyClick(people.name, Qt.Key.Key_Return)  # Enter adds, and the next name can be typed
        assert people.name.text() == "" and people.focusWidget() is people.name
    people.close()
    names = sorted(p.record["name"] for p in training.participants(workspace, session["id"]))
    assert names == ["José Pérez", "Nguyễn Thị Lan", "王芳"]
    assert workspace.eit_members.count(enterprise_id=xinda["id"]) == 1  # José joined Xinda's EIT
    qtbot.waitUntil(lambda: page.attendance.rowCount() == 3)

    # The first morning: everyone present, then untick the one who did not come; the second day by keys.
    page.everyone_present(days[0])
    row_of = {page.attendance.participant(r).record["name"]: r for r in range(3)}
    day_1, day_2 = 5, 6
    tick(qtbot, page.attendance_view, page.attendance, [(row_of["Nguyễn Thị Lan"], day_1)])
    tick(qtbot, page.attendance_view, page.attendance, [(row_of["王芳"], day_2), (row_of["José Pérez"], day_2),
                                                        (row_of["Nguyễn Thị Lan"], day_2)])
    present = {p.record["name"]: p.record["days_present"] for p in training.participants(workspace, session["id"])}
    assert present == {"王芳": days, "José Pérez": days, "Nguyễn Thị Lan": days[1:]}

    # Feedback from the paper forms: score, Tab, score, Tab, score, Tab, comment.
    page.tabs.setCurrentIndex(1)
    view, model = page.feedback_view, page.feedback
    view.setFocus()
    view.setCurrentIndex(model.index(row_of["王芳"], 2))
    for key in ("5", "4", "5"):
        qtbot.keyClicks(focused(view), key)  # the first key opens the cell's editor; Tab opens the next one's
        qtbot.keyClick(focused(view), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(view), "Very practical")
    qtbot.keyClick(focused(view), Qt.Key.Key_Return)  # Qt commits an edit ended by Enter a moment later

    def wang():
        return next(p.record for p in training.participants(workspace, session["id"]) if p.record["name"] == "王芳")

    qtbot.waitUntil(lambda: wang()["feedback_comment"] is not None)
    record = wang()
    assert (record["feedback_content"], record["feedback_trainer"], record["feedback_apply"],
            record["feedback_comment"]) == (5, 4, 5, "Very practical")

    # Results: 3 participants from 2 factories, 5 of 6 participant-days, two present every day.
    page.tabs.setCurrentIndex(2)
    values = {key: label.text() for key, label in page.results.values.items()}
    assert values["participants"] == "3" and values["factories"] == "2" and values["full"] == "2"
    assert values["attendance"] == "83%" and values["feedback_content"] == "5.0"
    assert page.results.by_enterprise.rowCount() == 2

    # Both papers, previewed, then saved as PDF.
    for button, kind, pages in ((page.sheet_button, "attendance_sheet", 1), (page.certificates_button,
                                                                                "certificates", 2)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = _paper_dialog(qtbot, window, kind)
        qtbot.waitUntil(lambda d=dialog: not d.building and d.document.status() == QPdfDocument.Status.Ready,
                        timeout=20_000)
        target = tmp_path / f"{kind}.pdf"
        dialog.save_to(target)
        assert len(PdfReader(target).pages) == pages
        text = "".join(p.extract_text() for p in PdfReader(target).pages)
        assert "José Pérez" in text and "王芳" in text
        dialog.close()


def _paper_dialog(qtbot, window, kind: str):
    from score_desktop.ui.dialogs.training_papers import TrainingPaperDialog

    qtbot.waitUntil(lambda: any(d.kind == kind and d.isVisible() for d in window.findChildren(TrainingPaperDialog)))
    return next(d for d in window.findChildren(TrainingPaperDialog) if d.kind == kind and d.isVisible())


def test_bad_input_is_refused_with_a_sentence_and_nothing_typed_is_lost(qtbot, window, workspace):
    enterprise = make_enterprise(workspace)
    window.show_screen("training")
    qtbot.mouseClick(window.screens["training"].plan_button, Qt.MouseButton.LeftButton)
    plan = modal(qtbot, PlanSessionDialog)
    type_text(qtbot, plan.location, "Garden Hotel")
    plan.accept()  # no enterprise ticked
    assert plan.isVisible() and plan.problem.text() == "A training session needs at least one enterprise."
    assert plan.location.text() == "Garden Hotel" and workspace.training_sessions.count() == 0
    plan.reject()

    session = make_training_session(workspace, enterprise)
    window.ctx.nav.open_training_session.emit(session["id"])
    page = window.screens["training_session"]
    make_participant(workspace, session, name="Chen Jing")
    qtbot.waitUntil(lambda: page.attendance.rowCount() == 1)
    page.add_participants()
    people = modal(qtbot, AddParticipantsDialog)
    type_text(qtbot, people.name, "chen jing")
    qtbot.mouseClick(people.add_person_button, Qt.MouseButton.LeftButton)
    assert people.message.text() == "chen jing is already a participant of this session."
    assert people.name.text() == "chen jing"  # kept, to correct
    people.close()

    page.tabs.setCurrentIndex(1)
    page.feedback_view.setFocus()
    page.feedback_view.setCurrentIndex(page.feedback.index(0, 3))
    qtbot.keyClicks(page.feedback_view, "7")
    qtbot.keyClick(focused(page.feedback_view), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.problem.text() == "Trainer clear must be a score from 1 to 5.")
    assert workspace.attendances.list()[0]["feedback_trainer"] is None

    participant = workspace.attendances.list()[0]
    training.set_present(workspace, participant["id"], session["dates"][1], True)
    qtbot.mouseClick(page.details.days.remove_button, Qt.MouseButton.LeftButton)
    assert page.details.problem.text() == (f"Participants are marked present on {session['dates'][1]}: untick "
                                           f"them before removing that day.")
    assert page.details.days.days() == session["dates"]  # the day stays, with its ticks
    qtbot.mouseClick(page.details.remove_enterprise_button, Qt.MouseButton.LeftButton)  # nothing selected: no-op
    page.details.enterprises_view.setCurrentIndex(page.details.enterprises_model.index(0, 0))
    qtbot.mouseClick(page.details.remove_enterprise_button, Qt.MouseButton.LeftButton)
    assert page.details.problem.text() == ("This enterprise still has participants in the session: remove them "
                                           "first.")


def test_today_shows_the_next_session_and_the_enterprise_page_its_training(qtbot, window, workspace):
    enterprise = make_enterprise(workspace)
    start = dt.date.today() + dt.timedelta(days=3)
    session = make_training_session(workspace, enterprise, dates=[start.isoformat()], module="QM")
    make_participant(workspace, session, name="王芳")
    window.show_screen("today")
    today = window.screens["today"]
    qtbot.waitUntil(today.next_training.isVisible)
    assert "Classroom training:" in today.next_training.text() and "1 participant" in today.next_training.text()
    today.next_training.linkActivated.emit(session["id"])
    assert window.current_screen == "training_session" and window.screens["training_session"].session_id == \
        session["id"]

    window.show_screen("enterprise", enterprise["id"])
    page = window.screens["enterprise"]
    assert page.training_model.rowCount() == 1
    assert page.training_model.index(0, 2).data() == "1"
    page.history.setCurrentWidget(page.training_view)
    page.training_view.setFocus()
    page.training_view.setCurrentIndex(page.training_model.index(0, 0))
    qtbot.keyClick(page.training_view, Qt.Key.Key_Return)
    assert window.current_screen == "training_session"
    window.go_back()
    make_participant(workspace, session, name="李娜")  # the page follows the change
    assert page.training_model.index(0, 2).data() == "2"
