"""A new trainer is greeted on an empty workspace and begins the way they choose; the app's language is chosen in
Preferences and takes effect at a restart the app offers."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from score_desktop.ui.app import ui_language
from score_desktop.ui.core import launch, settings
from score_desktop.ui.dialogs import first_start
from score_desktop.ui.dialogs.first_start import FirstStartDialog
from score_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from score_desktop.ui.enterprises.new_enterprise_dialog import NewEnterpriseDialog
from score_desktop.ui.main_window import MainWindow
from tests.builders import make_enterprise
from tests.support.qt import type_text


def _visible(window, kind):
    return next((d for d in window.findChildren(kind) if d.isVisible()), None)


def _greeted_window(qtbot, workspace, catalog) -> MainWindow:
    window = MainWindow(workspace, catalog, "en", greet=True)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_new_trainer_is_greeted_and_starts_with_the_first_enterprise(qtbot, workspace, catalog):
    window = _greeted_window(qtbot, workspace, catalog)
    qtbot.waitUntil(lambda: _visible(window, FirstStartDialog) is not None)
    greeting = _visible(window, FirstStartDialog)
    type_text(qtbot, greeting.name, "Nguyễn Thị Lan")
    type_text(qtbot, greeting.organisation, "SCORE Việt Nam")
    greeting.paper.setCurrentIndex(greeting.paper.findData("Letter"))
    qtbot.mouseClick(greeting.buttons[first_start.NEW_ENTERPRISE], Qt.MouseButton.LeftButton)
    assert (settings.value("trainer/name"), settings.value("trainer/organisation"),
            settings.value("reports/paper_size")) == ("Nguyễn Thị Lan", "SCORE Việt Nam", "Letter")

    qtbot.waitUntil(lambda: _visible(window, NewEnterpriseDialog) is not None)
    dialog = _visible(window, NewEnterpriseDialog)
    type_text(qtbot, dialog.name, "Công ty May Hà Nội")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.current_screen == "enterprise"
    assert [e["name"] for e in workspace.enterprises.list()] == ["Công ty May Hà Nội"]
    window.close()

    # Greeted once: the next start goes straight to work, even on an empty workspace.
    workspace.enterprises.delete(workspace.enterprises.list()[0]["id"])
    again = _greeted_window(qtbot, workspace, catalog)
    qtbot.wait(50)
    assert _visible(again, FirstStartDialog) is None
    again.close()


def test_no_greeting_on_a_workspace_that_already_holds_enterprises(qtbot, workspace, catalog):
    make_enterprise(workspace)
    window = _greeted_window(qtbot, workspace, catalog)
    qtbot.wait(50)
    assert _visible(window, FirstStartDialog) is None
    window.close()


def test_escape_looks_around_first_and_keeps_what_was_typed(qtbot, workspace, catalog):
    window = _greeted_window(qtbot, workspace, catalog)
    qtbot.waitUntil(lambda: _visible(window, FirstStartDialog) is not None)
    greeting = _visible(window, FirstStartDialog)
    type_text(qtbot, greeting.name, "王芳")
    qtbot.keyClick(greeting, Qt.Key.Key_Escape)
    assert not greeting.isVisible() and settings.value("trainer/name") == "王芳"
    assert not first_start.should_greet() and workspace.enterprises.count() == 0
    window.close()


def test_the_language_is_chosen_in_preferences_and_the_app_offers_to_restart(qtbot, window, monkeypatch):
    started: list[list[str]] = []
    monkeypatch.setattr(launch, "start_detached", lambda command: started.append(command) or True)
    window.edit_preferences()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    dialog = QApplication.activeModalWidget()
    language = dialog.editors["ui/language"]
    assert language.itemText(language.findData("vi")) == "Tiếng Việt"  # each language named in itself
    language.setCurrentIndex(language.findData("vi"))
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert settings.value("ui/language") == "vi" and ui_language(None) == "vi" and ui_language("fr") == "fr"
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "restartOffer") is not None)
    offer = window.findChild(QMessageBox, "restartOffer")
    later = next(b for b in offer.buttons() if b.text() == "Later")
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton)
    assert window.isVisible() and not window.restart_requested  # "Later": work goes on, in English for now

    window.offer_restart()
    offer = next(b for b in window.findChildren(QMessageBox, "restartOffer") if b.isVisible())
    qtbot.mouseClick(next(b for b in offer.buttons() if b.text() == "Restart now"), Qt.MouseButton.LeftButton)
    assert window.restart_requested and not window.isVisible()


def test_a_restart_starts_the_app_as_it_was_started_but_for_its_language(monkeypatch):
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    command = launch.restart_command(["/usr/bin/score-desktop", "--workspace", "/data/ws", "--lang", "fr"])
    assert command == [sys.executable, "/usr/bin/score-desktop", "--workspace", "/data/ws"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launch.restart_command(["score-desktop.exe", "--lang=zh_CN", "--workspace", "D:\\ws"]) == [
        sys.executable, "--workspace", "D:\\ws"]
