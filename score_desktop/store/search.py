"""Find enterprises, visits, findings, actions, EIT members (by name) and photos (by caption) by any word, in any
script.

Two FTS5 indexes hold the same text (see migration 1). Terms of three or more characters are substring queries on
the trigram index. Shorter terms cannot use trigrams, and a LIKE scan of 100,000 findings is too slow for
search-as-you-type, so they go to the word index, where every CJK character is its own token: "厂" is a one-token
query and "工厂" a two-token phrase, both answered from the index. Short Latin terms match word prefixes there.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from score_desktop.domain.entities import ENTITIES, EntitySpec

#: The entities the search box finds, and how their text is put together.
SEARCHED_ENTITIES = ("enterprise", "visit", "observation", "action_item", "eit_member", "photo")

# CJK ideographs, kana, Hangul and CJK punctuation: scripts written without spaces between words.
_CJK = re.compile(r"([\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
                  r"\uac00-\ud7af\uf900-\ufaff\uff00-\uffef])")


_CJK_RANGES = ((0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3040, 0x30FF), (0x3100, 0x31FF), (0x3400, 0x4DBF),
               (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF))  # the ranges of _CJK
_SPACED: dict[int, str] = {}


def spaced(text: str) -> str:
    """``text`` with a space around every CJK character, for the word index.

    ``str.translate`` with a table of the CJK characters does this four times as fast as a regular expression,
    which counts when a coordinator's first sync indexes a whole programme's findings.
    """
    if not _SPACED:
        _SPACED.update({code: f" {chr(code)} " for first, last in _CJK_RANGES for code in range(first, last + 1)})
    return text.translate(_SPACED)


def _joined(values: Iterable[Any]) -> str:
    parts: list[str] = []
    for value in values:
        if isinstance(value, list):
            parts.extend(str(item) for item in value)
        elif value not in (None, ""):
            parts.append(str(value))
    return " ".join(parts)


def document_text(spec: EntitySpec, record: Mapping[str, Any]) -> tuple[str, str]:
    """(title, body) indexed for a record."""
    if spec.name == "visit":
        title = " ".join(str(record.get(name) or "") for name in ("module", "visit_type", "visit_date"))
    else:
        title = str(record.get(spec.title_field) or "")
    body = _joined(record.get(name) for name in spec.searchable_fields if name != spec.title_field)
    return title[:300], body


def index_record(conn: sqlite3.Connection, spec: EntitySpec, record: Mapping[str, Any]) -> None:
    """Put a record in both indexes, replacing what was there; a deleted record is taken out."""
    if spec.name not in SEARCHED_ENTITIES:
        return
    row = conn.execute("SELECT rowid FROM search_doc WHERE entity = ? AND record_id = ?",
                       (spec.name, record["id"])).fetchone()
    if row is not None:
        conn.execute("DELETE FROM search_trigram WHERE rowid = ?", row)
        conn.execute("DELETE FROM search_words WHERE rowid = ?", row)
    if record.get("deleted"):
        if row is not None:
            conn.execute("DELETE FROM search_doc WHERE rowid = ?", row)
        return
    if row is None:
        row = conn.execute("INSERT INTO search_doc (entity, record_id, enterprise_id) VALUES (?, ?, ?) "
                           "RETURNING rowid", (spec.name, record["id"], record["enterprise_id"])).fetchone()
    title, body = document_text(spec, record)
    conn.execute("INSERT INTO search_trigram (rowid, title, body) VALUES (?, ?, ?)", (row[0], title, body))
    conn.execute("INSERT INTO search_words (rowid, title, body) VALUES (?, ?, ?)",
                 (row[0], spaced(title), spaced(body)))


def index_many(conn: sqlite3.Connection, spec: EntitySpec, records: Iterable[Mapping[str, Any]]) -> None:
    """Index new records (none of them indexed yet) with one statement per table."""
    if spec.name not in SEARCHED_ENTITIES:
        return
    live = [record for record in records if not record.get("deleted")]
    if not live:
        return
    first = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM search_doc").fetchone()[0]
    conn.executemany("INSERT INTO search_doc (rowid, entity, record_id, enterprise_id) VALUES (?, ?, ?, ?)",
                     [(first + n, spec.name, r["id"], r["enterprise_id"]) for n, r in enumerate(live)])
    texts = [document_text(spec, record) for record in live]
    conn.executemany("INSERT INTO search_trigram (rowid, title, body) VALUES (?, ?, ?)",
                     [(first + n, title, body) for n, (title, body) in enumerate(texts)])
    conn.executemany("INSERT INTO search_words (rowid, title, body) VALUES (?, ?, ?)",
                     [(first + n, spaced(title), spaced(body)) for n, (title, body) in enumerate(texts)])


def reindex_many(conn: sqlite3.Connection, spec: EntitySpec, records: Iterable[Mapping[str, Any]]) -> None:
    """:func:`index_record` for many records of one entity (new, changed or deleted), a few statements in all:
    what a pulled page needs, where one statement per record per index made the index the slowest part."""
    if spec.name not in SEARCHED_ENTITIES:
        return
    records = list(records)
    known: dict[str, int] = {}
    for start in range(0, len(records), _IDS_PER_QUERY):
        ids = [record["id"] for record in records[start:start + _IDS_PER_QUERY]]
        known.update(conn.execute(f"SELECT record_id, rowid FROM search_doc WHERE entity = ? AND record_id IN "
                                  f"({', '.join('?' * len(ids))})", [spec.name, *ids]).fetchall())
    old_rows = [(rowid,) for rowid in known.values()]
    conn.executemany("DELETE FROM search_trigram WHERE rowid = ?", old_rows)
    conn.executemany("DELETE FROM search_words WHERE rowid = ?", old_rows)
    conn.executemany("DELETE FROM search_doc WHERE rowid = ?",
                     [(known[r["id"]],) for r in records if r.get("deleted") and r["id"] in known])
    again = [(known[r["id"]], r) for r in records if not r.get("deleted") and r["id"] in known]
    texts = [(rowid, *document_text(spec, record)) for rowid, record in again]
    conn.executemany("INSERT INTO search_trigram (rowid, title, body) VALUES (?, ?, ?)", texts)
    conn.executemany("INSERT INTO search_words (rowid, title, body) VALUES (?, ?, ?)",
                     [(rowid, spaced(title), spaced(body)) for rowid, title, body in texts])
    index_many(conn, spec, [r for r in records if r["id"] not in known])


#: Ids per ``IN (...)`` list (SQLite's default limit on bound parameters is 32,766; older builds 999).
_IDS_PER_QUERY = 900


def backfill(conn: sqlite3.Connection) -> int:
    """Index the live records of the entities migration 6 listed in ``search_backfill`` (those the index did not
    hold before), in one transaction, and empty the list; the number of records indexed. Nothing to do: 0."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_backfill'").fetchone() is None:
        return 0
    pending = [row[0] for row in conn.execute("SELECT entity FROM search_backfill")]
    if not pending:
        return 0
    indexed = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for entity in pending:
            if entity in ENTITIES and entity in SEARCHED_ENTITIES:
                cursor = conn.execute(f"SELECT * FROM {entity} WHERE deleted = 0 AND id NOT IN "
                                      "(SELECT record_id FROM search_doc WHERE entity = ?)", (entity,))
                names = [column[0] for column in cursor.description]
                records = [dict(zip(names, row)) for row in cursor]
                index_many(conn, ENTITIES[entity], records)
                indexed += len(records)
            conn.execute("DELETE FROM search_backfill WHERE entity = ?", (entity,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return indexed


@dataclass(frozen=True)
class SearchHit:
    entity: str
    record_id: str
    enterprise_id: str
    title: str
    #: A short piece of the text around the match, with the match in [brackets].
    snippet: str


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _term_query(term: str) -> tuple[str, str]:
    """(index table, FTS5 query) for one search term."""
    if len(term) >= 3:
        return "search_trigram", _quote(term)
    if _CJK.search(term):
        return "search_words", _quote(spaced(term).strip())
    return "search_words", _quote(term) + "*"


#: How many of the newest matches a query ranks. A one-character Chinese query can match tens of thousands of
#: findings, and bm25 over all of them takes longer than a keystroke; the newest 2,000 are ranked instead.
RANKED_MATCHES = 2000


def search(conn: sqlite3.Connection, query: str, *, limit: int = 20, offset: int = 0,
           entities: Iterable[str] | None = None, enterprise_id: str | None = None) -> list[SearchHit]:
    """Records matching every term of ``query``, best first, one page at a time.

    Ranking is FTS5's bm25 (a title match counts ten times a body match) among the newest
    :data:`RANKED_MATCHES` matches.
    """
    terms = [term for term in query.split() if term.strip('"*')]
    if not terms:
        return []
    by_table: dict[str, list[str]] = {}
    for term in terms:
        table, fts_query = _term_query(term)
        by_table.setdefault(table, []).append(fts_query)
    # Terms of one index go in one MATCH. When a query mixes long and short terms, the long ones find the
    # candidates and the short ones are checked on those rows only: a short term alone can match most of the
    # index, and intersecting with that whole set is what makes a keystroke slow.
    table = "search_trigram" if "search_trigram" in by_table else "search_words"
    where = [f"{table} MATCH ?"]
    params: list[Any] = [" AND ".join(by_table[table])]
    if table == "search_trigram":
        for term in terms:
            if len(term) < 3:
                where.append("(t.title LIKE ? ESCAPE '\\' OR t.body LIKE ? ESCAPE '\\')")
                pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                params += [pattern, pattern]
    if entities is not None:
        entities = tuple(entities)
        where.append(f"d.entity IN ({', '.join('?' * len(entities))})")
        params.extend(entities)
    if enterprise_id is not None:
        where.append("d.enterprise_id = ?")
        params.append(enterprise_id)
    source = f"FROM {table} t JOIN search_doc d ON d.rowid = t.rowid WHERE {' AND '.join(where)}"
    oldest = conn.execute(f"SELECT t.rowid {source} ORDER BY t.rowid DESC LIMIT 1 OFFSET ?",
                          [*params, RANKED_MATCHES - 1]).fetchone()
    if oldest is not None:
        source += " AND t.rowid >= ?"
        params.append(oldest[0])
    rows = conn.execute(
        f"SELECT d.entity, d.record_id, d.enterprise_id, t.title, snippet({table}, 1, '[', ']', '…', 12) "
        f"{source} ORDER BY bm25({table}, 10.0, 1.0) LIMIT ? OFFSET ?", [*params, limit, offset])
    hits = []
    for entity, record_id, enterprise, title, snippet in rows:
        if table == "search_words":
            title, snippet = _unspaced(title), _unspaced(snippet)
        hits.append(SearchHit(entity, record_id, enterprise, title, snippet))
    return hits


_SPACE_AROUND_CJK = re.compile(r" ?(" + _CJK.pattern[1:-1] + r") ?")


def _unspaced(text: str) -> str:
    """Undo :func:`spaced` for display."""
    return _SPACE_AROUND_CJK.sub(r"\1", text)
