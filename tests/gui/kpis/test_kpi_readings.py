"""KPI readings as a trainer enters them: a rate by numerator and denominator (the value computed), wrong numbers
answered with a sentence (and kept on screen), and a reading that was synced to the real server corrected by a new
reading that supersedes it, both in the history and on the server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from score_desktop.ui.kpis.reading_dialog import KpiReadingDialog
from tests.builders import make_enterprise, make_kpi_reading, make_visit
from tests.support.servers import PASSWORD
from tests.support.sync import sync
from tests.support.qt import type_text


def choose(qtbot, combo: QComboBox, text: str) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def reading_dialog(window) -> KpiReadingDialog:
    dialogs = [d for d in window.findChildren(KpiReadingDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def retype(qtbot, box, text: str) -> None:
    box.setFocus()
    box.selectAll()
    type_text(qtbot, box, text)


def test_a_rate_by_numerator_and_denominator_and_wrong_numbers(qtbot, window, workspace):
    factory = make_enterprise(workspace)
    visit = make_visit(workspace, factory, module="QM", visit_type="follow_up", visit_date="2026-11-20")
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    screen.checklist.setFocus()
    qtbot.keyClick(screen.checklist, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = reading_dialog(window)
    # The module's KPIs come first; the chosen one says its unit, direction and formula.
    assert dialog.kpi.itemData(0) in {kpi.code for kpi in window.ctx.catalog.kpis_for_module("QM")}
    choose(qtbot, dialog.kpi, "End-of-line defect rate")
    assert "Lower is better" in dialog.about.text() and "pieces inspected × 100" in dialog.about.text()
    assert dialog.numerator_label.text() == "Defective pieces at end of line"
    assert dialog.numerator.isVisible() and dialog.denominator.isVisible()
    assert (dialog.period_start.date().toString("yyyy-MM-dd"), dialog.phase.currentData()) == ("2026-10-01",
                                                                                              "progress")
    type_text(qtbot, dialog.numerator, "120")
    type_text(qtbot, dialog.denominator, "4000")
    assert dialog.value.text() == "3" and dialog.value.isReadOnly()  # computed, not typed
    dialog.saver.flush()
    reading, = workspace.kpi_readings.list(visit_id=visit["id"])
    assert (reading["kpi"], reading["numerator"], reading["denominator"], reading["value"]) == (
        "defect_rate", 120.0, 4000.0, 3.0)
    assert (reading["phase"], reading["period_end"], reading["source"]) == ("progress", "2026-10-31", "records")
    assert "Saved." in dialog.state.text()

    retype(qtbot, dialog.denominator, "0")
    dialog.saver.flush()
    assert dialog.state.text() == ("Not saved yet: Pieces inspected cannot be zero: there is nothing to divide by.")
    retype(qtbot, dialog.denominator, "100")
    dialog.saver.flush()
    assert "A percentage cannot be over 100 % (this one is 120 %)" in dialog.state.text()
    assert workspace.kpi_readings.get(reading["id"])["denominator"] == 4000.0  # the saved reading is unchanged
    assert dialog.denominator.text() == "100"  # and what was typed stays to be fixed

    # A value KPI takes its value; text that is no number is said to be so.
    choose(qtbot, dialog.kpi, "Output")
    assert not dialog.numerator.isVisible() and dialog.unit.text() == "pcs"
    retype(qtbot, dialog.value, "lots")
    dialog.saver.flush()
    assert dialog.state.text() == "Not saved yet: Value must be a number."
    # Closing now asks before the typed text is forgotten; Cancel keeps the window.
    dialog.reject()
    box = dialog.findChild(QMessageBox, "discardReading")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible()
    retype(qtbot, dialog.value, "52000")
    dialog.saver.flush()
    assert workspace.kpi_readings.get(reading["id"])["kpi"] == "output"  # not synced: changed in place
    assert workspace.kpi_readings.get(reading["id"])["value"] == 52000.0
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert screen.visit_kpis.model.rowCount() == 1


@pytest.mark.integration
def test_a_synced_reading_is_corrected_by_a_superseding_one(qtbot, make_window, workspace,
                                                          sqlite_server):
    from score_desktop.sync.account import sign_in

    username = sqlite_server.add_user("trainer")
    sign_in(workspace, sqlite_server.url, username, PASSWORD)
    factory = make_enterprise(workspace)
    make_kpi_reading(workspace, factory, period_start="2026-09-01", period_end="2026-09-30", numerator=240.0,
                     denominator=4000.0, value=6.0)
    synced = make_kpi_reading(workspace, factory, phase="progress", numerator=180.0, denominator=4000.0, value=4.5)
    assert sync(workspace).ok and workspace.waiting_count() == 0

    window = make_window(workspace)
    window.show_screen("enterprise", factory["id"])
    page = window.screens["enterprise"]
    qtbot.mouseClick(page.pages.tabBar(), Qt.MouseButton.LeftButton,
                     pos=page.pages.tabBar().tabRect(page.pages.indexOf(page.kpis)).center())
    kpis = page.kpis
    assert kpis.summary_model.index(0, 3).data() == "▼ 25%"  # lower is better: an improvement (as in the report)
    assert kpis.history_model.record_at(kpis.history_model.index(0, 0))["id"] == synced["id"]  # newest first
    assert kpis.correct_button.text() == "Correct reading…"
    qtbot.mouseClick(kpis.correct_button, Qt.MouseButton.LeftButton)
    dialog = reading_dialog(window)
    assert dialog.correcting and dialog.banner.isVisible() and not dialog.kpi.isEnabled()
    retype(qtbot, dialog.numerator, "200")
    dialog.saver.flush()
    correction = dialog.reading
    assert correction["id"] != synced["id"] and correction["supersedes_id"] == synced["id"]
    assert correction["value"] == 5.0 and correction["period_start"] == synced["period_start"]
    assert workspace.kpi_readings.get(synced["id"])["value"] == 4.5  # the synced reading is untouched
    assert dialog.state.text() == "Saved as a correction."
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    states = {kpis.history_model.row_record(r)["id"]: kpis.history_model.index(r, 4).data()
              for r in range(kpis.history_model.rowCount())}
    assert states[correction["id"]] == "Correction" and states[synced["id"]] == "Replaced by a correction"
    assert kpis.summary_model.index(0, 2).data() == "5\u00a0%"

    assert sync(workspace).ok
    on_server = sqlite_server.login(username).pull_all()
    assert on_server[("kpi_reading", synced["id"])]["fields"]["value"] == 4.5
    assert on_server[("kpi_reading", correction["id"])]["fields"]["supersedes_id"] == synced["id"]


def test_the_enterprise_kpi_tab_opens_a_new_reading_with_ctrl_k(qtbot, window, workspace):
    factory = make_enterprise(workspace)
    window.show_screen("enterprise", factory["id"])
    page = window.screens["enterprise"]
    page.show_page("kpis")
    assert page.kpis.empty.isVisible()
    page.kpis.summary_view.setFocus()
    qtbot.keyClick(page.kpis.summary_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = reading_dialog(window)
    assert dialog.enterprise_id == factory["id"] and dialog.windowTitle() == "New KPI reading"
    QApplication.processEvents()
    dialog.reject()
