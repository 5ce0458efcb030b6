"""The server enforces the lock of a signed visit (docs/sync-protocol.md Part 2, "Signed visits are locked"), on
SQLite and PostgreSQL: ``visit_locked`` for changes to the visit and what was recorded at it, an action's progress
still allowed, ``reopen_reason_required`` for a reopen without a reason, rejections stored and answered the same
way when repeated, and every reopening kept with who and when."""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import select

from score_desktop.server import db, schema
from tests.support.servers import Device


def signed_visit(device: Device) -> dict:
    """An enterprise, a visit with a finding, a photo of it, an action, a KPI reading and a practice check, then
    the visit signed; returns the ids."""
    enterprise = device.create_enterprise()
    visit, version = device.create_visit(enterprise)
    ids = {"enterprise": enterprise, "visit": visit, "finding": str(uuid.uuid4()), "photo": str(uuid.uuid4()),
           "action": str(uuid.uuid4()), "reading": str(uuid.uuid4()), "check": str(uuid.uuid4())}
    data = b"a photo of the blocked exit"
    answers = device.push(
        device.mutation("observation", ids["finding"], {"enterprise_id": enterprise, "visit_id": visit,
                                                        "text": "Exit blocked", "rating": "critical"}),
        device.mutation("photo", ids["photo"], {**Device.photo_fields(enterprise, visit, data),
                                                "visit_id": None, "observation_id": ids["finding"]}),
        device.mutation("action_item", ids["action"], {"enterprise_id": enterprise, "visit_id": visit,
                                                       "title": "Clear the exit", "status": "open"}),
        device.mutation("kpi_reading", ids["reading"], {"enterprise_id": enterprise, "visit_id": visit,
                                                        "kpi": "defect_rate", "period_start": "2024-04-01",
                                                        "period_end": "2024-04-30", "phase": "baseline",
                                                        "value": 3.0}),
        device.mutation("practice_check", ids["check"], {"enterprise_id": enterprise, "visit_id": visit,
                                                         "topic": "WC-01", "phase": "baseline", "in_place": True}),
        device.mutation("visit", visit, {"status": "signed"}, base_version=version))
    assert [r["status"] for r in answers["results"]] == ["applied"] * 6, answers
    ids["versions"] = dict(zip(("finding", "photo", "action", "reading", "check", "visit"),
                               (result["version"] for result in answers["results"])))
    ids["sha256"] = hashlib.sha256(data).hexdigest()
    return ids


def codes(device: Device, *mutations: dict) -> list[str]:
    answer = device.push(*mutations)
    return [(result["error"] or {}).get("code") or result["status"] for result in answer["results"]]


def test_what_was_recorded_at_a_signed_visit_cannot_change(server):
    device = server.device()
    ids = signed_visit(device)
    enterprise, visit = ids["enterprise"], ids["visit"]
    assert codes(
        device,
        device.mutation("observation", ids["finding"], {"text": "Exit blocked, changed afterwards"}),
        device.mutation("observation", None, {"enterprise_id": enterprise, "visit_id": visit, "text": "one more"}),
        device.mutation("observation", ids["finding"], op="delete"),
        device.mutation("photo", ids["photo"], {"caption": "a caption added later"}),
        device.mutation("photo", None, {**Device.photo_fields(enterprise, visit, b"another"), "visit_id": None,
                                        "observation_id": ids["finding"]}),
        device.mutation("kpi_reading", ids["reading"], {"value": 4.0}),
        device.mutation("practice_check", ids["check"], {"in_place": False}),
        device.mutation("action_item", None, {"enterprise_id": enterprise, "visit_id": visit, "title": "New",
                                              "status": "open"}),
        device.mutation("action_item", ids["action"], {"title": "Another title", "status": "done"}),
        device.mutation("visit", visit, {"summary": "written afterwards"}),
        device.mutation("visit", visit, {"status": "final"}),
        device.mutation("visit", visit, op="delete"),
    ) == ["visit_locked"] * 12
    # An action agreed at the visit still moves on; writing what is already there changes nothing.
    versions = ids["versions"]
    assert codes(
        device,
        device.mutation("action_item", ids["action"], {"status": "done", "completed_date": "2024-06-01",
                                                       "actual_saving": 1200.0, "note": "done by line 3"},
                        base_version=versions["action"]),
        device.mutation("observation", ids["finding"], {"text": "Exit blocked", "rating": "critical"},
                        base_version=versions["finding"]),
        device.mutation("visit", visit, {"status": "signed"}, base_version=versions["visit"]),
    ) == ["applied", "applied", "applied"]
    pulled = device.pull_all()
    assert pulled[("observation", ids["finding"])]["fields"]["text"] == "Exit blocked"
    assert pulled[("action_item", ids["action"])]["fields"]["status"] == "done"
    assert not pulled[("visit", visit)]["deleted"] and pulled[("visit", visit)]["fields"]["status"] == "signed"


