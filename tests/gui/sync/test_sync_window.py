"""The trainer's sync, driven as a trainer would, against the real server on loopback.

Sign in (wrong password first), Sync now and F5, the sync a minute after a change (shortened here), refused
changes fixed or discarded, a conflict settled on one laptop and seen settled on the other, and no network.
"""

from __future__ import annotations

import datetime as dt
import io
import random

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QToolButton

from score_desktop.store import outbox
from score_desktop.store.photos import PhotoStore
from score_desktop.sync import conflicts, credentials, state, transport
from score_desktop.sync.account import sign_in
from score_desktop.ui.enterprises.new_enterprise_dialog import NewEnterpriseDialog
from score_desktop.ui.sync import sync_controller
from score_desktop.ui.sync.sign_in_dialog import SignInDialog
from tests.builders import make_enterprise, make_observation, make_visit
from tests.support.servers import PASSWORD, free_port
from tests.support.sync import signed_in_workspace, sync

ROUND_TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def quick_sync(monkeypatch):
    """Rounds start only when a test asks (or after a change, when a test shortens that delay); retries are
    quick so "no network" is known at once."""
    monkeypatch.setattr(sync_controller, "START_DELAY_MS", 3_600_000)
    monkeypatch.setattr(sync_controller, "CHANGE_DELAY_MS", 3_600_000)
    monkeypatch.setattr(sync_controller, "ENGINE_OPTIONS", {"attempts": 2, "base_delay": 0.01, "max_delay": 0.05})


def signed_in(ws, server, username=None):
    username = username or server.add_user("trainer")
    sign_in(ws, server.url, username, PASSWORD)
    return username


def round_finished(qtbot, window):
    return qtbot.waitSignal(window.sync.controller.round_finished, timeout=ROUND_TIMEOUT_MS)


def press_f5(qtbot, window):
    if not window.isActiveWindow():
        # The offscreen platform activates every window shown, notices too (a desktop honours
        # WA_ShowWithoutActivating); the trainer would click back into the window.
        window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    with round_finished(qtbot, window) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    return blocker.args[0]


def status(window) -> str:
    bar = window.sync.status
    return " | ".join(label.text() for label in (bar.state_label, bar.waiting_label, bar.last_label))


def click_sidebar(qtbot, window, name: str) -> None:
    sidebar = window.sidebar
    item = next(sidebar.item(row) for row in range(sidebar.count())
                if sidebar.item(row).data(Qt.ItemDataRole.UserRole) == name)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(item).center())
    assert window.current_screen == name


# -- signing in ------------------------------------------------------------------------------------------------

def test_sign_in_with_a_wrong_password_then_the_right_one(qtbot, make_window, workspace, sqlite_server):
    username = sqlite_server.add_user("trainer")
    make_visit(workspace)
    window = make_window(workspace)
    assert "Not signed in" in status(window) and "2 change(s) waiting" in status(window)

    window.sync.sign_in_action.trigger()  # File ▸ Sign in…
    dialog = window.findChild(SignInDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.server, f"http://127.0.0.1:{free_port()}")
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and dialog.server.isEnabled(), timeout=15_000)
    assert "Cannot reach the server" in dialog.message.text() and dialog.isVisible()

    dialog.server.selectAll()
    qtbot.keyClicks(dialog.server, sqlite_server.url)
    dialog.password.selectAll()
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "password is wrong" in dialog.message.text() and dialog.password.isEnabled(),
                    timeout=15_000)
    assert dialog.isVisible() and dialog.password.hasSelectedText()  # ready to type it again

    qtbot.keyClicks(dialog.password, PASSWORD)
    with round_finished(qtbot, window) as blocker:  # signing in starts a sync at once
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert blocker.args[0].ok
    assert state.account(workspace).username == username
    assert workspace.waiting_count() == 0
    assert "Online" in status(window) and "Nothing waiting" in status(window) and "Last sync: today" in status(window)
    assert window.sync.sign_out_action.isEnabled()

    window.sync.sign_out_action.trigger()
    qtbot.waitUntil(lambda: "Not signed in" in status(window))
    qtbot.waitUntil(lambda: credentials.load_token(workspace.paths.root, workspace.meta("workspace_id"),
                                                   sqlite_server.url) is None)


