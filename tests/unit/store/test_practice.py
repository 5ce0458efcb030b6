"""Practice checks and last time's findings (score_desktop/store/practice.py)."""

from __future__ import annotations

from score_desktop.store.practice import last_time, phase_of_visit, practice_summary, set_in_place, visit_checks
from tests.builders import make_enterprise, make_observation, make_visit

TOPICS = ("QM-01", "QM-02", "QM-03", "QM-04")


def test_the_first_visit_of_a_module_sets_its_baseline_and_later_ones_show_progress(workspace):
    factory = make_enterprise(workspace)
    first = make_visit(workspace, factory, module="QM", visit_type="consultation", visit_date="2026-09-01")
    assert phase_of_visit(workspace, first, TOPICS) == "baseline"
    set_in_place(workspace, first, "QM-01", True, TOPICS)
    set_in_place(workspace, first, "QM-02", False, TOPICS)
    summary = practice_summary(workspace, first, TOPICS)
    assert summary.phase == "baseline" and summary.now is None
    assert (summary.baseline.in_place, summary.baseline.total, summary.baseline_date) == (1, 4, "2026-09-01")

    later = make_visit(workspace, factory, module="QM", visit_type="follow_up", visit_date="2026-10-15")
    for topic in ("QM-01", "QM-02", "QM-03"):
        set_in_place(workspace, later, topic, True, TOPICS)
    set_in_place(workspace, later, "QM-03", False, TOPICS)  # unticked again: the same record, now "no"
    assert len(visit_checks(workspace, later["id"])) == 3
    summary = practice_summary(workspace, later, TOPICS)
    assert summary.phase == "progress" and summary.baseline.in_place == 1 and summary.now.in_place == 2
    assert {c["phase"] for c in visit_checks(workspace, later["id"]).values()} == {"progress"}


def test_a_final_visit_checks_in_the_final_phase(workspace):
    factory = make_enterprise(workspace)
    set_in_place(workspace, make_visit(workspace, factory, module="QM", visit_date="2026-09-01"), "QM-01", True,
                 TOPICS)
    final = make_visit(workspace, factory, module="QM", visit_type="final", visit_date="2026-11-01")
    assert set_in_place(workspace, final, "QM-02", True, TOPICS)["phase"] == "final"


def test_last_time_is_the_previous_visit_of_the_same_module(workspace):
    factory = make_enterprise(workspace)
    old = make_visit(workspace, factory, module="QM", visit_date="2026-08-01")
    previous = make_visit(workspace, factory, module="QM", visit_date="2026-09-01")
    make_visit(workspace, factory, module="OSH", visit_date="2026-10-01")  # another module in between
    finding = make_observation(workspace, previous, topic="QM-02", rating="improve", text="No first-piece check")
    make_observation(workspace, old, topic="QM-02", text="older")
    set_in_place(workspace, previous, "QM-01", True, TOPICS)
    now = make_visit(workspace, factory, module="QM", visit_date="2026-11-01")
    found = last_time(workspace, now)
    assert found.visit["id"] == previous["id"]
    assert [f["id"] for f in found.findings["QM-02"]] == [finding["id"]] and found.in_place == {"QM-01": True}
    assert last_time(workspace, old) is None
