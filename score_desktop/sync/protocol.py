"""The sync wire contract of docs/sync-protocol.md, shared by the desktop client and the server.

Pure Python on purpose: no HTTP library, no database. It names what travels (headers, entities, statuses, error
codes) and turns a decoded push body into small frozen dataclasses, so both sides read the contract the same way.

Parsing happens in two steps because the protocol refuses a push in two different ways: :func:`parse_push`
raises :class:`BadRequest` (the whole push is a ``400``) only for what makes the batch unreadable (no
``device_id``, ``server_epoch`` or ``mutations``, a mutation without ``mutation_id`` or integer ``client_seq``);
:func:`parse_mutation` raises :class:`InvalidMutation` for anything else wrong with one mutation, which the server
answers as that mutation ``rejected`` while the rest of the batch goes on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, TypeGuard

from score_desktop.domain.entities import ENTITIES
from score_desktop.domain.hlc import Timestamp
from score_desktop.domain.validation import MAX_SAFE_NUMBER

PROTOCOL_VERSION = 1
#: The range of protocol versions this code speaks; a server answers 426 outside it.
PROTOCOL_MIN = 1
PROTOCOL_MAX = 1

API_PREFIX = "/api/v1"
HEADER_PROTOCOL = "X-Protocol-Version"
HEADER_AUTHORIZATION = "Authorization"
TUS_VERSION = "1.0.0"

#: Every record entity, in the order parents come before children.
RECORD_ENTITIES: tuple[str, ...] = tuple(ENTITIES)
CONFLICT = "conflict"
#: What a mutation or a pulled change may name.
ENTITY_NAMES: tuple[str, ...] = RECORD_ENTITIES + (CONFLICT,)

OP_UPSERT = "upsert"
OP_DELETE = "delete"
OPS = (OP_UPSERT, OP_DELETE)

# Results of one mutation.
APPLIED = "applied"
MERGED = "merged"
CONFLICTED = "conflict"
DUPLICATE = "duplicate"
REJECTED = "rejected"
STATUSES = (APPLIED, MERGED, CONFLICTED, DUPLICATE, REJECTED)

# Conflict record states.
CONFLICT_OPEN = "open"
CONFLICT_RESOLVED = "resolved"

# Error codes: whole requests (the error body) ...
BAD_REQUEST = "bad_request"
UNAUTHORIZED = "unauthorized"
FORBIDDEN = "forbidden"
NOT_FOUND = "not_found"
METHOD_NOT_ALLOWED = "method_not_allowed"
PROTOCOL_UNSUPPORTED = "protocol_unsupported"
PUSH_TOO_LARGE = "push_too_large"
BODY_TOO_LARGE = "body_too_large"
DEVICE_MISMATCH = "device_mismatch"
EPOCH_CHANGED = "epoch_changed"
BAD_CURSOR = "bad_cursor"
UPLOAD_OFFSET_MISMATCH = "upload_offset_mismatch"
CHECKSUM_MISMATCH = "checksum_mismatch"
HASH_MISMATCH = "hash_mismatch"
INTERNAL_ERROR = "internal_error"
# ... and what v1 leaves open, as docs/sync-protocol.md ("As built") settles it.
ACCOUNT_LOCKED = "account_locked"
INSUFFICIENT_STORAGE = "insufficient_storage"
UNSUPPORTED_CONTENT_ENCODING = "unsupported_content_encoding"
UNSUPPORTED_PHOTO_TYPE = "unsupported_photo_type"
UPLOAD_QUOTA_EXCEEDED = "upload_quota_exceeded"
# ... and single mutations (a result's ``error``).
INVALID_MUTATION = "invalid_mutation"
SEQ_REUSED = "seq_reused"
RECORD_DELETED = "record_deleted"
OUT_OF_SCOPE = "out_of_scope"
# ... and the extensions of Part 2 ("Roles": what an account's role does not allow it to write).
NOT_PERMITTED = "not_permitted"

#: The photo types SCORE Desktop imports: the only content types a blob is stored and served with.
PHOTO_TYPES = ("image/jpeg", "image/png", "image/webp", "image/tiff", "image/bmp")
#: The type of a signed report's PDF (docs/sync-protocol.md Part 2, "Signed reports"): accepted in an upload,
#: served as plain bytes like any blob that is not a photo.
DOCUMENT_TYPES = ("application/pdf",)

#: Conflict fields a client may change (everything else of a conflict is the server's).
CONFLICT_WRITABLE = ("status", "resolution")

#: Client sequence numbers, versions and every number in a record must stay exact in every JSON implementation
#: (JavaScript's too) and fit the databases' 64-bit integers.
MAX_SAFE_INTEGER = MAX_SAFE_NUMBER
#: The longest HLC a mutation may carry (the wire form of a UUID device id needs about 55 characters).
MAX_HLC_LENGTH = 120
#: Characters no text on the wire may hold: NUL (PostgreSQL cannot store it) and UTF-16 surrogates, which in a
#: decoded string are always lone halves of a pair (not Unicode text: they cannot be written as UTF-8).
_NOT_TEXT_RE = re.compile("[\x00\ud800-\udfff]")


def error_body(code: str, message: str) -> dict[str, Any]:
    """The one error shape of every 4xx and 5xx answer."""
    return {"error": {"code": code, "message": message}}


class BadRequest(ValueError):
    """The push as a whole cannot be read: the server answers 400 and applies nothing."""


class InvalidMutation(ValueError):
    """One mutation is malformed: it is ``rejected`` with ``invalid_mutation``; the batch goes on."""


@dataclass(frozen=True)
class PushedMutation:
    """A mutation as far as the batch needs it: its identity and place in the device's sequence.

    ``body`` is the mutation object as sent, read further by :func:`parse_mutation` when its turn comes.
    """

    mutation_id: str
    client_seq: int
    body: Mapping[str, Any]


@dataclass(frozen=True)
class PushRequest:
    device_id: str
    server_epoch: str
    mutations: tuple[PushedMutation, ...]


@dataclass(frozen=True)
class Mutation:
    """One well-formed change to one record. ``fields`` holds only what this mutation changed."""

    mutation_id: str
    client_seq: int
    entity: str
    op: str
    record_id: str
    base_version: int
    hlc: Timestamp
    fields: Mapping[str, Any]


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


_UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def is_uuid(value: Any) -> bool:
    """A UUID in its canonical 36-character form (the only form ids travel in)."""
    return isinstance(value, str) and _UUID_RE.fullmatch(value) is not None


def is_text(value: str) -> bool:
    """True unless ``value`` holds a NUL or a lone surrogate (see ``_NOT_TEXT_RE``)."""
    return _NOT_TEXT_RE.search(value) is None


def value_problem(value: Any) -> str | None:
    """What makes a decoded JSON value unfit to store and send on, or None: text that is not text, or a number
    that is not finite or lies outside +-(2^53 - 1) (a laptop's SQLite cannot even store an integer past 2^63).

    Walks the whole value (member names too) without recursion, so a deeply nested value cannot exhaust the
    stack. The answer names where the problem is, e.g. ``fields.sponsors[1]``.
    """
    pending: list[tuple[str, Any]] = [("", value)]
    while pending:
        where, item = pending.pop()
        if isinstance(item, str):
            if not is_text(item):
                return f"'{where}' holds a NUL character or a lone UTF-16 surrogate, which is not text."
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            if not -MAX_SAFE_INTEGER <= item <= MAX_SAFE_INTEGER:  # also False for NaN
                return (f"'{where}' is a number outside what every client holds exactly: at most 2^53 - 1 "
                        f"({MAX_SAFE_INTEGER}) either side of zero.")
        elif isinstance(item, dict):
            for name, member in item.items():
                if not is_text(name):
                    return f"A member name in '{where}' holds a NUL character or a lone UTF-16 surrogate."
                pending.append((f"{where}.{name}" if where else name, member))
        elif isinstance(item, list):
            pending.extend((f"{where}[{index}]", member) for index, member in enumerate(item))
    return None


def parse_push(body: Any) -> PushRequest:
    """The push body (already JSON-decoded) as a :class:`PushRequest`, or :class:`BadRequest`."""
    if not isinstance(body, dict):
        raise BadRequest("The push body must be a JSON object.")
    for name in ("device_id", "server_epoch", "mutations"):
        if name not in body:
            raise BadRequest(f"The push body lacks '{name}'.")
    if not isinstance(body["device_id"], str) or not isinstance(body["server_epoch"], str):
        raise BadRequest("'device_id' and 'server_epoch' must be strings.")
    if not isinstance(body["mutations"], list):
        raise BadRequest("'mutations' must be a list.")
    mutations = []
    for position, item in enumerate(body["mutations"]):
        if not isinstance(item, dict):
            raise BadRequest(f"Mutation {position} is not a JSON object.")
        mutation_id = item.get("mutation_id")
        if not isinstance(mutation_id, str) or not mutation_id or len(mutation_id) > 100 or not is_text(mutation_id):
            raise BadRequest(f"Mutation {position} lacks a 'mutation_id' (a string of at most 100 characters, "
                             f"without NUL or lone surrogates).")
        client_seq = item.get("client_seq")
        if not _is_int(client_seq) or abs(client_seq) > MAX_SAFE_INTEGER:
            raise BadRequest(f"Mutation {position} lacks an integer 'client_seq'.")
        mutations.append(PushedMutation(mutation_id, client_seq, item))
    return PushRequest(body["device_id"], body["server_epoch"], tuple(mutations))


def parse_mutation(pushed: PushedMutation) -> Mutation:
    """Every member of one mutation checked; :class:`InvalidMutation` names the first one that is wrong.

    Field values are not checked against their entity here: that needs the record they merge into (the server's
    business). What no record may hold anywhere is checked here: text that is not text (:func:`value_problem`).
    """
    body = pushed.body
    if not is_uuid(pushed.mutation_id):
        raise InvalidMutation("'mutation_id' must be a UUID.")
    problem = value_problem(dict(body))
    if problem:
        raise InvalidMutation(problem)
    entity = body.get("entity")
    if entity not in ENTITY_NAMES:
        raise InvalidMutation(f"'entity' must be one of: {', '.join(ENTITY_NAMES)}.")
    op = body.get("op")
    if op not in OPS:
        raise InvalidMutation("'op' must be 'upsert' or 'delete'.")
    record_id = body.get("record_id")
    if not is_uuid(record_id):
        raise InvalidMutation("'record_id' must be a UUID.")
    base_version = body.get("base_version", 0)
    if not _is_int(base_version) or not 0 <= base_version <= MAX_SAFE_INTEGER:
        raise InvalidMutation("'base_version' must be a whole number, 0 or more.")
    hlc = body.get("hlc")
    if not isinstance(hlc, str) or len(hlc) > MAX_HLC_LENGTH:
        raise InvalidMutation(f"'hlc' must read <milliseconds>-<counter>-<device id>, at most {MAX_HLC_LENGTH} "
                              f"characters.")
    try:
        stamp = Timestamp.parse(hlc)
    except ValueError:
        raise InvalidMutation("'hlc' must read <milliseconds>-<counter>-<device id>.") from None
    if stamp.millis < 0 or stamp.counter < 0 or not stamp.device_id:
        raise InvalidMutation("'hlc' must read <milliseconds>-<counter>-<device id>.")
    fields = body.get("fields", {})
    if not isinstance(fields, dict):
        raise InvalidMutation("'fields' must be an object.")
    assert isinstance(entity, str) and isinstance(op, str) and isinstance(record_id, str)  # checked above
    return Mutation(pushed.mutation_id, pushed.client_seq, entity, op, record_id, base_version, stamp,
                    fields)


def mutation_to_wire(mutation: Mutation) -> dict[str, Any]:
    """The wire form of a mutation (what a client sends, what :func:`parse_mutation` reads back)."""
    return {"mutation_id": mutation.mutation_id, "client_seq": mutation.client_seq, "entity": mutation.entity,
            "op": mutation.op, "record_id": mutation.record_id, "base_version": mutation.base_version,
            "hlc": str(mutation.hlc), "fields": dict(mutation.fields)}