def test_a_demo_workspace_says_it_never_syncs(qtbot, make_window, demo_workspace):
    window = make_window(demo_workspace)
    assert "Demo workspace: never syncs" in status(window)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    box = window.findChild(QMessageBox, "syncNotice")
    assert box is not None and box.isVisible() and not box.isModal()
    assert "A demo workspace never syncs" in box.text()
    box.close()
    assert window.findChild(SignInDialog) is None


# -- syncing ---------------------------------------------------------------------------------------------------

def test_sync_now_sends_everything_and_shows_the_time(qtbot, make_window, workspace, sqlite_server):
    signed_in(workspace, sqlite_server)
    make_observation(workspace)
    window = make_window(workspace)
    assert "3 change(s) waiting" in status(window) and "Offline" in status(window)
    assert "Last sync: never" in status(window)
    toolbar_button = next(button for button in window.findChildren(QToolButton)
                          if button.defaultAction() is window.sync.sync_now_action and button.isVisible())
    with round_finished(qtbot, window) as blocker:
        qtbot.mouseClick(toolbar_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].ok and blocker.args[0].pushed == 3
    assert workspace.waiting_count() == 0
    assert "Online" in status(window) and "Nothing waiting" in status(window)
    assert "Last sync: today " in status(window)

    # F5 twice in a row: the second waits for the first; never two rounds at once.
    controller = window.sync.controller
    with qtbot.waitSignals([controller.round_finished, controller.round_finished], timeout=ROUND_TIMEOUT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)
        assert controller.busy
        qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not controller.busy)
    rounds = workspace.conn.execute("SELECT started_at, finished_at FROM sync_log ORDER BY id").fetchall()
    assert len(rounds) == 3
    assert all(later[0] >= earlier[1] for earlier, later in zip(rounds, rounds[1:]))


def test_a_change_is_synced_a_moment_later(qtbot, make_window, workspace, sqlite_server, monkeypatch):
    monkeypatch.setattr(sync_controller, "CHANGE_DELAY_MS", 400)
    username = signed_in(workspace, sqlite_server)
    window = make_window(workspace)
    qtbot.waitUntil(window.isActiveWindow)
    with round_finished(qtbot, window) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(NewEnterpriseDialog)))
        dialog = next(d for d in window.findChildren(NewEnterpriseDialog) if d.isVisible())
        qtbot.keyClicks(dialog.name, "Huamei Garments")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        assert workspace.waiting_count() == 1  # New enterprise: written at once, sent a moment later
    assert blocker.args[0].ok and blocker.args[0].pushed >= 1
    qtbot.waitUntil(lambda: not window.sync.controller.busy)
    qtbot.waitUntil(lambda: workspace.waiting_count() == 0, timeout=ROUND_TIMEOUT_MS)
    on_server = sqlite_server.login(username).pull_all()
    assert any(entity == "enterprise" for entity, _ in on_server)


def test_the_app_syncs_at_start_and_then_every_period(qtbot, catalog, workspace, sqlite_server, monkeypatch):
    monkeypatch.setattr(sync_controller, "START_DELAY_MS", 0)
    monkeypatch.setattr(sync_controller, "PERIOD_MS", 300)  # ten minutes, shortened
    signed_in(workspace, sqlite_server)
    make_visit(workspace)
    from score_desktop.ui.main_window import MainWindow

    window = MainWindow(workspace, catalog, "en")  # made by hand: the first round starts with it
    qtbot.addWidget(window)
    stages, shown = [], []
    controller = window.sync.controller
    controller.progressed.connect(lambda stage, done, total: (
        stages.append(stage), shown.append(window.sync.status.progress.isVisibleTo(window.sync.status))))
    with qtbot.waitSignals([controller.round_finished, controller.round_finished], timeout=ROUND_TIMEOUT_MS):
        window.show()
    assert {"push", "pull"} <= set(stages) and all(shown)  # a stage and a small bar while it runs
    assert workspace.waiting_count() == 0 and workspace.conn.execute("SELECT count(*) FROM sync_log").fetchone()[0] >= 2
    assert not window.sync.status.progress.isVisibleTo(window.sync.status) or controller.busy
    controller.shutdown()
    qtbot.waitUntil(lambda: not controller.busy, timeout=ROUND_TIMEOUT_MS)
    window.close()


