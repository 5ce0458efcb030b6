"""A visit's score: the share of the checklist's topics rated good practice, out of those rated at the visit.

A topic is rated by its findings, and shows the worst of their ratings (a topic with one good practice and one
critical finding is critical). Topics rated only "not applicable", topics without findings and free findings
(outside the checklist) do not count: the score speaks of what the trainer looked at, whatever the kind of visit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

#: Worst first.
SEVERITY = ("critical", "improve", "good", "na")


def worst_rating(codes: Iterable[str | None]) -> str | None:
    present = set(codes)
    return next((code for code in SEVERITY if code in present), None)


@dataclass(frozen=True)
class RatingScore:
    good: int
    rated: int

    @property
    def percent(self) -> float | None:
        return self.good / self.rated * 100 if self.rated else None


def rating_score(findings: Iterable[Mapping[str, Any]]) -> RatingScore:
    """The score of a visit from its findings (each with its ``topic`` and ``rating``)."""
    by_topic: dict[str, list[str | None]] = {}
    for finding in findings:
        if finding.get("topic"):
            by_topic.setdefault(finding["topic"], []).append(finding.get("rating"))
    worst = [worst_rating(ratings) for ratings in by_topic.values()]
    rated = [code for code in worst if code in ("critical", "improve", "good")]
    return RatingScore(good=rated.count("good"), rated=len(rated))
