"""Read-only questions the trainer's screens ask of a workspace, each one SQL query.

The repositories answer "records of one entity matching these fields"; the screens also need joins (a visit with
its enterprise's name), groupings (overdue actions per enterprise) and filters on list fields (a sponsor among an
enterprise's sponsors). They live here, small and documented, so the UI never writes SQL and the questions can be
tested without Qt. Dates are ``YYYY-MM-DD`` strings, which compare correctly as text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from score_desktop.domain.entities import OBSERVATION
from score_desktop.store.records import Record, from_row
from score_desktop.store.workspace import Workspace

#: Actions that still need doing (DESIGN.md section 4: open items carry into the next visit).
OPEN_STATUSES = ("open", "in_progress")
_OPEN_SQL = "('open', 'in_progress')"

#: The columns the lists may be sorted by, per list: what the user clicks -> SQL expression.
VISIT_ORDER = {"visit_date": "v.visit_date", "enterprise": "e.name", "module": "v.module",
               "visit_type": "v.visit_type", "status": "v.status", "trainer": "v.trainer"}
ACTION_ORDER = {"due_date": "a.due_date", "enterprise": "e.name", "title": "a.title", "owner": "m.name",
                "status": "a.status"}


def _rows(ws: Workspace, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
    cursor = ws.conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def _iso(day: dt.date | str) -> str:
    return day.isoformat() if isinstance(day, dt.date) else day


def _order(order_by: str, allowed: dict[str, str], tie_breaker: str) -> str:
    """``"visit_date desc"`` -> SQL; anything not in ``allowed`` is refused (it ends up inside SQL)."""
    name, _, direction = order_by.partition(" ")
    if name not in allowed or direction.strip().lower() not in ("", "asc", "desc"):
        raise ValueError(f"cannot sort by {order_by!r}")
    return f"{allowed[name]} {direction.strip().upper() or 'ASC'}, {tie_breaker}"


# -- the Today screen ------------------------------------------------------------------------------------------

def visits_between(ws: Workspace, first: dt.date | str, last: dt.date | str, *, limit: int = 500) -> list[dict]:
    """Visits dated ``first``..``last`` (inclusive), earliest first, with ``enterprise_name``."""
    return _rows(ws, "SELECT v.id, v.enterprise_id, v.module, v.visit_type, v.visit_date, v.status, v.trainer, "
                     "e.name AS enterprise_name FROM visit v JOIN enterprise e ON e.id = v.enterprise_id "
                     "WHERE v.deleted = 0 AND e.deleted = 0 AND v.visit_date BETWEEN ? AND ? "
                     "ORDER BY v.visit_date, e.name LIMIT ?", (_iso(first), _iso(last), limit))


def unfinished_visits(ws: Workspace, before: dt.date | str, *, limit: int = 200) -> list[dict]:
    """Drafts dated before ``before``: visits that happened and still wait for their report to be finalised."""
    return _rows(ws, "SELECT v.id, v.enterprise_id, v.module, v.visit_type, v.visit_date, v.status, v.trainer, "
                     "e.name AS enterprise_name FROM visit v JOIN enterprise e ON e.id = v.enterprise_id "
                     "WHERE v.deleted = 0 AND e.deleted = 0 AND v.status = 'draft' AND v.visit_date < ? "
                     "ORDER BY v.visit_date DESC LIMIT ?", (_iso(before), limit))


@dataclass(frozen=True)
class OverdueGroup:
    enterprise_id: str
    enterprise_name: str
    count: int
    oldest_due: str


def overdue_actions_by_enterprise(ws: Workspace, today: dt.date | str) -> list[OverdueGroup]:
    """Per enterprise, how many open actions are past their due date, the most overdue enterprise first."""
    rows = _rows(ws, f"SELECT a.enterprise_id, e.name, count(*) AS n, min(a.due_date) AS oldest "
                     f"FROM action_item a JOIN enterprise e ON e.id = a.enterprise_id "
                     f"WHERE a.deleted = 0 AND e.deleted = 0 AND a.status IN {_OPEN_SQL} AND a.due_date < ? "
                     f"GROUP BY a.enterprise_id ORDER BY oldest, e.name", (_iso(today),))
    return [OverdueGroup(row["enterprise_id"], row["name"], row["n"], row["oldest"]) for row in rows]


# -- the visit screen ------------------------------------------------------------------------------------------

def open_actions_before(ws: Workspace, enterprise_id: str, visit: Record) -> list[dict]:
    """Open actions of the enterprise's earlier visits (and actions of no visit), to tick off at this visit.

    "Earlier" is by visit date, then by creation for two visits on the same day. Each row has ``owner_name``.
    """
    return _rows(ws, f"SELECT a.id, a.title, a.status, a.due_date, a.module, a.visit_id, m.name AS owner_name, "
                     f"pv.visit_date AS from_visit_date FROM action_item a "
                     f"LEFT JOIN eit_member m ON m.id = a.owner_id "
                     f"LEFT JOIN visit pv ON pv.id = a.visit_id "
                     f"WHERE a.deleted = 0 AND a.enterprise_id = ? AND a.status IN {_OPEN_SQL} "
                     f"AND (a.visit_id IS NULL OR (a.visit_id != ? AND (pv.visit_date < ? OR "
                     f"(pv.visit_date = ? AND pv.created_at < ?)))) "
                     f"ORDER BY a.due_date IS NULL, a.due_date, a.title",
                 (enterprise_id, visit["id"], visit["visit_date"], visit["visit_date"], visit["created_at"]))


def findings_of_visit(ws: Workspace, visit_id: str) -> list[Record]:
    """The live findings of a visit in their order, each with ``photo_count``, in two queries whatever their number."""
    cursor = ws.conn.execute("SELECT * FROM observation WHERE visit_id = ? AND deleted = 0 "
                             "ORDER BY position IS NULL, position, created_at", (visit_id,))
    names = [column[0] for column in cursor.description]
    findings = [from_row(OBSERVATION, dict(zip(names, row))) for row in cursor]
    counts = photo_counts(ws, visit_id)
    for finding in findings:
        finding["photo_count"] = counts.get(finding["id"], 0)
    return findings


def photo_counts(ws: Workspace, visit_id: str) -> dict[str, int]:
    """How many live photos each finding of the visit has (findings without photos are left out)."""
    return dict(ws.conn.execute(
        "SELECT p.observation_id, count(*) FROM photo p JOIN observation o ON o.id = p.observation_id "
        "WHERE o.visit_id = ? AND p.deleted = 0 GROUP BY p.observation_id", (visit_id,)).fetchall())


def photos_of(ws: Workspace, *, observation_id: str) -> list[Record]:
    """The live photos of a finding in their order."""
    return ws.photos.list(observation_id=observation_id, order_by="position, created_at")


def next_position(ws: Workspace, entity: str, **parent: str) -> int:
    """One past the highest ``position`` among the live children of a parent (0 for the first)."""
    (name, value), = parent.items()
    if entity not in ("observation", "photo") or name not in ("visit_id", "observation_id"):
        raise ValueError(f"no positions for {entity} by {name}")
    row = ws.conn.execute(f"SELECT max(position) FROM {entity} WHERE {name} = ? AND deleted = 0", (value,)).fetchone()
    return 0 if row[0] is None else row[0] + 1


# -- the enterprise list ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EnterpriseFilter:
    """What the enterprise list is narrowed to; None means "any"."""

    city: str | None = None
    sector: str | None = None
    sponsor: str | None = None
    module: str | None = None

    def where(self) -> tuple[str | None, list[Any]]:
        """An SQL condition on ``enterprise`` for :meth:`Repository.list` (``where=``, ``where_args=``)."""
        clauses, args = [], []
        if self.city:
            clauses.append("city = ?")
            args.append(self.city)
        if self.sector:
            clauses.append("sector = ?")
            args.append(self.sector)
        if self.sponsor:
            clauses.append("EXISTS (SELECT 1 FROM json_each(enterprise.sponsors) WHERE json_each.value = ?)")
            args.append(self.sponsor)
        if self.module:
            clauses.append("EXISTS (SELECT 1 FROM visit WHERE visit.enterprise_id = enterprise.id "
                           "AND visit.deleted = 0 AND visit.module = ?)")
            args.append(self.module)
        return (" AND ".join(clauses) or None), args


def sponsors(ws: Workspace) -> list[str]:
    """Every sponsoring buyer a live enterprise names, in alphabetical order."""
    return [row[0] for row in ws.conn.execute(
        "SELECT DISTINCT j.value FROM enterprise e, json_each(e.sponsors) j WHERE e.deleted = 0 "
        "AND e.sponsors IS NOT NULL AND j.type = 'text' AND trim(j.value) <> '' ORDER BY 1")]


def enterprise_filter_choices(ws: Workspace) -> dict[str, list[str]]:
    """The values each enterprise filter can take in this workspace (cities, sectors, sponsors, modules)."""
    def distinct(sql: str) -> list[str]:
        return [row[0] for row in ws.conn.execute(sql) if row[0]]

    return {
        "city": distinct("SELECT DISTINCT city FROM enterprise WHERE deleted = 0 ORDER BY city"),
        "sector": distinct("SELECT DISTINCT sector FROM enterprise WHERE deleted = 0 ORDER BY sector"),
        "sponsor": sponsors(ws),
        "module": distinct("SELECT DISTINCT module FROM visit WHERE deleted = 0 ORDER BY module"),
    }


# -- the visit and action lists --------------------------------------------------------------------------------

_VISITS_FROM = ("FROM visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE v.deleted = 0 AND e.deleted = 0")


def visits_page(ws: Workspace, *, order_by: str = "visit_date desc", limit: int = 200, offset: int = 0,
                enterprise_id: str | None = None) -> list[dict]:
    """A page of visits with ``enterprise_name``, for the Visits list and an enterprise's visits."""
    where, params = _visit_scope(enterprise_id)
    return _rows(ws, f"SELECT v.id, v.enterprise_id, v.module, v.visit_type, v.visit_date, v.status, v.trainer, "
                     f"e.name AS enterprise_name {_VISITS_FROM}{where} "
                     f"ORDER BY {_order(order_by, VISIT_ORDER, 'v.id')} LIMIT ? OFFSET ?",
                 [*params, limit, offset])


