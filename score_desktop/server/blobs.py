"""Blobs on the server (photos, signed documents): addressed by SHA-256, held once however many records name them.

A held blob is visible to a user who uploaded it (the upload proved they have the bytes), or whose scope holds a
record naming it (a photo's ``sha256``) that someone else wrote: naming a hash in one's own record proves
nothing, since hashes can be learnt. To anyone else a blob answers 404 and counts as missing, exactly like one the
server does not hold, so neither a download nor ``/blobs/check`` nor a push tells whether it exists.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import Connection, Engine, select, update

from score_desktop.server import db, schema
from score_desktop.server.auth import Principal, scope_of
from score_desktop.server.blob_store import SHA256_RE as SHA256_RE, FolderStore  # SHA256_RE: its first home
from score_desktop.sync import protocol

_CHUNK = 900
#: The folder store under its first name (where the bytes are is blob_store.py's business now).
BlobStore = FolderStore


def register(conn: Connection, sha256: str, size: int, mime: str | None) -> None:
    """Note a verified blob. Several users may finish the same photo at the same moment: the first row stands
    and the others are no error (a check-then-insert would fail them on the primary key).

    A blob held without a photo type (none declared, or whatever an older server accepted) takes the type of
    a later upload that declares one.
    """
    db.insert_ignoring_duplicates(conn, schema.blobs, {"sha256": sha256, "size": size, "mime": mime,
                                                       "created_at": db.utc_now()})
    if mime in protocol.PHOTO_TYPES:
        table = schema.blobs
        conn.execute(update(table).where(table.c.sha256 == sha256,
                                         table.c.mime.is_(None) | table.c.mime.not_in(protocol.PHOTO_TYPES))
                     .values(mime=mime))


def served_type(mime: str | None) -> str:
    """The Content-Type a blob is served with: its photo type, or bytes no browser should interpret."""
    return mime if mime in protocol.PHOTO_TYPES else "application/octet-stream"


def note_uploader(conn: Connection, sha256: str, user_id: str) -> None:
    """``user_id`` sent bytes that hash to ``sha256``: they may download it from now on."""
    db.insert_ignoring_duplicates(conn, schema.blob_uploaders, {"sha256": sha256, "user_id": user_id,
                                                                "created_at": db.utc_now()})


def visible(conn: Connection, principal: Principal, hashes: list[str]) -> set[str]:
    """Which of ``hashes`` the server holds and shows to this user (the rule of the module docstring)."""
    shown: set[str] = set()
    scope = scope_of(conn, principal)
    for start in range(0, len(hashes), _CHUNK):
        chunk = hashes[start:start + _CHUNK]
        held = set(conn.scalars(select(schema.blobs.c.sha256).where(schema.blobs.c.sha256.in_(chunk))))
        uploaders = schema.blob_uploaders
        shown.update(conn.scalars(select(uploaders.c.sha256).where(
            uploaders.c.user_id == principal.user_id, uploaders.c.sha256.in_(sorted(held)))))
        shown.update(_named_by_others(conn, principal, scope, held - shown))
    return shown


def _named_by_others(conn: Connection, principal: Principal, scope: frozenset[str] | None,
                     hashes: set[str]) -> set[str]:
    """Those of ``hashes`` that a record in scope names with a ``sha256`` someone else set."""
    if not hashes:
        return set()
    records = schema.records
    query = select(records.c.blob_sha256, records.c.field_meta, records.c.created_by).where(
        records.c.blob_sha256.in_(sorted(hashes)))
    if scope is not None:
        query = query.where(records.c.enterprise_id.in_(sorted(scope)))
    named = set()
    for sha256, field_meta, created_by in conn.execute(query):
        written_by = json.loads(field_meta).get("sha256", {}).get("u", created_by)
        if written_by != principal.user_id:
            named.add(sha256)
    return named


def missing(engine: Engine, principal: Principal, hashes: list[str]) -> list[str]:
    """The hashes (in the order asked, once each) the server does not hold, or does not show this user."""
    wanted = list(dict.fromkeys(hashes))
    with db.reading(engine) as conn:
        shown = visible(conn, principal, wanted)
    return [sha256 for sha256 in wanted if sha256 not in shown]


def visible_blob(engine: Engine, principal: Principal, sha256: str) -> tuple[int, str | None] | None:
    """``(size, mime)`` of a held blob the user may download, else None (not held, or not shown to them)."""
    with db.reading(engine) as conn:
        if not visible(conn, principal, [sha256]):
            return None
        blob = conn.execute(select(schema.blobs.c.size, schema.blobs.c.mime)
                            .where(schema.blobs.c.sha256 == sha256)).one()
    return blob.size, blob.mime


class RangeNotSatisfiable(ValueError):
    pass


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The one byte range ``(start, end inclusive)`` a ``Range`` header asks for, or None for the whole file.

    Several ranges, or a header we do not understand, get the whole file (RFC 9110 lets a server ignore Range).
    Raises :class:`RangeNotSatisfiable` for a range that starts past the end.
    """
    if not header:
        return None
    match = re.fullmatch(r"\s*bytes\s*=\s*([0-9]*)\s*-\s*([0-9]*)\s*", header)
    if match is None or (not match.group(1) and not match.group(2)):
        return None
    first, last = match.group(1), match.group(2)
    if not first:  # a suffix: the last N bytes
        length = _position(last)
        if length == 0:
            raise RangeNotSatisfiable(header)
        return max(0, size - length), size - 1
    start = _position(first)
    end = min(_position(last), size - 1) if last else size - 1
    if last and _position(last) < start:
        return None
    if start >= size:
        raise RangeNotSatisfiable(header)
    return start, end


def _position(digits: str) -> int:
    """A byte position from a Range header; one of more than 18 digits is past the end of any file we hold
    (and ``int`` refuses strings of more than 4,300 digits)."""
    return int(digits) if len(digits) <= 18 else _PAST_ANY_FILE


_PAST_ANY_FILE = 10**18
