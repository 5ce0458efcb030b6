"""Two trainers' windows and a coordinator share a classroom session through the real server on loopback: each
trainer's Training screen shows the session, and its page only the people of their own factories."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from score_desktop.store import training
from score_desktop.ui.sync import sync_controller
from tests.builders import make_enterprise
from tests.support.sync import signed_in_workspace, sync

DAYS = ["2026-03-12", "2026-03-13"]


@pytest.fixture(autouse=True)
def quick_sync(monkeypatch):
    monkeypatch.setattr(sync_controller, "START_DELAY_MS", 3_600_000)
    monkeypatch.setattr(sync_controller, "CHANGE_DELAY_MS", 3_600_000)
    monkeypatch.setattr(sync_controller, "ENGINE_OPTIONS", {"attempts": 2, "base_delay": 0.01, "max_delay": 0.05})


def sync_now(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.sync.controller.round_finished, timeout=20_000) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert blocker.args[0].ok, blocker.args[0].message


def names_on_page(window) -> set[str]:
    model = window.screens["training_session"].attendance
    return {model.participant(row).record["name"] for row in range(model.rowCount())}


def test_each_trainers_window_shows_the_shared_session_with_their_own_people(qtbot, make_window, request, tmp_path):
    server = request.getfixturevalue("sqlite_server")  # the real server on loopback (tests/support/servers.py)
    one = signed_in_workspace(tmp_path / "one", server, server.add_user("trainer"))
    two = signed_in_workspace(tmp_path / "two", server, server.add_user("trainer"))
    coordinator = signed_in_workspace(tmp_path / "coordinator", server, server.add_user("coordinator"))
    try:
        huamei, lihua = make_enterprise(one), make_enterprise(two, name="丽华电子")
        session = training.plan_session(one, module="WC", dates=DAYS, enterprise_ids=[huamei["id"]],
                                        location="Garden Hotel")
        training.add_participant(one, session["id"], huamei["id"], name="王芳")
        first, second = make_window(one), make_window(two)
        sync_now(qtbot, first)
        sync_now(qtbot, second)
        second.show_screen("training")
        assert second.screens["training"].model.rowCount() == 0  # not one of trainer two's factories' sessions

        assert sync(coordinator).ok
        training.enrol(coordinator, session["id"], lihua["id"])
        assert sync(coordinator).ok
        sync_now(qtbot, second)
        qtbot.waitUntil(lambda: second.screens["training"].model.rowCount() == 1)
        second.ctx.nav.open_training_session.emit(session["id"])
        assert names_on_page(second) == set()
        training.add_participant(two, session["id"], lihua["id"], name="陈静")
        assert names_on_page(second) == {"陈静"}
        two.training_sessions.update(session["id"], location="Garden Hotel, Hall B")
        sync_now(qtbot, second)

        sync_now(qtbot, first)
        first.ctx.nav.open_training_session.emit(session["id"])
        page = first.screens["training_session"]
        assert names_on_page(first) == {"王芳"}  # trainer two's people stay on trainer two's laptop
        assert "Garden Hotel, Hall B" in page.subtitle.text()  # the shared session's new venue came
        assert sync(coordinator).ok
        assert {p.record["name"] for p in training.participants(coordinator, session["id"])} == {"王芳", "陈静"}
    finally:
        coordinator.close()
