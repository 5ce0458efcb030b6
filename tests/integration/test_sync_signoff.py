"""Sign-off through the real server: a visit signed offline syncs without a refusal, its signed PDF goes up like a
photo and a coordinator's app prints the very same file, a co-visitor's offline edits of the signed visit are
refused and listed as needing attention, and a reopening reaches everyone."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from score_desktop.demo.generator import demo_signatures
from score_desktop.demo.images import write_photo
from score_desktop.reports.signing import print_visit_report, sign
from score_desktop.server import db, schema
from score_desktop.store import signoff
from score_desktop.store.documents import DocumentStore, file_sha256
from score_desktop.store.photos import PhotoStore
from score_desktop.sync import attention
from score_desktop.sync.documents import fetch_signed_report, fetcher
from score_desktop.sync.account import transport_for
from tests.builders import make_action_item, make_eit_member, make_enterprise, make_observation, make_visit
from tests.support.sync import assert_converged, signed_in_workspace, sync


def of_enterprise(view: dict, enterprise: dict) -> dict:
    return {key: change for key, change in view.items() if change["fields"].get("enterprise_id") == enterprise["id"]}


def a_visit_to_sign(ws, tmp_path):
    enterprise = make_enterprise(ws)
    chair = make_eit_member(ws, enterprise, name="李娜", role="chair")
    visit = make_visit(ws, enterprise)
    finding = make_observation(ws, visit)
    make_action_item(ws, visit, owner_id=chair["id"])
    stored = PhotoStore(ws.paths).import_file(write_photo(tmp_path / "exit.jpg", random.Random(3), size=(800, 600)))
    ws.photos.create(observation_id=finding["id"], sha256=stored.sha256, size=stored.size, mime=stored.mime)
    ws.visits.update(visit["id"], signatures=demo_signatures(visit, [chair], dt.date(2026, 11, 20)))
    return enterprise, ws.visits.get(visit["id"]), finding


def test_a_visit_signed_offline_syncs_and_the_coordinator_prints_the_same_document(tmp_path, server):
    trainer = signed_in_workspace(tmp_path / "trainer", server, server.add_user("trainer"))
    enterprise, visit, _finding = a_visit_to_sign(trainer, tmp_path)
    report = sign(trainer, visit["id"], lang="zh_CN")  # offline: nothing was ever synced
    result = sync(trainer)
    assert result.ok and result.rejected == 0 and result.conflicts == 0, result
    assert result.uploaded_photos == 2  # the photo and the signed PDF
    assert_converged(of_enterprise(server.device("coordinator").pull_all(), enterprise), trainer,
                     enterprise_id=enterprise["id"])

    coordinator = signed_in_workspace(tmp_path / "coordinator", server, server.add_user("coordinator"))
    assert sync(coordinator).ok
    pulled = signoff.latest_signed_report(coordinator, visit["id"])
    assert pulled["sha256"] == report["sha256"] and coordinator.visits.get(visit["id"])["status"] == "signed"
    assert not DocumentStore(coordinator.paths).has(report["sha256"])  # it comes down when it is needed
    out = tmp_path / "printed-by-the-coordinator.pdf"
    printed = print_visit_report(coordinator, visit["id"], out, fetch=fetcher(coordinator))
    assert printed.signed_report["id"] == report["id"] and not printed.translation
    assert out.read_bytes() == DocumentStore(trainer.paths).path(report["sha256"]).read_bytes()
    with transport_for(coordinator) as transport:  # fetched once: the next time it is already here
        assert fetch_signed_report(coordinator, transport, pulled) == DocumentStore(coordinator.paths).path(
            report["sha256"])
    assert file_sha256(DocumentStore(coordinator.paths).path(report["sha256"])) == report["sha256"]


def test_a_co_visitors_offline_edits_of_a_signed_visit_are_refused_and_listed(tmp_path, server):
    trainer_name, co_visitor_name = server.add_user("trainer"), server.add_user("trainer")
    trainer = signed_in_workspace(tmp_path / "trainer", server, trainer_name)
    enterprise, visit, finding = a_visit_to_sign(trainer, tmp_path)
    assert sync(trainer).ok
    server.assign(co_visitor_name, enterprise["id"])
    co_visitor = signed_in_workspace(tmp_path / "co-visitor", server, co_visitor_name)
    assert sync(co_visitor).ok

    # Offline, the co-visitor edits the finding and adds one, while the trainer signs and syncs.
    co_visitor.observations.update(finding["id"], recommendation="Paint the floor markings too")
    added = co_visitor.observations.create(visit_id=visit["id"], text="Fire extinguisher expired")
    sign(trainer, visit["id"], lang="en")
    assert sync(trainer).ok

    result = sync(co_visitor)
    assert result.ok and result.rejected == 2
    refused = {item.record_id: item for item in attention.refused(co_visitor)}
    assert set(refused) == {finding["id"], added["id"]}
    assert {item.code for item in refused.values()} == {"visit_locked"}
    assert "signed" in refused[finding["id"]].message
    # The signed visit reached the co-visitor's laptop: locked there too.
    assert co_visitor.visits.get(visit["id"])["status"] == "signed"
    server_view = server.device("coordinator").pull_all()
    assert server_view[("observation", finding["id"])]["fields"].get("recommendation") == finding["recommendation"]
    assert ("observation", added["id"]) not in server_view
    # Discarding the refused changes brings the signed state back.
    for item in refused.values():
        attention.discard(co_visitor, item.client_seq)
    assert sync(co_visitor).ok
    assert co_visitor.observations.get(finding["id"])["recommendation"] == finding["recommendation"]


def test_a_reopening_reaches_the_server_and_the_next_signature_is_revision_two(tmp_path, server):
    trainer = signed_in_workspace(tmp_path / "trainer", server, server.add_user("trainer"))
    enterprise, visit, finding = a_visit_to_sign(trainer, tmp_path)
    sign(trainer, visit["id"], lang="en")
    assert sync(trainer).ok
    signoff.reopen_visit(trainer, visit["id"], "The finding's photo was of another line", by="Wang Fang")
    trainer.observations.update(finding["id"], text="安全出口已清理")
    members = trainer.eit_members.list(enterprise_id=enterprise["id"])
    trainer.visits.update(visit["id"], signatures=demo_signatures(visit, members, dt.date(2026, 11, 21)))
    second = sign(trainer, visit["id"], lang="en")  # reopened, edited and signed again, all offline
    result = sync(trainer)
    assert result.ok and result.rejected == 0 and result.conflicts == 0, result
    assert second["revision"] == 2
    with db.reading(server.engine) as conn:
        reasons = conn.scalars(select(schema.visit_reopenings.c.reason)
                               .where(schema.visit_reopenings.c.visit_id == visit["id"])).all()
    assert reasons == ["The finding's photo was of another line"]
    view = server.device("coordinator").pull_all()
    assert view[("visit", visit["id"])]["fields"]["status"] == "signed"
    assert sorted(change["fields"]["revision"] for key, change in view.items()
                  if key[0] == "signed_report" and change["fields"]["visit_id"] == visit["id"]) == [1, 2]
    assert_converged(of_enterprise(view, enterprise), trainer, enterprise_id=enterprise["id"])
