"""Resumable photo uploads: tus 1.0.0 with the creation and checksum extensions, at ``/api/v1/uploads/``.

Any tus client works (tuspy, tus-js-client). The flow: ``POST`` declares the length and the photo's SHA-256 and
gets a ``Location``; ``PATCH`` appends bytes at the offset the server holds (``HEAD`` tells it after a failure);
when the last byte is in, the whole file is hashed and, if it is the photo it claimed to be, moved into the blob
store. Bytes in progress wait in the staging area of the blob store (staging.py), where every worker of the
server finds them.

Without ``Upload-Checksum`` a PATCH cut off halfway keeps what arrived (the client resumes from there, as tus
intends); with one, a chunk is kept only whole and verified, else dropped (``460``).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import re
import uuid
from typing import Any
from contextlib import asynccontextmanager

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import insert, select, update
from starlette.requests import ClientDisconnect
from starlette.responses import Response

from score_desktop.server import blob_store, blobs, db, models, schema, upload_space
from score_desktop.server.config import Context
from score_desktop.server.errors import ApiError
from score_desktop.sync import protocol

router = APIRouter(tags=["uploads"])
PREFIX = protocol.API_PREFIX + "/uploads"
CHECKSUM_ALGORITHMS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256}

_TUS_HEADERS = {"Tus-Resumable": protocol.TUS_VERSION}
_ERRORS: dict[int | str, dict[str, Any]] = {code: {"description": text, "model": models.ErrorBody} for code, text in (
    (400, "Malformed tus headers"), (401, "No valid token"), (404, "No such upload of yours"),
    (405, "Not a method of this address (Allow lists them)"), (409, "Upload-Offset is not the server's offset"),
    (412, "Unsupported Tus-Resumable"), (413, "Larger than allowed, or past the user's quota of open uploads"),
    (415, "Wrong Content-Type, or a mime that is not a photo type"), (422, "The file does not hash to its sha256"),
    (426, "Missing or unsupported X-Protocol-Version"), (460, "Upload-Checksum does not match the chunk"),
    (507, "The server's disk is full"))}


def _context(request: Request) -> Context:
    return request.app.state.context


def _user_id(request: Request) -> str:
    return request.state.principal.user_id


def _check_tus_version(request: Request) -> None:
    if request.headers.get("Tus-Resumable") != protocol.TUS_VERSION:
        raise ApiError(412, "tus_version", "This server speaks tus 1.0.0 (send Tus-Resumable: 1.0.0).",
                       headers={"Tus-Version": protocol.TUS_VERSION})


#: A byte count or offset: plain ASCII digits, at most 18 of them (every such number fits a 64-bit column).
_BYTES_RE = re.compile(r"[0-9]{1,18}")


def _int_header(request: Request, name: str) -> int:
    value = request.headers.get(name, "").strip()
    if not _BYTES_RE.fullmatch(value):
        raise ApiError(400, protocol.BAD_REQUEST, f"{name} must be a whole number of bytes (digits 0-9, at most 18).")
    return int(value)


def parse_metadata(header: str) -> dict[str, str]:
    """``Upload-Metadata``: comma-separated ``key base64value`` pairs (a key alone means an empty value)."""
    metadata = {}
    for pair in filter(None, (part.strip() for part in header.split(","))):
        key, _, encoded = pair.partition(" ")
        try:
            value = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError) as error:
            raise ApiError(400, protocol.BAD_REQUEST,
                           f"Upload-Metadata value of {key!r} is not base64 UTF-8.") from error
        if not protocol.is_text(value):
            raise ApiError(400, protocol.BAD_REQUEST, f"Upload-Metadata value of {key!r} holds a NUL character.")
        metadata[key] = value
    return metadata


def parse_checksum(header: str | None) -> tuple[str, bytes] | None:
    if header is None:
        return None
    algorithm, _, encoded = header.strip().partition(" ")
    if algorithm not in CHECKSUM_ALGORITHMS:
        raise ApiError(400, protocol.BAD_REQUEST, "Upload-Checksum algorithm must be sha1 or sha256.")
    try:
        return algorithm, base64.b64decode(encoded.strip(), validate=True)
    except binascii.Error:
        raise ApiError(400, protocol.BAD_REQUEST, "Upload-Checksum value is not base64.") from None


#: The methods each tus address answers: the Allow of its OPTIONS answer (routing.py answers the others 405).
ALLOWED = {PREFIX + "/": ("OPTIONS", "POST"), PREFIX + "/{upload_id}": ("HEAD", "OPTIONS", "PATCH")}


def _capabilities(request: Request, path: str) -> Response:
    limits = _context(request).limits
    return Response(status_code=204, headers={
        **_TUS_HEADERS, "Tus-Version": protocol.TUS_VERSION, "Tus-Extension": "creation,checksum",
        "Tus-Max-Size": str(limits.max_upload_bytes), "Tus-Checksum-Algorithm": ",".join(CHECKSUM_ALGORITHMS),
        "Allow": ", ".join(ALLOWED[path])})


@router.options(PREFIX + "/", status_code=204, responses=_ERRORS, response_class=Response)
async def options(request: Request) -> Response:
    """What this tus server supports."""
    return _capabilities(request, PREFIX + "/")


@router.options(PREFIX + "/{upload_id}", status_code=204, responses=_ERRORS, response_class=Response)
async def options_of_upload(upload_id: str, request: Request) -> Response:
    """What this tus server supports (tus lets a client ask at any of its addresses)."""
    return _capabilities(request, PREFIX + "/{upload_id}")


@router.post(PREFIX + "/", status_code=201, responses=_ERRORS, response_class=Response)
async def create(request: Request) -> Response:
    """Start an upload: ``Upload-Length`` and ``Upload-Metadata`` with the photo's ``sha256``."""
    _check_tus_version(request)
    context = _context(request)
    if "Upload-Defer-Length" in request.headers:
        raise ApiError(400, protocol.BAD_REQUEST, "Upload-Defer-Length is not supported; send Upload-Length.")
    length = _int_header(request, "Upload-Length")
    if length > context.limits.max_upload_bytes:
        raise ApiError(413, "upload_too_large",
                       f"A photo may have at most {context.limits.max_upload_bytes} bytes.")
    metadata = parse_metadata(request.headers.get("Upload-Metadata", ""))
    sha256 = metadata.get("sha256", "").lower()
    if not blob_store.SHA256_RE.match(sha256):
        raise ApiError(400, protocol.BAD_REQUEST, "Upload-Metadata must carry the photo's sha256 (64 hex digits).")
    if metadata.get("mime") and metadata["mime"] not in protocol.PHOTO_TYPES + protocol.DOCUMENT_TYPES:
        raise ApiError(415, protocol.UNSUPPORTED_PHOTO_TYPE, "A photo's mime must be one of: "
                                                      f"{', '.join(protocol.PHOTO_TYPES)}, a signed report's "
                                                      f"{', '.join(protocol.DOCUMENT_TYPES)} (or left out).")
    upload_id = str(uuid.uuid4())
    now = db.utc_now()
    row = {"id": upload_id, "user_id": _user_id(request), "sha256": sha256, "length": length, "offset": 0,
           "filename": (metadata.get("filename") or "")[:500] or None, "mime": (metadata.get("mime") or "")[:100]
           or None, "state": "open", "created_at": now, "updated_at": now}

    def store() -> None:
        upload_space.sweep(context)
        with db.writing(context.engine) as conn:
            upload_space.check_quota(conn, context, _user_id(request), length)
            conn.execute(insert(schema.uploads).values(**row))
            context.staging.create(upload_id)  # inside the transaction: no row without its part file
    await run_in_threadpool(store)
    headers = {**_TUS_HEADERS, "Location": f"{PREFIX}/{upload_id}", "Upload-Offset": "0"}
    if length == 0:
        await run_in_threadpool(_finish, context, row)
    return Response(status_code=201, headers=headers)


