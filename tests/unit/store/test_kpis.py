"""KPI readings in the store: series with corrections applied, and a synced reading corrected, never edited."""

from __future__ import annotations

from score_desktop.store import outbox
from score_desktop.store.kpis import is_synced, kpi_series, readings_of_visit, save_reading
from tests.builders import make_enterprise, make_kpi_reading, make_visit


def _mark_sent(ws, reading):
    """What a sync round does to the outbox once the server has the reading."""
    with ws.transaction():
        ws.conn.execute("UPDATE outbox SET state = ? WHERE record_id = ?", (outbox.ACKED, reading["id"]))


def test_series_have_baseline_latest_and_a_direction_aware_change(workspace, catalog):
    factory = make_enterprise(workspace)
    make_kpi_reading(workspace, factory, value=6.0, numerator=240.0, denominator=4000.0)
    make_kpi_reading(workspace, factory, period_start="2026-11-01", period_end="2026-11-30", phase="progress",
                     value=4.5, numerator=180.0, denominator=4000.0)
    make_kpi_reading(workspace, factory, kpi="output", value=50_000.0, numerator=None, denominator=None)
    series = kpi_series(workspace, factory["id"], catalog)
    assert [s.code for s in series] == ["output", "defect_rate"]  # catalog order
    defect = series[1]
    assert defect.baseline["value"] == 6.0 and defect.latest["value"] == 4.5
    assert defect.change.improved is True and round(defect.change.percent) == -25
    assert series[0].change.percent is None  # one reading: no change yet


def test_an_unsynced_reading_is_updated_in_place(workspace):
    reading = make_kpi_reading(workspace)
    saved = save_reading(workspace, reading, {"value": 3.5})
    assert saved["id"] == reading["id"] and workspace.kpi_readings.count() == 1


def test_a_synced_reading_is_corrected_by_a_new_reading_that_supersedes_it(workspace, catalog):
    visit = make_visit(workspace)
    reading = make_kpi_reading(workspace, workspace.enterprises.get(visit["enterprise_id"]), visit_id=visit["id"])
    _mark_sent(workspace, reading)
    assert is_synced(workspace, reading)
    correction = save_reading(workspace, reading, {"numerator": 100.0, "value": 2.5, "note": "recounted"})
    assert correction["id"] != reading["id"] and correction["supersedes_id"] == reading["id"]
    assert (correction["kpi"], correction["period_start"], correction["visit_id"]) == (
        "defect_rate", "2026-10-01", visit["id"])
    assert workspace.kpi_readings.get(reading["id"])["value"] == 3.0  # untouched
    # The history keeps both; the series counts the correction.
    series, = kpi_series(workspace, visit["enterprise_id"], catalog)
    assert [r["id"] for r in series.history] == [reading["id"], correction["id"]]
    assert [r["id"] for r in series.readings] == [correction["id"]]
    assert [r["id"] for r in readings_of_visit(workspace, visit["id"])] == [reading["id"], correction["id"]]
    # The correction itself has not left the laptop: a second change updates it.
    again = save_reading(workspace, correction, {"note": "recounted twice"})
    assert again["id"] == correction["id"] and workspace.kpi_readings.count() == 2


def test_a_reading_with_a_server_version_counts_as_synced(workspace):
    reading = make_kpi_reading(workspace)
    assert not is_synced(workspace, reading)
    assert is_synced(workspace, {**reading, "version": 7})
