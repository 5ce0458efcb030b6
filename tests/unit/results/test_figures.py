"""Programme results over a small hand-built programme: each figure as a coordinator would count it by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from score_desktop.reports.common import shipped_catalog
from score_desktop.results.figures import ResultFilter, choices, figures
from tests.builders import (make_action_item, make_eit_member, make_enterprise, make_kpi_reading, make_participant,
                            make_training_session, make_visit)

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def programme(workspace):
    huamei = make_enterprise(workspace, province="广东", sponsors=["ETI Brand"])
    xinda = make_enterprise(workspace, name="新达鞋业", province="重庆", sponsors=["Other Brand"])
    # Defect rate, lower is better: Huamei 4 -> 3 (better), Xinda 5 -> 6 (worse; a corrected reading of 7 is
    # superseded by the 6 and counts no more).
    make_kpi_reading(workspace, huamei, value=4.0, numerator=160.0)
    make_kpi_reading(workspace, huamei, value=3.0, numerator=120.0, phase="progress", period_start="2026-11-01",
                     period_end="2026-11-30")
    make_kpi_reading(workspace, xinda, value=5.0, numerator=200.0)
    wrong = make_kpi_reading(workspace, xinda, value=7.0, numerator=280.0, phase="progress",
                             period_start="2026-11-01", period_end="2026-11-30")
    make_kpi_reading(workspace, xinda, value=6.0, numerator=240.0, phase="progress", period_start="2026-11-01",
                     period_end="2026-11-30", supersedes_id=wrong["id"])
    wc = make_visit(workspace, huamei, module="WC", visit_date="2026-10-10", trainer="Wang Fang")
    qm = make_visit(workspace, xinda, module="QM", visit_date="2026-11-10", trainer="Li Qiang")
    workspace.conn.execute("UPDATE visit SET created_by = 'wang.fang' WHERE id = ?", (wc["id"],))
    workspace.conn.commit()
    on_time = make_action_item(workspace, wc, status="done", due_date="2026-11-01", completed_date="2026-10-30")
    late = make_action_item(workspace, wc, status="done", due_date="2026-10-20", completed_date="2026-10-25")
    overdue = make_action_item(workspace, qm, status="open", due_date="2026-11-20")
    coming = make_action_item(workspace, qm, status="in_progress", due_date="2026-12-20")
    make_eit_member(workspace, huamei, name="李娜", side="worker", gender="female")
    make_eit_member(workspace, huamei, name="张伟", side="manager", gender="male")
    make_eit_member(workspace, xinda, name="陈静", side="worker", gender="female", to_date="2026-01-31")  # left
    session = make_training_session(workspace, huamei, xinda)
    make_participant(workspace, session, huamei, name="王芳", days_present=session["dates"], feedback_content=5)
    make_participant(workspace, session, xinda, name="刘强", gender="male", days_present=session["dates"][:1],
                     feedback_content=3)
    return {"ws": workspace, "huamei": huamei, "xinda": xinda, "wc": wc, "qm": qm, "on_time": on_time,
            "late": late, "overdue": overdue, "coming": coming}


def test_every_figure_of_the_whole_programme(programme):
    shown = figures(programme["ws"], shipped_catalog(), today=TODAY)
    assert set(shown.enterprise_ids) == {programme["huamei"]["id"], programme["xinda"]["id"]}
    assert shown.visit_ids == [programme["wc"]["id"], programme["qm"]["id"]]
    (defects,) = [kpi for kpi in shown.kpis if kpi.code == "defect_rate"]
    assert defects.improved_ids == [programme["huamei"]["id"]] and defects.worse_ids == [programme["xinda"]["id"]]
    assert defects.median_change == pytest.approx((-25.0 + 20.0) / 2)
    actions = shown.actions
    assert (actions.on_time_ids, actions.late_ids) == ([programme["on_time"]["id"]], [programme["late"]["id"]])
    assert (actions.overdue_ids, actions.open_ids) == ([programme["overdue"]["id"]], [programme["coming"]["id"]])
    assert (shown.eit.members, shown.eit.managers, shown.eit.workers, shown.eit.women) == (2, 1, 1, 1)
    training = shown.training
    assert (training.participants, training.full_attendance, training.women) == (2, 1, 1)
    assert training.satisfaction["feedback_content"] == pytest.approx(4.0)
    assert shown.visits_per_trainer == [("Li Qiang", "2026-11", 1), ("wang.fang", "2026-10", 1)]


def test_the_filters_narrow_every_figure(programme):
    ws, catalog = programme["ws"], shipped_catalog()
    by_sponsor = figures(ws, catalog, ResultFilter(sponsor="ETI Brand"), today=TODAY)
    assert by_sponsor.enterprise_ids == [programme["huamei"]["id"]]
    assert by_sponsor.actions.overdue_ids == [] and len(by_sponsor.actions.on_time_ids) == 1
    assert by_sponsor.training.participants == 1
    by_trainer = figures(ws, catalog, ResultFilter(trainer="wang.fang"), today=TODAY)  # the account, not the name
    assert by_trainer.visit_ids == [programme["wc"]["id"]]
    by_module = figures(ws, catalog, ResultFilter(module="QM"), today=TODAY)
    assert by_module.visit_ids == [programme["qm"]["id"]] and by_module.enterprise_ids == [programme["xinda"]["id"]]
    by_period = figures(ws, catalog, ResultFilter(first_day="2026-11-01", last_day="2026-11-30"), today=TODAY)
    assert by_period.visit_ids == [programme["qm"]["id"]]
    by_province = figures(ws, catalog, ResultFilter(province="广东"), today=TODAY)
    assert by_province.enterprise_ids == [programme["huamei"]["id"]]
    assert choices(ws)["trainer"] == ["Li Qiang", "wang.fang"]


def test_a_photo_counts_as_received_once_the_server_holds_it_or_it_is_here(programme):
    ws, catalog = programme["ws"], shipped_catalog()
    for n in range(2):
        ws.photos.create(sha256=f"{n:064x}", size=10, mime="image/jpeg", enterprise_id=programme["huamei"]["id"],
                         visit_id=programme["wc"]["id"])
    shown = figures(ws, catalog, today=TODAY)
    assert (shown.photos_expected, shown.photos_received) == (2, 0)  # neither here nor known to the server
    with ws.transaction():
        ws.conn.execute("INSERT INTO server_blob (sha256, checked_at) VALUES (?, '2026-11-28T00:00:00Z')",
                        (f"{0:064x}",))
    assert figures(ws, catalog, today=TODAY).photos_received == 1


def test_a_practice_counts_for_its_topics_module_whichever_visit_checked_it(programme):
    """A baseline visit may assess every module's practices; each topic counts for its own module."""
    ws = programme["ws"]
    wc, qm = programme["wc"], programme["qm"]
    later_qm = make_visit(ws, programme["huamei"], module="QM", visit_date="2026-11-15")
    for visit, topic, in_place in ((wc, "WC-01", False), (wc, "QM-01", False), (wc, "QM-02", True),
                                   (later_qm, "QM-01", True), (later_qm, "QM-02", True), (qm, "QM-01", False)):
        ws.practice_checks.create(visit_id=visit["id"], topic=topic, in_place=in_place, phase="baseline")
    practice = {p.module: p for p in figures(ws, shipped_catalog(), today=TODAY).practice}
    assert practice["WC"].enterprise_ids == [programme["huamei"]["id"]]
    assert (practice["WC"].baseline, practice["WC"].latest) == (0.0, 0.0)
    # Huamei: 50 % at the WC visit, 100 % at the later QM visit; Xinda: 0 % at its one QM visit.
    assert sorted(practice["QM"].enterprise_ids) == sorted([programme["huamei"]["id"], programme["xinda"]["id"]])
    assert practice["QM"].baseline == pytest.approx((50 + 0) / 2) and practice["QM"].latest == pytest.approx(50.0)
