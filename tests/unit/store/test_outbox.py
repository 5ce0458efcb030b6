"""Every synced write makes its mutation in the same transaction, exactly as docs/sync-protocol.md describes."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from score_desktop.domain.hlc import hlc_key
from score_desktop.errors import ValidationError
from score_desktop.store import outbox
from tests.builders import make_enterprise, make_observation, make_visit


def _rows(ws):
    return outbox.mutations(ws.conn, states=outbox.UNSENT_STATES + (outbox.ACKED, outbox.REJECTED))


def test_a_create_makes_one_mutation_with_every_field(workspace):
    enterprise = make_enterprise(workspace)
    (mutation,) = _rows(workspace)
    wire = mutation.to_wire()
    assert set(wire) == {"mutation_id", "client_seq", "entity", "op", "record_id", "base_version", "hlc", "fields"}
    assert wire["client_seq"] == 1 and wire["op"] == "upsert" and wire["base_version"] == 0
    assert wire["entity"] == "enterprise" and wire["record_id"] == enterprise["id"]
    uuid.UUID(wire["mutation_id"])
    assert wire["fields"]["enterprise_id"] == enterprise["id"]
    assert wire["fields"]["name"] == "广州华美服装有限公司" and wire["fields"]["sponsors"] == ["Brand A"]
    millis, counter, device = wire["hlc"].split("-", 2)
    assert len(counter) == 4 and device == workspace.device_id and int(millis) > 0
    assert enterprise["updated_hlc"] == wire["hlc"]


def test_each_write_makes_exactly_one_mutation_with_the_next_client_seq(workspace):
    visit = make_visit(workspace)
    observation = make_observation(workspace, visit)
    rows = _rows(workspace)
    assert [m.client_seq for m in rows] == [1, 2, 3]
    assert [m.entity for m in rows] == ["enterprise", "visit", "observation"]
    assert rows[2].fields["visit_id"] == visit["id"]
    assert rows[2].fields["enterprise_id"] == visit["enterprise_id"] == observation["enterprise_id"]


def test_an_update_sends_only_the_changed_fields(workspace):
    observation = make_observation(workspace)
    for mutation in _rows(workspace):
        workspace.conn.execute("UPDATE outbox SET state = 'in_flight' WHERE client_seq = ?", (mutation.client_seq,))
    workspace.conn.commit()
    workspace.observations.update(observation["id"], text="Exit blocked", rating="critical")  # rating unchanged
    last = _rows(workspace)[-1]
    assert last.fields == {"text": "Exit blocked"}
    assert last.op == "upsert" and last.record_id == observation["id"]


def test_writing_the_same_values_makes_no_mutation(workspace):
    observation = make_observation(workspace)
    count = len(_rows(workspace))
    workspace.observations.update(observation["id"], text=observation["text"])
    assert len(_rows(workspace)) == count


def test_base_version_is_the_records_server_version(workspace):
    enterprise = make_enterprise(workspace)
    workspace.conn.execute("UPDATE enterprise SET version = 6001 WHERE id = ?", (enterprise["id"],))
    workspace.conn.execute("UPDATE outbox SET state = 'acked'")
    workspace.conn.commit()
    workspace.enterprises.update(enterprise["id"], city="Foshan")
    assert _rows(workspace)[-1].base_version == 6001


def test_edits_merge_into_a_pending_mutation_but_never_into_one_in_flight(workspace):
    observation = make_observation(workspace)
    workspace.observations.update(observation["id"], text="first words")
    workspace.observations.update(observation["id"], text="first words and more")
    rows = [m for m in _rows(workspace) if m.entity == "observation"]
    assert len(rows) == 1 and rows[0].fields["text"] == "first words and more"
    assert rows[0].fields["visit_id"] == observation["visit_id"]  # the create's fields are still there
    workspace.conn.execute("UPDATE outbox SET state = 'in_flight' WHERE client_seq = ?", (rows[0].client_seq,))
    workspace.conn.commit()
    workspace.observations.update(observation["id"], text="after sending")
    rows = [m for m in _rows(workspace) if m.entity == "observation"]
    assert len(rows) == 2 and rows[0].fields["text"] == "first words and more"
    assert rows[1].fields == {"text": "after sending"} and rows[1].client_seq > rows[0].client_seq


def test_delete_and_restore_are_a_delete_and_an_undelete(workspace):
    observation = make_observation(workspace)
    workspace.observations.delete(observation["id"])
    tombstone = workspace.observations.get(observation["id"], include_deleted=True)
    assert tombstone["deleted"] and workspace.observations.find(observation["id"]) is None
    workspace.observations.restore(observation["id"])
    rows = [m for m in _rows(workspace) if m.entity == "observation"]
    assert [m.op for m in rows] == ["upsert", "delete", "upsert"]
    assert rows[1].fields == {} and rows[2].fields == {"deleted": False}
    assert workspace.observations.get(observation["id"])["deleted"] is False


def test_a_failed_write_makes_no_mutation_and_no_record(workspace):
    visit = make_visit(workspace)
    before = len(_rows(workspace))
    with pytest.raises(ValidationError) as caught:
        workspace.observations.create(visit_id=visit["id"], text="x", rating="excellent")
    assert caught.value.problems[0].code == "not_a_choice"
    assert len(_rows(workspace)) == before and workspace.observations.count() == 0


def test_a_write_that_fails_in_the_database_rolls_back_its_mutation(workspace, monkeypatch):
    visit = make_visit(workspace)
    before = len(_rows(workspace))
    from score_desktop.store import search

    def broken_index(*args, **kwargs):
        raise sqlite3.OperationalError("simulated failure after the outbox row")

    monkeypatch.setattr(search, "index_record", broken_index)
    with pytest.raises(sqlite3.OperationalError):
        workspace.observations.create(visit_id=visit["id"], text="lost?")
    assert len(_rows(workspace)) == before and workspace.observations.count(include_deleted=True) == 0


def test_a_rolled_back_transaction_does_not_use_up_client_seq(workspace):
    make_enterprise(workspace)
    with pytest.raises(RuntimeError):
        with workspace.transaction():
            make_enterprise(workspace, name="Never")
            raise RuntimeError
    make_enterprise(workspace, name="Second")
    assert [m.client_seq for m in _rows(workspace)] == [1, 2]


def test_hlc_increases_with_every_write_and_survives_reopening(tmp_path):
    from score_desktop.store.workspace import Workspace

    with Workspace.open(tmp_path / "ws") as ws:
        enterprise = make_enterprise(ws)
        for n in range(20):
            ws.enterprises.update(enterprise["id"], city=f"City {n}")
        last = ws.enterprises.get(enterprise["id"])["updated_hlc"]
    with Workspace.open(tmp_path / "ws") as ws:
        ws.enterprises.update(enterprise["id"], city="Later")
        assert hlc_key(ws.enterprises.get(enterprise["id"])["updated_hlc"]) > hlc_key(last)


def test_waiting_count_counts_pending_and_in_flight(workspace):
    make_observation(workspace)
    assert workspace.waiting_count() == 3
    workspace.conn.execute("UPDATE outbox SET state = 'acked' WHERE client_seq = 1")
    workspace.conn.commit()
    assert workspace.waiting_count() == 2


def test_unsent_fields_names_what_a_pull_must_not_overwrite(workspace):
    observation = make_observation(workspace)
    workspace.conn.execute("UPDATE outbox SET state = 'acked'")
    workspace.conn.commit()
    workspace.observations.update(observation["id"], recommendation="Paint lines")
    assert outbox.unsent_fields(workspace.conn, "observation", observation["id"]) == {"recommendation"}
