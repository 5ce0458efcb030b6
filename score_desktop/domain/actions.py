"""Action items, the EIT's improvement plan: when one is overdue, what a plausible one looks like, and whether its
owner is still on the team.

Pure rules on plain records, shared by the screens, the store's queries and the reports.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from score_desktop.domain.eit import is_current
from score_desktop.domain.validation import Problem, QT_TRANSLATE_NOOP, is_date

#: Still to be done: these carry into the next visit and can be overdue.
OPEN_STATUSES = ("open", "in_progress")
CLOSED_STATUSES = ("done", "dropped")

DUE_BEFORE_VISIT = QT_TRANSLATE_NOOP("Validation", "{field} cannot be before the visit that agreed it ({date}).")
COMPLETED_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "{field} cannot be in the future.")

Action = Mapping[str, Any]


def is_overdue(action: Action, today: dt.date | str) -> bool:
    """Open or in progress, and its due date has passed."""
    day = today.isoformat() if isinstance(today, dt.date) else today
    due = action.get("due_date")
    return action.get("status") in OPEN_STATUSES and isinstance(due, str) and bool(due) and due < day


def action_problems(action: Action, *, visit_date: str | None, today: dt.date | str) -> list[Problem]:
    """What is wrong with the (whole, merged) action beyond its fields' own rules.

    A due date before the visit that agreed the action is a slip of the date picker, never a plan; a completion
    date in the future has not happened yet.
    """
    problems = []
    due = action.get("due_date")
    if is_date(due) and is_date(visit_date) and due < visit_date:
        problems.append(Problem("due_date", "due_before_visit", DUE_BEFORE_VISIT, {"date": visit_date}))
    completed = action.get("completed_date")
    day = today.isoformat() if isinstance(today, dt.date) else today
    if is_date(completed) and isinstance(day, str) and completed > day:
        problems.append(Problem("completed_date", "completed_in_future", COMPLETED_IN_FUTURE))
    return problems


def owner_has_left(owner: Mapping[str, Any] | None, today: dt.date | str) -> bool:
    """The owner is no longer on the EIT. The action keeps its owner (someone must hand it over); the screens warn."""
    if owner is None:
        return False
    day = today.isoformat() if isinstance(today, dt.date) else today
    return bool(owner.get("deleted")) or not is_current(owner, day)


def status_changes(status: str, current: Action, today: dt.date | str) -> dict[str, Any]:
    """The fields to write when the status becomes ``status``: done records the day it was done (unless one is
    set already); opening it again forgets that day."""
    day = today.isoformat() if isinstance(today, dt.date) else today
    changes: dict[str, Any] = {"status": status}
    if status == "done" and not current.get("completed_date"):
        changes["completed_date"] = day
    elif status in OPEN_STATUSES and current.get("completed_date"):
        changes["completed_date"] = None
    return changes
