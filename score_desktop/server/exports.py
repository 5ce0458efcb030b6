"""Exports for coordinators: an XLSX workbook or a zip of CSV files, optionally with photos.

The sheets, their columns and the words in them are the laptop's (:mod:`score_desktop.exchange.sheets`, issue 15):
an M&E officer gets the same spreadsheet from ``score-server export`` as from ``score-desktop export``, here
from every record the server holds. Deleted records are left out; open conflicts get a sheet of their own after
the shared ones (the laptop keeps its own conflicts, not the server's).
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from sqlalchemy import Engine, func, select

from score_desktop.exchange import sheets
from score_desktop.server import db, files, schema
from score_desktop.server.blob_store import BlobMissing, BlobStore, read_all

FORMATS = sheets.FORMATS
LANGUAGES = sheets.LANGUAGES
_PHOTO_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "image/tiff": ".tif",
                     "image/bmp": ".bmp", "image/heic": ".heic"}


class ServerSource:
    """The server's records that are not deleted, as the plain dicts the shared shape reads: the record's fields,
    its ids and times, and who created and last changed it by username."""

    def __init__(self, conn) -> None:
        self._conn = conn
        self._names = {row.id: row.username for row in conn.execute(select(schema.users.c.id,
                                                                            schema.users.c.username))}

    def count(self, entity: str) -> int:
        table = schema.records
        return int(self._conn.scalar(select(func.count()).select_from(table).where(
            table.c.entity == entity, table.c.deleted.is_(False))) or 0)

    def records(self, entity: str) -> Iterator[dict[str, Any]]:
        table = schema.records
        query = (select(table.c.id, table.c.enterprise_id, table.c.fields, table.c.created_at, table.c.updated_at,
                        table.c.created_by, table.c.updated_by)
                 .where(table.c.entity == entity, table.c.deleted.is_(False))
                 .order_by(table.c.enterprise_id, table.c.id).execution_options(yield_per=2000))
        for row in self._conn.execute(query):
            fields = json.loads(row.fields)
            yield {**fields, "id": row.id, "enterprise_id": row.enterprise_id, "created_at": row.created_at,
                   "updated_at": row.updated_at, "created_by": self._names.get(row.created_by),
                   "updated_by": self._names.get(row.updated_by)}


_CONFLICT_COLUMNS = ("id", "enterprise", "enterprise_latin", "entity", "record_id", "field", "standing_value",
                     "kept_value", "standing_by", "kept_from", "status", "resolution")


def _conflict_rows(conn, names: dict[str, tuple[str, str]]) -> Iterator[list[Any]]:
    table = schema.conflicts
    for row in conn.execute(select(table.c.id, table.c.enterprise_id, table.c.fields)
                            .order_by(table.c.enterprise_id, table.c.version)):
        fields = json.loads(row.fields)
        name, latin = names.get(row.enterprise_id, ("", ""))
        winning, losing = fields.get("winning") or {}, fields.get("losing") or {}
        yield [row.id, name, latin, fields.get("entity"), fields.get("target_id"), fields.get("field"),
               _text(winning), _text(losing), (winning.get("user") or {}).get("username"),
               (losing.get("user") or {}).get("username"), fields.get("status"), fields.get("resolution")]


def _text(side: dict) -> str:
    if side.get("deleted"):
        return "(deleted)"
    value = side.get("value")
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _enterprise_names(conn) -> dict[str, tuple[str, str]]:
    table = schema.records
    names = {}
    for row in conn.execute(select(table.c.id, table.c.fields).where(table.c.entity == "enterprise")):
        fields = json.loads(row.fields)
        names[row.id] = (str(fields.get("name") or ""), str(fields.get("name_latin") or ""))
    return names


def write_export(conn, fmt: str, target: BinaryIO | io.BufferedIOBase | zipfile.ZipFile, *, lang: str = "en") -> int:
    """The shared sheets from the server's records, then the conflicts."""
    conflicts = sheets.extra_part("conflict", _CONFLICT_COLUMNS, _conflict_rows(conn, _enterprise_names(conn)),
                                  lang)
    return sheets.write_export(ServerSource(conn), fmt, target, lang=lang, extra=[conflicts])


def _photo_entries(conn, store: BlobStore) -> Iterator[tuple[str, str, int]]:
    """The photos of records that are not deleted: (name in the zip, with the extension of the record's mime;
    sha256; size)."""
    table = schema.records
    seen = set()
    query = (select(table.c.blob_sha256, table.c.fields, schema.blobs.c.size)
             .join(schema.blobs, schema.blobs.c.sha256 == table.c.blob_sha256)
             .where(table.c.entity == "photo", table.c.deleted.is_(False)))
    for sha256, fields, size in conn.execute(query):
        if sha256 not in seen:
            seen.add(sha256)
            mime = json.loads(fields).get("mime")
            extension = _PHOTO_EXTENSIONS.get(mime, "") if isinstance(mime, str) else ""
            yield f"photos/{sha256}{extension}", sha256, size


def _add_photos(archive: zipfile.ZipFile, conn, store: BlobStore) -> None:
    """Each photo the store holds, streamed into the zip (stored: JPEGs do not compress)."""
    for name, sha256, size in _photo_entries(conn, store):
        try:
            chunks = read_all(store, sha256, size)
        except BlobMissing:
            continue
        entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        entry.compress_type = zipfile.ZIP_STORED
        with archive.open(entry, "w", force_zip64=True) as out:
            for chunk in chunks:
                out.write(chunk)


def export(engine: Engine, store: BlobStore, fmt: str, target: Path, *, photos: bool = False,
           lang: str = "en") -> Path:
    """Write the export to ``target``: ``.xlsx``, or a zip (CSV files, and/or the workbook with photos).

    A failure (a full disk above all) leaves no file behind: a half-written export looks whole to whoever
    opens it next, or an empty one hides that it failed.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose xlsx or csv")
    files.private_folder(target.parent)
    try:
        return _write(engine, store, fmt, target, photos, lang)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _write(engine: Engine, store: BlobStore, fmt: str, target: Path, photos: bool, lang: str) -> Path:
    with db.reading(engine) as conn:
        if not photos:
            with files.create_private(target) as handle:
                write_export(conn, fmt, handle, lang=lang)
            return target
        with files.create_private(target) as raw, \
                zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            if fmt == "xlsx":
                buffer = io.BytesIO()
                write_export(conn, "xlsx", buffer, lang=lang)
                archive.writestr("score-export.xlsx", buffer.getvalue())
            else:
                write_export(conn, "csv", archive, lang=lang)  # the CSV files beside the photos
            _add_photos(archive, conn, store)
    return target
