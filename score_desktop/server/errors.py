"""Errors the API answers on purpose, and the one function that turns any failure into a response.

Every 4xx and 5xx answer has the body ``{"error": {"code", "message"}}`` (docs/sync-protocol.md, Conventions),
whether it comes from our code (:class:`ApiError`), from FastAPI (an unknown path, a wrong method, a parameter of
the wrong type), from a full disk (507) or from a bug (a 500 that shows no stack trace; the trace goes to the log).

A logged failure names where it happened and, for the database, the statement: never the data. An exception's
text can hold it (SQLAlchemy's parameters, PostgreSQL's "Failing row contains ..."), so :func:`log_failure`
writes the stack of places and the kind of error, not the messages.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import traceback
from typing import Mapping

from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import StatementError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from score_desktop.errors import is_disk_full
from score_desktop.sync import protocol

log = logging.getLogger("score_desktop.server")

DISK_FULL_MESSAGE = "The server's disk is full: nothing of this request was kept. Try again later."


class ApiError(Exception):
    """A refusal with its HTTP status, a stable snake_case code and a sentence for a person."""

    def __init__(self, status: int, code: str, message: str, *, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def error_response(status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> Response:
    body = json.dumps(protocol.error_body(code, message), ensure_ascii=False).encode("utf-8")
    return Response(body, status_code=status, media_type="application/json", headers=dict(headers or {}))


_STATUS_CODES = {
    400: protocol.BAD_REQUEST, 401: protocol.UNAUTHORIZED, 403: protocol.FORBIDDEN, 404: protocol.NOT_FOUND,
    405: protocol.METHOD_NOT_ALLOWED, 413: protocol.BODY_TOO_LARGE,
}
_STATUS_MESSAGES = {
    404: "There is nothing at this address.",
    405: "This address does not answer this method.",
}


def response_for(exc: BaseException) -> Response:
    """The response for any exception that reached the edge of the app. The only place that decides it."""
    if isinstance(exc, ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.headers)
    if isinstance(exc, RequestValidationError):
        problems = []
        for error in exc.errors()[:5]:
            where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
            problems.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg")))
        return error_response(400, protocol.BAD_REQUEST, "The request is not valid: " + "; ".join(problems) + ".")
    if isinstance(exc, StarletteHTTPException):
        code = _STATUS_CODES.get(exc.status_code, "http_" + str(exc.status_code))
        message = _STATUS_MESSAGES.get(exc.status_code) or str(exc.detail)
        headers = {k: v for k, v in (exc.headers or {}).items() if k.lower() == "allow"}
        return error_response(exc.status_code, code, message, headers)
    if is_disk_full(exc):
        log.warning("the disk is full: a request was refused with 507 (%s)", type(exc).__name__)
        return error_response(507, protocol.INSUFFICIENT_STORAGE, DISK_FULL_MESSAGE)
    log_failure("unexpected failure", exc)
    return error_response(500, protocol.INTERNAL_ERROR,
                          "The server failed to handle this request; the failure is logged. Try again later.")


def log_failure(what: str, exc: BaseException) -> None:
    """Log a failure with its stack and, for each exception in its chain, a description without data."""
    lines = [what]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append("".join(traceback.format_tb(current.__traceback__)).rstrip())
        lines.append(describe(current))
        current = current.__cause__ or current.__context__
    log.error("\n".join(line for line in lines if line))


def describe(exc: BaseException) -> str:
    """What kind of failure ``exc`` is, in words that hold no data: its type, and for a database error the
    statement and the names the database gives (SQLSTATE, table, column, constraint)."""
    if isinstance(exc, StatementError):
        orig = exc.orig
        return f"{type(exc).__name__}: {describe(orig) if orig is not None else ''} in: {exc.statement}"
    diag = getattr(exc, "diag", None)
    if diag is not None:  # psycopg
        names = [f"{name}={getattr(diag, name)}" for name in ("table_name", "column_name", "constraint_name")
                 if getattr(diag, name, None)]
        return f"{type(exc).__name__} (SQLSTATE {getattr(exc, 'sqlstate', None)}{', ' if names else ''}" \
               f"{', '.join(names)})"
    if isinstance(exc, sqlite3.Error):
        return f"{type(exc).__name__} ({getattr(exc, 'sqlite_errorname', '')})"
    return type(exc).__name__
