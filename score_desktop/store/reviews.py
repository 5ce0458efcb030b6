"""The review of visit reports (docs/sync-protocol.md Part 2, "Roles"): the coordinator's queue, a visit's
review thread, and the trainer's unread marks.

What the queue shows is derived from synced records, nothing else travels: a visit is ``new`` (new since the
coordinator's last look) when its report is final or signed and has no review yet, or when the trainer answered or
signed again after the coordinator last looked (changed the review or wrote a comment); otherwise it shows the
review's state. Times are those at which records reached this laptop, so no other laptop's clock plays a part.
So a trainer, who may not write a review, sends the visit back to the queue by answering or re-signing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from score_desktop.domain import roles
from score_desktop.store.records import Record, utc_now
from score_desktop.store.workspace import Workspace

NEW = "new"
#: The states the queue shows, in the order its filter lists them.
QUEUE_STATES = (NEW, "received", "has_issues", "approved")
REVIEWED = ("final", "signed")

#: The columns the queue may be sorted by: what the user clicks -> SQL expression. By state, what needs a look
#: comes first (new, then has issues, received, approved), the latest activity first within each.
QUEUE_ORDER = {"visit_date": "visit_date", "enterprise": "enterprise_name", "module": "module",
               "trainer": "created_by", "activity": "activity",
               "state": "CASE state WHEN 'new' THEN 0 WHEN 'has_issues' THEN 1 WHEN 'received' THEN 2 ELSE 3 END"}

# The review of each visit, the coordinator's last word (a comment not by a trainer: this laptop's own are not
# named yet), the last time the trainer answered, the latest signed report.
_QUEUE = f"""
WITH r AS (SELECT visit_id, state, max(updated_at) AS changed FROM review WHERE deleted = 0 GROUP BY visit_id),
     l AS (SELECT visit_id, max(created_at) AS looked FROM review_comment
           WHERE deleted = 0 AND (author_role IS NULL OR author_role != '{roles.TRAINER}') GROUP BY visit_id),
     a AS (SELECT visit_id, max(created_at) AS answered FROM review_comment
           WHERE deleted = 0 AND author_role = '{roles.TRAINER}' GROUP BY visit_id),
     s AS (SELECT visit_id, max(created_at) AS signed FROM signed_report WHERE deleted = 0 GROUP BY visit_id),
     q AS (SELECT v.id, v.enterprise_id, v.module, v.visit_type, v.visit_date, v.status, v.created_by,
                  e.name AS enterprise_name, e.sponsors,
                  CASE WHEN r.state IS NULL OR max(coalesce(a.answered, ''), coalesce(s.signed, ''))
                                                > max(r.changed, coalesce(l.looked, '')) THEN '{NEW}'
                       ELSE r.state END AS state,
                  max(coalesce(r.changed, ''), coalesce(a.answered, ''), coalesce(s.signed, ''),
                      v.updated_at) AS activity
           FROM visit v JOIN enterprise e ON e.id = v.enterprise_id
           LEFT JOIN r ON r.visit_id = v.id LEFT JOIN l ON l.visit_id = v.id LEFT JOIN a ON a.visit_id = v.id
           LEFT JOIN s ON s.visit_id = v.id
           WHERE v.deleted = 0 AND e.deleted = 0 AND v.status IN {REVIEWED!r})
