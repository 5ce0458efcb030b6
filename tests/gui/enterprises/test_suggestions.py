"""The suggestion scheme's log on the enterprise page: a suggestion added and written as the trainer types."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from score_desktop.ui.core.autosave import DEBOUNCE_MS
from tests.builders import make_enterprise
from tests.support.qt import type_text


def test_add_a_suggestion_and_mark_it_implemented(qtbot, window, workspace):
    factory = make_enterprise(workspace)
    window.show_screen("enterprise", factory["id"])
    page = window.screens["enterprise"]
    tabs = page.pages.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(page.pages.indexOf(page.suggestions)).center())
    log = page.suggestions
    assert log.isVisible() and log.model.rowCount() == 0
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    text = log.fields["text"]
    qtbot.waitUntil(text.hasFocus)
    type_text(qtbot, text, "在缝纫机旁加装照明灯，减少返工")
    type_text(qtbot, log.fields["submitted_by"], "李娜")
    log.fields["implemented"].setFocus()
    qtbot.keyClick(log.fields["implemented"], Qt.Key.Key_Space)
    type_text(qtbot, log.fields["reward"], "two hundred")
    log.saver.flush()
    assert log.problem.isVisible() and log.problem.text() == "Reward must be a number."
    log.fields["reward"].clear()
    type_text(qtbot, log.fields["reward"], "200")
    qtbot.waitUntil(lambda: workspace.suggestions.list()[0]["reward"] == 200.0, timeout=DEBOUNCE_MS + 400)
    suggestion, = workspace.suggestions.list(enterprise_id=factory["id"])
    today = dt.date.today().isoformat()
    assert (suggestion["text"], suggestion["submitted_by"], suggestion["implemented"]) == (
        "在缝纫机旁加装照明灯，减少返工", "李娜", True)
    assert suggestion["received_date"] == today and suggestion["implemented_date"] == today
    assert log.model.rowCount() == 1 and log.model.index(0, 3).data() == "Yes"
    assert log.summary.text().startswith("1 received, 1 implemented")
