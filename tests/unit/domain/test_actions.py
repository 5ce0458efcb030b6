"""Action items: overdue, plausible dates, an owner who left, and what changing the status writes."""

from __future__ import annotations

from score_desktop.domain.actions import action_problems, is_overdue, owner_has_left, status_changes

TODAY = "2026-11-26"


def test_only_open_actions_past_their_due_date_are_overdue():
    assert is_overdue({"status": "open", "due_date": "2026-11-25"}, TODAY)
    assert is_overdue({"status": "in_progress", "due_date": "2026-11-01"}, TODAY)
    assert not is_overdue({"status": "open", "due_date": TODAY}, TODAY)
    assert not is_overdue({"status": "done", "due_date": "2026-11-01"}, TODAY)
    assert not is_overdue({"status": "open", "due_date": None}, TODAY)


def test_a_due_date_before_the_visit_is_refused_with_the_visit_date():
    problems = action_problems({"due_date": "2026-11-01"}, visit_date="2026-11-20", today=TODAY)
    assert [(p.field, p.code) for p in problems] == [("due_date", "due_before_visit")]
    assert "2026-11-20" in problems[0].message
    assert action_problems({"due_date": "2026-11-20"}, visit_date="2026-11-20", today=TODAY) == []
    assert action_problems({"due_date": "2026-11-01"}, visit_date=None, today=TODAY) == []  # a free action


def test_a_completion_date_in_the_future_is_refused():
    problems = action_problems({"completed_date": "2026-12-01"}, visit_date="2026-11-20", today=TODAY)
    assert [p.code for p in problems] == ["completed_in_future"]


def test_an_owner_who_left_the_eit_is_noticed():
    assert owner_has_left({"to_date": "2026-10-01"}, TODAY)
    assert owner_has_left({"to_date": None, "deleted": True}, TODAY)
    assert not owner_has_left({"to_date": None}, TODAY)
    assert not owner_has_left(None, TODAY)


def test_done_records_the_day_and_reopening_forgets_it():
    assert status_changes("done", {"completed_date": None}, TODAY) == {"status": "done", "completed_date": TODAY}
    assert status_changes("done", {"completed_date": "2026-11-20"}, TODAY) == {"status": "done"}
    assert status_changes("open", {"completed_date": "2026-11-20"}, TODAY) == {"status": "open",
                                                                             "completed_date": None}
    assert status_changes("dropped", {"completed_date": None}, TODAY) == {"status": "dropped"}
