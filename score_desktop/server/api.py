"""The JSON endpoints of docs/sync-protocol.md: auth, meta, push, pull, blobs, and the coordinators' export.

Handlers are thin: they read the request, call the module that does the work (in a worker thread, since the
database calls block), and shape the answer. Who is calling was settled by the gate (app.py) before any handler
runs; ``request.state.principal`` holds it.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from starlette.background import BackgroundTask
from starlette.responses import FileResponse, Response, StreamingResponse

from score_desktop.server import auth, blob_store, blobs, db, exports, files, models, pull, push
from score_desktop.server import login as signin
from score_desktop.server.auth import Principal
from score_desktop.server.blob_store import BlobMissing
from score_desktop.server.config import Context
from score_desktop.server.errors import ApiError
from score_desktop.sync import protocol

router = APIRouter(prefix=protocol.API_PREFIX)
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _context(request: Request) -> Context:
    return request.app.state.context


def _principal(request: Request) -> Principal:
    return request.state.principal


def json_response(body: Any, status: int = 200) -> Response:
    return Response(json.dumps(body, ensure_ascii=False).encode("utf-8"), status_code=status,
                    media_type="application/json")


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def parse_json(raw: bytes) -> Any:
    """Strict JSON (no NaN or Infinity); any failure is a 400."""
    try:
        return json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise ApiError(400, protocol.BAD_REQUEST, "The body is not valid JSON.") from None


# -- auth -------------------------------------------------------------------------------------------------------

@router.post("/auth/login", response_model=models.LoginResponse, responses=models.errors(400, 401, 403, 426))
async def login(body: models.LoginRequest, request: Request) -> Response:
    """Sign in; the token identifies this user on this device until logout (see login.py for the guards)."""
    context = _context(request)
    client = request.client.host if request.client else "?"
    attempt = signin.Attempt(body.username, body.password, body.device_name, body.device_id, client)
    try:
        failures = await run_in_threadpool(signin.count_attempt, context.engine, attempt, context.limits)
        delay = signin.slow_down(failures)
        if delay:
            await asyncio.sleep(delay)  # holds no thread and no transaction
        async with context.sign_in_slots:
            answer = await run_in_threadpool(signin.check, context.engine, attempt)
    except signin.AccountLocked as locked:
        minutes = -(-locked.seconds // 60)
        raise ApiError(403, protocol.ACCOUNT_LOCKED,
                       f"Too many failed sign-ins for this account: try again in {minutes} minutes, or ask your "
                       f"administrator to unlock it.", headers={"Retry-After": str(locked.seconds)}) from None
    except auth.DeviceTaken:
        raise ApiError(403, "device_taken", "This device is registered to another user; "
                                            "sign in from a new workspace.") from None
    if answer is None:
        raise ApiError(401, protocol.UNAUTHORIZED, "Wrong username or password.")
    return json_response(answer)


@router.post("/auth/logout", status_code=204, responses=models.errors(401, 426))
async def logout(request: Request) -> Response:
    """Revoke the token this request carries."""
    token = request.state.token

    def revoke() -> None:
        with db.writing(_context(request).engine) as conn:
            auth.revoke_token(conn, token)
    await run_in_threadpool(revoke)
    return Response(status_code=204)


# -- sync -------------------------------------------------------------------------------------------------------

@router.get("/sync/meta", response_model=models.MetaResponse, responses=models.errors(401, 426))
async def meta(request: Request) -> Response:
    context = _context(request)

    def read() -> str:
        with db.reading(context.engine) as conn:
            return db.read_epoch(conn)
    epoch = await run_in_threadpool(read)
    return json_response({"server_epoch": epoch, "server_time": db.utc_now(),
                          "protocol": {"min": protocol.PROTOCOL_MIN, "max": protocol.PROTOCOL_MAX},
                          "limits": context.limits.to_wire()})


@router.post("/sync/push", response_model=models.PushResponse,
             responses=models.errors(400, 401, 403, 409, 413, 415, 426, 507),
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": models.inline_schema(models.PushBody)}}}})
async def push_mutations(request: Request) -> Response:
    """Apply a device's mutations (rules 1-6); refused whole with 400, 413, 403 or 409, in that order."""
    context = _context(request)
    principal = _principal(request)
    raw = await request.body()
    try:
        push_request = protocol.parse_push(parse_json(raw))
    except protocol.BadRequest as exc:
        raise ApiError(400, protocol.BAD_REQUEST, str(exc)) from None
    limits = context.limits
    if len(push_request.mutations) > limits.max_mutations_per_push or len(raw) > limits.max_push_bytes:
        raise ApiError(413, protocol.PUSH_TOO_LARGE,
                       f"A push may carry at most {limits.max_mutations_per_push} mutations and "
                       f"{limits.max_push_bytes} bytes; send smaller batches.")
    if push_request.device_id != principal.device_id:
        raise ApiError(403, protocol.DEVICE_MISMATCH, "This push names another device than the one signed in.")
    result = await run_in_threadpool(push.push, context.engine, principal, push_request,
                                     commit_delay=context.commit_delay)
    return json_response(result)


