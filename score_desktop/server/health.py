"""``GET /healthz``: can this worker reach its database and its blob store right now? For the reverse proxy and
the service manager, outside the sync protocol (no ``/api/v1``, no token, no ``X-Protocol-Version``).

``200 {"status": "ok", "database": "ok", "blob_store": "ok"}``, or ``503`` with ``"status": "unavailable"``
and, for what failed, a reason that names the kind of failure and never data or credentials.
"""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from starlette.responses import Response

from score_desktop.server import db
from score_desktop.server.config import Context
from score_desktop.server.errors import describe

router = APIRouter()
PATH = "/healthz"


def _database(context: Context) -> str:
    try:
        with db.reading(context.engine) as conn:
            db.read_epoch(conn)
        return "ok"
    except Exception as exc:  # noqa: BLE001 - any failure is an answer here, never a 500
        return describe(exc)


def _blob_store(context: Context) -> str:
    try:
        context.blobs.check()
        return "ok"
    except Exception as exc:  # noqa: BLE001 - as above
        return f"{type(exc).__name__}: {exc}"


@router.get(PATH, include_in_schema=False)
async def healthz(request: Request) -> Response:
    context: Context = request.app.state.context
    database = await run_in_threadpool(_database, context)
    blob_store = await run_in_threadpool(_blob_store, context)
    healthy = database == "ok" and blob_store == "ok"
    body = {"status": "ok" if healthy else "unavailable", "database": database, "blob_store": blob_store}
    return Response(json.dumps(body), status_code=200 if healthy else 503, media_type="application/json",
                    headers={"Cache-Control": "no-store"})
