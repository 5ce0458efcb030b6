"""Classroom training through the real server (SQLite and PostgreSQL): two trainers and a coordinator share a
session of several enterprises, and each trainer receives the session and the people of their own enterprises
only (docs/sync-protocol.md, Part 2, "Classroom training")."""

from __future__ import annotations

import uuid

import pytest

from score_desktop.store import training
from tests.builders import make_eit_member, make_enterprise
from tests.support.sync import signed_in_workspace, sync

DAY_1, DAY_2 = "2026-03-12", "2026-03-13"


def synced(*workspaces):
    for ws in workspaces:
        result = sync(ws)
        assert result.ok and result.rejected == 0, (result.message, result.rejected)


def held(ws, entity: str) -> dict[str, dict]:
    return {record["id"]: record for record in ws.repositories[entity].list()}


def people_of(ws, session_id: str) -> set[str]:
    """The participants of one session this workspace holds (a coordinator's server holds other tests' too)."""
    return {record["id"] for record in ws.attendances.list(training_session_id=session_id)}


def scope_of_pull(device) -> set[tuple[str, str]]:
    """(entity, enterprise id) of everything the server sends this user from the beginning."""
    return {(change["entity"], change["fields"].get("enterprise_id")) for change in device.pull_all().values()}


@pytest.fixture
def people(tmp_path, server):
    """Trainer one holds two factories, trainer two a third, a coordinator sees all."""
    names = {role: server.add_user(kind) for role, kind in (("one", "trainer"), ("two", "trainer"),
                                                              ("coordinator", "coordinator"))}
    spaces = {role: signed_in_workspace(tmp_path / role, server, name) for role, name in names.items()}
    yield names, spaces
    for ws in spaces.values():
        ws.close()


def test_two_trainers_and_a_coordinator_share_a_session_each_seeing_their_own_people(server, people):
    names, ws = people
    one, two, coordinator = ws["one"], ws["two"], ws["coordinator"]
    huamei = make_enterprise(one)
    xinda = make_enterprise(one, name="新达鞋业", name_latin="Xinda Shoes")
    lihua = make_enterprise(two, name="丽华电子", name_latin="Lihua Electronics")
    member = make_eit_member(one, huamei, name="王芳", side="manager", gender="female")
    synced(one, two)

    # Trainer one plans the session with their two factories and ticks the first morning.
    session = training.plan_session(one, module="WC", dates=[DAY_1, DAY_2], enterprise_ids=[huamei["id"], xinda["id"]],
                                    location="Garden Hotel", city="Guangzhou", trainer="Wang Fang")
    (wang,) = training.add_members(one, session["id"], [member["id"]])
    zhou = training.add_participant(one, session["id"], xinda["id"], name="周强", side="worker", gender="male")
    training.set_everyone_present(one, session["id"], DAY_1)
    two.enterprises.update(lihua["id"], city="Dongguan")  # trainer two's pull cursor moves past the session
    synced(one, two)
    assert held(two, "training_session") == {}  # not one of trainer two's factories' sessions (yet)

    # The coordinator sees it all and brings trainer two's factory into the room.
    synced(coordinator)
    assert people_of(coordinator, session["id"]) == {wang["id"], zhou["id"]}
    training.enrol(coordinator, session["id"], lihua["id"])
    synced(coordinator)

    # Trainer two now receives the session, adds their people, ticks, enters feedback, and moves the venue.
    synced(two)
    assert set(held(two, "training_session")) == {session["id"]}
    assert held(two, "attendance") == {} and held(two, "enterprise").keys() == {lihua["id"]}
    assert [row["id"] for row in training.sessions_page(two)] == [session["id"]]
    chen = training.add_participant(two, session["id"], lihua["id"], name="陈静", side="worker", gender="female")
    training.set_present(two, chen["id"], DAY_2, True)
    two.attendances.update(chen["id"], feedback_content=5, feedback_trainer=4, feedback_apply=5,
                           feedback_comment="很实用")
    two.training_sessions.update(session["id"], location="Garden Hotel, Hall B")
    synced(two)

    synced(one, coordinator)
    # Trainer one: the new venue, their own people, and nothing of trainer two's factory.
    assert one.training_sessions.get(session["id"])["location"] == "Garden Hotel, Hall B"
    assert set(held(one, "attendance")) == {wang["id"], zhou["id"]}
    assert {e["enterprise_id"] for e in held(one, "training_enrolment").values()} == {huamei["id"], xinda["id"]}
    assert lihua["id"] not in held(one, "enterprise")
    # Trainer two: only the people and enrolment of their factory.
    assert set(held(two, "attendance")) == {chen["id"]}
    assert {e["enterprise_id"] for e in held(two, "training_enrolment").values()} == {lihua["id"]}
    # The coordinator: everyone, and the session's results over three factories.
    assert people_of(coordinator, session["id"]) == {wang["id"], zhou["id"], chen["id"]}
    outcome = training.results(coordinator, session["id"])
    assert outcome.factories == 3 and outcome.total.participants == 3
    assert outcome.averages["feedback_content"] == 5.0

    # The same, asked of the server directly: every record a trainer receives is of their enterprises, except
    # the shared session itself.
    for name, mine in ((names["one"], {huamei["id"], xinda["id"]}), (names["two"], {lihua["id"]})):
        device = server.login(name)
        foreign = {(entity, owner) for entity, owner in scope_of_pull(device) if owner not in mine}
        assert foreign <= {("training_session", huamei["id"])}, foreign
    assert ("attendance", lihua["id"]) in scope_of_pull(server.login(names["coordinator"]))


