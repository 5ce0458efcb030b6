"""Classroom training in a workspace: planning, participants, attendance, feedback; bad input refused whole."""

from __future__ import annotations

import datetime as dt

import pytest

from score_desktop.errors import ValidationError
from score_desktop.store import outbox, remote, training
from tests.builders import make_eit_member, make_enterprise, make_participant, make_training_session

DAY_1, DAY_2 = "2026-03-12", "2026-03-13"


def problem_codes(error: ValidationError) -> list[str]:
    return [problem.code for problem in error.problems]


def test_planning_a_session_hosts_it_in_the_first_enterprise_and_enrols_each(workspace):
    huamei, xinda = make_enterprise(workspace), make_enterprise(workspace, name="新达鞋业")
    session = make_training_session(workspace, huamei, xinda)
    assert session["enterprise_id"] == huamei["id"]
    assert session["session_date"] == DAY_1 and session["days"] == 2.0 and session["dates"] == [DAY_1, DAY_2]
    assert training.enterprise_ids(workspace, session["id"]) == [huamei["id"], xinda["id"]]
    sent = {(m.entity, m.enterprise_id) for m in outbox.mutations(workspace.conn)}
    assert ("training_enrolment", xinda["id"]) in sent and ("training_session", huamei["id"]) in sent


def test_a_session_with_no_enterprise_is_refused_and_nothing_is_written(workspace):
    with pytest.raises(ValidationError) as refused:
        training.plan_session(workspace, module="WC", dates=[DAY_1], enterprise_ids=[])
    assert problem_codes(refused.value) == ["no_enterprise"]
    assert "needs at least one enterprise" in str(refused.value)
    assert workspace.training_sessions.count() == 0 and workspace.waiting_count() == 0


def test_the_last_enterprise_or_one_with_people_cannot_leave(workspace):
    huamei, xinda = make_enterprise(workspace), make_enterprise(workspace, name="新达鞋业")
    session = make_training_session(workspace, huamei, xinda)
    make_participant(workspace, session, xinda)
    with pytest.raises(ValidationError) as refused:
        training.withdraw(workspace, session["id"], xinda["id"])
    assert problem_codes(refused.value) == ["has_participants"]
    training.withdraw(workspace, session["id"], huamei["id"])
    assert training.enterprise_ids(workspace, session["id"]) == [xinda["id"]]
    workspace.attendances.delete(workspace.attendances.list()[0]["id"])
    with pytest.raises(ValidationError) as refused:
        training.withdraw(workspace, session["id"], xinda["id"])
    assert problem_codes(refused.value) == ["no_enterprise"]
    training.enrol(workspace, session["id"], huamei["id"])  # comes back: its enrolment is restored
    assert training.enterprise_ids(workspace, session["id"]) == [huamei["id"], xinda["id"]]
    assert workspace.training_enrolments.count(include_deleted=True) == 2


def test_a_participant_twice_in_one_session_is_refused_with_a_sentence(workspace):
    enterprise = make_enterprise(workspace)
    member = make_eit_member(workspace, enterprise, name="王芳", side="manager")
    session = make_training_session(workspace, enterprise)
    make_participant(workspace, session, name="Chen Jing")
    with pytest.raises(ValidationError) as refused:
        make_participant(workspace, session, name="chen  jing")
    assert str(refused.value) == "attendance: chen  jing is already a participant of this session."
    (first,) = training.add_members(workspace, session["id"], [member["id"]])
    assert first["name"] == "王芳" and first["side"] == "manager" and first["eit_member_id"] == member["id"]
    assert training.add_members(workspace, session["id"], [member["id"]]) == []  # already in: left alone
    with pytest.raises(ValidationError):
        make_participant(workspace, session, name="Wang F.", eit_member_id=member["id"])
    assert workspace.attendances.count() == 2


def test_a_participant_of_an_enterprise_not_in_the_session_is_refused(workspace):
    session = make_training_session(workspace)
    outsider = make_enterprise(workspace, name="Outsider")
    with pytest.raises(ValidationError) as refused:
        make_participant(workspace, session, outsider)
    assert problem_codes(refused.value) == ["not_enrolled"]


def test_ticking_attendance_and_a_day_outside_the_session(workspace):
    session = make_training_session(workspace)
    participant = make_participant(workspace, session)
    training.set_present(workspace, participant["id"], DAY_2, True)
    record = training.set_present(workspace, participant["id"], DAY_1, True)
    assert record["days_present"] == [DAY_1, DAY_2] and record["days_attended"] == 2.0
    record = training.set_present(workspace, participant["id"], DAY_1, False)
    assert record["days_present"] == [DAY_2] and record["days_attended"] == 1.0
    with pytest.raises(ValidationError) as refused:
        training.set_present(workspace, participant["id"], "2026-03-14", True)
    assert str(refused.value) == "attendance: 2026-03-14 is not a day of this session (2026-03-12, 2026-03-13)."
    assert workspace.attendances.get(participant["id"])["days_present"] == [DAY_2]  # nothing lost


