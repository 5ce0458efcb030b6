"""Request bodies as the handlers read them: within the path's size limit, gzip decoded on the way.

The limit counts decoded bytes (docs/sync-protocol.md: ``max_push_bytes`` is decoded), so a small gzip bomb
is refused with 413 as soon as its output passes the limit, without ever holding more than that in memory.

A gzip stream may hold several members one after the other (RFC 1952: concatenated gzip files, or a writer that
starts a new member per flush): together they are the body. Reading only the first once cut such a push short,
and a gzipped push over the limit was answered 400 "not JSON" instead of 413.
"""

from __future__ import annotations

import zlib
from typing import Awaitable, Callable

from score_desktop.server.config import Limits
from score_desktop.server.errors import ApiError
from score_desktop.sync import protocol

Receive = Callable[[], Awaitable[dict]]
#: Content-Encoding values of a gzip body (RFC 9110 keeps x-gzip as an alias of gzip).
GZIP = ("gzip", "x-gzip")
PLAIN = ("", "identity")
_GZIP_WBITS = 31  # zlib's "with a gzip header and trailer"


class GzipStream:
    """Decodes a gzip body chunk by chunk, member after member, never producing more than it is allowed."""

    def __init__(self, too_large: ApiError) -> None:
        self._too_large = too_large
        self._member = zlib.decompressobj(wbits=_GZIP_WBITS)
        self._member_started = False

    def decode(self, data: bytes, room: int) -> bytes:
        """The bytes ``data`` decodes to; raises the 413 as soon as they would be more than ``room``."""
        pieces, produced = [], 0
        try:
            while data:
                self._member_started = True
                piece = self._member.decompress(data, room + 1 - produced)
                pieces.append(piece)
                produced += len(piece)
                if produced > room or self._member.unconsumed_tail:  # capped with input left: past the limit
                    raise self._too_large
                if not self._member.eof:
                    break  # the member goes on in the next chunk
                data = self._member.unused_data  # the next member, if there is one
                self._member = zlib.decompressobj(wbits=_GZIP_WBITS)
                self._member_started = False
        except zlib.error:
            raise ApiError(400, protocol.BAD_REQUEST, "The gzip-encoded body cannot be decoded.") from None
        return b"".join(pieces)

    def finish(self) -> None:
        """At the end of the body: a member cut off halfway makes the body unreadable."""
        if self._member_started:
            raise ApiError(400, protocol.BAD_REQUEST, "The gzip-encoded body ends in the middle of a member.")


def limited_receive(scope: dict, headers: dict[str, str], receive: Receive, limit: int, code: str) -> Receive:
    """``receive`` that raises 413 (``code``) past ``limit`` decoded bytes and decodes a gzip body.

    Raises 415 at once for a Content-Encoding other than gzip (the only one the protocol names).
    """
    too_large = ApiError(413, code, f"The request body is larger than this server accepts ({limit} bytes).")
    declared = headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise too_large
    encoding = headers.get("content-encoding", "").strip().lower()
    if encoding not in GZIP + PLAIN:
        raise ApiError(415, protocol.UNSUPPORTED_CONTENT_ENCODING,
                       "Send the body as it is or gzip-encoded (Content-Encoding: gzip).")
    gzip = GzipStream(too_large) if encoding in GZIP else None
    if gzip is not None:  # the handler sees the decoded body: its length is no longer the one declared
        scope["headers"] = [(key, value) for key, value in scope["headers"]
                            if key.lower() not in (b"content-encoding", b"content-length")]
    received = 0

    async def bounded() -> dict:
        nonlocal received
        message = await receive()
        if message["type"] != "http.request":
            return message
        body = message.get("body", b"")
        if gzip is not None:
            body = gzip.decode(body, limit - received)
            if not message.get("more_body", False):
                gzip.finish()
        received += len(body)
        if received > limit:
            raise too_large
        return {**message, "body": body}

    return bounded


def limit_for(path: str, push_path: str, limits: Limits) -> tuple[int, str]:
    """The body limit of a path and the code of its 413."""
    if path == push_path:
        return limits.max_push_read_bytes, protocol.PUSH_TOO_LARGE
    return limits.max_body_bytes, protocol.BODY_TOO_LARGE