# -- needs attention -------------------------------------------------------------------------------------------

def _refused_edit(ws, observation, fields):
    """An edit this server refuses (a rating only a newer app would write)."""
    with ws.transaction():
        if "text" in fields:
            ws.conn.execute("UPDATE observation SET text = ? WHERE id = ?", (fields["text"], observation["id"]))
        outbox.record_mutation(ws.conn, entity="observation", record_id=observation["id"],
                               enterprise_id=observation["enterprise_id"], op="upsert",
                               base_version=ws.observations.get(observation["id"])["version"],
                               hlc=ws.write_clock_now(), fields={**fields, "rating": "excellent"})


def test_refused_changes_need_attention_and_can_be_resent_or_discarded(qtbot, qtmodeltester, make_window,
                                                                       workspace, sqlite_server):
    signed_in(workspace, sqlite_server)
    visit = make_visit(workspace)
    fixable = make_observation(workspace, visit, text="Exit blocked by boxes")
    kept = make_observation(workspace, visit, text="As the server has it")
    window = make_window(workspace)
    assert press_f5(qtbot, window).ok
    _refused_edit(workspace, fixable, {})
    _refused_edit(workspace, kept, {"text": "Words the server refuses"})
    assert press_f5(qtbot, window).rejected == 2

    attention = window.sync.status.attention_label  # the status bar says so, and leads there
    assert attention.isVisible() and "Needs attention: 2" in attention.text()
    qtbot.mouseClick(attention, Qt.MouseButton.LeftButton, pos=attention.rect().center())
    assert window.current_screen == "sync"
    screen = window.screens["sync"]
    model = screen.attention_model
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and screen.attention_title.text() == "Needs attention (2)"
    rows = [[model.index(row, column).data() for column in range(model.columnCount())] for row in range(2)]
    assert rows[0][0] == "Exit blocked by boxes" and rows[0][1] == "Finding: change"
    assert "rating" in rows[0][3].lower() or "invalid" in rows[0][3].lower()  # the server's own reason
    assert rows[1][0] == "Words the server refuses"

    # The first: the record's own rating is fine, so resending it (after "fixing") goes through.
    qtbot.mouseClick(screen.attention_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=screen.attention_view.visualRect(model.index(0, 0)).center())
    with round_finished(qtbot, window) as blocker:
        qtbot.mouseClick(screen.resend, Qt.MouseButton.LeftButton)
    assert blocker.args[0].ok and blocker.args[0].rejected == 0
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Words the server refuses"

    # The second: discarding asks first, then the server's version comes back.
    qtbot.mouseClick(screen.discard, Qt.MouseButton.LeftButton)
    box = screen.findChild(QMessageBox, "discardConfirmation")
    qtbot.waitUntil(box.isVisible)
    assert "Words the server refuses" in box.text()
    with round_finished(qtbot, window):
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Discard"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert workspace.observations.get(kept["id"])["text"] == "As the server has it"
    assert screen.attention_title.text() == "Needs attention (0)" and not screen.resend.isEnabled()
    assert not attention.isVisible()


# -- conflicts -------------------------------------------------------------------------------------------------

