"""File ▸ Sign in…: the server address, the user name and the password, checked on a worker.

The dialog stays open until the server accepts: a wrong password or an unreachable server shows its sentence
under the fields and the trainer tries again. The token goes to the keyring (``sync.account``); the password is
never stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QProgressBar,
                               QVBoxLayout, QWidget)

from score_desktop.errors import UserError
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core import settings
from score_desktop.ui.sync.sync_controller import Credentials
from score_desktop.ui.core.errors import user_message
from score_desktop.ui.core.tasks import NETWORK, TaskContext, run_in_background


def _sign_in(root: Path, server_url: str, username: str, password: str):
    def work(_task: TaskContext) -> Credentials | None:
        from score_desktop.sync.account import saved_credentials, sign_in

        with Workspace.open(root, migrate_schema=False) as ws:
            sign_in(ws, server_url, username, password)
            saved = saved_credentials(ws)
            return Credentials(*saved) if saved else None
    return work


class SignInDialog(QDialog):
    #: The server accepted: the credentials the sync goes on with.
    signed_in = Signal(object)

    def __init__(self, root: Path, server_url: str, username: str, parent: QWidget | None = None, *,
                 role: str | None = None) -> None:
        """``role``: the account this workspace signed in with before (None the first time), so a coordinator
        signing in again is spoken to as a coordinator."""
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to the SCORE server"))
        self._root = root
        self.server = QLineEdit(server_url or str(settings.value("sync/server_url")), self)
        self.server.setObjectName("server")
        self.server.setPlaceholderText("https://score.example.org")
        self.username = QLineEdit(username, self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet("color: #c62828")
        self.message.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(8)
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signIn")
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.intro_text(role), self, wordWrap=True)
        self.intro.setObjectName("signInIntro")
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        (self.password if server_url and username else self.server if not server_url else self.username).setFocus()
        self._working = False

    def intro_text(self, role: str | None) -> str:
        if role in ("coordinator", "admin"):
            return self.tr("The server's administrator gives you the address, your user name and a password. What "
                           "the trainers synced comes to this laptop; your reviews and comments go back to them.")
        if role == "trainer":
            return self.tr("Your coordinator gives you the address, your user name and a password. "
                           "Your work stays on this laptop and syncs when there is a network.")
        return self.tr("Whoever runs your programme's server gives you its address, your user name and a password: "
                       "your coordinator if you are a trainer, the server's administrator if you coordinate. "
                       "Everything stays on this laptop and syncs when there is a network.")

    def start(self) -> None:
        server_url, username, password = self.server.text().strip(), self.username.text().strip(), \
            self.password.text()
        if not server_url or not username or not password:
            self._say(self.tr("Please fill in the server address, your user name and your password."))
            return
        if "://" not in server_url:
            server_url = "https://" + server_url
            self.server.setText(server_url)
        self._busy(True)
        run_in_background(_sign_in(self._root, server_url, username, password), owner=self, pool=NETWORK,
                          on_done=self._accepted, on_error=self._refused)

    def _accepted(self, credentials: Credentials | None) -> None:
        self._busy(False)
        settings.set_value("sync/server_url", self.server.text().strip())
        self.signed_in.emit(credentials)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._busy(False)
        if not isinstance(error, UserError):
            from score_desktop.ui.core.errors import show_bug

            show_bug(error, self)
            return
        self._say(user_message(error))
        self.password.setFocus()
        self.password.selectAll()

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()

    def _busy(self, busy: bool) -> None:
        self._working = busy
        self.busy.setVisible(busy)
        for widget in (self.server, self.username, self.password, self.sign_in_button):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if not self._working:  # the answer is on its way; closing now would lose a sign-in that succeeded
            super().reject()