"""


@dataclass(frozen=True)
class QueueFilter:
    """What the queue is narrowed to; None means "any"."""

    state: str | None = None
    trainer: str | None = None
    enterprise_id: str | None = None
    module: str | None = None
    sponsor: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses, args = [], []
        for column, value in (("state", self.state), ("created_by", self.trainer),
                              ("enterprise_id", self.enterprise_id), ("module", self.module)):
            if value:
                clauses.append(f"{column} = ?")
                args.append(value)
        if self.sponsor:
            clauses.append("EXISTS (SELECT 1 FROM json_each(q.sponsors) WHERE json_each.value = ?)")
            args.append(self.sponsor)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def queue_page(ws: Workspace, queue_filter: QueueFilter = QueueFilter(), *,
               order_by: str = "state", limit: int = 200, offset: int = 0) -> list[dict]:
    """A page of visit reports to review, each with ``enterprise_name``, ``state`` and ``activity``."""
    name, _, direction = order_by.partition(" ")
    if name not in QUEUE_ORDER or direction.strip().lower() not in ("", "asc", "desc"):
        raise ValueError(f"cannot sort by {order_by!r}")
    where, args = queue_filter.where()
    order = f"{QUEUE_ORDER[name]} {direction or 'asc'}, activity DESC, id"
    cursor = ws.conn.execute(f"{_QUEUE} SELECT * FROM q{where} ORDER BY {order} LIMIT ? OFFSET ?",
                             [*args, limit, offset])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def count_queue(ws: Workspace, queue_filter: QueueFilter = QueueFilter()) -> int:
    where, args = queue_filter.where()
    return ws.conn.execute(f"{_QUEUE} SELECT count(*) FROM q{where}", args).fetchone()[0]


def queue_choices(ws: Workspace) -> dict[str, list[tuple[str, str]]]:
    """The values each queue filter can take: (value, shown text) pairs of trainers, enterprises, modules,
    sponsors among the visits to review."""
    def pairs(sql: str) -> list[tuple[str, str]]:
        return [(row[0], row[1]) for row in ws.conn.execute(sql) if row[0]]

    return {
        "trainer": pairs(f"{_QUEUE} SELECT DISTINCT created_by, created_by FROM q ORDER BY 1"),
        "enterprise": pairs(f"{_QUEUE} SELECT DISTINCT enterprise_id, enterprise_name FROM q ORDER BY 2"),
        "module": pairs(f"{_QUEUE} SELECT DISTINCT module, module FROM q ORDER BY 1"),
        "sponsor": pairs(f"{_QUEUE} SELECT DISTINCT j.value, j.value FROM q, json_each(q.sponsors) j "
                         "WHERE q.sponsors IS NOT NULL ORDER BY 1"),
    }


def queue_state(ws: Workspace, visit_id: str) -> str | None:
    """The queue's state of one visit (None when it is not a report to review)."""
    row = ws.conn.execute(f"{_QUEUE} SELECT state FROM q WHERE id = ?", (visit_id,)).fetchone()
    return row[0] if row else None


# -- one visit's review ---------------------------------------------------------------------------------------

def review_of(ws: Workspace, visit_id: str) -> Record | None:
    """The visit's review (one per visit; should two laptops have made one each, the latest)."""
    row = ws.conn.execute("SELECT id FROM review WHERE visit_id = ? AND deleted = 0 "
                          "ORDER BY updated_at DESC, id LIMIT 1", (visit_id,)).fetchone()
    return ws.repositories[roles.REVIEW].find(row[0]) if row else None


def thread(ws: Workspace, visit_id: str) -> list[dict]:
    """The visit's review thread, oldest first; a comment not yet synced is this laptop's user's."""
    rows = ws.conn.execute(
        "SELECT id, text, review_state, author, author_role, created_at, version FROM review_comment "
        "WHERE visit_id = ? AND deleted = 0 ORDER BY created_at, id", (visit_id,)).fetchall()
    mine = ws.username
    return [{"id": row[0], "text": row[1], "review_state": row[2], "author": row[3] or mine,
             "author_role": row[4] or ws.role, "created_at": row[5], "mine": row[3] in (None, mine)}
            for row in rows]


def set_state(ws: Workspace, visit_id: str, state: str, text: str = "") -> Record:
    """The coordinator sets the review's state (creating the visit's review the first time), with an optional
    comment saying why; both are written in one transaction."""
    visit = ws.visits.get(visit_id)
    with ws.transaction():
        review = review_of(ws, visit_id)
        if review is None:
            review = ws.repositories[roles.REVIEW].create(enterprise_id=visit["enterprise_id"], visit_id=visit_id,
                                                          state=state)
        else:
            review = ws.repositories[roles.REVIEW].update(review["id"], state=state)  # the same state: no change
        if text.strip():
            add_comment(ws, visit_id, text, review_state=state)
    return review


