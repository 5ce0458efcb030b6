"""A trainer creates an enterprise and its EIT, by clicks and keys; everything saves while typing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox

from score_desktop.ui.core.autosave import DEBOUNCE_MS
from score_desktop.ui.enterprises.new_enterprise_dialog import NewEnterpriseDialog
from score_desktop.ui.enterprises.new_member_dialog import NewMemberDialog
from tests.support.qt import type_text


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry the way a keyboard user does: focus the closed box, press Home, then Down until it shows."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def _new_enterprise_dialog(qtbot, window) -> NewEnterpriseDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(NewEnterpriseDialog)))
    return next(d for d in window.findChildren(NewEnterpriseDialog) if d.isVisible())


def test_a_new_enterprise_is_named_before_it_exists(qtbot, window, workspace):
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = _new_enterprise_dialog(qtbot, window)
    assert not dialog.ok_button.isEnabled()  # no name, nothing to create
    type_text(qtbot, dialog.name, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert workspace.enterprises.count() == 0  # cancelled: nothing left behind


def _new_member_dialog(qtbot, eit) -> NewMemberDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in eit.findChildren(NewMemberDialog)))
    return next(d for d in eit.findChildren(NewMemberDialog) if d.isVisible())


def test_create_an_enterprise_and_its_eit(qtbot, speaking, window, workspace):
    speaking("en")  # as the app starts: English's plurals ("1 manager, 2 workers")
    window.show_screen("enterprises")
    screen = window.screens["enterprises"]
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    dialog = _new_enterprise_dialog(qtbot, window)
    assert workspace.enterprises.count() == 0  # nothing exists until it has a name
    type_text(qtbot, dialog.name, "广州华美服装有限公司")
    type_text(qtbot, dialog.city, "Guangzhou")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.current_screen == "enterprise"
    page = window.screens["enterprise"]
    assert workspace.enterprises.get(page.enterprise_id)["name"] == "广州华美服装有限公司"
    assert page.form.fields["city"].text() == "Guangzhou"
    for field, text in (("sponsors", "Brand A, Brand B"), ("headcount_women", "180")):
        qtbot.mouseClick(page.form.fields[field], Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.form.fields[field], text)
    # No Save button: the last keystrokes land within half a second.
    qtbot.waitUntil(lambda: workspace.enterprises.get(page.enterprise_id)["headcount_women"] == 180,
                    timeout=DEBOUNCE_MS + 400)
    record = workspace.enterprises.get(page.enterprise_id)
    assert record["city"] == "Guangzhou" and record["sponsors"] == ["Brand A", "Brand B"]
    assert page.title.text() == "广州华美服装有限公司"

    eit = page.eit
    for member_name, side, gender in (("王芳", "Manager", "Woman"), ("李强", "Worker", "Man"),
                                      ("陈静", "Worker", "Woman")):
        before = eit.model.rowCount()
        qtbot.mouseClick(eit.add_button, Qt.MouseButton.LeftButton)
        dialog = _new_member_dialog(qtbot, eit)
        assert eit.model.rowCount() == before and not dialog.ok_button.isEnabled()  # nothing until it has a name
        type_text(qtbot, dialog.name, member_name)
        choose(qtbot, dialog.side, side)
        choose(qtbot, dialog.gender, gender)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert eit.fields["name"].text() == member_name and eit.fields["role"].hasFocus()
        # The balance follows each member as they come.
        assert eit.balance_label.text().startswith(f"{eit.model.rowCount()} member")
    members = workspace.eit_members.list(enterprise_id=page.enterprise_id, order_by="name")
    assert sorted(m["name"] for m in members) == ["李强", "王芳", "陈静"]
    assert "1 manager, 2 workers · 2 women, 1 man" in eit.balance_label.text()

    # 李强 leaves the team: the balance counts current members only.
    eit.view.selectRow(eit.model.row_of(next(m["id"] for m in members if m["name"] == "李强")))
    qtbot.mouseClick(eit.end_button, Qt.MouseButton.LeftButton)
    assert "2 members: 1 manager, 1 worker · 2 women, 0 men" in eit.balance_label.text()
    assert workspace.eit_members.get(eit.model.member(eit.view.currentIndex().row())["id"])["to_date"]


def test_add_member_cancelled_leaves_no_one_behind(qtbot, window, workspace):
    enterprise = workspace.enterprises.create(name="Factory")
    window.show_screen("enterprise", enterprise["id"])
    eit = window.screens["enterprise"].eit
    qtbot.mouseClick(eit.add_button, Qt.MouseButton.LeftButton)
    dialog = _new_member_dialog(qtbot, eit)
    type_text(qtbot, dialog.name, "   ")
    assert not dialog.ok_button.isEnabled()  # blanks are no name
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert workspace.eit_members.count(enterprise_id=enterprise["id"]) == 0


def test_a_refused_value_is_named_and_not_saved(qtbot, window, workspace):
    enterprise = workspace.enterprises.create(name="Factory")
    window.show_screen("enterprise", enterprise["id"])
    form = window.screens["enterprise"].form
    email = form.fields["contact_email"]
    qtbot.mouseClick(email, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(email, "x" * 201)  # the store allows 200 characters
    qtbot.keyClick(email, Qt.Key.Key_Tab)
    assert form.problem_label.isVisible() and "E-mail" in form.problem_label.text()
    assert workspace.enterprises.get(enterprise["id"])["contact_email"] is None
    qtbot.keyClick(email, Qt.Key.Key_Backspace)
    qtbot.keyClick(email, Qt.Key.Key_Tab)
    assert not form.problem_label.isVisible()
    assert len(workspace.enterprises.get(enterprise["id"])["contact_email"]) == 200


def test_enterprise_list_filters_and_sorts(qtbot, make_window, demo_workspace):
    window = make_window(demo_workspace)
    window.show_screen("enterprises")
    screen = window.screens["enterprises"]
    everyone = screen.model.rowCount()
    choose(qtbot, screen.filters["city"], "Shanghai")
    assert 0 < screen.model.rowCount() < everyone
    assert {screen.model.row_record(r)["city"] for r in range(screen.model.rowCount())} == {"Shanghai"}
    assert screen.count_label.text() == f"{screen.model.rowCount()} enterprise(s)"
    header = screen.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(3) + 5, 5))  # the Sector header
    assert screen.model.order_by == "sector asc"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(3) + 5, 5))
    assert screen.model.order_by == "sector desc"
    screen.filters["city"].setCurrentIndex(0)
    assert screen.model.rowCount() == everyone
    first_row = screen.view.visualRect(screen.model.index(0, 0)).center()
    qtbot.mouseClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    qtbot.mouseDClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    assert window.current_screen == "enterprise"
    assert window.screens["enterprise"].enterprise_id == screen.model.row_record(0)["id"]


def test_a_long_name_shows_its_beginning(qtbot, window, workspace):
    enterprise = workspace.enterprises.create(name="工厂", name_latin="Guangzhou Huamei Garments Company Limited " * 3)
    window.show_screen("enterprise", enterprise["id"])
    field = window.screens["enterprise"].form.fields["name_latin"]
    assert field.cursorPosition() == 0  # "Guangzhou Hua…", not "…Company Limited"