def count_visits(ws: Workspace, *, enterprise_id: str | None = None) -> int:
    where, params = _visit_scope(enterprise_id)
    return ws.conn.execute(f"SELECT count(*) {_VISITS_FROM}{where}", params).fetchone()[0]


def _visit_scope(enterprise_id: str | None) -> tuple[str, list[Any]]:
    return (" AND v.enterprise_id = ?", [enterprise_id]) if enterprise_id else ("", [])


_ACTIONS_FROM = ("FROM action_item a JOIN enterprise e ON e.id = a.enterprise_id "
                 "LEFT JOIN eit_member m ON m.id = a.owner_id WHERE a.deleted = 0 AND e.deleted = 0")


def actions_page(ws: Workspace, *, only_open: bool = True, order_by: str = "due_date", limit: int = 200,
                 offset: int = 0) -> list[dict]:
    """A page of actions with ``enterprise_name`` and ``owner_name``, open ones only unless told otherwise."""
    scope = f" AND a.status IN {_OPEN_SQL}" if only_open else ""
    return _rows(ws, f"SELECT a.id, a.enterprise_id, a.visit_id, a.title, a.status, a.due_date, a.module, "
                     f"e.name AS enterprise_name, m.name AS owner_name {_ACTIONS_FROM}{scope} "
                     f"ORDER BY {_order(order_by, ACTION_ORDER, 'a.id')} LIMIT ? OFFSET ?", (limit, offset))


