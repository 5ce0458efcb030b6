"""Signed reports made on other laptops, downloaded when they are first needed (to print, to look at).

A pulled ``signed_report`` record names its PDF by SHA-256, like a photo (docs/sync-protocol.md Part 2, "Signed
reports"); a coordinator's app finds a visit's signed reports among its pulled records and fetches the document
with ``GET /api/v1/blobs/<sha256>`` the first time it is opened. The bytes must hash to the record's name before
anything is kept, so the coordinator prints exactly the file that was signed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

from score_desktop.errors import QT_TRANSLATE_NOOP, DiskFullError, UserError, is_disk_full
from score_desktop.paths import private_folder
from score_desktop.store.documents import DocumentStore
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from score_desktop.sync.account import transport_for
from score_desktop.sync.transport import Outcome, Transport

log = logging.getLogger(__name__)


class DocumentNotFetchedError(UserError):
    context = "Sync"
    NOT_AVAILABLE = QT_TRANSLATE_NOOP("Sync", "The signed report is not on the server yet: the laptop that signed "
                                              "it has not synced since.")
    UNREACHABLE = QT_TRANSLATE_NOOP("Sync", "The signed report cannot be downloaded right now; try again when the "
                                            "server can be reached.")
    SIGN_IN = QT_TRANSLATE_NOOP("Sync", "Sign in to download the signed report.")
    DAMAGED = QT_TRANSLATE_NOOP("Sync", "The signed report arrived damaged; nothing was kept. Try again.")


def fetch_signed_report(ws: Workspace, transport: Transport, report: Record) -> Path:
    """The signed report's PDF, downloaded if it is not here yet; returns its path."""
    store = DocumentStore(ws.paths)
    sha256 = report["sha256"]
    if store.has(sha256):
        return store.path(sha256)
    answer = transport.blob(sha256)
    if answer.outcome is Outcome.NOT_FOUND:
        raise DocumentNotFetchedError(DocumentNotFetchedError.NOT_AVAILABLE)
    if answer.outcome in (Outcome.SIGN_IN, Outcome.WRONG_DEVICE):
        raise DocumentNotFetchedError(DocumentNotFetchedError.SIGN_IN)
    if answer.outcome is not Outcome.OK:
        log.info("signed report %s not downloaded: %s %s", sha256, answer.status, answer.message)
        raise DocumentNotFetchedError(DocumentNotFetchedError.UNREACHABLE)
    if hashlib.sha256(answer.content).hexdigest() != sha256:
        raise DocumentNotFetchedError(DocumentNotFetchedError.DAMAGED)
    private_folder(ws.paths.tmp)
    handle, name = tempfile.mkstemp(suffix=".part", dir=ws.paths.tmp)
    part = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(answer.content)
        return store.add(part).path
    except OSError as error:
        if is_disk_full(error):
            raise DiskFullError() from error
        raise
    finally:
        part.unlink(missing_ok=True)


def fetcher(ws: Workspace):
    """A ``fetch(report)`` for :func:`score_desktop.reports.signing.print_visit_report` that downloads with this
    workspace's sign-in (:class:`DocumentNotFetchedError` when it has none: a demo, or never signed in)."""
    def fetch(report: Record) -> None:
        transport = transport_for(ws)
        if transport is None:
            raise DocumentNotFetchedError(DocumentNotFetchedError.SIGN_IN)
        with transport:
            fetch_signed_report(ws, transport, report)
    return fetch
