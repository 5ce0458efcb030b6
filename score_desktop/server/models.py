"""Pydantic models of the JSON bodies, for the OpenAPI description (``/openapi.json``) and simple request bodies.

The sync endpoints (push, pull) read and write their JSON themselves (protocol.py; pull passes stored fields
through undecoded), so for them these models only document the wire form, which a schemathesis run checks.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from score_desktop.sync import protocol

_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_SHA256 = r"^[0-9a-f]{64}$"


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


def _text_only(value: str) -> str:
    if not protocol.is_text(value):
        raise ValueError("must not hold a NUL character or a lone UTF-16 surrogate")
    return value


#: A string that every database can store (PostgreSQL refuses NUL) and UTF-8 can encode.
Text = Annotated[str, AfterValidator(_text_only)]


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")
    username: Text = Field(max_length=200)
    password: Text = Field(max_length=1000)
    device_name: Text = Field(max_length=200)
    device_id: str | None = Field(default=None, pattern=_UUID)


class UserInfo(BaseModel):
    id: str
    username: str
    role: Literal["trainer", "coordinator", "admin"]


class LoginResponse(BaseModel):
    token: str
    device_id: str
    user: UserInfo


class ProtocolRange(BaseModel):
    min: int
    max: int


class Limits(BaseModel):
    max_mutations_per_push: int
    max_push_bytes: int
    upload_chunk_bytes: int


class MetaResponse(BaseModel):
    server_epoch: str
    server_time: str
    protocol: ProtocolRange
    limits: Limits


class MutationBody(BaseModel):
    """A mutation as far as the whole push is concerned (docs/sync-protocol.md, Push): without a ``mutation_id`` and an
    integer ``client_seq`` the push is a 400; any other member that is wrong rejects only this mutation."""

    mutation_id: str = Field(min_length=1, max_length=100, description="A UUID made by the client.")
    client_seq: int = Field(ge=-protocol.MAX_SAFE_INTEGER, le=protocol.MAX_SAFE_INTEGER)
    entity: str | None = Field(default=None, description="One of: " + ", ".join(protocol.ENTITY_NAMES) + ".")
    op: str | None = Field(default=None, description="upsert or delete.")
    record_id: str | None = Field(default=None, description="A UUID.")
    base_version: int | None = Field(default=None, description="The record's version the edit started from.")
    hlc: str | None = Field(default=None, description="<milliseconds>-<counter>-<device id>, at most "
                                                      f"{protocol.MAX_HLC_LENGTH} characters.")
    fields: dict[str, Any] | None = Field(default=None, description=(
        "The changed fields. Numbers anywhere in a mutation lie within +-(2^53 - 1); text holds no NUL and no "
        "lone surrogate."))


class PushBody(BaseModel):
    device_id: str
    server_epoch: str
    mutations: list[MutationBody]


class MutationResult(BaseModel):
    mutation_id: str
    status: Literal["applied", "merged", "conflict", "duplicate", "rejected"]
    record_id: str | None
    version: int | None
    conflict_ids: list[str]
    error: ErrorDetail | None


class PushResponse(BaseModel):
    server_epoch: str
    acked_through_client_seq: int
    results: list[MutationResult]
    missing_blobs: list[str]


class Change(BaseModel):
    entity: str
    record_id: str
    version: int
    deleted: bool
    fields: dict[str, Any]
    created_by: str | None = Field(default=None, description="The username of the account that created the "
                                                             "record (records only, not conflicts).")
    updated_by: str | None = Field(default=None, description="The username of the account that last changed it.")


class PullResponse(BaseModel):
    changes: list[Change]
    next_cursor: str
    has_more: bool


class BlobCheckRequest(BaseModel):
    sha256: list[Annotated[str, Field(pattern=_SHA256)]] = Field(max_length=10_000)


class BlobCheckResponse(BaseModel):
    missing: list[str]


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error answers a route documents (every one has the error body)."""
    text = {400: "Malformed request", 401: "Missing, unknown or revoked token", 403: "Not allowed for this user",
            404: "Not found (or outside your scope)", 409: "Conflict with the server's state",
            413: "Body too large", 415: "A Content-Encoding other than gzip", 416: "Range not satisfiable",
            426: "Missing or unsupported X-Protocol-Version", 507: "The server's disk is full"}
    return {status: {"model": ErrorBody, "description": text.get(status, "Error")} for status in statuses}


def _inline(schema: Any, definitions: dict[str, Any]) -> Any:
    if isinstance(schema, dict):
        if "$ref" in schema:
            return _inline(definitions[schema["$ref"].rsplit("/", 1)[-1]], definitions)
        return {key: _inline(value, definitions) for key, value in schema.items() if key != "$defs"}
    if isinstance(schema, list):
        return [_inline(item, definitions) for item in schema]
    return schema


def inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """A model's JSON schema with its sub-models written in place (for a hand-parsed request body)."""
    schema = model.model_json_schema()
    return _inline(schema, schema.get("$defs", {}))
