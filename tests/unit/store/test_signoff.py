"""Signing in the store: a signed visit refuses writes with a sentence, reopening needs a reason, the signing reaches
the server after what was recorded, and what is missing before signing."""

from __future__ import annotations

import datetime as dt

import pytest

from score_desktop.domain import signatures
from score_desktop.domain.signoff import ACTION_PROGRESS_FIELDS
from score_desktop.errors import ReopenReasonRequiredError, SignOffError, VisitLockedError
from score_desktop.reports.common import shipped_catalog
from score_desktop.store import outbox, signoff, visit_lock
from score_desktop.store.documents import DocumentStore
from tests.builders import make_action_item, make_eit_member, make_kpi_reading, make_observation, make_visit


def signed_by_both(ws, visit):
    people = signatures.parse(None)
    people = {role: signer.drawing([[(10, 10), (200, 120), (300, 40)]], dt.date(2026, 11, 20))
              for role, signer in people.items()}
    people["enterprise"] = signatures.Signer("enterprise", "李娜", "EIT chair", people["enterprise"].signed_at,
                                             people["enterprise"].strokes)
    return ws.visits.update(visit["id"], signatures=signatures.to_json(people))


def sign(ws, visit, tmp_path):
    visit = signed_by_both(ws, visit)
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(b"%PDF-1.4 the signed report " + visit["id"].encode())
    document = DocumentStore(ws.paths).add(pdf)
    return signoff.sign_visit(ws, visit["id"], document, fingerprint=signoff.lock_fingerprint(ws, visit["id"]),
                              signed_at="2026-11-20T09:30:00.000Z", lang="en", paper="a4")


@pytest.fixture
def signed(workspace, tmp_path):
    visit = make_visit(workspace)
    finding = make_observation(workspace, visit)
    action = make_action_item(workspace, visit)
    reading = make_kpi_reading(workspace, workspace.enterprises.get(visit["enterprise_id"]), visit_id=visit["id"])
    report = sign(workspace, visit, tmp_path)
    return workspace.visits.get(visit["id"]), finding, action, reading, report


def test_a_signed_visit_refuses_every_change_with_a_sentence(workspace, signed):
    visit, finding, action, reading, _report = signed
    attempts = [
        lambda: workspace.visits.update(visit["id"], summary="changed afterwards"),
        lambda: workspace.observations.update(finding["id"], text="changed afterwards"),
        lambda: workspace.observations.create(visit_id=visit["id"], text="one more"),
        lambda: workspace.observations.delete(finding["id"]),
        lambda: workspace.photos.create(observation_id=finding["id"], sha256="a" * 64, size=1, mime="image/jpeg"),
        lambda: workspace.action_items.update(action["id"], title="Another action"),
        lambda: workspace.action_items.create(visit_id=visit["id"], title="New", status="open"),
        lambda: workspace.kpi_readings.update(reading["id"], value=4.0),
        lambda: workspace.practice_checks.create(visit_id=visit["id"], topic="WC-01", phase="progress",
                                                 in_place=True),
    ]
    waiting = workspace.waiting_count()
    for attempt in attempts:
        with pytest.raises(VisitLockedError, match="This visit is signed"):
            attempt()
    assert workspace.waiting_count() == waiting  # nothing was written
    assert workspace.observations.get(finding["id"])["text"] == finding["text"]


def test_an_action_of_a_signed_visit_still_moves_on(workspace, signed):
    _visit, _finding, action, _reading, _report = signed
    done = workspace.action_items.update(action["id"], status="done", completed_date="2026-12-01",
                                         actual_saving=1200.0, note="The line leader checks it every week")
    assert done["status"] == "done"
    assert visit_lock.locked_fields(workspace.conn, "action_item", done) == ACTION_PROGRESS_FIELDS


def test_the_signed_report_record_is_never_changed(workspace, signed):
    report = signed[-1]
    with pytest.raises(VisitLockedError, match="never changed"):
        workspace.signed_reports.update(report["id"], lang="fr")
    with pytest.raises(VisitLockedError):
        workspace.signed_reports.delete(report["id"])


def test_reopening_needs_a_reason_and_clears_the_signatures(workspace, signed):
    visit = signed[0]
    with pytest.raises(ReopenReasonRequiredError):
        signoff.reopen_visit(workspace, visit["id"], "   ", by="Wang Fang")
    with pytest.raises(ReopenReasonRequiredError):
        workspace.visits.update(visit["id"], status="draft")  # the store's rule is the server's
    reopened = signoff.reopen_visit(workspace, visit["id"], "The October KPI was entered twice", by="Wang Fang")
    assert reopened["status"] == "draft" and reopened["reopened_by"] == "Wang Fang"
    assert not any(signer.drawn for signer in signoff.signers(reopened).values())
    assert signoff.signers(reopened)["enterprise"].name == "李娜"  # only the drawing goes
    workspace.observations.update(signed[1]["id"], text="Now it can change")
    revision = signoff.next_revision(workspace, reopened)
    assert (revision.number, revision.reopen_reason) == (2, "The October KPI was entered twice")


