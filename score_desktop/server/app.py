"""The FastAPI application: routes, the gate every request passes, and error answers.

The gate (a plain ASGI middleware, so uploads stream through it untouched) does, in this order, what every
endpoint needs: the protocol version check (``426``), the bearer token (``401``), a method the address does not
answer (``405`` with the right ``Allow``, routing.py), the body size limit (``413``) and gzip decoding
(bodies.py); then it logs one line per request, as ``key=value`` pairs a log collector can parse (method, path,
status, milliseconds, bytes sent, user, device, client address, worker process; never a token, a password or a
query string). An exception no handler answered becomes a ``500`` with the error shape; the traceback goes to
the log only.

``/healthz`` (health.py) is outside ``/api/``: the gate lets it through without a token or a protocol version.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sys
import time
from pathlib import Path

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from score_desktop import __version__
from score_desktop.server import (api, auth, bodies, db, files, health, migrations, openapi, routing,
                                  upload_space, uploads)
from score_desktop.server.config import Context, Limits
from score_desktop.server.errors import ApiError, log_failure, response_for
from score_desktop.sync import protocol

log = logging.getLogger("score_desktop.server.requests")

_PUSH_PATH = protocol.API_PREFIX + "/sync/push"
_LOGIN_PATH = protocol.API_PREFIX + "/auth/login"
_UPLOADS = protocol.API_PREFIX + "/uploads"
_NOTE_USE_EVERY = dt.timedelta(hours=1)
#: A protocol version is a few ASCII digits (``str.isdigit`` would let "²" through to a failing ``int``).
_VERSION_RE = re.compile(r"[0-9]{1,4}")


#: ``serve --workers N``: each worker process finds its data folder here and builds its app with FACTORY.
DATA_ENV = "SCORE_SERVER_DATA"
FACTORY = "score_desktop.server.app:app_from_environment"


def configure_logging() -> None:
    """Every line to stderr (the service manager keeps it), with the time, the level and where it comes from."""
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("botocore").setLevel(logging.WARNING)  # "Found credentials in environment variables" x N


def app_from_environment() -> FastAPI:
    """The app of one worker of ``serve --workers N`` (the command upgraded the database before starting them)."""
    configure_logging()
    return create_app(Path(os.environ[DATA_ENV]))


def create_app(data_dir: Path, *, limits: Limits | None = None) -> FastAPI:
    """The server for the data folder ``data_dir`` (made by ``score-server init``); an older database is
    upgraded first, a newer one refused (:class:`migrations.DatabaseNotReady`)."""
    files.protect_data_folder(Path(data_dir))
    context = Context.open(Path(data_dir), limits=limits)
    migrations.prepare(context.engine, data_dir)
    upload_space.sweep_orphan_files(context)
    app = FastAPI(title="SCORE sync server", version=__version__, docs_url=None, redoc_url=None,
                  description="The sync protocol of SCORE Desktop (docs/sync-protocol.md), version 1.")
    app.state.context = context
    app.include_router(api.router)
    app.include_router(uploads.router)
    app.include_router(health.router)
    openapi.install(app, context.limits)
    for exc_class in (ApiError, RequestValidationError, StarletteHTTPException):
        app.add_exception_handler(exc_class, _handle)
    app.add_middleware(Gate, context=context, methods=routing.Methods([api.router, uploads.router]))
    return app


async def _handle(_request, exc: Exception):
    return response_for(exc)


def logfmt(**pairs) -> str:
    """``key=value`` pairs; a value with a space, a quote, an ``=`` or nothing at all is JSON-quoted."""
    words = []
    for key, value in pairs.items():
        text = str(value)
        if not text or any(ch in text for ch in ' "=\\') or not text.isprintable():
            text = json.dumps(text)
        words.append(f"{key}={text}")
    return " ".join(words)


class Gate:
    """Version check, authentication, body limits and gzip, and the request log (see the module docstring)."""

    def __init__(self, app, context: Context, methods: routing.Methods) -> None:
        self.app = app
        self.context = context
        self.methods = methods

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status, sent = [0], [0]
        state = scope.setdefault("state", {})

        async def send_logged(message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            elif message["type"] == "http.response.body":
                sent[0] += len(message.get("body", b""))
            await send(message)

        try:
            receive = await self._admit(scope, receive)
            await self.app(scope, receive, send_logged)
        except Exception as exc:  # noqa: BLE001 - the edge of the app: every failure is answered, and logged
            if status[0]:
                log_failure("failure after the response started", exc)
            else:
                await response_for(exc)(scope, receive, send_logged)
        finally:
            principal = state.get("principal")
            client = scope.get("client")
            log.info("request %s", logfmt(
                method=scope["method"], path=scope["path"], status=status[0],
                ms=f"{(time.perf_counter() - started) * 1000:.1f}", bytes=sent[0],
                user=principal.username if principal else "-", device=principal.device_id if principal else "-",
                client=client[0] if client else "-", worker=os.getpid()))

    async def _admit(self, scope, receive):
        """Raise :class:`ApiError` for a request that may not reach a handler; returns the receive to use."""
        path = scope["path"]
        if not path.startswith("/api/"):
            return receive
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        version = headers.get(protocol.HEADER_PROTOCOL.lower(), "").strip()
        if not _VERSION_RE.fullmatch(version) or not protocol.PROTOCOL_MIN <= int(version) <= protocol.PROTOCOL_MAX:
            raise ApiError(426, protocol.PROTOCOL_UNSUPPORTED,
                           f"This server speaks sync protocol version {protocol.PROTOCOL_MAX}; update SCORE "
                           f"Desktop to sync with it.")
        if path != _LOGIN_PATH:
            scheme, _, token = headers.get("authorization", "").partition(" ")
            principal = None
            if scheme.lower() == "bearer" and token.strip():
                principal = await run_in_threadpool(self._principal, token.strip())
            if principal is None:
                raise ApiError(401, protocol.UNAUTHORIZED, "Sign in again: the session is missing or has ended.",
                               headers={"WWW-Authenticate": "Bearer"})
            scope["state"]["principal"] = principal
            scope["state"]["token"] = token.strip()
        allowed = self.methods.allowed(path)
        if allowed is not None and scope["method"] not in allowed:
            raise ApiError(405, protocol.METHOD_NOT_ALLOWED, "This address does not answer this method.",
                           headers={"Allow": ", ".join(sorted(allowed))})
        return self._limited(scope, headers, receive)

    def _principal(self, token: str):
        """The token's holder, or None. Use is noted at most hourly: a write on every request would make every
        request wait for SQLite's write lock."""
        now = dt.datetime.now(dt.timezone.utc)
        idle_since = db.utc_stamp(now - dt.timedelta(days=self.context.limits.token_idle_days))
        with db.reading(self.context.engine) as conn:
            found = auth.principal_for_token(conn, token, idle_since=idle_since)
        if found is None:
            return None
        principal, last_used = found
        if last_used < db.utc_stamp(now - _NOTE_USE_EVERY):
            with db.writing(self.context.engine) as conn:
                auth.note_token_used(conn, token, db.utc_stamp(now))
        return principal

    def _limited(self, scope, headers: dict[str, str], receive):
        """``receive`` bounded to the path's body limit, gzip decoded (bodies.py)."""
        path = scope["path"]
        if path.startswith(_UPLOADS):
            return receive  # tus bodies stream to disk; uploads.py bounds them by Upload-Length
        limit, code = bodies.limit_for(path, _PUSH_PATH, self.context.limits)
        return bodies.limited_receive(scope, headers, receive, limit, code)
