"""Photos to the server through tus 1.0.0, in chunks of about 1 MB, resumable across failures and restarts.

The upload URL and the offset the server confirmed are written to the ``upload`` table after every chunk, so a
dropped Wi-Fi or a restarted app goes on from the server's offset (asked with HEAD) instead of starting again.
Each chunk carries an ``Upload-Checksum``; a chunk the server finds damaged (460) is sent again.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import urljoin

from score_desktop.store.documents import MIME as DOCUMENT_MIME
from score_desktop.store.photos import ext_for_mime, mime_for_ext
from score_desktop.store.records import utc_now
from score_desktop.store.workspace import Workspace
from score_desktop.sync.transport import API, Answer, Outcome, SyncError, Transport

log = logging.getLogger(__name__)
CHUNK_BYTES = 1024 * 1024
TUS_HEADERS = {"Tus-Resumable": "1.0.0"}


@dataclass
class Upload:
    sha256: str
    ext: str
    size: int
    url: str | None
    offset: int


#: The extension under which a signed report's PDF travels (photos travel under their picture's extension).
DOCUMENT_EXT = "pdf"


def file_of(ws: Workspace, sha256: str, ext: str) -> Path:
    """Where the bytes of an upload are on this laptop: a signed report's PDF, or a photo."""
    return ws.paths.document_file(sha256) if ext == DOCUMENT_EXT else ws.paths.photo_file(sha256, ext)


def _ext_of(ws: Workspace, sha256: str) -> str | None:
    row = ws.conn.execute("SELECT mime FROM photo WHERE sha256 = ? LIMIT 1", (sha256,)).fetchone()
    if row is not None:
        return ext_for_mime(row[0])
    if ws.conn.execute("SELECT 1 FROM signed_report WHERE sha256 = ? LIMIT 1", (sha256,)).fetchone():
        return DOCUMENT_EXT
    return None


def queue(ws: Workspace, hashes: list[str]) -> int:
    """Put the photos and signed reports the server says it lacks in the upload queue (call inside a
    transaction)."""
    queued = 0
    for sha256 in hashes:
        ext = _ext_of(ws, sha256)
        if ext is None:
            continue
        path = file_of(ws, sha256, ext)
        if not path.exists():
            log.warning("the server lacks the %s %s and this laptop does not have it either",
                        "signed report" if ext == DOCUMENT_EXT else "photo", sha256)
            continue
        ws.conn.execute(
            "INSERT INTO upload (sha256, ext, size, state, updated_at) VALUES (?, ?, ?, 'waiting', ?) "
            "ON CONFLICT(sha256) DO UPDATE SET state = CASE WHEN upload.state = 'uploading' THEN 'uploading' "
            "ELSE 'waiting' END, updated_at = excluded.updated_at",
            (sha256, ext, path.stat().st_size, utc_now()))
        queued += 1
    return queued


def waiting(ws: Workspace) -> list[Upload]:
    return [Upload(*row) for row in ws.conn.execute(
        "SELECT sha256, ext, size, url, offset FROM upload WHERE state IN ('waiting', 'uploading') "
        "ORDER BY updated_at, sha256")]


def waiting_bytes(ws: Workspace) -> int:
    """Bytes of photos still to upload (the status bar shows it in megabytes)."""
    return ws.conn.execute("SELECT coalesce(sum(size - offset), 0) FROM upload "
                           "WHERE state IN ('waiting', 'uploading')").fetchone()[0]


def _save(ws: Workspace, upload: Upload, state: str, error: str | None = None) -> None:
    with ws.transaction():
        ws.conn.execute("UPDATE upload SET url = ?, offset = ?, state = ?, error = ?, updated_at = ? "
                        "WHERE sha256 = ?", (upload.url, upload.offset, state, error, utc_now(), upload.sha256))


