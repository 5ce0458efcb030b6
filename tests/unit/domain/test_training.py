"""Classroom training rules: a session's days, participants against their session, and the session's results."""

from __future__ import annotations

import pytest

from score_desktop.domain import training
from score_desktop.domain.entities import ATTENDANCE, TRAINING_SESSION
from score_desktop.domain.validation import validate

DAYS = ["2026-03-12", "2026-03-13"]


def session(**overrides):
    return {"id": "s1", "module": "WC", **training.day_fields(DAYS), **overrides}


def person(name, enterprise="e1", **fields):
    return {"id": f"p-{name}-{enterprise}", "enterprise_id": enterprise, "training_session_id": "s1", "name": name,
            "deleted": False, **fields}


def codes(problems):
    return [(problem.field, problem.code) for problem in problems]


def test_session_days_come_from_dates_and_version_1_records_still_have_days():
    assert training.session_days(session()) == DAYS
    assert training.session_days({"session_date": "2026-03-30", "days": 3.0}) == \
        ["2026-03-30", "2026-03-31", "2026-04-01"]
    assert training.day_fields(["2026-03-13", "2026-03-12", "2026-03-13"]) == \
        {"dates": DAYS, "session_date": "2026-03-12", "days": 2.0}


@pytest.mark.parametrize(("fields", "expected"), [
    ({"dates": ["2026-03-13", "2026-03-12"], "session_date": "2026-03-13", "days": 2.0}, [("dates", "bad_days")]),
    ({"dates": ["2026-03-12", "2026-03-12"], "session_date": "2026-03-12", "days": 2.0}, [("dates", "bad_days")]),
    ({"dates": ["2026-02-30"], "session_date": "2026-03-12", "days": 1.0}, [("dates", "bad_days")]),
    ({"dates": DAYS, "session_date": "2026-03-13", "days": 2.0}, [("session_date", "not_first_day")]),
    ({"dates": DAYS, "session_date": "2026-03-12", "days": 3.0}, [("days", "wrong_day_count")]),
    ({"dates": [f"2026-03-{n:02d}" for n in range(1, 13)], "session_date": "2026-03-01", "days": 12.0},
     [("dates", "too_many_days")]),
])
def test_a_sessions_days_must_be_real_ordered_and_agree_with_version_1_fields(fields, expected):
    assert codes(validate(TRAINING_SESSION, {"module": "WC", **fields})) == expected


def test_feedback_scores_are_one_to_five_and_a_participant_has_a_name():
    record = {"training_session_id": "00000000-0000-4000-8000-000000000001", "name": "李娜", "feedback_content": 5,
              "feedback_trainer": 0, "feedback_apply": 6}
    assert codes(validate(ATTENDANCE, record)) == [("feedback_trainer", "score_range"),
                                                   ("feedback_apply", "score_range")]
    assert "must be a score from 1 to 5" in validate(ATTENDANCE, record)[0].message
    assert codes(validate(ATTENDANCE, {**record, "feedback_trainer": 3, "feedback_apply": 1, "name": "  "})) == \
        [("name", "required")]


def test_a_day_outside_the_session_is_named_in_the_sentence():
    problems = training.participant_problems(person("Li", days_present=["2026-03-14"]), session(), [])
    assert codes(problems) == [("days_present", "day_outside_session")]
    assert problems[0].message == "2026-03-14 is not a day of this session (2026-03-12, 2026-03-13)."
    assert training.participant_problems(person("Li", days_present=DAYS), session(), []) == []


def test_the_same_person_twice_in_one_session_is_refused():
    others = [person("Wang Fang"), person("Chen", eit_member_id="m1"), person("Deleted", deleted=True)]
    for twin in (person(" wang   FANG ", id="new"), person("Chen Jing", eit_member_id="m1", id="new")):
        problems = training.participant_problems(twin, session(), others)
        assert codes(problems) == [("name", "duplicate_participant")]
        assert "is already a participant of this session" in problems[0].message
    assert training.participant_problems(person("Deleted", id="new"), session(), others) == []
    # A record compared with itself (an edit of its own name) is no duplicate.
    assert training.participant_problems(others[0], session(), others) == []


def test_a_day_with_ticks_cannot_be_removed():
    people = [person("Li", days_present=["2026-03-13"])]
    assert codes(training.removed_day_problems(DAYS, DAYS[:1], people)) == [("dates", "day_has_attendance")]
    assert training.removed_day_problems(DAYS, DAYS[1:], people) == []


def test_results_count_attendance_women_workers_factories_and_average_feedback():
    people = [
        person("A", gender="female", side="worker", days_present=DAYS, feedback_content=5, feedback_trainer=4),
        person("B", gender="male", side="manager", days_present=DAYS[:1], feedback_content=3),
        person("C", "e2", gender="female", side="worker", days_present=[], feedback_comment="Useful"),
        person("D", "e2", gender="female", side="worker", days_present=DAYS, deleted=True),
    ]
    outcome = training.results(session(), people, ["e1", "e2", "e3"])
    assert outcome.total.participants == 3 and outcome.factories == 3
    assert outcome.total.attendance_rate == pytest.approx(3 / 6 * 100)
    assert outcome.women_share == pytest.approx(200 / 3) and outcome.workers_share == pytest.approx(200 / 3)
    assert outcome.total.full_attendance == 1
    assert outcome.averages == {"feedback_content": 4.0, "feedback_trainer": 4.0, "feedback_apply": None}
    assert outcome.feedback_count == 3
    assert outcome.by_enterprise["e2"].attendance_rate == 0.0
    assert outcome.by_enterprise["e3"].participants == 0 and outcome.by_enterprise["e3"].attendance_rate is None