def test_a_refusal_is_stored_and_answered_the_same_when_repeated(server):
    device = server.device()
    ids = signed_visit(device)
    refused = device.mutation("observation", ids["finding"], {"text": "changed"})
    first = device.push_one(refused)
    assert first["status"] == "rejected" and first["error"]["code"] == "visit_locked"
    assert "signed" in first["error"]["message"]
    again = device.push_raw([refused]).json()["results"][0]
    assert again["status"] == "duplicate" and again["error"] == first["error"]


def test_a_reopen_needs_a_reason_and_the_server_keeps_who_and_when(server):
    device = server.device()
    ids = signed_visit(device)
    visit = ids["visit"]
    assert codes(device, device.mutation("visit", visit, {"status": "draft"}),
                 device.mutation("visit", visit, {"status": "draft", "reopen_reason": "  "})) == [
        "reopen_reason_required", "reopen_reason_required"]
    versions = ids["versions"]
    reopen = device.mutation("visit", visit, {"status": "draft", "reopen_reason": "The October KPI was line 3's",
                                              "reopened_by": "Wang Fang", "summary": "fixed after reopening"},
                             base_version=versions["visit"])
    answer = device.push(reopen, device.mutation("observation", ids["finding"], {"text": "Exit cleared since"},
                                                 base_version=versions["finding"]))
    assert [r["status"] for r in answer["results"]] == ["applied", "applied"]
    with db.reading(server.engine) as conn:
        rows = conn.execute(select(schema.visit_reopenings).where(schema.visit_reopenings.c.visit_id == visit)).all()
    assert [(row.reason, row.user_id, row.mutation_id) for row in rows] == [
        ("The October KPI was line 3's", device.user["id"], reopen["mutation_id"])]
    assert rows[0].reopened_at.endswith("Z")
    # Signed again: locked again, until the next reopening with its own reason.
    assert codes(device, device.mutation("visit", visit, {"status": "signed", "reopen_reason": None},
                                         base_version=answer["results"][0]["version"]),
                 device.mutation("observation", ids["finding"], {"text": "no"})) == ["applied", "visit_locked"]


def test_a_batch_is_judged_in_its_order(server):
    """Findings sent before the signature in one push are applied; one after it is refused."""
    device = server.device()
    enterprise = device.create_enterprise()
    visit, version = device.create_visit(enterprise)
    finding = str(uuid.uuid4())
    assert codes(
        device,
        device.mutation("observation", finding, {"enterprise_id": enterprise, "visit_id": visit, "text": "a"}),
        device.mutation("visit", visit, {"status": "signed"}, base_version=version),
        device.mutation("observation", finding, {"text": "b"}),
    ) == ["applied", "applied", "visit_locked"]


def test_a_signed_report_record_is_written_once_and_its_pdf_is_a_blob(server):
    device = server.device()
    ids = signed_visit(device)
    pdf = b"%PDF-1.4 the signed report"
    sha256 = hashlib.sha256(pdf).hexdigest()
    report = str(uuid.uuid4())
    fields = {"enterprise_id": ids["enterprise"], "visit_id": ids["visit"], "revision": 1, "sha256": sha256,
              "size": len(pdf), "mime": "application/pdf", "lang": "en", "signed_at": "2024-05-02T10:00:00Z"}
    answer = device.push(device.mutation("signed_report", report, fields))
    assert answer["results"][0]["status"] == "applied" and answer["missing_blobs"] == [sha256]
    upload = device.tus_create(len(pdf), sha256)
    patched = device.tus_patch(upload, pdf)
    assert patched.status_code == 204, patched.text
    assert codes(device, device.mutation("signed_report", report, {"lang": "fr"}),
                 device.mutation("signed_report", report, op="delete")) == ["visit_locked", "visit_locked"]
    coordinator = server.device("coordinator")
    assert coordinator.pull_all()[("signed_report", report)]["fields"]["sha256"] == sha256
    blob = coordinator.get(f"/blobs/{sha256}")
    assert blob.status_code == 200 and blob.content == pdf


def test_a_client_that_knows_no_lock_sees_only_a_rejection(server):
    """A version 1 client that never signs is answered as before, except that a visit someone else signed refuses
    its edits with a code it may not know, as any rejection."""
    signer, other = server.device(), server.device("admin")  # an admin: roles allow the edit, the lock does not
    ids = signed_visit(signer)
    result = other.push_one(other.mutation("observation", ids["finding"], {"text": "edited"}, base_version=1))
    assert result["status"] == "rejected" and result["error"]["code"] == "visit_locked"
    assert set(result) == {"mutation_id", "status", "record_id", "version", "conflict_ids", "error"}