def test_a_second_signature_is_revision_two_and_keeps_the_first(workspace, signed, tmp_path):
    visit = signed[0]
    signoff.reopen_visit(workspace, visit["id"], "Wrong date", by="Wang Fang")
    second = sign(workspace, workspace.visits.get(visit["id"]), tmp_path)
    reports = signoff.signed_reports(workspace, visit["id"])
    assert [r["revision"] for r in reports] == [1, 2] and reports[-1]["id"] == second["id"]
    assert (second["reopen_reason"], second["reopened_by"]) == ("Wrong date", "Wang Fang")
    assert workspace.visits.get(visit["id"])["reopen_reason"] is None  # the next reopening says its own


def test_signing_goes_to_the_server_after_what_was_recorded(workspace, tmp_path):
    """The server locks the visit as soon as it holds it signed: the findings must be sent before the status."""
    visit = make_visit(workspace)
    make_observation(workspace, visit)
    sign(workspace, visit, tmp_path)
    sent = [(m.entity, m.fields.get("status")) for m in outbox.mutations(workspace.conn)]
    assert sent[-1] == ("visit", "signed")
    assert ("visit", "draft") in sent  # the visit's creation stays as it was written
    assert [entity for entity, _ in sent].index("observation") < len(sent) - 1
    signoff.reopen_visit(workspace, visit["id"], "typo", by="Wang Fang")
    last = outbox.mutations(workspace.conn)[-1]
    assert (last.entity, last.fields["status"], last.fields["reopen_reason"]) == ("visit", "draft", "typo")


def test_signing_refuses_a_visit_that_changed_or_lacks_a_signature(workspace, tmp_path):
    visit = make_visit(workspace)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    document = DocumentStore(workspace.paths).add(pdf)
    with pytest.raises(SignOffError, match="Both the trainer"):
        signoff.sign_visit(workspace, visit["id"], document, fingerprint=signoff.lock_fingerprint(
            workspace, visit["id"]), signed_at="2026-11-20T09:30:00Z", lang="en", paper="a4")
    signed_by_both(workspace, visit)
    fingerprint = signoff.lock_fingerprint(workspace, visit["id"])
    make_observation(workspace, visit)  # a finding arrives while the report is rendered
    with pytest.raises(SignOffError, match="changed while its report was being made"):
        signoff.sign_visit(workspace, visit["id"], document, fingerprint=fingerprint,
                           signed_at="2026-11-20T09:30:00Z", lang="en", paper="a4")
    assert workspace.visits.get(visit["id"])["status"] == "draft" and workspace.signed_reports.count() == 0


def test_what_is_missing_before_signing(workspace):
    catalog = shipped_catalog()
    visit = make_visit(workspace, module="QM")
    kinds = [(m.kind, m.code) for m in signoff.missing_before_signing(workspace, visit, catalog)]
    assert kinds == [("no_findings", None), ("kpi", "defect_rate"), ("kpi", "on_time_delivery")]
    make_observation(workspace, visit, topic="QM-01")
    owner = make_eit_member(workspace, workspace.enterprises.get(visit["enterprise_id"]))
    without_owner = make_action_item(workspace, visit, title="Count the defects", due_date=None)
    make_action_item(workspace, visit, title="Owned", owner_id=owner["id"])
    make_action_item(workspace, visit, title="Dropped, no matter", status="dropped", due_date=None)
    make_kpi_reading(workspace, workspace.enterprises.get(visit["enterprise_id"]), visit_id=visit["id"])
    missing = signoff.missing_before_signing(workspace, visit, catalog)
    assert [(m.kind, m.record_id, m.code) for m in missing] == [
        ("action_owner", without_owner["id"], None), ("action_due_date", without_owner["id"], None),
        ("kpi", None, "on_time_delivery")]


def test_documents_are_kept_by_their_hash_and_verified(workspace, tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4 signed")
    store = DocumentStore(workspace.paths)
    document = store.add(pdf)
    assert document.path == workspace.paths.document_file(document.sha256) and store.verify(document.sha256)
    assert store.add(pdf) == document  # the same bytes are kept once
    document.path.write_bytes(b"%PDF-1.4 edited")
    assert not store.verify(document.sha256)


def test_check_finds_a_damaged_or_lost_signed_report(workspace, signed):
    from score_desktop.store.check import check_workspace

    report = signed[-1]
    assert check_workspace(workspace) == []
    path = workspace.paths.document_file(report["sha256"])
    path.write_bytes(b"%PDF-1.4 tampered with")
    assert any("is damaged" in str(problem) for problem in check_workspace(workspace))
    path.unlink()
    assert any("missing from documents/" in str(problem) for problem in check_workspace(workspace))
