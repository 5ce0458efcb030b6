"""Photos of others' records, downloaded from the server the first time they are shown.

A pulled ``photo`` record names its picture by SHA-256; the file itself stays on the server until this laptop
needs it (docs/sync-protocol.md: ``GET /api/v1/blobs/<sha256>``). :func:`fetch_photo` downloads it, checks that the
bytes hash to the name before anything is kept, and puts it into the photo store the store's own safe way: a
fsynced ``tmp/*.part`` renamed into place, so a crash leaves either no file or the whole one.

Only the workspace's folders are used, never its database, so any thread may call it with the workspace of
another thread.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
from pathlib import Path

from score_desktop.errors import QT_TRANSLATE_NOOP, DiskFullError, UserError, is_disk_full
from score_desktop.paths import private_folder
from score_desktop.store.photos import PhotoStore
from score_desktop.store.workspace import Workspace
from score_desktop.sync.transport import Outcome, Transport


class PhotoNotFetchedError(UserError):
    """The picture could not be brought to this laptop; ``template`` says why, in the trainer's words."""

    context = "Sync"
    NOT_AVAILABLE = QT_TRANSLATE_NOOP("Sync", "This photo is not available on the server.")
    UNREACHABLE = QT_TRANSLATE_NOOP("Sync", "This photo cannot be downloaded right now; it comes when the server "
                                            "can be reached.")
    SIGN_IN = QT_TRANSLATE_NOOP("Sync", "Sign in to download this photo.")
    DAMAGED = QT_TRANSLATE_NOOP("Sync", "The photo arrived damaged; it will be downloaded again next time.")


class DownloadTransports:
    """One transport per download thread, reused for every photo it fetches and closed at the end.

    ``requests.Session`` is not meant to be shared between threads, and a session per photo would open a new
    connection (and TLS handshake) for each picture; one per thread keeps the connection alive across a visit's
    photos. :meth:`close` closes them all (the window closes, or the trainer signs out).
    """

    def __init__(self) -> None:
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: set[Transport] = set()

    def transport(self, server_url: str, token: str) -> Transport:
        current: Transport | None = getattr(self._local, "transport", None)
        if current is not None and (current.base_url, current.token) == (server_url.rstrip("/"), token):
            return current
        if current is not None:
            self._forget(current)
        current = Transport(server_url, token=token)
        self._local.transport = current
        with self._lock:
            self._open.add(current)
        return current

    def _forget(self, transport: Transport) -> None:
        with self._lock:
            self._open.discard(transport)
        transport.close()

    def close(self) -> None:
        with self._lock:
            transports, self._open = self._open, set()
        for transport in transports:
            transport.close()

    @property
    def open_count(self) -> int:
        with self._lock:
            return len(self._open)


def fetch_photo(ws: Workspace, transport: Transport, sha256: str, ext: str) -> Path:
    """The original picture with this hash, downloaded if it is not here yet; returns its path.

    Raises :class:`PhotoNotFetchedError` when the server does not hold it (or not for this user: a 404 either
    way), cannot be reached, or sends bytes that do not hash to ``sha256`` (nothing is stored then), and
    :class:`DiskFullError` when the disk is full.
    """
    target = PhotoStore(ws.paths).original_path(sha256, ext)  # refuses a hash or extension that is not ours
    if target.exists():
        return target
    answer = transport.blob(sha256)
    if answer.outcome is Outcome.NOT_FOUND:
        raise PhotoNotFetchedError(PhotoNotFetchedError.NOT_AVAILABLE)
    if answer.outcome in (Outcome.SIGN_IN, Outcome.WRONG_DEVICE):
        raise PhotoNotFetchedError(PhotoNotFetchedError.SIGN_IN)
    if answer.outcome is not Outcome.OK:
        logging.getLogger(__name__).info("photo %s not downloaded: %s %s", sha256, answer.status, answer.message)
        raise PhotoNotFetchedError(PhotoNotFetchedError.UNREACHABLE)
    if hashlib.sha256(answer.content).hexdigest() != sha256:
        raise PhotoNotFetchedError(PhotoNotFetchedError.DAMAGED)
    try:
        _write_atomically(ws, target, answer.content)
    except OSError as error:
        if is_disk_full(error):
            raise DiskFullError() from error
        raise
    return target


def _write_atomically(ws: Workspace, target: Path, content: bytes) -> None:
    private_folder(ws.paths.tmp)
    handle, name = tempfile.mkstemp(suffix=".part", dir=ws.paths.tmp)  # 0600, kept through the rename
    part = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        private_folder(target.parent)
        os.replace(part, target)
        if os.name != "nt":  # make the rename durable (NTFS journals it; Windows cannot open a folder for this)
            folder = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
    finally:
        part.unlink(missing_ok=True)
