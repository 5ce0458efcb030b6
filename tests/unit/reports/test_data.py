"""The rules behind what a report prints: earlier actions, KPI baselines, topics, balance, signatures."""

from __future__ import annotations

import datetime as dt

from score_desktop.reports.common import shipped_catalog
from score_desktop.reports.data import progress_report_data, visit_report_data
from tests.builders import make_action_item, make_kpi_reading, make_observation, make_visit


def test_visit_data_from_the_history(history):
    data = visit_report_data(history.ws, history.visit["id"], shipped_catalog())
    assert data.number == 2
    assert [a.name for a in data.attendees] == ["王芳", "Nguyễn Thị Lan", "José Pérez", "Guest from the buyer"]
    assert (data.attendee_balance.managers, data.attendee_balance.workers) == (1, 2)
    assert [(topic, len(items)) for topic, items in data.findings] == [("WC-01", 1), ("WC-04", 1), (None, 1)]
    assert [len(photos) for photos in data.photos.values()] == [2, 1]
    assert [row.record["title"] for row in data.new_actions] == ["每周检查安全出口"]
    earlier = {row.record["title"]: row for row in data.earlier_actions}
    assert earlier["清理三号线安全出口"].overdue and earlier["Label the chemical store"].done_late
    trainer, enterprise = data.signatures
    assert (trainer.name, trainer.signed_at, trainer.photo is not None) == ("Wang Fang", "2026-11-20", True)
    assert enterprise.photo is None


def test_earlier_actions_closed_long_ago_are_not_repeated(workspace):
    first = make_visit(workspace, visit_date="2026-01-10")
    enterprise_id = first["enterprise_id"]
    second = workspace.visits.create(enterprise_id=enterprise_id, module="QM", visit_type="consultation",
                                     visit_date="2026-02-10", status="final")
    third = workspace.visits.create(enterprise_id=enterprise_id, module="QM", visit_type="consultation",
                                    visit_date="2026-03-10", status="draft")
    make_action_item(workspace, first, title="done before the second visit", status="done",
                     completed_date="2026-02-01", due_date="2026-02-05")
    make_action_item(workspace, first, title="done since the second visit", status="done",
                     completed_date="2026-02-20", due_date="2026-02-05")
    make_action_item(workspace, first, title="dropped long ago", status="dropped")
    make_action_item(workspace, second, title="dropped at the second visit", status="dropped")
    make_action_item(workspace, first, title="still open", status="in_progress", due_date="2026-04-01")
    make_action_item(workspace, third, title="new", status="open")
    data = visit_report_data(workspace, third["id"], shipped_catalog())
    assert sorted(row.record["title"] for row in data.earlier_actions) == [
        "done since the second visit", "dropped at the second visit", "still open"]
    assert data.number == 3


def test_kpi_baseline_current_and_superseded_readings(workspace):
    visit = make_visit(workspace, visit_date="2026-11-20")
    enterprise = workspace.enterprises.get(visit["enterprise_id"])
    make_kpi_reading(workspace, enterprise, period_start="2026-08-01", period_end="2026-08-31", phase="progress",
                     value=9.0)
    make_kpi_reading(workspace, enterprise, period_start="2026-09-01", period_end="2026-09-30", value=4.0)
    wrong = make_kpi_reading(workspace, enterprise, period_start="2026-10-01", period_end="2026-10-31",
                             phase="progress", value=99.0)
    make_kpi_reading(workspace, enterprise, period_start="2026-10-01", period_end="2026-10-31", phase="progress",
                     value=3.0, supersedes_id=wrong["id"])
    make_kpi_reading(workspace, enterprise, period_start="2026-12-01", period_end="2026-12-31", phase="progress",
                     value=1.0)  # after the visit: not in its report
    row, = visit_report_data(workspace, visit["id"], shipped_catalog()).kpis
    assert (row.baseline["value"], row.current["value"]) == (4.0, 3.0)
    assert row.change_percent == -25.0 and row.improved is True  # a defect rate going down is better
    progress, = progress_report_data(workspace, enterprise["id"], shipped_catalog()).kpis
    assert [r["value"] for r in progress.series] == [4.0, 3.0, 1.0]


def test_findings_outside_the_checklist_come_last(workspace):
    visit = make_visit(workspace, module="QM")
    make_observation(workspace, visit, topic="QM-03", position=2)
    make_observation(workspace, visit, topic="QM-01", position=1)
    make_observation(workspace, visit, topic="OSH-01", position=0)  # a topic of another module is still known
    make_observation(workspace, visit, topic="ZZ-9", position=3)
    data = visit_report_data(workspace, visit["id"], shipped_catalog())
    assert [topic for topic, _ in data.findings] == ["QM-01", "QM-03", "OSH-01", None]


def test_progress_counts_on_time_late_open_and_overdue(history):
    data = progress_report_data(history.ws, history.enterprise["id"], shipped_catalog(), as_of=dt.date(2026, 11, 21))
    stats = data.actions
    assert (stats.total, stats.on_time, stats.late, stats.open, stats.overdue, stats.dropped) == (3, 0, 1, 2, 1, 0)
    assert [line.findings for line in data.visits] == [0, 3]
    assert data.eit_meetings == 1 and data.eit_members == 3
