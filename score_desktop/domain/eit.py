"""The Enterprise Improvement Team: who is on it today, and its balance of managers and workers, women and men."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

Member = Mapping[str, Any]


def is_current(member: Member, today: str) -> bool:
    """Still on the team ``today`` (YYYY-MM-DD).

    Ended today means gone today: "End membership" takes the member out of the balance at once. (A report of a
    past visit asks a different question, "was on the team that day", and counts the last day in.)
    """
    return not member.get("to_date") or member["to_date"] > today


def balance(members: Iterable[Member], today: str) -> dict[str, int]:
    """Counts of current members by side and gender (``manager``, ``worker``, ``female``, ``male``, ...)."""
    counts = {"members": 0, "manager": 0, "worker": 0, "female": 0, "male": 0, "other": 0}
    for member in members:
        if is_current(member, today):
            counts["members"] += 1
            for key in (member.get("side"), member.get("gender")):
                if key in counts:
                    counts[key] += 1
    return counts
