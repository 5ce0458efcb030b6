"""The programme results dashboard, driven as a coordinator: filters change the figures, a figure opens the records
behind it, and a record opens where it belongs."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from score_desktop.ui.results.records_dialog import RecordsDialog


def _shown(qtbot, screen):
    qtbot.waitUntil(lambda: not screen.busy and screen.shown is not None, timeout=20_000)
    return screen.shown


def _records_dialog(qtbot) -> RecordsDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RecordsDialog), timeout=5_000)
    return QApplication.activeModalWidget()


def test_filters_change_the_figures_and_each_opens_its_records(qtbot, qtmodeltester, make_window, demo_workspace):
    window = make_window(demo_workspace)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # Go ▸ Programme results
    assert window.current_screen == "results"
    screen = window.screens["results"]
    everything = _shown(qtbot, screen)
    visits = demo_workspace.visits.count()
    assert len(everything.visit_ids) == visits and str(visits) in screen.visits_button.text()
    qtmodeltester.check(screen.kpi_model)
    qtmodeltester.check(screen.practice_model)

    # One module: fewer visits, all of that module.
    screen.module.setCurrentIndex(screen.module.findData("QM"))
    qtbot.waitUntil(lambda: screen.shown is not everything and not screen.busy, timeout=20_000)
    qm = screen.shown
    assert 0 < len(qm.visit_ids) < visits
    assert {demo_workspace.visits.get(i)["module"] for i in qm.visit_ids} == {"QM"}

    # A KPI's row lists the enterprises behind it; Enter opens the first one's page.
    screen.kpi_view.setFocus()
    screen.kpi_view.setCurrentIndex(screen.kpi_model.index(0, 0))
    qtbot.keyClick(screen.kpi_view, Qt.Key.Key_Return)
    dialog = _records_dialog(qtbot)
    assert dialog.model.rowCount() == len(qm.kpis[0].enterprise_ids)
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert window.current_screen == "enterprise"
    dialog.close()

    # The overdue part of the actions' bar lists the overdue actions; one opens in its editor.
    window.show_screen("results")
    bar = screen.actions_bar
    overdue = len(qm.actions.overdue_ids)
    assert overdue > 0
    hit = next(area for area, key in bar._hit if key == "overdue")
    with qtbot.waitSignal(window.ctx.nav.open_action) as opened:
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPointF(hit.center()).toPoint())
        dialog = _records_dialog(qtbot)
        assert dialog.model.rowCount() == overdue
        dialog.view.setCurrentIndex(dialog.model.index(0, 0))
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert opened.args[0] in qm.actions.overdue_ids
    dialog.close()


def test_its_filters_keys_clash_with_no_menu_in_any_language():
    """Alt+letter on a filter's label must not open a menu instead (as Alt+V, Visit, would have in English)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from score_desktop.paths import translations_dir

    menus = ("&File", "&Edit", "&Visit", "&Go", "&Help")
    filters = ("&Period", "Provi&nce", "&Module", "Sp&onsor", "T&rainer")
    for lang in ("en", "zh_CN", "es", "fr", "vi", "id"):
        translator = QTranslator()
        assert lang == "en" or translator.load(f"score_desktop_{lang}", str(translations_dir()))
        QCoreApplication.installTranslator(translator)
        try:
            texts = [QCoreApplication.translate("MainWindow", text) for text in menus]
            texts += [QCoreApplication.translate("ResultsScreen", text) for text in filters]
        finally:
            QCoreApplication.removeTranslator(translator)
        keys = [text[text.index("&") + 1].lower() for text in texts]
        assert len(keys) == 10 and len(set(keys)) == 10, (lang, texts)