def add_comment(ws: Workspace, visit_id: str, text: str, *, review_state: str | None = None) -> Record:
    """A comment in the visit's thread: the coordinator's, or the trainer's answer (``review_state`` None)."""
    visit = ws.visits.get(visit_id)
    return ws.repositories[roles.REVIEW_COMMENT].create(enterprise_id=visit["enterprise_id"], visit_id=visit_id,
                                                       text=text.strip(), review_state=review_state)


# -- what this laptop's user has read ----------------------------------------------------------------------------

def _others(ws: Workspace) -> tuple[str, list[Any]]:
    """Records written by someone else than this laptop's user (not yet synced ones are this user's)."""
    return "author IS NOT NULL AND author IS NOT ?", [ws.username]


def thread_version(ws: Workspace, visit_id: str) -> int:
    """Grows with every comment of someone else, and every change of the review, that reaches this laptop (the sum
    of those records' versions; records are never removed, a deletion raises a version too)."""
    others, args = _others(ws)
    row = ws.conn.execute(
        f"SELECT (SELECT coalesce(sum(version), 0) FROM review_comment WHERE visit_id = ? AND {others}) + "
        "(SELECT coalesce(sum(version), 0) FROM review WHERE visit_id = ? AND reviewer IS NOT NULL "
        "AND reviewer IS NOT ?)",
        [visit_id, *args, visit_id, ws.username]).fetchone()
    return int(row[0])


def unread(ws: Workspace, visit_id: str) -> bool:
    row = ws.conn.execute("SELECT read_version FROM review_read WHERE visit_id = ?", (visit_id,)).fetchone()
    return thread_version(ws, visit_id) > (row[0] if row else 0)


def mark_read(ws: Workspace, visit_id: str) -> None:
    """The user saw the thread as it is now (kept on this laptop only)."""
    version = thread_version(ws, visit_id)
    visit = ws.visits.get(visit_id)
    with ws.transaction() as changes:
        changes.add("updated", "review_read", visit_id, visit["enterprise_id"])  # Today's badge hears of it
        ws.conn.execute("INSERT INTO review_read (visit_id, read_version, read_at) VALUES (?, ?, ?) "
                        "ON CONFLICT (visit_id) DO UPDATE SET read_version = excluded.read_version, "
                        "read_at = excluded.read_at", (visit_id, version, utc_now()))


def unread_visits(ws: Workspace, *, limit: int = 100) -> list[dict]:
    """Visits whose review thread has news for this laptop's user (Today's "your coordinator wrote"), each with
    ``enterprise_name``, the review's ``state`` and the newest comment of someone else (``last_text``)."""
    others, args = _others(ws)
    rows = ws.conn.execute(f"""
        WITH t AS (SELECT visit_id, sum(version) AS version FROM (
                       SELECT visit_id, version FROM review_comment WHERE {others}
                       UNION ALL SELECT visit_id, version FROM review
                       WHERE reviewer IS NOT NULL AND reviewer IS NOT ?)
                   GROUP BY visit_id)
        SELECT v.id, v.visit_date, v.module, e.name,
               (SELECT state FROM review WHERE visit_id = v.id AND deleted = 0 ORDER BY updated_at DESC LIMIT 1),
               (SELECT text FROM review_comment c WHERE c.visit_id = v.id AND c.deleted = 0 AND {others}
                ORDER BY created_at DESC LIMIT 1)
        FROM t JOIN visit v ON v.id = t.visit_id JOIN enterprise e ON e.id = v.enterprise_id
        LEFT JOIN review_read rr ON rr.visit_id = t.visit_id
        WHERE v.deleted = 0 AND t.version > coalesce(rr.read_version, 0)
        ORDER BY v.visit_date DESC LIMIT ?""", [*args, ws.username, *args, limit]).fetchall()
    return [{"id": row[0], "visit_date": row[1], "module": row[2], "enterprise_name": row[3], "state": row[4],
             "last_text": row[5]} for row in rows]