def test_a_trainer_cannot_reach_a_session_of_others_or_put_people_in_it(server, people):
    names, ws = people
    one, two = ws["one"], ws["two"]
    huamei, lihua = make_enterprise(one), make_enterprise(two, name="丽华电子")
    session = training.plan_session(one, module="QM", dates=[DAY_1], enterprise_ids=[huamei["id"]])
    synced(one, two)
    assert held(two, "training_session") == {}

    device = server.login(names["two"])
    enrolment = device.mutation("training_enrolment", None, {"enterprise_id": lihua["id"],
                                                               "training_session_id": session["id"]})
    participant = device.mutation("attendance", None, {"enterprise_id": lihua["id"], "name": "陈静",
                                                        "training_session_id": session["id"]})
    edit = device.mutation("training_session", session["id"], {"location": "Elsewhere"}, base_version=1)
    for result in device.push(enrolment, participant, edit)["results"]:
        assert result["status"] == "rejected" and result["error"]["code"] == "out_of_scope", result
    assert all(change["entity"] != "training_session" for change in device.pull_all().values())


def test_bad_participants_are_refused_by_the_server_with_a_sentence(server, people):
    names, ws = people
    one = ws["one"]
    huamei = make_enterprise(one)
    session = training.plan_session(one, module="WC", dates=[DAY_1, DAY_2], enterprise_ids=[huamei["id"]])
    training.add_participant(one, session["id"], huamei["id"], name="Chen Jing")
    synced(one)

    device = server.login(names["one"])
    fields = {"enterprise_id": huamei["id"], "training_session_id": session["id"]}
    twice = device.mutation("attendance", None, {**fields, "name": "chen jing"})
    outside = device.mutation("attendance", None, {**fields, "name": "Li Qiang", "days_present": ["2026-03-14"]})
    score = device.mutation("attendance", None, {**fields, "name": "Zhou", "feedback_apply": 7})
    moved = device.mutation("attendance", str(uuid.uuid4()), {**fields, "name": "Sun Li"})
    results = device.push(twice, outside, score, moved)["results"]
    messages = [result["error"]["message"] if result["error"] else None for result in results]
    assert messages[:3] == ["chen jing is already a participant of this session.",
                            "2026-03-14 is not a day of this session (2026-03-12, 2026-03-13).",
                            "feedback_apply must be a score from 1 to 5."]
    assert results[3]["status"] == "applied"
    other = training.plan_session(one, module="QM", dates=[DAY_1], enterprise_ids=[huamei["id"]])
    synced(one)
    move = device.mutation("attendance", moved["record_id"], {"training_session_id": other["id"]},
                           base_version=results[3]["version"])
    assert device.push_one(move)["error"]["code"] == "invalid_mutation"


def test_a_trainer_given_a_factory_later_receives_its_sessions_hosted_elsewhere(server, people):
    names, ws = people
    one, two = ws["one"], ws["two"]
    huamei, lihua = make_enterprise(one), make_enterprise(two, name="丽华电子")
    synced(one, two)
    session = training.plan_session(one, module="WC", dates=[DAY_1], enterprise_ids=[huamei["id"]])
    synced(one)
    two.enterprises.update(lihua["id"], city="Dongguan")
    synced(two)
    coordinator = ws["coordinator"]
    synced(coordinator)
    training.enrol(coordinator, session["id"], lihua["id"])
    synced(coordinator)
    synced(two)
    assert set(held(two, "training_session")) == {session["id"]}

    # A third trainer, whose cursor is well advanced, is given trainer two's factory: the backfill brings the
    # factory, its enrolment and the session its enrolment reaches, hosted by a factory they do not have.
    third_name = server.add_user("trainer")
    third = signed_in_workspace(one.paths.root.parent / "third", server, third_name)
    try:
        make_enterprise(third, name="third's own")
        synced(third)
        server.assign(third_name, lihua["id"])
        synced(third)
        assert set(held(third, "training_session")) == {session["id"]}
        assert {e["enterprise_id"] for e in held(third, "training_enrolment").values()} == {lihua["id"]}
        assert huamei["id"] not in held(third, "enterprise")
    finally:
        third.close()
