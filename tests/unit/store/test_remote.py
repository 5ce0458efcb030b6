"""Pulled changes applied a chunk at a time (store/remote.py apply_changes) do what one at a time did: parents
first or parked, unsent local edits kept, the search index current, the accounts that wrote each record kept,
and a record that cannot be stored set aside without stopping the rest."""

from __future__ import annotations

import uuid

from score_desktop.store import remote
from tests.builders import make_observation

ENTERPRISE, VISIT = str(uuid.uuid4()), str(uuid.uuid4())


def _change(entity: str, record_id: str, version: int, fields: dict, *, deleted: bool = False, **more) -> dict:
    return {"entity": entity, "record_id": record_id, "version": version, "deleted": deleted, "fields": fields,
            **more}


def _enterprise(version: int = 1) -> dict:
    return _change("enterprise", ENTERPRISE, version, {"enterprise_id": ENTERPRISE, "name": "东莞鞋厂"},
                   created_by="wang.fang", updated_by="wang.fang")


def _visit(version: int = 2) -> dict:
    return _change("visit", VISIT, version, {"enterprise_id": ENTERPRISE, "module": "QM", "visit_type": "baseline",
                                             "visit_date": "2026-03-02", "status": "final"},
                   created_by="wang.fang", updated_by="amira")


def _finding(number: int, version: int, text: str) -> dict:
    return _change("observation", str(uuid.UUID(int=number)), version,
                   {"enterprise_id": ENTERPRISE, "visit_id": VISIT, "text": text, "rating": "improve"})


def _apply(ws, *changes) -> None:
    with ws.transaction():
        remote.apply_changes(ws, list(changes))
        remote.apply_parked(ws)


def test_a_chunk_applies_parents_before_children_and_parks_a_child_whose_parent_comes_later(workspace):
    with workspace.transaction():
        remote.apply_changes(workspace, [_finding(1, 3, "次品堆放在通道"), _enterprise(), _visit()])
        assert workspace.observations.find(str(uuid.UUID(int=1))) is None  # parked: its visit came after it
        assert remote.apply_parked(workspace) == 1
    finding = workspace.observations.get(str(uuid.UUID(int=1)))
    assert finding["text"] == "次品堆放在通道" and finding["version"] == 3
    assert workspace.visits.get(VISIT)["status"] == "final"


def test_the_accounts_that_created_and_changed_a_record_are_kept(workspace):
    _apply(workspace, _enterprise(), _visit())
    visit = workspace.visits.get(VISIT)
    assert (visit["created_by"], visit["updated_by"]) == ("wang.fang", "amira")


def test_a_newer_change_replaces_the_text_in_the_search_index_and_a_delete_takes_it_out(workspace):
    _apply(workspace, _enterprise(), _visit(), _finding(1, 3, "灭火器过期"), _finding(2, 4, "通道堵塞"))
    assert {hit.record_id for hit in workspace.search("灭火器")} == {str(uuid.UUID(int=1))}
    _apply(workspace, _finding(1, 5, "灭火器已更换"),
           _change("observation", str(uuid.UUID(int=2)), 6, {"enterprise_id": ENTERPRISE, "visit_id": VISIT,
                                                              "text": "通道堵塞"}, deleted=True))
    assert [(hit.record_id, hit.title) for hit in workspace.search("已更换")] == [(str(uuid.UUID(int=1)),
                                                                              "灭火器已更换")]
    assert workspace.search("通道") == []
    assert workspace.observations.find(str(uuid.UUID(int=2)), include_deleted=True)["deleted"] is True


def test_an_older_or_equal_version_changes_nothing(workspace):
    _apply(workspace, _enterprise(), _visit(), _finding(1, 5, "新的"))
    _apply(workspace, _finding(1, 4, "旧的"), _finding(1, 5, "旧的"))
    assert workspace.observations.get(str(uuid.UUID(int=1)))["text"] == "新的"


def test_a_field_with_an_unsent_local_edit_keeps_the_local_value(workspace):
    finding = make_observation(workspace, text="first words", recommendation="mine")
    with workspace.transaction():  # the finding as created has reached the server
        workspace.conn.execute("UPDATE outbox SET state = 'acked'")
    workspace.observations.update(finding["id"], text="my words")
    change = _change("observation", finding["id"], 9, {"enterprise_id": finding["enterprise_id"],
                                                        "visit_id": finding["visit_id"], "text": "server words",
                                                        "rating": "good", "recommendation": "mine"})
    _apply(workspace, change)
    stored = workspace.observations.get(finding["id"])
    assert (stored["text"], stored["rating"], stored["version"]) == ("my words", "good", 9)


def test_a_record_that_cannot_be_stored_is_set_aside_and_the_rest_of_the_chunk_applies(workspace):
    unstorable = _change("enterprise", str(uuid.uuid4()), 7, {"name": "x", "headcount_women": 2**70})
    _apply(workspace, _enterprise(), unstorable, _visit())
    assert workspace.visits.get(VISIT)["module"] == "QM"
    assert workspace.enterprises.find(unstorable["record_id"]) is None
    parked = workspace.conn.execute("SELECT record_id FROM pull_parked").fetchall()
    assert parked == [(unstorable["record_id"],)]
