"""The search box finds anything as the trainer types, Chinese one- and two-character queries included."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.builders import make_enterprise, make_observation, make_visit
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
