"""One app per workspace: a second start on the same workspace brings the first window to the front and ends.

Two copies of the app on one workspace would both schedule sync rounds and both autosave into the same records.
The first copy holds a lock file in the workspace (QLockFile: a lock whose process died is taken over) and listens
on a local socket named after the workspace; a second copy that cannot take the lock asks the first, through
that socket, to show itself, and exits.
"""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = ".score-desktop.lock"
RAISE = b"raise\n"
CONNECT_MS = 2000
#: How long a second start waits for the first one to be listening.
STARTING_S = 10.0


def server_name(workspace: Path) -> str:
    """A local socket name for ``workspace``: the same for every spelling of its path, short enough for Unix."""
    digest = hashlib.sha256(str(workspace.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"score-desktop-{digest}"


class SingleInstance(QObject):
    """Held by the first app on a workspace; :attr:`raise_requested` fires when a second start asks for it."""

    raise_requested = Signal()

    def __init__(self, workspace: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this is the first app on the workspace (and now holds it); False when another one runs.

        Call :meth:`listen` once the window shows (QtNetwork loads then, not before the first screen)."""
        self._workspace.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self._workspace / LOCK_NAME))
        lock.setStaleLockTime(0)  # a lock is stale only when its process is gone, however old it is
        if not lock.tryLock(0):
            return False
        self._lock = lock
        return True

    def listen(self) -> None:
        """Answer a second start on this workspace (it asks this window to come to the front)."""
        if self._lock is None or self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._workspace)
        QLocalServer.removeServer(name)  # a socket file left by a copy that crashed (we hold the lock now)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(name):
            server.newConnection.connect(self._incoming)
            self._server = server
        else:  # the app still runs alone; a second start will only be told that this one is open
            log.warning("cannot listen on %s: %s", name, server.errorString())

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _incoming(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            log.info("a second start on this workspace asked for this window")
            self.raise_requested.emit()
        socket.disconnectFromServer()


def ask_running_app_to_show(workspace: Path) -> bool:
    """Ask the app that holds ``workspace`` to come to the front; True when it got the message.

    The other app may still be starting (it listens once its window shows): keep asking for a few seconds."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    deadline = time.monotonic() + STARTING_S
    while True:
        socket.connectToServer(server_name(workspace))
        if socket.waitForConnected(CONNECT_MS):
            break
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    socket.write(RAISE)
    sent = socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return sent
