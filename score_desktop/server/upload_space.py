"""How much room uploads take: a quota per user, expiry of abandoned uploads, no unacknowledged bytes.

* A user's open uploads may declare at most ``max_open_upload_bytes`` together: without it, one account could
  open a thousand uploads of 200 MB each in seconds and the server would have promised 200 GB.
* An upload nobody touched for ``upload_expiry_hours`` goes, bytes and all; so does the row of a finished one (it
  is kept only so that a late HEAD gets an answer). A client asking about it gets 404 and starts again.
* A PATCH that fails halfway (a full disk, a database error) leaves the file at the offset the server had
  acknowledged, so what is on disk always matches what the client was told.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

from sqlalchemy import Connection, delete, func, select

from score_desktop.server import db, schema
from score_desktop.server.config import Context
from score_desktop.server.errors import ApiError
from score_desktop.server.staging import FolderStaging
from score_desktop.sync import protocol

log = logging.getLogger(__name__)
#: A part file without an open upload is left alone this long: its row may not be committed yet.
_ORPHAN_GRACE_S = 3600


def check_quota(conn: Connection, context: Context, user_id: str, length: int) -> None:
    """Raise 413 ``upload_quota_exceeded`` when a new upload of ``length`` bytes would pass the user's quota
    (tus answers 413 for an upload larger than the server takes; this one is, for this user, for now).

    The user's row is locked first, so two uploads started at once by one user are counted one after the other.
    """
    conn.execute(select(schema.users.c.id).where(schema.users.c.id == user_id).with_for_update())
    uploads = schema.uploads
    held = conn.scalar(select(func.coalesce(func.sum(uploads.c.length), 0)).where(
        uploads.c.user_id == user_id, uploads.c.state == "open")) or 0
    quota = context.limits.max_open_upload_bytes
    if held + length > quota:
        raise ApiError(413, protocol.UPLOAD_QUOTA_EXCEEDED,
                       f"You have {held} bytes of unfinished uploads and may have at most {quota}: finish them, "
                       f"or wait until they expire ({context.limits.upload_expiry_hours} hours after their last "
                       f"byte).")


def sweep(context: Context) -> int:
    """Remove uploads nobody touched for the expiry time, with their files; returns how many went."""
    uploads = schema.uploads
    cutoff = db.utc_stamp(dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=context.limits.upload_expiry_hours))
    with db.reading(context.engine) as conn:  # most often nothing expired: no write lock for that (SQLite)
        if conn.scalar(select(uploads.c.id).where(uploads.c.updated_at < cutoff).limit(1)) is None:
            return 0
    with db.writing(context.engine) as conn:
        expired = list(conn.scalars(select(uploads.c.id).where(uploads.c.updated_at < cutoff)))
        if expired:
            conn.execute(delete(uploads).where(uploads.c.id.in_(expired)))
    context.staging.discard(expired)
    if expired:
        log.info("removed %d uploads untouched for %d hours", len(expired), context.limits.upload_expiry_hours)
    return len(expired)


def sweep_orphan_files(context: Context) -> None:
    """Part files that belong to no open upload (a crash between writing the file and its row, a restore)."""
    folder = context.uploads_dir
    if not isinstance(context.staging, FolderStaging) or not folder.is_dir():
        return
    with db.reading(context.engine) as conn:
        open_ids = set(conn.scalars(select(schema.uploads.c.id).where(schema.uploads.c.state == "open")))
    old = time.time() - _ORPHAN_GRACE_S
    for path in folder.iterdir():
        if path.name not in open_ids and path.is_file() and path.stat().st_mtime < old:
            path.unlink(missing_ok=True)


def roll_back(context: Context, upload_id: str, acknowledged: int) -> None:
    """After a failed PATCH: the bytes back to the acknowledged offset, and the database told so (best effort:
    when the database cannot be written either, the shorter file is what counts, see staging.py)."""
    try:
        context.staging.roll_back(upload_id, acknowledged)
    except Exception as error:  # noqa: BLE001 - the request fails with its own error; this is only tidying
        log.warning("could not note the offset of upload %s after a failure: %s", upload_id, type(error).__name__)
