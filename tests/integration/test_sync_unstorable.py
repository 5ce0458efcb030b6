"""A pulled record this laptop cannot store is set aside; the round and every other record go on.

The server now refuses numbers past 2^53 (tests/integration/test_server_numbers.py), but a server that stored one
before, or a newer server with wider numbers, must never stop a laptop's sync: SQLite's "Python int too large to
convert to SQLite INTEGER" once failed every round of every laptop that pulled such a record (issue 10, item 1).
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from score_desktop.server import db, schema
from tests.support.servers import BACKENDS
from tests.support.sync import signed_in_workspace, sync

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module", params=BACKENDS)
def server(request, server_pool):
    """A server of this module's own: the records it damages on purpose must not reach other tests' pulls."""
    server = server_pool.fresh(request.param, "unstorable").start()
    yield server
    server.stop()


def _store_behind_the_servers_back(server, record_id: str, **fields) -> None:
    """Write field values straight into the server's database, past the push validation."""
    records = schema.records
    with db.writing(server.engine) as conn:
        stored = json.loads(conn.scalar(select(records.c.fields).where(records.c.id == record_id)))
        conn.execute(update(records).where(records.c.id == record_id)
                     .values(fields=json.dumps({**stored, **fields})))


def test_a_record_that_cannot_be_stored_is_parked_and_the_rest_arrives(tmp_path, server):
    trainer = server.device("trainer")
    good_id = trainer.create_enterprise(name="Good Garments")
    bad_id = trainer.create_enterprise(name="Big Numbers Ltd", headcount_women=40)
    visit_id, _ = trainer.create_visit(good_id)
    _store_behind_the_servers_back(server, bad_id, headcount_women=2**70)

    ws = signed_in_workspace(tmp_path / "fresh", server, trainer.username)
    result = sync(ws)
    assert result.ok, result.message
    assert ws.enterprises.get(good_id)["name"] == "Good Garments" and ws.visits.get(visit_id)
    assert ws.enterprises.find(bad_id) is None
    parked = ws.conn.execute("SELECT entity FROM pull_parked WHERE record_id = ?", (bad_id,)).fetchall()
    assert parked == [("enterprise",)]
    assert sync(ws).ok  # later rounds go on too

    version = trainer.pull_all()[("enterprise", bad_id)]["version"]
    repair = trainer.mutation("enterprise", bad_id, {"headcount_women": 41}, base_version=version)
    assert trainer.push_one(repair)["status"] == "applied"
    assert sync(ws).ok
    assert ws.enterprises.get(bad_id)["headcount_women"] == 41
    assert ws.conn.execute("SELECT count(*) FROM pull_parked").fetchone() == (0,)


def test_a_coordinator_laptop_goes_on_past_an_unstorable_kpi(tmp_path, server):
    trainer = server.device("trainer")
    enterprise_id = trainer.create_enterprise()
    kpi = trainer.mutation("kpi_reading", None, {
        "enterprise_id": enterprise_id, "kpi": "OUTPUT", "period_start": "2024-01-01", "period_end": "2024-01-31",
        "phase": "baseline", "numerator": 3, "denominator": 10})
    assert trainer.push_one(kpi)["status"] == "applied"
    _store_behind_the_servers_back(server, kpi["record_id"], numerator=2**70)
    ws = signed_in_workspace(tmp_path / "coordinator", server, server.add_user("coordinator"))
    result = sync(ws)
    assert result.ok, result.message
    assert ws.enterprises.get(enterprise_id) and ws.kpi_readings.find(kpi["record_id"]) is None
