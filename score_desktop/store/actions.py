"""The questions the action screens ask: action lists narrowed by enterprise, module, owner, status and due date,
sorted and paged in SQL; an action with its finding and photos; the owners to choose from.

A large workspace holds about 30,000 actions; every list here is one indexed query per page (the overdue list
walks ``idx_action_item_due``), so the Actions screen opens as fast on it as on a small one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields
from typing import Any, Mapping

from score_desktop.domain.actions import OPEN_STATUSES
from score_desktop.domain.entities import ACTION_STATUSES
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace

#: What the user sorts by -> SQL.
ORDER = {"due_date": "a.due_date", "enterprise": "e.name", "title": "a.title", "owner": "m.name",
         "status": "a.status", "module": "a.module"}
#: The "due" filter's choices besides None (any time).
DUE_CHOICES = ("overdue", "this_week")
#: The status filter's choices besides None (any status): "todo" is open or in progress.
STATUS_CHOICES = ("todo", *ACTION_STATUSES)

_OPEN_SQL = "(" + ", ".join(f"'{status}'" for status in OPEN_STATUSES) + ")"
_FROM = ("FROM action_item a JOIN enterprise e ON e.id = a.enterprise_id "
         "LEFT JOIN eit_member m ON m.id = a.owner_id WHERE a.deleted = 0 AND e.deleted = 0")
_COLUMNS = ("a.id, a.enterprise_id, a.visit_id, a.observation_id, a.title, a.status, a.due_date, a.module, "
            "a.owner_id, a.completed_date, e.name AS enterprise_name, m.name AS owner_name")


@dataclass(frozen=True)
class ActionFilter:
    """What the Actions screen is narrowed to; None means any."""

    enterprise_id: str | None = None
    module: str | None = None
    owner_id: str | None = None
    status: str | None = "todo"
    due: str | None = None

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> "ActionFilter":
        """From a Navigator request such as ``{"enterprise_id": ..., "due": "overdue"}``; unknown keys are an error."""
        known = {f.name for f in fields(cls)}
        unknown = set(values) - known
        if unknown:
            raise TypeError(f"ActionFilter has no {', '.join(sorted(unknown))}")
        return cls(**{**asdict(cls()), **values})

    def where(self, today: dt.date) -> tuple[str, list[Any]]:
        clauses, args = [], []
        if self.enterprise_id:
            clauses.append("a.enterprise_id = ?")
            args.append(self.enterprise_id)
        if self.module:
            clauses.append("a.module = ?")
            args.append(self.module)
        if self.owner_id:
            clauses.append("a.owner_id = ?")
            args.append(self.owner_id)
        if self.status == "todo":
            clauses.append(f"a.status IN {_OPEN_SQL}")
        elif self.status:
            clauses.append("a.status = ?")
            args.append(self.status)
        if self.due == "overdue":
            clauses.append(f"a.status IN {_OPEN_SQL} AND a.due_date < ?")
            args.append(today.isoformat())
        elif self.due == "this_week":
            # The coming seven days, as on the Today screen: on a Friday the trainer sees Monday's too.
            clauses.append("a.due_date BETWEEN ? AND ?")
            args += [today.isoformat(), (today + dt.timedelta(days=6)).isoformat()]
        return "".join(f" AND {clause}" for clause in clauses), args


def actions_page(ws: Workspace, action_filter: ActionFilter, *, today: dt.date, order_by: str = "due_date asc",
                 limit: int = 200, offset: int = 0) -> list[dict]:
    """A page of actions with ``enterprise_name`` and ``owner_name``."""
    where, args = action_filter.where(today)
    return _rows(ws, f"SELECT {_COLUMNS} {_FROM}{where} ORDER BY {_order(order_by)} LIMIT ? OFFSET ?",
                 [*args, limit, offset])


def count_actions(ws: Workspace, action_filter: ActionFilter, *, today: dt.date) -> int:
    where, args = action_filter.where(today)
    return ws.conn.execute(f"SELECT count(*) {_FROM}{where}", args).fetchone()[0]


def action_rows(ws: Workspace, action_ids: list[str]) -> list[dict]:
    """The list rows of these actions (to refresh rows in place after an edit)."""
    if not action_ids:
        return []
    marks = ", ".join("?" * len(action_ids))
    return _rows(ws, f"SELECT {_COLUMNS} {_FROM} AND a.id IN ({marks})", action_ids)


def actions_of_visit(ws: Workspace, visit_id: str) -> list[dict]:
    """The action plan agreed at a visit, in the order it was made, with ``owner_name`` and the finding's text."""
    return _rows(ws, "SELECT a.id, a.title, a.status, a.due_date, a.owner_id, a.observation_id, a.module, "
                     "a.expected_saving, m.name AS owner_name, o.text AS finding_text, "
                     "(SELECT count(*) FROM photo p WHERE p.action_item_id = a.id AND p.deleted = 0) AS after_photos "
                     "FROM action_item a LEFT JOIN eit_member m ON m.id = a.owner_id "
                     "LEFT JOIN observation o ON o.id = a.observation_id "
                     "WHERE a.visit_id = ? AND a.deleted = 0 ORDER BY a.created_at, a.rowid", (visit_id,))


def enterprise_choices(ws: Workspace) -> list[tuple[str, str]]:
    """(id, name) of every enterprise that has actions, by name."""
    return [(row[0], row[1]) for row in ws.conn.execute(
        "SELECT e.id, e.name FROM enterprise e WHERE e.deleted = 0 AND EXISTS "
        "(SELECT 1 FROM action_item a WHERE a.enterprise_id = e.id AND a.deleted = 0) ORDER BY e.name")]


def owners(ws: Workspace, enterprise_id: str) -> list[Record]:
    """The enterprise's EIT members, current ones first, by name (members who left can still own actions)."""
    return ws.eit_members.list(enterprise_id=enterprise_id, order_by="to_date, name")


def before_photos(ws: Workspace, action: Record) -> list[Record]:
    """The "before" of an action: the photos of the finding it came from (signatures are never before photos)."""
    if not action.get("observation_id"):
        return []
    return ws.photos.list(observation_id=action["observation_id"], where="kind IS NULL OR kind != 'signature'",
                          order_by="position, created_at")


def after_photos(ws: Workspace, action_id: str) -> list[Record]:
    """The photos attached to the action itself: what the place looks like once it was done."""
    return ws.photos.list(action_item_id=action_id, order_by="position, created_at")


def next_photo_position(ws: Workspace, action_id: str) -> int:
    row = ws.conn.execute("SELECT max(position) FROM photo WHERE action_item_id = ? AND deleted = 0",
                          (action_id,)).fetchone()
    return 0 if row[0] is None else row[0] + 1


def _order(order_by: str) -> str:
    name, _, direction = order_by.partition(" ")
    if name not in ORDER or direction.strip().lower() not in ("", "asc", "desc"):
        raise ValueError(f"cannot sort actions by {order_by!r}")
    # Actions without a due date go last whichever way the list is sorted by date.
    nulls = "a.due_date IS NULL, " if name == "due_date" else ""
    return f"{nulls}{ORDER[name]} {direction.strip().upper() or 'ASC'}, a.id"


def _rows(ws: Workspace, sql: str, params: tuple | list = ()) -> list[dict]:
    cursor = ws.conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor]