@router.get("/sync/pull", response_model=models.PullResponse, responses=models.errors(400, 401, 426))
async def pull_changes(request: Request, cursor: str = Query("", max_length=200_000),
                       limit: int = Query(pull.DEFAULT_LIMIT, ge=1)) -> Response:
    """The next page of changes after ``cursor`` in the user's scope."""
    try:
        position = pull.decode_cursor(cursor)
    except pull.BadCursor:
        raise ApiError(400, protocol.BAD_CURSOR, "The cursor was not made by this server; pull from the "
                                                 "beginning with an empty cursor.") from None
    body = await run_in_threadpool(pull.pull, _context(request).engine, _principal(request), position,
                                   min(limit, pull.MAX_LIMIT))
    return Response(body, media_type="application/json")


# -- blobs ------------------------------------------------------------------------------------------------------

@router.post("/blobs/check", response_model=models.BlobCheckResponse, responses=models.errors(400, 401, 413, 415, 426))
async def check_blobs(body: models.BlobCheckRequest, request: Request) -> Response:
    """Which of these photo hashes the server does not hold yet (or does not show you: upload those)."""
    if not all(blob_store.SHA256_RE.match(value) for value in body.sha256):
        raise ApiError(400, protocol.BAD_REQUEST, "Each hash must be 64 lowercase hexadecimal digits.")
    missing = await run_in_threadpool(blobs.missing, _context(request).engine, _principal(request), body.sha256)
    return json_response({"missing": missing})


@router.get("/blobs/{sha256}", response_class=Response, responses={
    200: {"content": {"application/octet-stream": {}}, "description": "The photo"},
    206: {"content": {"application/octet-stream": {}}, "description": "Part of the photo"},
    **models.errors(401, 404, 416, 426)})
async def download_blob(sha256: str, request: Request) -> Response:
    """A blob's bytes (a photo's), to users whose scope holds a record naming it; ``Range`` is honoured. The
    bytes stream from the blob store through the server (docs/sync-protocol.md, Part 2)."""
    context = _context(request)
    found = None
    if blob_store.SHA256_RE.match(sha256):
        found = await run_in_threadpool(blobs.visible_blob, context.engine, _principal(request), sha256)
    if found is None:
        raise ApiError(404, protocol.NOT_FOUND, "No such photo.")
    size, mime = found
    headers = {"Accept-Ranges": "bytes", "ETag": f'"{sha256}"', "Cache-Control": "private, max-age=31536000",
               "X-Content-Type-Options": "nosniff"}
    try:
        wanted = blobs.parse_range(request.headers.get("Range"), size)
    except blobs.RangeNotSatisfiable:
        raise ApiError(416, "range_not_satisfiable", "The requested range is past the end of the photo.",
                       headers={"Content-Range": f"bytes */{size}"}) from None
    start, end, status = 0, size - 1, 200
    if wanted is not None:
        (start, end), status = wanted, 206
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    headers["Content-Length"] = str(end - start + 1)
    try:  # opened before the answer starts, so a blob the store lost is a 404, not a cut-off 200
        chunks = await run_in_threadpool(context.blobs.open_range, sha256, start, end) if size else iter([b""])
    except BlobMissing:
        raise ApiError(404, protocol.NOT_FOUND, "No such photo.") from None
    return StreamingResponse(chunks, status_code=status, media_type=blobs.served_type(mime), headers=headers)


# -- exports ----------------------------------------------------------------------------------------------------

@router.get("/exports", response_class=Response, responses={
    200: {"content": {_XLSX: {}, "application/zip": {}}, "description": "The export file"},
    **models.errors(400, 401, 403, 426, 507)})
async def download_export(request: Request, format: str = Query("xlsx", pattern="^(xlsx|csv)$"),  # noqa: A002 - the query parameter's name
                          photos: bool = Query(False),
                          lang: str = Query("en", pattern="^(en|zh_CN|es|fr|vi|id)$")) -> Response:
    """Everything synced, for coordinators: ``xlsx``, or ``csv`` (a zip); with ``photos`` always a zip."""
    if not _principal(request).sees_all:
        raise ApiError(403, protocol.FORBIDDEN, "Only coordinators can download exports.")
    context = _context(request)
    folder = files.private_folder(context.data_dir / "tmp")
    zipped = format == "csv" or photos
    target = folder / f"{uuid.uuid4()}.{'zip' if zipped else 'xlsx'}"
    await run_in_threadpool(exports.export, context.engine, context.blobs, format, target, photos=photos, lang=lang)
    media = "application/zip" if zipped else _XLSX
    return FileResponse(target, media_type=media, filename=f"score-export.{'zip' if zipped else 'xlsx'}",
                        background=BackgroundTask(target.unlink, missing_ok=True))
