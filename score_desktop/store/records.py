"""Records as Python dicts, rows as SQLite values, and the conversions between them.

A record is a plain dict: the common members (``id``, ``enterprise_id``, ``created_at``, ``updated_at``,
``updated_hlc``, ``version``, ``deleted``), one key per field of its :class:`EntitySpec` with its wire value
(lists as lists, flags as bools, dates as ``YYYY-MM-DD`` strings), and ``extra``: the fields a newer app or server
sent that this version does not know, kept untouched and sent back as they came.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Mapping

from score_desktop.domain.entities import EntitySpec

Record = dict[str, Any]


def utc_now() -> str:
    """RFC 3339 UTC with milliseconds, e.g. ``2026-11-26T09:30:00.120Z``."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def encode_value(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "bool":
        return int(bool(value))
    if kind in ("list", "json"):
        return _dumps(value)
    return value


def decode_value(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "bool":
        return bool(value)
    if kind in ("list", "json"):
        return json.loads(value)
    if kind == "float":
        return float(value)
    return value


def to_row(spec: EntitySpec, record: Mapping[str, Any]) -> dict[str, Any]:
    """The column values of ``record`` (only the members it has)."""
    row: dict[str, Any] = {}
    for name, value in record.items():
        if name == "extra":
            row["extra_json"] = _dumps(value) if value else None
        elif name == "deleted":
            row["deleted"] = int(bool(value))
        elif name in spec.by_name:
            row[name] = encode_value(spec.by_name[name].kind, value)
        else:
            row[name] = value
    return row


def from_row(spec: EntitySpec, row: Mapping[str, Any]) -> Record:
    record: Record = {}
    for name, value in row.items():
        if name == "extra_json":
            record["extra"] = json.loads(value) if value else {}
        elif name == "deleted":
            record["deleted"] = bool(value)
        elif name in spec.by_name:
            record[name] = decode_value(spec.by_name[name].kind, value)
        else:
            record[name] = value
    return record


def wire_fields(spec: EntitySpec, record: Mapping[str, Any]) -> dict[str, Any]:
    """Every field of ``record`` as it travels in a mutation: known fields, ``enterprise_id`` and the extras."""
    fields: dict[str, Any] = dict(record.get("extra") or {})
    fields["enterprise_id"] = record["enterprise_id"]
    for name in spec.field_names:
        if record.get(name) is not None:
            fields[name] = record[name]
    return fields
