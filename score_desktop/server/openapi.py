"""The OpenAPI description (``/openapi.json``): what FastAPI derives from the routes, and what it cannot see.

FastAPI knows the JSON bodies and the query parameters. The rest of the protocol travels in headers and in
formats no Python type states: the protocol version and the bearer token on every request, the tus headers, the
shapes of upload ids, photo hashes and pull cursors. Clients generated from the description, and the
schemathesis run in the tests, rely on them, so they are written in here, in one place, from the same constants
the code checks with.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from score_desktop.server import uploads
from score_desktop.server.config import Limits
from score_desktop.sync import protocol

UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
SHA256_PATTERN = "^[0-9a-f]{64}$"
#: base64 (RFC 4648) of 64 lower-case hex digits, exactly: what a tus client writes for ``sha256 <hash>`` in
#: Upload-Metadata. Each 3 digits become 4 characters whose choices depend on one another (the 2nd digit's high
#: half picks the 2nd character, its low half the 3rd); the 64th digit becomes 2 characters and "==".
_DIGIT_TRIPLE = ("(?:(?:[MN][DTjz]|O[DT]|Y[Tjz]|Z[DTj])(?:[AEIMQUYcgk][w-z0-5]|[BFJNRVZdhl][h-m])"
                 "|(?:[MN][GWm2]|O[GW]|Y[Wm2]|Z[GWm])(?:[EIMQUY][w-z0-5]|[FJNRVZ][h-m]))")
HEX64_IN_BASE64 = f"{_DIGIT_TRIPLE}{{21}}(?:[MN][AQgw]|O[AQ]|Y[Qgw]|Z[AQg])=="
CURSOR_PATTERN = "^[A-Za-z0-9_-]*$"

_LOGIN = protocol.API_PREFIX + "/auth/login"


def install(app: FastAPI, limits: Limits) -> None:
    """Serve the completed description at /openapi.json (built once, on first request)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = describe(app, limits)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def describe(app: FastAPI, limits: Limits) -> dict[str, Any]:
    document = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    document.setdefault("components", {})["securitySchemes"] = {
        "bearer": {"type": "http", "scheme": "bearer", "description": "The token from /auth/login."}}
    push_body = document["paths"][protocol.API_PREFIX + "/sync/push"]["post"]["requestBody"]["content"]
    push_body["application/json"]["schema"]["properties"]["mutations"]["maxItems"] = limits.max_mutations_per_push
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            _conventions(path, operation)
            _shapes(operation)
            _tus(path, method, operation, limits)
    return document


def _parameter(name: str, where: str, schema: dict, description: str, *, required: bool = True) -> dict:
    return {"name": name, "in": where, "required": required, "schema": schema, "description": description}


def _conventions(path: str, operation: dict) -> None:
    """Every request carries X-Protocol-Version; every one but login a bearer token (docs/sync-protocol.md)."""
    operation.setdefault("parameters", []).append(_parameter(
        protocol.HEADER_PROTOCOL, "header", {"type": "string", "enum": [str(protocol.PROTOCOL_VERSION)]},
        "The sync protocol version; outside the server's range the answer is 426."))
    if path != _LOGIN:
        operation["security"] = [{"bearer": []}]


def _shapes(operation: dict) -> None:
    """Upload ids are UUIDs, photo hashes lowercase hex SHA-256, cursors base64url text."""
    for parameter in operation.get("parameters", []):
        name, schema = parameter["name"], parameter.get("schema", {})
        if name == "upload_id":
            schema["pattern"] = UUID_PATTERN
        elif name == "sha256":
            schema["pattern"] = SHA256_PATTERN
        elif name == "cursor":
            schema["pattern"] = CURSOR_PATTERN
            parameter["description"] = (
                "Empty to start from the beginning, or a next_cursor this server returned (opaque base64url "
                "text). Any other value is refused with 400 bad_cursor.")


#: What each tus answer carries: headers, never a body.
_TUS_ANSWERS = {
    "options": ("204", "What this server supports", ("Tus-Resumable", "Tus-Version", "Tus-Extension", "Tus-Max-Size",
                                                    "Tus-Checksum-Algorithm", "Allow")),
    "post": ("201", "The upload is created at Location", ("Tus-Resumable", "Location", "Upload-Offset")),
    "head": ("200", "How far the upload got", ("Tus-Resumable", "Upload-Offset", "Upload-Length")),
    "patch": ("204", "The bytes are in; Upload-Offset says where the next ones go", ("Tus-Resumable",
                                                                                   "Upload-Offset")),
}


def _tus_answer(method: str, operation: dict) -> None:
    status, description, headers = _TUS_ANSWERS[method]
    operation["responses"][status] = {"description": description, "headers": {
        name: {"schema": {"type": "string"}} for name in headers}}


def _tus(path: str, method: str, operation: dict, limits: Limits) -> None:
    """The tus 1.0.0 headers of each upload request (uploads.py checks each of them) and of each answer."""
    if not path.startswith(uploads.PREFIX):
        return
    _tus_answer(method, operation)
    if method == "options":
        return
    parameters = operation.setdefault("parameters", [])
    parameters.append(_parameter("Tus-Resumable", "header", {"type": "string", "enum": [protocol.TUS_VERSION]},
                                 "The tus version; another answers 412."))
    byte_count = {"type": "integer", "minimum": 0, "maximum": limits.max_upload_bytes}
    if method == "post":
        parameters.append(_parameter("Upload-Length", "header", byte_count, "The photo's size in bytes."))
        parameters.append(_parameter(
            "Upload-Metadata", "header", {"type": "string", "pattern": f"^sha256 {HEX64_IN_BASE64}$"},
            "Comma-separated 'key base64(value)' pairs: sha256 (required: the photo's hash in lower-case hex), "
            f"filename and mime (optional; mime one of {', '.join(protocol.PHOTO_TYPES)})."))
    elif method == "patch":
        parameters.append(_parameter("Upload-Offset", "header", byte_count,
                                     "The offset the server holds (HEAD tells it); another answers 409."))
        # Upload-Checksum is described in words, not as a parameter: schemathesis 4.32's coverage phase sends an
        # optional header it finds no value for with a schema-violating one ("0") and counts the request valid.
        operation["description"] = (
            "Append the body at Upload-Offset. Optional header Upload-Checksum: 'sha1 <base64 digest>' or "
            "'sha256 <base64 digest>' of this chunk; a chunk that does not match it is dropped (460), another "
            "algorithm is a 400.")
        operation["requestBody"] = {"required": True, "content": {
            "application/offset+octet-stream": {"schema": {"type": "string", "format": "binary"}}}}
