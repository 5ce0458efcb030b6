"""The small demo workspace is realistic enough to try every screen, and the same seed builds the same data."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PIL import Image

from score_desktop.demo.generator import build_demo
from score_desktop.store.check import check_workspace
from score_desktop.store.photos import ext_for_mime
from score_desktop.store.workspace import Workspace

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo") / "ws"
    summary = build_demo(root, size="small", seed=7, today=TODAY)
    with Workspace.open(root) as ws:
        yield summary, ws


def test_small_demo_has_the_promised_shape(demo):
    summary, ws = demo
    enterprises = ws.enterprises.list()
    assert 8 <= len(enterprises) <= 10
    assert {e["city"] for e in enterprises} >= {"Guangzhou", "Shanghai", "Chongqing"}
    assert {e["sector"] for e in enterprises} == {"garments", "shoes", "auto_parts"}
    assert all(e["name"] and e["name_latin"] and e["sponsors"] for e in enterprises)
    assert sum(bool(re.search(r"[\u4e00-\u9fff]", e["name"])) for e in enterprises) >= 8
    for enterprise in enterprises:
        assert 6 <= ws.eit_members.count(enterprise_id=enterprise["id"]) <= 10
        visits = ws.visits.list(enterprise_id=enterprise["id"])
        assert 3 <= len(visits) <= 5
        for visit in visits:
            findings = ws.observations.count(visit_id=visit["id"])
            assert findings == 0 if visit["visit_date"] >= str(TODAY) else 8 <= findings <= 20
    assert {v["module"] for v in ws.visits.list()} == {"WC", "QM", "CP", "HR", "OSH"}
    assert summary.photo_files >= 60


def test_actions_are_done_open_and_overdue(demo):
    _, ws = demo
    statuses = {a["status"] for a in ws.action_items.list()}
    assert {"done", "open"} <= statuses
    overdue = ws.action_items.count(where="status IN ('open', 'in_progress') AND due_date < ?",
                                    where_args=[str(TODAY)])
    assert overdue > 0
    assert ws.visits.count(where="visit_date BETWEEN ? AND ?", where_args=[str(TODAY), str(TODAY + dt.timedelta(6))])


def test_kpi_readings_have_baseline_and_progress(demo):
    _, ws = demo
    phases = {r["phase"] for r in ws.kpi_readings.list()}
    assert phases == {"baseline", "progress"}


def test_vietnamese_and_spanish_records_are_there(demo):
    _, ws = demo
    texts = " ".join(o["text"] for o in ws.observations.list())
    assert "Lối thoát hiểm" in texts and "Salida de emergencia" in texts


def test_photos_are_real_jpegs_some_rotated_by_exif(demo):
    _, ws = demo
    orientations = set()
    for photo in ws.photos.list():
        path = ws.paths.photo_file(photo["sha256"], ext_for_mime(photo["mime"]))
        with Image.open(path) as image:
            assert image.format == "JPEG"
            orientations.add(image.getexif().get(0x0112, 1))
    assert {1, 6} <= orientations


def test_the_demo_workspace_is_whole_and_has_outbox_rows(demo):
    _, ws = demo
    assert check_workspace(ws) == []
    assert ws.waiting_count() == sum(repo.count(include_deleted=True) for repo in ws.repositories.values())
    assert ws.meta("demo") == "small"


def test_same_seed_same_workspace(tmp_path):
    def names(root):
        build_demo(root, size="small", seed=3, today=TODAY)
        with Workspace.open(root) as ws:
            return [(e["name"], e["city"]) for e in ws.enterprises.list(order_by="name")], ws.observations.count()

    assert names(tmp_path / "a") == names(tmp_path / "b")


def test_refuses_to_build_over_an_existing_workspace(tmp_path):
    Workspace.open(tmp_path / "ws").close()
    with pytest.raises(FileExistsError):
        build_demo(tmp_path / "ws")


def test_the_improvement_cycle_is_there_and_coherent(demo, catalog):
    """Actions owned by EIT members of their enterprise, done ones with a saving and often an after photo; practice
    checks at the baseline and later; suggestions; KPIs that mostly improve, with a correction or two."""
    from score_desktop.store.kpis import kpi_series

    _, ws = demo
    members = {m["id"]: m["enterprise_id"] for m in ws.eit_members.list()}
    actions = ws.action_items.list()
    assert all(members[a["owner_id"]] == a["enterprise_id"] and a["observation_id"] for a in actions)
    done = [a for a in actions if a["status"] == "done"]
    assert done and all(a["completed_date"] and a["actual_saving"] is not None for a in done)
    assert any(a["completed_date"] > a["due_date"] for a in done)  # some late
    assert any(a["completed_date"] <= a["due_date"] for a in done)  # some on time
    after = ws.photos.list(where="action_item_id IS NOT NULL")
    assert after and {p["kind"] for p in after} == {"after"}
    assert {c["phase"] for c in ws.practice_checks.list()} >= {"baseline", "progress"}
    assert ws.suggestions.count(implemented=True) and ws.suggestions.count(implemented=False)
    assert ws.kpi_readings.count(where="supersedes_id IS NOT NULL") >= 1
    verdicts = [s.change.improved for e in ws.enterprises.list() for s in kpi_series(ws, e["id"], catalog)
                if s.change.improved is not None]
    assert 0.6 < sum(verdicts) / len(verdicts) < 0.95  # most improve, not all
    assert not ws.kpi_readings.count(where="value > 100 AND kpi IN ('defect_rate', 'on_time_delivery', "
                                           "'absenteeism', 'women_share_workforce')")


def test_each_module_has_classroom_sessions_of_3_to_6_factories_with_absences_and_feedback(demo):
    from score_desktop.domain.training import session_days
    from score_desktop.store import training

    _, ws = demo
    sessions = ws.training_sessions.list(order_by="session_date")
    assert {s["module"] for s in sessions} == {"WC", "QM", "CP", "HR", "OSH"}
    assert training.next_session(ws, TODAY)["module"] == "OSH"  # the coming one, for the Today screen
    absences = feedback = held_people = 0
    for session in sessions:
        assert 3 <= len(training.enterprise_ids(ws, session["id"])) <= 6
        people = [p.record for p in training.participants(ws, session["id"])]
        held = session_days(session)[-1] < str(TODAY)
        for enterprise_id in training.enterprise_ids(ws, session["id"]):
            assert 3 <= sum(p["enterprise_id"] == enterprise_id for p in people) <= 6
        if held:
            held_people += len(people)
            absences += sum(len(p["days_present"] or []) < 2 for p in people)
            feedback += sum(p["feedback_content"] is not None for p in people)
        else:
            assert all(not p["days_present"] for p in people)
    assert 0 < absences < held_people * 0.4 and feedback > held_people * 0.7
    assert any(p["eit_member_id"] for p in ws.attendances.list()) and any(
        not p["eit_member_id"] for p in ws.attendances.list())


@pytest.mark.slow
def test_the_large_demo_bulk_loads_sessions_too(tmp_path):
    summary = build_demo(tmp_path / "large", size="large", seed=1, today=TODAY)
    assert summary.counts["training_session"] >= 150 and summary.counts["attendance"] >= 3000
    with Workspace.open(tmp_path / "large") as ws:
        assert check_workspace(ws) == []


def test_no_team_has_two_people_of_one_name(demo):
    """A classroom session refuses a second participant of one name from one factory as the same person."""
    _summary, ws = demo
    names: dict[str, list[str]] = {}
    for member in ws.eit_members.list(limit=10_000):
        names.setdefault(member["enterprise_id"], []).append(member["name"])
    assert names and all(len(team) == len(set(team)) for team in names.values())


def test_the_demo_builds_on_a_day_and_seed_that_once_drew_one_name_twice(tmp_path):
    """Seed 0 on 28 November 2026 gave a factory's EIT two people named 吴小红, and the demo stopped."""
    summary = build_demo(tmp_path / "ws", size="small", seed=0, today=dt.date(2026, 11, 28))
    assert summary.counts["attendance"] > 0
