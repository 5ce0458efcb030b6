"""Practice checks: SCORE's "good practice in place: yes or no" per checklist topic, at the baseline and at each
progress assessment, and the practice score of a module (the share of its topics in place).

A module's baseline is the first time its practices are assessed: at the enterprise's baseline visit, or else at
the first visit of that module. Later visits assess progress, the final visit the end result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

Check = Mapping[str, Any]


@dataclass(frozen=True)
class PracticeScore:
    """How many of a module's topics have the good practice in place, out of all its topics."""

    in_place: int
    total: int
    #: How many topics were assessed at all (a topic not assessed counts as not in place).
    assessed: int

    @property
    def percent(self) -> float | None:
        return self.in_place / self.total * 100 if self.total else None


def practice_score(topics: Sequence[str], checks: Iterable[Check]) -> PracticeScore:
    """The score of ``topics`` from ``checks`` (at most one per topic counts: the last one given)."""
    by_topic = {check["topic"]: bool(check.get("in_place")) for check in checks if check.get("topic") in topics}
    return PracticeScore(sum(by_topic.values()), len(topics), len(by_topic))


def check_phase(visit_type: str | None, *, module_has_baseline: bool) -> str:
    """The phase of a practice check made at a visit: baseline when this is the first assessment of the module's
    practices (or the baseline visit), final at the final visit, progress otherwise."""
    if visit_type == "baseline" or not module_has_baseline:
        return "baseline"
    return "final" if visit_type == "final" else "progress"
