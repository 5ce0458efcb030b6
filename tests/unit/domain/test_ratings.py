"""A visit's score: topics rated good practice out of the topics rated, each topic by its worst finding."""

from __future__ import annotations

from score_desktop.domain.ratings import rating_score


def test_a_topic_counts_by_its_worst_rating_and_unrated_ones_do_not_count():
    findings = [{"topic": "WC-01", "rating": "good"}, {"topic": "WC-01", "rating": "critical"},  # critical
                {"topic": "WC-02", "rating": "good"}, {"topic": "WC-02", "rating": "na"},  # good
                {"topic": "WC-03", "rating": "good"},
                {"topic": "WC-04", "rating": "na"},  # not applicable: not rated
                {"topic": "WC-05", "rating": None},  # written, not yet rated
                {"topic": None, "rating": "critical"}]  # a free finding: outside the checklist
    score = rating_score(findings)
    assert (score.good, score.rated) == (2, 3)
    assert round(score.percent) == 67


def test_nothing_rated_has_no_score():
    assert rating_score([{"topic": "WC-01", "rating": "na"}]).percent is None
