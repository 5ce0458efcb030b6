"""Hooks for the schemathesis run (tests/integration/test_server_schemathesis.py), loaded through SCHEMATHESIS_HOOKS.

tus sends a chunk as ``application/offset+octet-stream``: raw bytes, which schemathesis sends as it sends any
binary body once it is told so.

JSON Schema 2020-12, which OpenAPI 3.1 uses, calls ``2.0`` an integer, so schemathesis sends whole numbers as
floats too. The sync protocol reads an integer as JSON writes one, without a fraction: a ``client_seq`` of
``2.0`` makes the push a 400 (tests/unit/server/test_server_protocol_parsing.py). No schema can state that, so
the push bodies generated here spell their whole numbers as integers.
"""

from __future__ import annotations

from typing import Any

import schemathesis


def _as_integers(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer() and abs(value) <= 2**53:
        return int(value)
    if isinstance(value, list):
        return [_as_integers(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_integers(item) for key, item in value.items()}
    return value


@schemathesis.hook
def map_body(context, body):
    operation = context.operation
    if operation is not None and operation.path.endswith("/sync/push"):
        return _as_integers(body)
    return body


@schemathesis.serializer("application/offset+octet-stream")
def tus_chunk(context, value):
    return {"data": value if isinstance(value, bytes) else str(value).encode()}