@router.head(PREFIX + "/{upload_id}", responses=_ERRORS, response_class=Response)
async def head(upload_id: str, request: Request) -> Response:
    """How many bytes the server holds: where the client resumes."""
    _check_tus_version(request)
    row = await run_in_threadpool(_load, _context(request), upload_id, _user_id(request))
    return Response(status_code=200, headers={**_TUS_HEADERS, "Upload-Offset": str(row["offset"]),
                                              "Upload-Length": str(row["length"]), "Cache-Control": "no-store"})


@router.patch(PREFIX + "/{upload_id}", status_code=204, responses=_ERRORS, response_class=Response)
async def append(upload_id: str, request: Request) -> Response:
    """Append the body at ``Upload-Offset``."""
    _check_tus_version(request)
    context = _context(request)
    if request.headers.get("Content-Type", "").split(";")[0].strip() != "application/offset+octet-stream":
        raise ApiError(415, "unsupported_media_type", "A PATCH body must be application/offset+octet-stream.")
    offset = _int_header(request, "Upload-Offset")
    checksum = parse_checksum(request.headers.get("Upload-Checksum"))
    async with _locks.hold(upload_id), context.staging.exclusive(upload_id):
        row = await run_in_threadpool(_load, context, upload_id, _user_id(request))
        if offset != row["offset"]:
            raise _offset_mismatch(row["offset"])
        if row["state"] == "open":
            try:
                new_offset = await _receive(context, request, row, checksum)
                if new_offset == row["length"]:
                    await run_in_threadpool(_finish, context, row)
            except ApiError:
                raise  # each refusal has already put the bytes where they belong
            except BaseException:
                await run_in_threadpool(upload_space.roll_back, context, upload_id, offset)
                raise
            row["offset"] = new_offset
    return Response(status_code=204, headers={**_TUS_HEADERS, "Upload-Offset": str(row["offset"])})