def test_a_conflict_side_by_side_and_keep_mine_settles_it_on_both_laptops(qtbot, qtmodeltester, make_window,
                                                                          workspace, sqlite_server, tmp_path):
    username = signed_in(workspace, sqlite_server)
    enterprise = make_enterprise(workspace, name="Huamei Garments")
    window = make_window(workspace)
    assert press_f5(qtbot, window).ok
    other = signed_in_workspace(tmp_path / "other-laptop", sqlite_server, username)  # the trainer's second laptop
    assert sync(other).ok

    workspace.enterprises.update(enterprise["id"], name="Huamei Garments (Dongguan)")  # here, first
    other.enterprises.update(enterprise["id"], name="Huamei Garments Co., Ltd.")      # there, a moment later
    assert sync(other).ok
    click_sidebar(qtbot, window, "enterprises")
    result = press_f5(qtbot, window)
    assert result.ok and result.conflicts == 1
    enterprises = window.screens["enterprises"]
    qtbot.waitUntil(lambda: "Huamei Garments Co., Ltd." in _column(enterprises.model, 0))  # pulled: shown

    click_sidebar(qtbot, window, "sync")
    screen = window.screens["sync"]
    qtmodeltester.check(screen.conflict_model)
    assert screen.conflict_model.rowCount() == 1 and screen.conflicts_title.text() == "Conflicts (1)"
    assert screen.mine_panel.value.toPlainText() == "Huamei Garments (Dongguan)"
    assert screen.theirs_panel.value.toPlainText() == "Huamei Garments Co., Ltd."
    assert f"you ({username})" in screen.mine_panel.who.text() and "today" in screen.mine_panel.who.text()
    assert "the record holds this now" in screen.theirs_panel.who.text()

    qtbot.mouseClick(screen.keep_mine, Qt.MouseButton.LeftButton)
    assert screen.conflict_model.rowCount() == 0
    assert workspace.enterprises.get(enterprise["id"])["name"] == "Huamei Garments (Dongguan)"
    assert press_f5(qtbot, window).ok and workspace.waiting_count() == 0

    assert sync(other).ok
    assert other.enterprises.get(enterprise["id"])["name"] == "Huamei Garments (Dongguan)"
    assert conflicts.open_conflicts(other) == []
    other.close()


