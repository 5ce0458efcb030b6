"""Practice checks on the visit screen: tick "good practice in place" per topic (a click or Ctrl+G), see the module's
score at the baseline and now, and start a follow-up from what was found and ticked last time."""

from __future__ import annotations

from PySide6.QtCore import Qt

from score_desktop.store import practice
from tests.builders import make_enterprise, make_observation, make_visit


def test_tick_practices_and_see_the_score_then_follow_up_from_last_time(qtbot, window, workspace, catalog):
    topics = [topic.code for topic in catalog.module("QM").topics]
    factory = make_enterprise(workspace)
    first = make_visit(workspace, factory, module="QM", visit_type="consultation", visit_date="2026-09-01")
    make_observation(workspace, first, topic=topics[1], rating="critical", text="No first-piece check on line 2")
    window.show_screen("visit", first["id"])
    screen = window.screens["visit"]
    assert screen.practice_check.isVisible() and not screen.practice_check.isChecked()
    assert "baseline (this visit): not assessed" in screen.practice_score.text()
    qtbot.mouseClick(screen.practice_check, Qt.MouseButton.LeftButton)  # the first topic: in place
    screen.checklist.setFocus()
    qtbot.keyClick(screen.checklist, Qt.Key.Key_F8)
    qtbot.keyClick(screen.checklist, Qt.Key.Key_F8)
    qtbot.keyClick(screen.checklist, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # the third: in place
    assert screen.practice_check.isChecked()
    checks = practice.visit_checks(workspace, first["id"])
    assert {topic: c["in_place"] for topic, c in checks.items()} == {topics[0]: True, topics[2]: True}
    assert {c["phase"] for c in checks.values()} == {"baseline"}  # the first assessment of the module
    assert f"baseline (this visit): 2 of {len(topics)}" in screen.practice_score.text()
    assert "Good practice in place at this visit" in screen.checklist_model.index(2).data(
        Qt.ItemDataRole.ToolTipRole)

    # A month later: last time's findings and checks beside each topic; a new score against the baseline.
    later = make_visit(workspace, factory, module="QM", visit_type="follow_up", visit_date="2026-10-01")
    window.show_screen("visit", later["id"])
    screen.checklist.setCurrentIndex(screen.checklist_model.index(1))
    assert screen.last_time.isVisible()
    assert "Last time (2026-09-01)" in screen.last_time.text()
    assert "Critical — No first-piece check on line 2" in screen.last_time.text()
    assert "Last time: Critical" in screen.checklist_model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    screen.checklist.setCurrentIndex(screen.checklist_model.index(0))
    assert "Good practice in place then." in screen.last_time.text()
    for row in (0, 1, 2):
        screen.checklist.setCurrentIndex(screen.checklist_model.index(row))
        qtbot.mouseClick(screen.practice_check, Qt.MouseButton.LeftButton)
    screen.checklist.setCurrentIndex(screen.checklist_model.index(2))
    qtbot.mouseClick(screen.practice_check, Qt.MouseButton.LeftButton)  # not in place after all: unticked
    text = screen.practice_score.text()
    assert f"baseline: 2 of {len(topics)}" in text and f"this visit: 2 of {len(topics)}" in text
    assert {c["phase"] for c in practice.visit_checks(workspace, later["id"]).values()} == {"progress"}
    assert practice.visit_checks(workspace, later["id"])[topics[2]]["in_place"] is False

    # Free findings have no practice to check.
    screen.checklist.setCurrentIndex(screen.checklist_model.index(len(topics)))
    assert not screen.practice_check.isVisible()