def _metadata(upload: Upload) -> str:
    """tus Upload-Metadata: the hash (required), and the type the server serves the photo with."""
    mime = DOCUMENT_MIME if upload.ext == DOCUMENT_EXT else mime_for_ext(upload.ext)
    pairs = {"sha256": upload.sha256, "filename": f"{upload.sha256}.{upload.ext}", "mime": mime}
    return ",".join(f"{key} {base64.b64encode(value.encode()).decode()}" for key, value in pairs.items())


class Uploader:
    """Sends one photo at a time; every failure it cannot handle itself raises :class:`SyncError`."""

    def __init__(self, ws: Workspace, transport: Transport, *, chunk_bytes: int = CHUNK_BYTES,
                 on_bytes: Callable[[int], None] | None = None) -> None:
        self.ws = ws
        self.transport = transport
        self.chunk_bytes = chunk_bytes
        self.on_bytes = on_bytes or (lambda sent: None)

    def send(self, upload: Upload) -> None:
        path = file_of(self.ws, upload.sha256, upload.ext)
        if not path.exists():
            _save(self.ws, upload, "failed", "the photo file is missing from this laptop")
            return
        self._damaged_chunks = 0
        if upload.url:
            upload.offset = self._server_offset(upload)
        if not upload.url:
            self._create(upload)
        with path.open("rb") as handle:
            while upload.offset < upload.size:
                handle.seek(upload.offset)
                chunk = handle.read(self.chunk_bytes)
                self._patch(upload, chunk)
        _save(self.ws, upload, "done")

    def _create(self, upload: Upload) -> None:
        answer = self.transport.request("POST", "/uploads/", expect_json=False, data=b"", headers={
            **TUS_HEADERS, "Upload-Length": str(upload.size), "Upload-Metadata": _metadata(upload)})
        location = (answer.headers or {}).get("Location") if answer.outcome is Outcome.OK else None
        if not location:
            raise SyncError(answer if answer.outcome is not Outcome.OK else
                            Answer(Outcome.BAD_REQUEST, answer.status, message="no Location"))
        upload.url = urljoin(self.transport.base_url + API + "/uploads/", location)
        upload.offset = 0
        _save(self.ws, upload, "uploading")

    def _server_offset(self, upload: Upload) -> int:
        answer = self.transport.request("HEAD", "", url=upload.url, expect_json=False, headers=TUS_HEADERS)
        if answer.outcome is Outcome.OK:
            return int((answer.headers or {}).get("Upload-Offset", 0))
        if answer.outcome in (Outcome.NOT_FOUND, Outcome.BAD_REQUEST):  # expired or forgotten: start again
            upload.url = None
            return 0
        raise SyncError(answer)

    def _patch(self, upload: Upload, chunk: bytes) -> None:
        checksum = base64.b64encode(hashlib.sha256(chunk).digest()).decode()
        answer = self.transport.request("PATCH", "", url=upload.url, data=chunk, expect_json=False, headers={
            **TUS_HEADERS, "Upload-Offset": str(upload.offset), "Content-Type": "application/offset+octet-stream",
            "Upload-Checksum": f"sha256 {checksum}"})
        if answer.outcome is Outcome.OK:
            upload.offset = int((answer.headers or {}).get("Upload-Offset", upload.offset + len(chunk)))
            self.on_bytes(len(chunk))
            _save(self.ws, upload, "uploading")
        elif answer.outcome is Outcome.OFFSET_MISMATCH:
            upload.offset = self._server_offset(upload)
        elif answer.outcome is Outcome.CHECKSUM:
            self._damaged_chunks += 1  # damaged on the way: the loop sends the same chunk again
            if self._damaged_chunks > 3:
                raise SyncError(answer)
        elif answer.outcome is Outcome.HASH_MISMATCH:
            upload.url, upload.offset = None, 0
            _save(self.ws, upload, "failed", "the server found the photo damaged; check the workspace")
            raise SyncError(answer)
        elif answer.outcome is Outcome.NOT_FOUND:
            upload.url, upload.offset = None, 0
            self._create(upload)
        else:
            raise SyncError(answer)
