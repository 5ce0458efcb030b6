"""Writing shaped rows: an XLSX workbook (openpyxl write-only, so a programme streams) or a zip of CSV files.

One rule against formula injection for both formats and both sides (laptop and server): text that begins with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is never a formula. In XLSX it is a text cell (data type
``s``: openpyxl would make any text starting with ``=`` a live formula otherwise); in CSV it gets a leading
apostrophe, which spreadsheets read as "this is text" (OWASP's advice against CSV injection). Numbers stay
numbers, dates are real dates.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from copy import copy
from dataclasses import dataclass
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from score_desktop.exchange.shape import Column, as_date, as_datetime

#: What makes a spreadsheet read a cell as a formula (or a DDE command).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XLSX_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: Spreadsheets hold numbers as doubles: integers are exact up to here.
EXACT_IN_A_SPREADSHEET = 2**53
#: Formats of counts and decimals; dates get openpyxl's own (``yyyy-mm-dd``, ``yyyy-mm-dd h:mm:ss``).
_FORMATS = {"int": "#,##0", "number": "#,##0.00"}
#: Rows between two progress reports.
PROGRESS_EVERY = 2000

Progress = Callable[[int, int], None]


@dataclass
class Part:
    """One sheet ready to write: its file name (``key``), its title and headers in words, its rows."""

    key: str
    title: str
    headers: list[str]
    columns: tuple[Column, ...]
    rows: Iterator[list[Any]]


def typed(column: Column, value: Any) -> Any:
    """``value`` as the column's kind wants it: a date, a moment, a number a spreadsheet holds exactly, or text."""
    if value is None or value == "":
        return None
    if column.kind == "date":
        return as_date(value)
    if column.kind == "datetime":
        return as_datetime(value)
    if column.kind in ("int", "number") and isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, int) and abs(value) > EXACT_IN_A_SPREADSHEET:
            # Stored before the server refused such numbers: a spreadsheet would round it, or fail to write it.
            return str(value)
        # Readings are typed or computed (a rate from numerator and denominator), savings are money: two
        # decimals say all they know, and a pivot of unrounded thirds shows noise.
        return round(value, 2) if isinstance(value, float) and column.kind == "number" else value
    return value if isinstance(value, str) else str(value)


class _XlsxCells:
    """Cells of one sheet, each column's conversion worked out once (a programme has millions of cells). Most
    values go to openpyxl as they are: it writes text as text and gives dates its ``yyyy-mm-dd`` format. Text
    that looks like a formula gets a cell typed as text; counts and decimals a cell with a prepared number
    format (copied, not looked up: the lookup is most of a styled cell's cost)."""

    def __init__(self, sheet: Any, columns: tuple[Column, ...]) -> None:
        self._sheet = sheet
        self._styles = {}
        for kind, number_format in _FORMATS.items():
            template = WriteOnlyCell(sheet)
            template.number_format = number_format
            self._styles[kind] = template._style
        self.converters = [self._text if column.kind in ("text", "code") else self._typed(column)
                           for column in columns]

    def _text(self, value: Any) -> Any:
        if value is None or value == "":
            return None
        if type(value) is not str:
            value = str(value)
        if not value.isprintable():
            value = _ILLEGAL_XLSX_CHARS.sub("", value)
        if value.startswith(FORMULA_STARTS):
            cell = WriteOnlyCell(self._sheet, value)
            cell.data_type = "s"  # openpyxl makes any text starting with "=" a live formula otherwise
            return cell
        return value

    def _typed(self, column: Column) -> Callable[[Any], Any]:
        def convert(value: Any) -> Any:
            value = typed(column, value)
            if isinstance(value, str):
                return self._text(value)
            style = self._styles.get(column.kind)
            if style is not None and isinstance(value, (int, float)) and not isinstance(value, bool):
                cell = WriteOnlyCell(self._sheet, value)
                cell._style = copy(style)
                return cell
            return value

        return convert


def write_xlsx(parts: Iterable[Part], target: BinaryIO | io.BufferedIOBase, *, total: int = 0,
               progress: Progress | None = None) -> int:
    """Write every part as a sheet: headers in words, frozen header row, autofilter, column widths. Returns the
    number of rows written (headers not counted)."""
    workbook = Workbook(write_only=True)
    try:
        done = _write_sheets(workbook, parts, total, progress)
        workbook.save(target)
    except BaseException:
        _abandon(workbook)
        raise
    if progress is not None:
        progress(done, max(total, done))
    return done


def _write_sheets(workbook: Any, parts: Iterable[Part], total: int, progress: Progress | None) -> int:
    done = 0
    for part in parts:
        sheet = workbook.create_sheet(part.title)
        sheet.freeze_panes = "A2"
        for index, column in enumerate(part.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        converters = _XlsxCells(sheet, part.columns).converters
        sheet.append(part.headers)
        rows = 0
        for values in part.rows:
            sheet.append([convert(value) for convert, value in zip(converters, values)])
            rows += 1
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(part.columns))}{rows + 1}"
    return done


def _abandon(workbook: Any) -> None:
    """An export stopped half way (cancelled, a full disk): end each sheet's stream in order and remove its
    temporary file, rather than leave openpyxl's half-written streams for the garbage collector, whose clean-up
    of them fails noisily."""
    for sheet in workbook.worksheets:
        try:
            if not sheet.closed:
                sheet.close()
        except Exception:  # noqa: BLE001 - the export has failed already; that error is the one to report
            pass
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            writer.cleanup()


def csv_cell(column: Column | None, value: Any) -> Any:
    """A value as CSV text: dates ISO, text that a spreadsheet would run as a formula behind an apostrophe."""
    if column is not None:
        value = typed(column, value)
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv_zip(parts: Iterable[Part], target: BinaryIO | io.BufferedIOBase | zipfile.ZipFile, *,
                  total: int = 0, progress: Progress | None = None) -> int:
    """A zip of one ``<key>.csv`` per part (UTF-8 with a BOM, so Excel reads Chinese names), each streamed into
    the zip as it is written; ``target`` may be a zip already open (the server adds photos beside). Returns the
    number of rows written."""
    if isinstance(target, zipfile.ZipFile):
        return _write_csv_files(parts, target, total, progress)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        return _write_csv_files(parts, archive, total, progress)


def _write_csv_files(parts: Iterable[Part], archive: zipfile.ZipFile, total: int, progress: Progress | None) -> int:
    done = 0
    for part in parts:
        entry = zipfile.ZipInfo(f"{part.key}.csv", date_time=dt.datetime.now().timetuple()[:6])
        entry.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(entry, "w", force_zip64=True) as raw, \
                io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as text:
            writer = csv.writer(text)
            writer.writerow(part.headers)
            for values in part.rows:
                writer.writerow([csv_cell(column, value) for column, value in zip(part.columns, values)])
                done += 1
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done, total)
    if progress is not None:
        progress(done, max(total, done))
    return done