def count_actions(ws: Workspace, *, only_open: bool = True) -> int:
    scope = f" AND a.status IN {_OPEN_SQL}" if only_open else ""
    return ws.conn.execute(f"SELECT count(*) {_ACTIONS_FROM}{scope}").fetchone()[0]


# -- the trash -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TrashItem:
    #: "enterprise", "visit", "eit_member", "observation", "photo", "action_item" or "suggestion"
    entity: str
    record_id: str
    title: str
    enterprise_name: str
    deleted_at: str


#: A photo is listed apart unless it went with a visit (its own, its finding's or its action's): a photo of a
#: finding deleted on its own stays listed, as the finding's restore does not bring it back.
_PHOTO_VISIT_LIVE = ("NOT EXISTS (SELECT 1 FROM visit v WHERE v.deleted = 1 AND v.id IN (p.visit_id, "
                     "(SELECT o.visit_id FROM observation o WHERE o.id = p.observation_id), "
                     "(SELECT a.visit_id FROM action_item a WHERE a.id = p.action_item_id)))")


def trash(ws: Workspace, *, limit: int = 500) -> list[TrashItem]:
    """Deleted enterprises, visits, EIT members, findings, actions, suggestions and photos, most recently deleted
    first (by the clock of the write that deleted them). What was deleted with an enterprise or a visit is not
    listed apart: it comes back with it."""
    rows = _rows(ws, "SELECT * FROM ("
                     "SELECT 'enterprise' AS entity, e.id, e.name AS title, e.name AS enterprise_name, "
                     "e.updated_at, e.updated_hlc FROM enterprise e WHERE e.deleted = 1 "
                     "UNION ALL "
                     "SELECT 'visit', v.id, v.module || ' ' || v.visit_date, e.name, v.updated_at, v.updated_hlc "
                     "FROM visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE v.deleted = 1 AND e.deleted = 0 "
                     "UNION ALL "
                     "SELECT 'eit_member', m.id, m.name, e.name, m.updated_at, m.updated_hlc FROM eit_member m "
                     "JOIN enterprise e ON e.id = m.enterprise_id WHERE m.deleted = 1 AND e.deleted = 0 "
                     "UNION ALL "
                     "SELECT 'observation', o.id, coalesce(nullif(o.text, ''), o.location, ''), "
                     "e.name, o.updated_at, o.updated_hlc FROM observation o "
                     "JOIN enterprise e ON e.id = o.enterprise_id JOIN visit v ON v.id = o.visit_id "
                     "WHERE o.deleted = 1 AND e.deleted = 0 AND v.deleted = 0 "
                     "UNION ALL "
                     "SELECT 'photo', p.id, coalesce(nullif(p.caption, ''), p.original_name, ''), e.name, "
                     "p.updated_at, p.updated_hlc FROM photo p JOIN enterprise e ON e.id = p.enterprise_id "
                     f"WHERE p.deleted = 1 AND e.deleted = 0 AND {_PHOTO_VISIT_LIVE} "
                     "UNION ALL "
                     "SELECT 'action_item', a.id, coalesce(a.title, ''), e.name, a.updated_at, a.updated_hlc "
                     "FROM action_item a JOIN enterprise e ON e.id = a.enterprise_id WHERE a.deleted = 1 "
                     "AND e.deleted = 0 AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.id = a.visit_id "
                     "AND v.deleted = 1) "
                     "UNION ALL "
                     "SELECT 'suggestion', s.id, coalesce(s.text, ''), e.name, s.updated_at, s.updated_hlc "
                     "FROM suggestion s JOIN enterprise e ON e.id = s.enterprise_id WHERE s.deleted = 1 "
                     "AND e.deleted = 0"
                     ") ORDER BY updated_hlc DESC LIMIT ?", (limit,))
    return [TrashItem(row["entity"], row["id"], row["title"], row["enterprise_name"], row["updated_at"])
            for row in rows]

