"""A co-visitor who edited offline while the visit was signed sees, on the Sync screen, which edits the server
refused and why, in words (the real server on loopback)."""

from __future__ import annotations

import datetime as dt

import pytest

from score_desktop.demo.generator import demo_signatures
from score_desktop.reports.signing import sign
from score_desktop.ui.sync import sync_controller
from tests.builders import make_eit_member, make_enterprise, make_observation, make_visit
from tests.support.sync import signed_in_workspace, sync


@pytest.fixture(autouse=True)
def no_background_rounds(monkeypatch):
    monkeypatch.setattr(sync_controller, "START_DELAY_MS", 3_600_000)
    monkeypatch.setattr(sync_controller, "CHANGE_DELAY_MS", 3_600_000)


def test_refused_edits_of_a_signed_visit_say_who_signed_and_what_to_do(qtbot, make_window, tmp_path,
                                                                          sqlite_server):
    server = sqlite_server
    trainer_name, co_visitor_name = server.add_user("trainer"), server.add_user("trainer")
    trainer = signed_in_workspace(tmp_path / "trainer", server, trainer_name)
    enterprise = make_enterprise(trainer)
    chair = make_eit_member(trainer, enterprise, name="李娜", role="chair")
    visit = make_visit(trainer, enterprise, visit_date="2026-11-20", trainer="Wang Fang")
    finding = make_observation(trainer, visit, text="安全出口被纸箱堵住")
    trainer.visits.update(visit["id"], signatures=demo_signatures(visit, [chair], dt.date(2026, 11, 20)))
    assert sync(trainer).ok
    server.assign(co_visitor_name, enterprise["id"])
    co_visitor = signed_in_workspace(tmp_path / "co-visitor", server, co_visitor_name)
    assert sync(co_visitor).ok
    co_visitor.observations.update(finding["id"], text="安全出口被纸箱堵住，已拍照")  # offline
    sign(trainer, visit["id"], lang="en")
    assert sync(trainer).ok
    assert sync(co_visitor).rejected == 1

    window = make_window(co_visitor)
    window.show_screen("sync")
    screen = window.screens["sync"]
    qtbot.waitUntil(lambda: screen.attention_model.rowCount() == 1)
    assert screen.attention_title.text() == "Needs attention (1)"
    row = screen.attention_model.row_record(0)
    assert (row["record"], row["what"], row["fields"]) == ("安全出口被纸箱堵住，已拍照", "Finding: change", "Text")
    screen.attention_view.selectRow(0)
    reason = screen.attention_reason.text()
    assert reason.startswith("Why: The visit of 2026-11-20 was signed by Wang Fang on ")
    assert "Discard your change, or ask Wang Fang to reopen the visit" in reason
