"""Numbers the protocol allows: integers and finite numbers within +-(2^53 - 1), anywhere in a mutation.

An integer of 2^70 once stored by the server stopped every laptop that pulled it (SQLite holds 64-bit integers);
``10**400`` made the server answer 500 (issue 10, item 1).
"""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.integration

LIMIT = 2**53 - 1


@pytest.mark.parametrize("fields", [
    {"headcount_women": 2**70}, {"some_newer_field": -(2**53)}, {"headcount_workers": 10**400},
    {"some_newer_field": 2**64}, {"some_newer_field": {"deep": [1, 2, 2**63]}}, {"some_newer_field": 1e300},
], ids=["2^70", "-2^53", "10^400", "unknown field", "nested", "1e300"])
def test_an_integer_outside_the_range_rejects_the_mutation(server, fields):
    device = server.device()
    result = device.push_one(device.mutation("enterprise", None, {"name": "A", **fields}))
    assert result["status"] == "rejected" and result["error"]["code"] == "invalid_mutation"
    assert "2^53" in result["error"]["message"]


@pytest.mark.parametrize("number", ["1e400", "-1e400", str(10**400), "9007199254740992"])
def test_kpi_numbers_outside_the_range_reject_the_mutation(server, number):
    device = server.device()
    enterprise_id = device.create_enterprise()
    kpi = device.mutation("kpi_reading", None, {
        "enterprise_id": enterprise_id, "kpi": "OUTPUT", "period_start": "2024-01-01", "period_end": "2024-01-31",
        "phase": "baseline", "numerator": 0, "denominator": 10})
    body = {"device_id": device.device_id, "server_epoch": device.epoch(), "mutations": [kpi]}
    raw = json.dumps(body).replace('"numerator": 0', f'"numerator": {number}')  # json.dumps cannot write these
    answer = device.post("/sync/push", data=raw.encode(), headers={"Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text
    result = answer.json()["results"][0]
    assert result["status"] == "rejected" and result["error"]["code"] == "invalid_mutation"


def test_numbers_at_the_edge_of_the_range_are_kept_exactly(server):
    device = server.device()
    enterprise_id = device.create_enterprise(headcount_women=LIMIT, some_newer_field=-LIMIT)
    kpi = device.mutation("kpi_reading", None, {
        "enterprise_id": enterprise_id, "kpi": "OUTPUT", "period_start": "2024-01-01", "period_end": "2024-01-31",
        "phase": "baseline", "value": 1.5e15, "numerator": 0.000001, "denominator": float(LIMIT)})
    assert device.push_one(kpi)["status"] == "applied"
    state = device.pull_all()
    enterprise = state[("enterprise", enterprise_id)]["fields"]
    assert (enterprise["headcount_women"], enterprise["some_newer_field"]) == (LIMIT, -LIMIT)
    fields = state[("kpi_reading", kpi["record_id"])]["fields"]
    assert (fields["value"], fields["numerator"], fields["denominator"]) == (1.5e15, 0.000001, float(LIMIT))