def test_everyone_present_then_absentees_unticked(workspace):
    session = make_training_session(workspace)
    people = [make_participant(workspace, session, name=name) for name in ("A", "B", "C")]
    assert training.set_everyone_present(workspace, session["id"], DAY_1) == 3
    training.set_present(workspace, people[1]["id"], DAY_1, False)
    assert [p.record["days_present"] for p in training.participants(workspace, session["id"])] == \
        [[DAY_1], [], [DAY_1]]


def test_a_day_with_ticks_cannot_leave_the_session_but_an_empty_one_can(workspace):
    session = make_training_session(workspace)
    participant = make_participant(workspace, session)
    training.set_present(workspace, participant["id"], DAY_2, True)
    with pytest.raises(ValidationError) as refused:
        training.set_days(workspace, session["id"], [DAY_1])
    assert problem_codes(refused.value) == ["day_has_attendance"]
    moved = training.set_days(workspace, session["id"], ["2026-03-11", DAY_2])
    assert moved["session_date"] == "2026-03-11" and moved["days"] == 2.0


def test_feedback_outside_one_to_five_is_refused_and_the_rest_kept(workspace):
    session = make_training_session(workspace)
    participant = make_participant(workspace, session)
    workspace.attendances.update(participant["id"], feedback_content=5, feedback_comment="很有用")
    with pytest.raises(ValidationError) as refused:
        workspace.attendances.update(participant["id"], feedback_trainer=7)
    assert "must be a score from 1 to 5" in str(refused.value)
    record = workspace.attendances.get(participant["id"])
    assert record["feedback_content"] == 5 and record["feedback_trainer"] is None
    assert record["feedback_comment"] == "很有用"


def test_a_participant_joins_the_eit_with_one_call(workspace):
    session = make_training_session(workspace)
    participant = make_participant(workspace, session, name="Li Qiang", side="worker", gender="male",
                                   position="Cutter")
    member = training.add_to_eit(workspace, participant["id"], today=dt.date(2026, 3, 13))
    assert (member["name"], member["side"], member["gender"], member["position"], member["from_date"]) == \
        ("Li Qiang", "worker", "male", "Cutter", "2026-03-13")
    assert workspace.attendances.get(participant["id"])["eit_member_id"] == member["id"]
    assert training.add_to_eit(workspace, participant["id"])["id"] == member["id"]  # once only


def test_lists_results_next_session_and_an_enterprises_training(workspace):
    huamei, xinda = make_enterprise(workspace), make_enterprise(workspace, name="新达鞋业")
    past = make_training_session(workspace, huamei, xinda)
    coming = make_training_session(workspace, xinda, module="QM", dates=["2026-05-06", "2026-05-07"])
    full = make_participant(workspace, past, huamei, name="A", gender="female", side="worker")
    make_participant(workspace, past, xinda, name="B", gender="male", side="manager")
    for day in (DAY_1, DAY_2):
        training.set_present(workspace, full["id"], day, True)
    rows = training.sessions_page(workspace, order_by="session_date desc")
    assert [(row["module"], row["participants"], row["enterprises"]) for row in rows] == [("QM", 0, 1), ("WC", 2, 2)]
    assert training.count_sessions(workspace) == 2
    assert training.next_session(workspace, DAY_2)["id"] == past["id"]  # under way on its second day
    assert training.next_session(workspace, "2026-03-14")["id"] == coming["id"]
    assert training.next_session(workspace, "2026-05-08") is None
    outcome = training.results(workspace, past["id"])
    assert outcome.total.participants == 2 and outcome.total.attendance_rate == 50.0
    assert outcome.women_share == 50.0 and outcome.factories == 2
    (line,) = training.enterprise_training(workspace, huamei["id"])
    assert line["id"] == past["id"] and line["participants"] == 1 and line["attended_all"] == 1
    assert [row["module"] for row in training.enterprise_training(workspace, xinda["id"])] == ["QM", "WC"]
    assert training.session_of_module(workspace, huamei["id"], "WC", on="2026-04-01")["id"] == past["id"]
    assert training.session_of_module(workspace, huamei["id"], "QM") is None


def test_a_pulled_session_of_an_enterprise_not_held_here_is_applied_not_parked(workspace):
    """A trainer holds the session of another trainer's host enterprise when their own enterprise takes part."""
    mine = make_enterprise(workspace)
    host_id, session_id = "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"
    with workspace.transaction():
        outcome = remote.apply_change(workspace, "training_session", session_id, 7, False, {
            "enterprise_id": host_id, "module": "WC", "session_date": DAY_1, "days": 2.0, "dates": [DAY_1, DAY_2]})
        remote.apply_change(workspace, "training_enrolment", "33333333-3333-4333-8333-333333333333", 8, False,
                            {"enterprise_id": mine["id"], "training_session_id": session_id})
    assert outcome == remote.APPLIED
    assert workspace.conn.execute("SELECT count(*) FROM pull_parked").fetchone()[0] == 0
    assert [row["id"] for row in training.sessions_page(workspace)] == [session_id]
    participant = make_participant(workspace, workspace.training_sessions.get(session_id), mine)
    assert participant["enterprise_id"] == mine["id"]
    assert workspace.conn.execute("PRAGMA foreign_key_check").fetchall() == []
