"""Exports for coordinators: an XLSX workbook (one sheet per entity) or a zip of CSV files, optionally with photos.

Made for M&E work in a spreadsheet: readable column headers, dates as real dates, every row with its
enterprise's name in both scripts (the local name and the Latin one) so rows from many factories can be filtered
without looking ids up. Deleted records are left out; open conflicts get a sheet of their own.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import Engine, select

from score_desktop.domain.entities import ENTITIES, EntitySpec, Field
from score_desktop.server import db, files, schema
from score_desktop.server.blob_store import BlobMissing, BlobStore, read_all

FORMATS = ("xlsx", "csv")
_ILLEGAL_XLSX_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: Spreadsheets hold numbers as doubles: integers are exact up to here.
_EXACT_IN_A_SPREADSHEET = 2**53
#: What makes a spreadsheet read a CSV cell as a formula (or a DDE command).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_WORDS = {"id": "ID", "kpi": "KPI", "eit": "EIT", "sha256": "SHA-256", "mime": "MIME type"}
_PHOTO_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "image/tiff": ".tif",
                     "image/bmp": ".bmp", "image/heic": ".heic"}


def header(name: str) -> str:
    """``visit_date`` → ``Visit date``, ``kpi`` → ``KPI``, ``owner_id`` → ``Owner ID``."""
    words = [_WORDS.get(word, word) for word in name.split("_")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _columns(spec: EntitySpec) -> list[str]:
    return ["ID", "Enterprise", "Enterprise (Latin script)"] + [header(f.name) for f in spec.fields] + [
        "Version", "Last changed (UTC)"]


def _typed(spec_field: Field, value: Any) -> Any:
    """A value as a spreadsheet should hold it: dates as dates, lists as text."""
    if value is None:
        return None
    try:
        if spec_field.kind == "date":
            return dt.date.fromisoformat(value)
        if spec_field.kind == "datetime":
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            if moment.tzinfo is not None:
                moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
            return moment
    except (TypeError, ValueError):
        return str(value)
    if spec_field.kind == "list" and isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _EXACT_IN_A_SPREADSHEET:
        # Stored before the server refused such numbers: a spreadsheet would round it, or fail to write it.
        return str(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _rows(conn, spec: EntitySpec, names: dict[str, tuple[str, str]]) -> Iterator[list[Any]]:
    table = schema.records
    query = (select(table.c.id, table.c.enterprise_id, table.c.version, table.c.fields, table.c.updated_at)
             .where(table.c.entity == spec.name, table.c.deleted.is_(False))
             .order_by(table.c.enterprise_id, table.c.id).execution_options(yield_per=2000))
    for row in conn.execute(query):
        fields = json.loads(row.fields)
        name, latin = names.get(row.enterprise_id, ("", ""))
        updated = dt.datetime.fromisoformat(row.updated_at.replace("Z", "+00:00")).replace(tzinfo=None)
        yield ([row.id, name, latin] + [_typed(f, fields.get(f.name)) for f in spec.fields]
               + [row.version, updated])


_CONFLICT_COLUMNS = ["ID", "Enterprise", "Enterprise (Latin script)", "Entity", "Record ID", "Field",
                     "Standing value", "Kept value", "Standing by", "Kept from", "Status", "Resolution"]


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


def write_xlsx(conn, target: BinaryIO | io.BufferedIOBase | Path) -> None:
    names = _enterprise_names(conn)
    workbook = Workbook(write_only=True)
    for spec in ENTITIES.values():
        sheet = workbook.create_sheet(spec.name)
        sheet.freeze_panes = "B2"
        sheet.append(_columns(spec))
        for values in _rows(conn, spec, names):
            sheet.append([_xlsx_cell(sheet, value) for value in values])
    sheet = workbook.create_sheet("conflict")
    sheet.append(_CONFLICT_COLUMNS)
    for values in _conflict_rows(conn, names):
        sheet.append([_xlsx_cell(sheet, value) for value in values])
    workbook.save(target)


def _xlsx_cell(sheet, value: Any) -> Any:
    if isinstance(value, dt.datetime):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
        return cell
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, _ILLEGAL_XLSX_CHARS.sub("", value))
        cell.data_type = "s"  # openpyxl makes any text starting with "=" a live formula otherwise
        return cell
    return value


def _csv_cell(value: Any) -> Any:
    """A value as CSV text. Text that a spreadsheet would run as a formula gets a leading apostrophe, which
    spreadsheets read as "this is text" (OWASP's advice against CSV injection); numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _csv_bytes(columns: list[str], rows: Iterator[list[Any]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(columns)
    for values in rows:
        writer.writerow([_csv_cell(value) for value in values])
    return text.getvalue().encode("utf-8-sig")  # the BOM makes Excel read Chinese names as UTF-8


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


def export(engine: Engine, store: BlobStore, fmt: str, target: Path, *, photos: bool = False) -> Path:
    """Write the export to ``target``: ``.xlsx``, or a zip (CSV files, and/or the workbook with photos).

    A failure (a full disk above all) leaves no file behind: a half-written export looks whole to whoever
    opens it next, or an empty one hides that it failed.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose xlsx or csv")
    files.private_folder(target.parent)
    try:
        return _write(engine, store, fmt, target, photos)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _write(engine: Engine, store: BlobStore, fmt: str, target: Path, photos: bool) -> Path:
    with db.reading(engine) as conn:
        if fmt == "xlsx" and not photos:
            with files.create_private(target) as handle:
                write_xlsx(conn, handle)
            return target
        with files.create_private(target) as raw, \
                zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            if fmt == "xlsx":
                buffer = io.BytesIO()
                write_xlsx(conn, buffer)
                archive.writestr("score-export.xlsx", buffer.getvalue())
            else:
                names = _enterprise_names(conn)
                for spec in ENTITIES.values():
                    archive.writestr(f"{spec.name}.csv", _csv_bytes(_columns(spec), _rows(conn, spec, names)))
                archive.writestr("conflict.csv", _csv_bytes(_CONFLICT_COLUMNS, _conflict_rows(conn, names)))
            if photos:
                _add_photos(archive, conn, store)
    return target