def _offset_mismatch(held: int) -> ApiError:
    return ApiError(409, protocol.UPLOAD_OFFSET_MISMATCH,
                    f"The server holds {held} bytes of this upload; resume from there.",
                    headers={**_TUS_HEADERS, "Upload-Offset": str(held)})


class _KeyedLocks:
    """One asyncio lock per upload, so two PATCHes of the same upload in this process wait their turn here (the
    staging area keeps out those of other processes, staging.py).

    Entries live only while someone holds or waits for them. (The event loop is the only thread that touches
    this.)
    """

    def __init__(self) -> None:
        self._entries: dict[str, list] = {}

    @asynccontextmanager
    async def hold(self, key: str):
        entry = self._entries.setdefault(key, [asyncio.Lock(), 0])
        entry[1] += 1
        try:
            async with entry[0]:
                yield
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                del self._entries[key]


_locks = _KeyedLocks()


def _load(context: Context, upload_id: str, user_id: str) -> dict:
    """The user's upload, or 404 (someone else's upload does not exist for you), at the offset its staging area
    holds."""
    if not protocol.is_uuid(upload_id):
        raise ApiError(404, protocol.NOT_FOUND, "No such upload; start a new one.")
    with db.reading(context.engine) as conn:
        row = conn.execute(select(schema.uploads).where(schema.uploads.c.id == upload_id,
                                                        schema.uploads.c.user_id == user_id)).first()
    if row is None or row.state == "failed":
        raise ApiError(404, protocol.NOT_FOUND, "No such upload; start a new one.")
    upload = dict(row._mapping)
    if upload["state"] == "open":
        upload["offset"] = context.staging.held(upload)
        if upload["offset"] is None:
            raise ApiError(404, protocol.NOT_FOUND, "No such upload; start a new one.")
    return upload


async def _receive(context: Context, request: Request, row: dict, checksum: tuple[str, bytes] | None) -> int:
    """Take the body into the staging area at the upload's offset; returns the new offset."""
    offset, length = row["offset"], row["length"]
    declared = request.headers.get("Content-Length", "")
    if _BYTES_RE.fullmatch(declared) and offset + int(declared) > length:
        raise ApiError(413, "upload_too_large", "This chunk goes past the declared Upload-Length.")
    handle = await run_in_threadpool(context.staging.open_for_append, row)
    with handle:
        written = await _read_body(context, request, handle, length - offset, checksum)
        if not await run_in_threadpool(context.staging.commit, row, handle, written):
            held = await run_in_threadpool(_load, context, row["id"], row["user_id"])
            raise _offset_mismatch(held["offset"])  # another worker's PATCH came first
    return offset + written


async def _read_body(context: Context, request: Request, handle, room: int,
                     checksum: tuple[str, bytes] | None) -> int:
    """Write the body to ``handle``, at most ``room`` bytes; returns how many count.

    Without a checksum the bytes that came before the connection broke count; with one, all of them or none.
    Whatever does not count is cut off the handle again.
    """
    start = handle.tell()
    hasher = CHECKSUM_ALGORITHMS[checksum[0]]() if checksum else None
    written, complete = 0, False
    chunks = request.stream().__aiter__()
    try:
        while True:
            try:
                chunk = await asyncio.wait_for(chunks.__anext__(), context.limits.body_idle_timeout)
            except StopAsyncIteration:
                complete = True
                break
            if written + len(chunk) > room:
                handle.truncate(start)
                raise ApiError(413, "upload_too_large", "This chunk goes past the declared Upload-Length.")
            handle.write(chunk)
            written += len(chunk)
            if hasher is not None:
                hasher.update(chunk)
    except (ClientDisconnect, asyncio.TimeoutError):
        pass  # keep what arrived (unless it must be verified whole, below)
    if hasher is not None and checksum is not None and (not complete or hasher.digest() != checksum[1]):
        handle.seek(start)
        handle.truncate(start)
        if complete:
            raise ApiError(460, protocol.CHECKSUM_MISMATCH,
                           "The chunk does not match its Upload-Checksum; it was dropped, send it again.",
                           headers=_TUS_HEADERS)
        return 0
    return written


def _finish(context: Context, row: dict) -> None:
    """All bytes are in: keep them as a blob if they are the blob they claimed to be, else drop them (422)."""
    good = context.staging.finish(row)
    with db.writing(context.engine) as conn:
        if good:
            blobs.register(conn, row["sha256"], row["length"], row["mime"])
            blobs.note_uploader(conn, row["sha256"], row["user_id"])
        conn.execute(update(schema.uploads).where(schema.uploads.c.id == row["id"])
                     .values(state="done" if good else "failed", offset=row["length"], updated_at=db.utc_now()))
    context.staging.discard([row["id"]])
    if not good:
        raise ApiError(422, protocol.HASH_MISMATCH,
                       "The uploaded file does not hash to the sha256 it declared; nothing was stored.")
