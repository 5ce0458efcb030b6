"""Preferences come from one settings table; the window remembers its size, splitters and last screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit

from score_desktop.ui.core import settings
from score_desktop.ui.visits.new_visit_dialog import NewVisitDialog
from score_desktop.ui.dialogs.preferences_dialog import ModuleOrderEditor, PreferencesDialog
from tests.builders import make_enterprise, make_visit


def test_every_setting_has_an_editor_and_a_default():
    keys = [setting.key for setting in settings.SETTINGS]
    assert len(keys) == len(set(keys))
    assert {"trainer/name", "trainer/organisation", "visits/module_order", "reports/paper_size"} <= set(keys)
    for setting in settings.SETTINGS:
        assert settings.value(setting.key) == setting.default
        assert setting.translated_label()


def test_preferences_dialog_saves_and_the_app_uses_them(qtbot, window, workspace, catalog):
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    dialog = QApplication.activeModalWidget()
    assert set(dialog.editors) == {setting.key for setting in settings.SETTINGS}
    name = dialog.editors["trainer/name"]
    assert isinstance(name, QLineEdit)
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(name, "Wang Fang")
    paper = dialog.editors["reports/paper_size"]
    assert isinstance(paper, QComboBox)
    paper.setFocus()
    qtbot.keyClick(paper, Qt.Key.Key_Down)
    order = dialog.editors["visits/module_order"]
    assert isinstance(order, ModuleOrderEditor) and order.codes()[0] == "WC"
    order.list.setCurrentRow(4)  # OSH first: this trainer works on safety
    for _ in range(4):
        qtbot.mouseClick(order.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert settings.value("trainer/name") == "Wang Fang"
    assert settings.value("reports/paper_size") == "Letter"
    assert settings.module_order(catalog)[:2] == ["OSH", "WC"]

    factory = make_enterprise(workspace)
    window.show_screen("enterprise", factory["id"])
    window.new_visit_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewVisitDialog))
    visit_dialog = QApplication.activeModalWidget()
    assert visit_dialog.module.currentData() == "OSH" and visit_dialog.trainer.text() == "Wang Fang"
    visit_dialog.reject()


def test_a_broken_stored_value_falls_back_to_the_default():
    settings.store().setValue("reports/paper_size", "A0")
    assert settings.value("reports/paper_size") == "A4"


def test_geometry_splitters_and_last_screen_are_remembered(qtbot, make_window, workspace):
    visit = make_visit(workspace)
    first = make_window(workspace)
    # The offscreen screen is 800 x 800, narrower than the window's minimum width: the width stays at that
    # minimum; the height proves the point.
    first.show_screen("visit", visit["id"])
    first.resize(800, 700)
    qtbot.waitUntil(lambda: first.width() >= first.minimumSizeHint().width())
    splitter = first.screens["visit"].splitter
    splitter.setSizes([400, 600])
    splitter.splitterMoved.emit(400, 1)  # what dragging the handle emits
    sizes = splitter.sizes()
    width = first.width()
    first.close()
    assert isinstance(settings.window_value("geometry"), QByteArray)

    second = make_window(workspace)
    assert second.current_screen == "visit" and second.screens["visit"].visit_id == visit["id"]
    assert (second.width(), second.height()) == (width, 700)
    assert second.screens["visit"].splitter.sizes() == sizes


def test_a_last_screen_whose_record_is_gone_opens_today(qtbot, make_window, workspace):
    settings.set_window_value("screen", "visit:00000000-0000-4000-8000-000000000000")
    assert make_window(workspace).current_screen == "today"