def _column(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_edit_writes_a_third_value(qtbot, make_window, workspace, sqlite_server, tmp_path):
    username = signed_in(workspace, sqlite_server)
    observation = make_observation(workspace, text="Exit blocked")
    window = make_window(workspace)
    assert press_f5(qtbot, window).ok
    other = signed_in_workspace(tmp_path / "other-laptop", sqlite_server, username)
    assert sync(other).ok
    workspace.observations.update(observation["id"], text="Exit blocked by boxes")
    other.observations.update(observation["id"], text="Exit blocked by a trolley")
    assert sync(other).ok
    assert press_f5(qtbot, window).conflicts == 1
    click_sidebar(qtbot, window, "sync")
    screen = window.screens["sync"]
    qtbot.mouseClick(screen.edit_value, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(QApplication.activeModalWidget().__class__, "conflictEditDialog")
    assert dialog.editor.toPlainText() == "Exit blocked by boxes"
    dialog.editor.selectAll()
    qtbot.keyClicks(dialog.editor, "Exit blocked by boxes and a trolley")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert workspace.observations.get(observation["id"])["text"] == "Exit blocked by boxes and a trolley"
    assert screen.conflict_model.rowCount() == 0
    assert press_f5(qtbot, window).ok
    assert sync(other).ok
    assert other.observations.get(observation["id"])["text"] == "Exit blocked by boxes and a trolley"
    other.close()


# -- when the server cannot be used ----------------------------------------------------------------------------

def test_no_network_shows_offline_and_keeps_the_outbox(qtbot, make_window, workspace):
    nowhere = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    workspace.set_meta(state.SERVER_URL, nowhere)
    workspace.set_meta(state.USERNAME, "wang.fang")
    credentials.save_token(workspace.paths.root, workspace.meta("workspace_id"), nowhere, "a-token")
    make_visit(workspace)
    window = make_window(workspace)
    result = press_f5(qtbot, window)
    assert result.outcome == "retry"
    assert workspace.waiting_count() == 2 and "Offline" in status(window) and "2 change(s) waiting" in status(window)
    assert window.sync.status.state_label.toolTip().startswith("The server cannot be reached right now")
    assert QApplication.activeModalWidget() is None  # nothing in the trainer's way


def test_a_revoked_sign_in_asks_to_sign_in_again_and_keeps_the_outbox(qtbot, make_window, workspace,
                                                                      sqlite_server):
    signed_in(workspace, sqlite_server)
    credentials.save_token(workspace.paths.root, workspace.meta("workspace_id"), sqlite_server.url, "revoked")
    make_enterprise(workspace)
    window = make_window(workspace)
    assert press_f5(qtbot, window).outcome == "sign_in"
    prompt = window.findChild(QMessageBox, "signInAgainPrompt")
    assert prompt is not None and prompt.isVisible() and not prompt.isModal()
    assert "Please sign in again" in prompt.text()
    assert workspace.waiting_count() == 1 and "Sign in again to sync" in status(window)
    qtbot.mouseClick(next(b for b in prompt.buttons() if b.text() == "Sign in…"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(SignInDialog)
    assert dialog is not None and dialog.server.text() == sqlite_server.url
    assert dialog.focusWidget() is dialog.password  # address and name kept: only the password to type
    dialog.reject()


def test_an_old_app_and_a_wrong_clock_are_told_once(qtbot, make_window, workspace, sqlite_server, monkeypatch):
    hours_ahead = lambda: dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=2)  # noqa: E731
    monkeypatch.setattr(sync_controller, "ENGINE_OPTIONS", {**sync_controller.ENGINE_OPTIONS, "now": hours_ahead})
    signed_in(workspace, sqlite_server)
    window = make_window(workspace)
    told = []
    window.sync.controller.notice.connect(told.append)
    assert press_f5(qtbot, window).ok and press_f5(qtbot, window).ok
    assert len(told) == 1 and "clock is 120 minute(s) away" in told[0]
    box = window.findChild(QMessageBox, "syncNotice")
    assert box.isVisible() and not box.isModal()

    monkeypatch.setattr(transport, "PROTOCOL_VERSION", "99")  # the server no longer speaks with this app
    make_enterprise(workspace)
    assert press_f5(qtbot, window).outcome == "upgrade"
    assert press_f5(qtbot, window).outcome == "upgrade"
    assert len(told) == 2 and "needs a newer SCORE Desktop" in told[1] and "working offline" in told[1]
    assert "a newer app is needed" in status(window) and workspace.waiting_count() == 1
    make_enterprise(workspace, name="still working")  # and the app goes on offline
    assert workspace.waiting_count() == 2


# -- photos of others' records ---------------------------------------------------------------------------------

def test_photos_of_anothers_records_are_downloaded_when_shown(qtbot, make_window, workspace, sqlite_server):
    device = sqlite_server.device("trainer")
    pictures = []
    for seed in (3, 4):
        buffer = io.BytesIO()
        Image.new("RGB", (400, 300), tuple(random.Random(seed).randrange(256) for _ in range(3))).save(buffer,
                                                                                                   "JPEG")
        pictures.append(buffer.getvalue())
    _enterprise_id, uploaded = device.create_photo(pictures[0])
    assert device.tus_upload(pictures[0]).status_code == 204
    _enterprise_id, never_uploaded = device.create_photo(pictures[1])  # its laptop has not sent it yet
    signed_in(workspace, sqlite_server, device.username)
    assert sync(workspace).ok  # the records come down; the pictures stay on the server until shown
    store = PhotoStore(workspace.paths)
    assert not store.original_path(uploaded, "jpg").exists()

    window = make_window(workspace)
    thumbnails = window.ctx.thumbnails
    for sha256 in (uploaded, never_uploaded):
        assert thumbnails.get(sha256, "image/jpeg") is None  # asked for as a view paints
    qtbot.waitUntil(lambda: not thumbnails.is_busy(), timeout=10_000)
    assert store.original_path(uploaded, "jpg").read_bytes() == pictures[0]
    assert not thumbnails.is_missing(uploaded) and thumbnails.get(uploaded, "image/jpeg").width() == 256
    assert thumbnails.is_missing(never_uploaded)
    assert thumbnails.missing_reason(never_uploaded) == "This photo is not available on the server."
    assert thumbnails.get(never_uploaded, "image/jpeg") is not None  # a placeholder that says so

    window.sync.sign_out_action.trigger()
    qtbot.waitUntil(lambda: "Not signed in" in status(window))
    thumbnails.retry_missing()
    thumbnails.get(never_uploaded, "image/jpeg")
    qtbot.waitUntil(lambda: not thumbnails.is_busy(), timeout=10_000)
    assert thumbnails.missing_reason(never_uploaded) == "Sign in to download this photo."
