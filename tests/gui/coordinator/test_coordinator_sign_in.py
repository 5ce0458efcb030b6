"""A coordinator signs in from the app and is spoken to as a coordinator: the dialog's words, the status bar, Review
in the sidebar, Today's headings; a trainer keeps the trainer's words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from score_desktop.ui.sync import sync_controller
from score_desktop.ui.sync.sign_in_dialog import SignInDialog
from tests.support.servers import PASSWORD


@pytest.fixture(autouse=True)
def no_automatic_rounds(monkeypatch):
    monkeypatch.setattr(sync_controller, "START_DELAY_MS", 3_600_000)
    monkeypatch.setattr(sync_controller, "CHANGE_DELAY_MS", 3_600_000)


def sign_in_with_the_dialog(qtbot, window, server, username):
    window.sync.sign_in_action.trigger()
    dialog = window.findChild(SignInDialog)
    qtbot.waitUntil(dialog.isVisible)
    intro = dialog.intro.text()
    qtbot.keyClicks(dialog.server, server.url)
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(window.sync.controller.round_finished, timeout=20_000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    return intro


def visible_entries(window):
    return [window.sidebar.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.sidebar.count())
            if not window.sidebar.item(row).isHidden()]


def test_a_coordinator_signs_in_and_the_app_speaks_to_a_coordinator(qtbot, make_window, workspace, sqlite_server):
    window = make_window(workspace)
    today = window.screens["today"]
    assert "review" not in visible_entries(window) and today.drafts_heading.text() == "Drafts to finalise"
    intro = sign_in_with_the_dialog(qtbot, window, sqlite_server, sqlite_server.add_user("coordinator"))
    assert "your coordinator if you are a trainer" in intro  # nobody known yet: words for both
    assert "review" in visible_entries(window)
    assert "Signed in as a coordinator" in window.statusBar().currentMessage()
    window.show_screen("today")
    assert today.drafts_heading.text() == "Trainers' drafts not yet finalised"
    assert today.week_heading.text() == "The trainers' visits today and this week"
    # Signing in again, the dialog knows whom it speaks to.
    dialog = SignInDialog(workspace.paths.root, sqlite_server.url, "", window, role=workspace.role)
    qtbot.addWidget(dialog)
    assert "What the trainers synced comes to this laptop" in dialog.intro.text()


def test_a_trainer_keeps_the_trainers_words(qtbot, make_window, workspace, sqlite_server):
    window = make_window(workspace)
    sign_in_with_the_dialog(qtbot, window, sqlite_server, sqlite_server.add_user("trainer"))
    assert "review" not in visible_entries(window)
    assert window.statusBar().currentMessage() == "Signed in. Syncing…"
    window.show_screen("today")
    assert window.screens["today"].drafts_heading.text() == "Drafts to finalise"
    dialog = SignInDialog(workspace.paths.root, sqlite_server.url, "", window, role=workspace.role)
    qtbot.addWidget(dialog)
    assert dialog.intro.text().startswith("Your coordinator gives you the address")
