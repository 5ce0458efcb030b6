"""The sync in the main window: File ▸ Sign in… and Sign out, Sync now (F5), the prompts, the status bar part.

The main window creates one :class:`SyncCommands` with its frame (the actions belong in menus painted before the
workspace opens) and calls :meth:`SyncCommands.attach` once the workspace is open, which starts the
:class:`~score_desktop.ui.sync.sync_controller.SyncController`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from score_desktop import APP_NAME
from score_desktop.ui.sync import sync_controller as sc
from score_desktop.ui.sync.sync_status import SyncStatus
from score_desktop.ui.core.tasks import NETWORK, TaskContext, run_in_background

if TYPE_CHECKING:
    from score_desktop.store.workspace import Workspace
    from score_desktop.ui.context import AppContext

# Only Qt at import time: this module is loaded with the window's frame, before its first paint.

def _sign_out(root: Path):
    def work(_task: TaskContext) -> None:
        from score_desktop.store.workspace import Workspace
        from score_desktop.sync.account import sign_out

        with Workspace.open(root, migrate_schema=False) as ws:
            sign_out(ws)
    return work


class SyncCommands(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._ws: Workspace | None = None
        self.controller: sc.SyncController | None = None
        self.sign_in_action = self._action(self.tr("Sign in…"), [], self.sign_in, "signIn")
        self.sign_out_action = self._action(self.tr("Sign out"), [], self.sign_out, "signOut")
        self.sync_now_action = self._action(self.tr("Sync now"), ["F5"],
                                            self.sync_now, "syncNow")
        self.sync_now_action.setToolTip(self.tr("Send your changes and receive others' now (F5)"))
        for action in self.actions():
            action.setEnabled(False)
        self.status = SyncStatus(window)
        self._prompt: QMessageBox | None = None

    def _action(self, text: str, keys: list, slot, name: str) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if keys:
            action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def actions(self) -> list[QAction]:
        return [self.sync_now_action, self.sign_in_action, self.sign_out_action]

    def actions_by_name(self) -> dict[str, QAction]:
        return {"sign_in": self.sign_in_action, "sign_out": self.sign_out_action, "sync_now": self.sync_now_action}

    def attach(self, ws: Workspace, ctx: AppContext) -> sc.SyncController:
        self._ws = ws
        self.controller = sc.SyncController(ws, self)
        self.controller.state_changed.connect(self._enable)
        self.controller.sign_in_needed.connect(self._ask_to_sign_in)
        self.controller.notice.connect(self._tell)
        self.controller.round_finished.connect(lambda result: result.ok and ctx.thumbnails.retry_missing())
        ctx.thumbnails.set_fetcher(self.controller.fetch_photo)
        self.status.attach(ws, self.controller)
        self.status.attention_clicked.connect(lambda: ctx.nav.show_screen.emit("sync"))
        self._enable()
        return self.controller

    def start(self) -> None:
        if self.controller is not None:
            self.controller.start()

    def shutdown(self) -> None:
        if self.controller is not None:
            self.controller.shutdown()

    def _enable(self) -> None:
        state = self.controller.state
        self.sign_in_action.setEnabled(True)
        self.sign_out_action.setEnabled(state not in (sc.DEMO, sc.SIGNED_OUT))
        self.sync_now_action.setEnabled(True)  # on a demo, it says plainly that a demo never syncs

    # -- commands ----------------------------------------------------------------------------------------------

    def sign_in(self) -> None:
        if self._ws is None:
            return
        if self._ws.meta("demo"):
            self._tell_demo()
            return
        from score_desktop.sync import state as sync_state
        from score_desktop.ui.sync.sign_in_dialog import SignInDialog

        account = sync_state.account(self._ws)
        dialog = SignInDialog(self._ws.paths.root, account.server_url if account else "",
                              account.username if account else "", self._window, role=self._ws.role)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(self._signed_in)
        dialog.open()

    def _signed_in(self, credentials: sc.Credentials | None) -> None:
        self._ws.reload_clock()  # the worker may have made this workspace a new device
        role = self._ws.role  # the sign-in wrote the account's role
        self._window.statusBar().showMessage(
            self.tr("Signed in as a coordinator: the trainers' records are coming to this laptop…")
            if role in ("coordinator", "admin") else self.tr("Signed in. Syncing…"), 8000)
        self.controller.signed_in_as(credentials)
        self.status.refresh()

    def sign_out(self) -> None:
        if self._ws is None or self.controller is None:
            return
        self.controller.signed_out()
        # Owned by the window: closed meanwhile, the token is forgotten all the same, with nobody left to tell.
        run_in_background(_sign_out(self._ws.paths.root), owner=self._window, pool=NETWORK,
                          on_done=lambda _none: self._signed_out(), on_error=self._sign_out_failed)

    def _signed_out(self) -> None:
        self._window.statusBar().showMessage(
            self.tr("Signed out. Your work stays on this laptop; sign in again to sync it."), 8000)

    def _sign_out_failed(self, error: BaseException) -> None:
        from score_desktop.ui.core.errors import show_error

        show_error(error, self._window)

    def sync_now(self) -> None:
        if self.controller is None:
            return
        if self.controller.state == sc.DEMO:
            self._tell_demo()
        elif not self.controller.signed_in:
            self.sign_in()
        else:
            self.controller.sync_now()

    # -- telling the trainer (never modal: the trainer may be typing a finding) ---------------------------------

    def _ask_to_sign_in(self, sentence: str) -> None:
        if self._prompt is not None and self._prompt.isVisible():
            return
        box = self._box(QMessageBox.Icon.Warning, sentence, "signInAgainPrompt")
        sign_in = box.addButton(self.tr("Sign in…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        sign_in.clicked.connect(self.sign_in)
        self._prompt = box
        box.show()

    def _tell_demo(self) -> None:
        from score_desktop.sync.account import SignInError
        from score_desktop.ui.sync.sync_texts import translate

        self._tell(translate(SignInError.DEMO))

    def _tell(self, sentence: str) -> None:
        box = self._box(QMessageBox.Icon.Information, sentence, "syncNotice")
        box.addButton(QMessageBox.StandardButton.Ok)
        box.show()

    def _box(self, icon: QMessageBox.Icon, sentence: str, name: str) -> QMessageBox:
        box = QMessageBox(icon, APP_NAME, sentence, QMessageBox.StandardButton.NoButton, self._window)
        box.setObjectName(name)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # keystrokes stay in the finding being typed
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box

