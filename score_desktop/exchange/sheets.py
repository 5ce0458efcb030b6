"""An M&E export from plain records: the one shape the laptop (``score-desktop export``, File > Export) and the
server (``score-server export``) both write, so a coordinator's spreadsheet looks the same from either.

Feed it a :class:`~score_desktop.exchange.shape.Source` (the records of each entity, streamed as dicts); it writes
the sheets of :data:`~score_desktop.exchange.shape.SHEETS` in the chosen language as XLSX or as a zip of CSV files.
This module and what it imports must never import the store: the server, which has no store, imports it
(tests/unit/test_layering.py holds both rules).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any, BinaryIO, Iterable, Iterator

from score_desktop.domain.catalog import Catalog, load_catalog
from score_desktop.exchange import labels
from score_desktop.exchange.shape import SHEETS, Column, Lookups, Shaper, Source
from score_desktop.exchange.writers import (FORMULA_STARTS, Part, Progress, csv_cell, typed, write_csv_zip,
                                            write_xlsx)

FORMATS = ("xlsx", "csv")
LANGUAGES = labels.LANGUAGES
__all__ = ["FORMATS", "FORMULA_STARTS", "LANGUAGES", "Part", "csv_cell", "extra_part", "sheet_keys", "typed",
           "write_export"]


def sheet_keys() -> list[str]:
    """The sheets every export has, in order (the server adds its conflicts after them)."""
    return [sheet.key for sheet in SHEETS]


def _catalog() -> Catalog:
    # The catalog shipped with the package; paths is headless (no store, no Qt), so the server may load it too.
    from score_desktop.paths import catalog_file

    return load_catalog(catalog_file())


def _parts(source: Source, lang: str, catalog: Catalog) -> Iterator[Part]:
    shaper = Shaper(lang, catalog, Lookups(source))
    for sheet in SHEETS:
        yield Part(sheet.key, labels.sheet_name(lang, sheet.key), shaper.headers(sheet), sheet.columns,
                   shaper.rows(sheet, source.records(sheet.entity)))


def extra_part(key: str, column_keys: Iterable[str], rows: Iterator[list[Any]], lang: str) -> Part:
    """A sheet beyond the shared ones (the server's conflicts), named and headed in ``lang`` the same way."""
    columns = tuple(Column(name, "text", 16) for name in column_keys)
    return Part(key, labels.sheet_name(lang, key), [labels.column_name(lang, c.key) for c in columns], columns,
                rows)


def write_export(source: Source, fmt: str, target: BinaryIO | io.BufferedIOBase | zipfile.ZipFile, *, lang: str = "en",
                 catalog: Catalog | None = None, progress: Progress | None = None,
                 extra: Iterable[Part] = ()) -> int:
    """Write the export of ``source`` to the open binary file ``target``: ``xlsx``, or ``csv`` (a zip of one
    ``<sheet key>.csv`` per sheet). ``progress(rows done, rows in all)`` is called as it goes. Returns the number
    of rows written. ValueError for an unknown format or language."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose xlsx or csv")
    labels.check_language(lang)
    total = sum(source.count(sheet.entity) for sheet in SHEETS)

    def parts() -> Iterator[Part]:
        yield from _parts(source, lang, catalog or _catalog())
        yield from extra

    if fmt == "xlsx":
        if isinstance(target, zipfile.ZipFile):
            raise ValueError("a workbook is written to a file, not into an open zip")
        return write_xlsx(parts(), target, total=total, progress=progress)
    return write_csv_zip(parts(), target, total=total, progress=progress)
