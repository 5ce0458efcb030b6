"""The improvement cycle's models pass Qt's model tester, filled with the demo's rows: the Actions list (filtered,
paged, with its status edited in place), a visit's action plan and KPI readings, an action's before and after
photos, the KPI tab and the suggestion log."""

from __future__ import annotations

from PySide6.QtCore import Qt

from score_desktop.store.actions import ActionFilter


def test_the_actions_list_filtered_and_edited(demo_window, demo_workspace, qtmodeltester):
    demo_window.show_screen("actions")
    screen = demo_window.screens["actions"]
    qtmodeltester.check(screen.model, force_py=True)
    assert screen.model.rowCount() > 0
    screen.apply_filter({"due": "overdue"})
    assert screen.current_filter() == ActionFilter(due="overdue")
    overdue = screen.model.rowCount()
    assert 0 < overdue < demo_workspace.action_items.count()
    index = screen.model.index(0, 4)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable and index.data(Qt.ItemDataRole.EditRole) in (
        "open", "in_progress")
    assert screen.model.setData(index, "done")
    assert screen.model.index(0, 4).data() == "Done"  # changed in place; the row stays until the list reloads


def test_a_visits_plan_kpis_and_an_actions_photos(demo_window, demo_workspace, qtmodeltester):
    after = demo_workspace.photos.list(where="action_item_id IS NOT NULL", limit=1)[0]
    action = demo_workspace.action_items.get(after["action_item_id"])
    demo_window.show_screen("visit", action["visit_id"])
    screen = demo_window.screens["visit"]
    assert screen.action_plan.model.rowCount() > 0
    for model in (screen.action_plan.model, screen.visit_kpis.model, screen.checklist_model):
        qtmodeltester.check(model, force_py=True)
    dialog = demo_window.open_action(action["id"])
    photos = dialog.editor.photos
    assert photos.after.model.rowCount() >= 1 and photos.before_model.rowCount() >= 0
    for model in (photos.after.model, photos.before_model):
        qtmodeltester.check(model, force_py=True)


def test_the_kpi_tab_and_the_suggestion_log(demo_window, demo_workspace, qtmodeltester):
    corrected = demo_workspace.kpi_readings.list(where="supersedes_id IS NOT NULL", limit=1)[0]
    demo_window.show_screen("enterprise", corrected["enterprise_id"])
    page = demo_window.screens["enterprise"]
    page.show_page("kpis")
    kpis = page.kpis
    kpis.summary_view.selectRow(kpis.summary_model.row_of(corrected["kpi"]))
    states = [kpis.history_model.index(row, 4).data() for row in range(kpis.history_model.rowCount())]
    assert "Correction" in states and "Replaced by a correction" in states
    for model in (kpis.summary_model, kpis.history_model, page.suggestions.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)
