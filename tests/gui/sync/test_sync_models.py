"""The Sync screen's lists and words, without a server: models checked by qtmodeltester, times, megabytes."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

from score_desktop.store.records import utc_now
from score_desktop.sync import state
from score_desktop.sync.conflicts import Conflict
from score_desktop.sync.transport import MESSAGES, Outcome
from score_desktop.ui.sync import sync_models
from score_desktop.ui.sync.sync_texts import hlc_time, human_time, megabytes, round_message, value_text
from tests.builders import make_observation


def _local(year, month, day, hour, minute) -> QDateTime:
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone.systemTimeZone())


def _utc_stamp(moment: QDateTime) -> str:
    return moment.toUTC().toString("yyyy-MM-ddTHH:mm:ss.zzzZ")


def test_times_read_as_the_wall_clock_says():
    now = _local(2026, 11, 26, 16, 30)
    assert human_time(_utc_stamp(_local(2026, 11, 26, 14, 5)), now) == "today 14:05"
    assert human_time(_utc_stamp(_local(2026, 11, 25, 9, 12)), now) == "yesterday 09:12"
    assert human_time(_utc_stamp(_local(2026, 5, 3, 8, 0)), now).endswith(" 08:00")
    assert human_time(_utc_stamp(_local(2024, 5, 3, 8, 0)), now) == "2024-05-03 08:00"
    assert human_time(None) == "never"
    assert human_time(utc_now()).startswith("today ")
    assert hlc_time("1714637643120-0003-2f0c") == "2024-05-02T08:14:03.120Z"
    assert hlc_time("0-0000-server") is None


def test_megabytes_and_values():
    assert megabytes(0) == "0.0" and megabytes(1) == "0.1" and megabytes(3 * 1024 * 1024 + 400_000) == "3.4"
    assert megabytes(25 * 1024 * 1024) == "25"
    assert value_text("observation", "rating", "critical") == "Critical"
    assert value_text("visit", "status", "final") == "Final"
    assert value_text("enterprise", "sponsors", ["Brand A", "Brand B"]) == "Brand A, Brand B"
    assert value_text("observation", None, {"text": "Exit blocked", "enterprise_id": "x"}) == \
        "Edited: Text: Exit blocked"
    assert value_text("observation", "text", None) == "(empty)"


def test_round_messages_keep_what_the_server_said():
    upgrade = MESSAGES[Outcome.UPGRADE].format(message="Please install version 2.")
    assert round_message("upgrade", upgrade) == upgrade
    assert round_message("retry", MESSAGES[Outcome.RETRY]) == MESSAGES[Outcome.RETRY]
    assert round_message("ok", "") == "" and round_message("something_new", "as is") == "as is"
    assert round_message("cancelled", "cancelled").startswith("Stopped before the end")


def test_the_sync_screen_models_pass_the_model_tester(qtmodeltester, workspace, qapp):
    observation = make_observation(workspace)
    with workspace.transaction():
        workspace.conn.execute("UPDATE outbox SET state = 'rejected', error_code = 'invalid_mutation', "
                               "error_message = 'rating: not a rating' WHERE entity = 'observation'")
        workspace.conn.execute("INSERT INTO upload (sha256, ext, size, state, updated_at) "
                               "VALUES (?, 'jpg', 3500000, 'waiting', ?)", ("a" * 64, utc_now()))
        workspace.conn.executemany(
            "INSERT INTO sync_log (started_at, finished_at, outcome, pushed, pulled, uploaded_bytes, message) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(utc_now(), utc_now(), "ok", 3, 10, 2_000_000, ""),
             (utc_now(), utc_now(), "retry", 0, 0, 0, MESSAGES[Outcome.RETRY]),
             (utc_now(), None, None, 0, 0, 0, None)])

    waiting = sync_models.waiting_model(qapp)
    waiting.set_rows(sync_models.waiting_rows(workspace))
    qtmodeltester.check(waiting)
    texts = [[waiting.index(row, column).data() for column in range(3)] for row in range(waiting.rowCount())]
    assert texts == [["Enterprise", "1", ""], ["Visit", "1", ""], ["Photo files", "1", "3.3 MB"]]

    log = sync_models.log_model(qapp)
    log.set_rows(sync_models.log_rows(workspace))
    qtmodeltester.check(log)
    assert [log.index(row, 1).data() for row in range(3)] == ["Under way or interrupted", "Offline", "Done"]
    assert log.index(2, 4).data() == "1.9" and log.index(1, 5).data() == MESSAGES[Outcome.RETRY]

    refused = sync_models.attention_model(qapp)
    refused.set_rows(sync_models.attention_rows(workspace))
    qtmodeltester.check(refused)
    assert [refused.index(0, column).data() for column in range(4)] == [
        observation["text"], "Finding: change", "Visit id, Topic, Text, Rating, Recommendation",
        "rating: not a rating"]

    empty = sync_models.conflict_model(qapp)
    empty.set_rows(sync_models.conflict_rows(workspace))
    qtmodeltester.check(empty)
    assert empty.rowCount() == 0


def _conflict(winning_user: str, winning_device: str, losing_user: str, losing_device: str) -> Conflict:
    def side(user, device, value):
        return {"value": value, "user": {"id": user, "username": user}, "hlc": f"1714637643120-0001-{device}"}

    return Conflict("c1", "e1", "enterprise", "e1", "name", side(winning_user, winning_device, "Theirs"),
                    side(losing_user, losing_device, "Mine"), "open", None, 7)


def test_mine_is_this_laptops_value_then_this_accounts(workspace):
    me = state.account(workspace)
    assert me is None
    assert sync_models.mine_and_theirs(_conflict("u2", "d2", "u1", "d1"), user_id="u1", device_id="d9") == \
        ("losing", "winning")
    assert sync_models.mine_and_theirs(_conflict("u1", "d1", "u1", "d2"), user_id="u1", device_id="d2") == \
        ("losing", "winning")  # the same trainer on two laptops: this laptop's value is mine
    assert sync_models.mine_and_theirs(_conflict("u1", "d1", "u2", "d2"), user_id="u1", device_id="d9") == \
        ("winning", "losing")
    assert sync_models.mine_and_theirs(_conflict("u3", "d3", "u2", "d2"), user_id="u1", device_id="d9") == \
        ("losing", "winning")
