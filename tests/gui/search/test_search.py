"""The search box finds anything as the trainer types, Chinese one- and two-character queries included."""

from __future__ import annotations

from PySide6.QtCore import Qt

from score_desktop.ui.photos.photo_viewer import PhotoViewerDialog
from tests.builders import make_eit_member, make_enterprise, make_observation, make_visit
from tests.support.qt import type_text


def _results(screen) -> list[tuple[str, str]]:
    return [(screen.model.row_record(r)["entity"], screen.model.row_record(r)["id"])
            for r in range(screen.model.rowCount())]


def test_search_in_chinese_as_you_type_and_open_a_finding(qtbot, window, workspace):
    factory = make_enterprise(workspace, name="广州华美服装有限公司")
    visit = make_visit(workspace, factory)
    finding = make_observation(workspace, visit, text="安全出口被纸箱堵住")
    make_enterprise(workspace, name="上海永盛鞋业有限公司")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    screen = window.screens["search"]

    with qtbot.waitSignal(screen.searched, timeout=5000) as blocker:
        type_text(qtbot, window.search_box, "纸")  # one character
    assert window.current_screen == "search" and blocker.args == ["纸", 1]
    assert _results(screen) == [("observation", finding["id"])]
    assert screen.model.index(0, 1).data() == "安全出口被纸箱堵住"

    with qtbot.waitSignal(screen.searched, timeout=5000) as blocker:
        type_text(qtbot, window.search_box, "箱")  # now two: 纸箱
    assert blocker.args == ["纸箱", 1]

    with qtbot.waitSignal(screen.searched, timeout=5000):
        window.search_box.clear()
        type_text(qtbot, window.search_box, "有限公司")
    assert {entity for entity, _id in _results(screen)} == {"enterprise"} and screen.model.rowCount() == 2

    with qtbot.waitSignal(screen.searched, timeout=5000):
        window.search_box.clear()
        type_text(qtbot, window.search_box, "出口")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # Enter opens the best hit
    assert window.current_screen == "visit"
    assert window.screens["visit"].editor.finding_id == finding["id"]


def test_nothing_found_says_so_and_escape_goes_back(qtbot, window, workspace):
    make_enterprise(workspace, name="Calzados Pérez")
    window.show_screen("enterprises")
    window.focus_search()
    screen = window.screens["search"]
    with qtbot.waitSignal(screen.searched, timeout=5000):
        qtbot.keyClicks(window.search_box, "zzzz")
    assert screen.model.rowCount() == 0 and "Nothing found" in screen.status.text()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == "" and window.current_screen == "enterprises"


def test_find_an_eit_member_and_a_photo_and_open_them_where_they_belong(qtbot, window, workspace):
    factory = make_enterprise(workspace, name="Công ty May Việt Tiến")
    make_eit_member(workspace, factory, name="Trần Thị Lan")
    member = make_eit_member(workspace, factory, name="Nguyễn Văn Bình")
    visit = make_visit(workspace, factory)
    finding = make_observation(workspace, visit, text="Lối thoát hiểm")
    photo = workspace.photos.create(sha256="ab" * 32, size=10, mime="image/jpeg", observation_id=finding["id"],
                                    caption="Thùng carton chắn cửa")
    screen = window.screens["search"]
    window.focus_search()
    with qtbot.waitSignal(screen.searched, timeout=5000):
        type_text(qtbot, window.search_box, "Bình")
    assert _results(screen) == [("eit_member", member["id"])]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    page = window.screens["enterprise"]
    assert window.current_screen == "enterprise" and page.enterprise_id == factory["id"]
    assert page.eit.fields["name"].text() == "Nguyễn Văn Bình"  # the member chosen, their details shown

    window.focus_search()
    with qtbot.waitSignal(screen.searched, timeout=5000):
        window.search_box.clear()
        type_text(qtbot, window.search_box, "carton")
    assert _results(screen) == [("photo", photo["id"])]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_screen == "visit" and window.screens["visit"].editor.finding_id == finding["id"]
    viewers = [d for d in window.findChildren(PhotoViewerDialog) if d.isVisible()]
    assert len(viewers) == 1  # and the photo itself
