"""Practice checks: the score of a module and the phase of a check."""

from __future__ import annotations

from score_desktop.domain.practice import check_phase, practice_score

TOPICS = ("WC-01", "WC-02", "WC-03", "WC-04")


def test_the_score_is_the_share_of_all_topics_in_place():
    score = practice_score(TOPICS, [{"topic": "WC-01", "in_place": True}, {"topic": "WC-02", "in_place": False},
                                    {"topic": "QM-01", "in_place": True}])  # another module's topic: not counted
    assert (score.in_place, score.total, score.assessed, score.percent) == (1, 4, 2, 25.0)
    assert practice_score((), []).percent is None


def test_the_last_check_of_a_topic_counts():
    score = practice_score(TOPICS, [{"topic": "WC-01", "in_place": False}, {"topic": "WC-01", "in_place": True}])
    assert score.in_place == 1 and score.assessed == 1


def test_the_first_assessment_of_a_module_is_its_baseline():
    assert check_phase("consultation", module_has_baseline=False) == "baseline"
    assert check_phase("baseline", module_has_baseline=True) == "baseline"
    assert check_phase("consultation", module_has_baseline=True) == "progress"
    assert check_phase("final", module_has_baseline=True) == "final"
