"""The action lists (score_desktop/store/actions.py): filters, sorting, paging and an action's photos."""

from __future__ import annotations

import datetime as dt

import pytest

from score_desktop.store.actions import (ActionFilter, action_rows, actions_of_visit, actions_page, after_photos,
                                         before_photos, count_actions, enterprise_choices)
from tests.builders import make_action_item, make_eit_member, make_enterprise, make_observation, make_visit

TODAY = dt.date(2026, 11, 26)
SHA = "cd" * 32


@pytest.fixture
def plan(workspace):
    """Two factories with actions of every kind: overdue, due this week, later, done, dropped."""
    huamei, changfeng = make_enterprise(workspace, name="华美"), make_enterprise(workspace, name="长丰")
    wang = make_eit_member(workspace, huamei, name="王芳")
    li = make_eit_member(workspace, huamei, name="李娜")
    visit = make_visit(workspace, huamei, module="OSH", visit_date="2026-10-01")
    other = make_visit(workspace, changfeng, module="QM", visit_date="2026-10-02")
    actions = {
        "overdue": make_action_item(workspace, visit, title="Clear exit", due_date="2026-11-01", owner_id=wang["id"],
                                    module="OSH"),
        "late_in_progress": make_action_item(workspace, other, title="Gauge log", due_date="2026-11-20",
                                             status="in_progress", module="QM"),
        "this_week": make_action_item(workspace, visit, title="Guard press", due_date="2026-11-30",
                                      owner_id=li["id"], module="OSH"),
        "later": make_action_item(workspace, visit, title="Drill", due_date="2027-01-15", module="OSH"),
        "done": make_action_item(workspace, visit, title="Labels", due_date="2026-11-02", status="done",
                                 completed_date="2026-11-01", module="OSH"),
        "dropped": make_action_item(workspace, other, title="Old idea", due_date="2026-10-20", status="dropped",
                                    module="QM"),
    }
    return {"huamei": huamei, "changfeng": changfeng, "wang": wang, "visit": visit, **actions}


def titles(workspace, action_filter, **options):
    return [row["title"] for row in actions_page(workspace, action_filter, today=TODAY, **options)]


def test_the_default_list_is_what_is_still_to_do_by_due_date(workspace, plan):
    assert titles(workspace, ActionFilter()) == ["Clear exit", "Gauge log", "Guard press", "Drill"]
    assert count_actions(workspace, ActionFilter(), today=TODAY) == 4
    assert count_actions(workspace, ActionFilter(status=None), today=TODAY) == 6


@pytest.mark.parametrize(("action_filter", "expected"), [
    (ActionFilter(due="overdue"), ["Clear exit", "Gauge log"]),
    (ActionFilter(due="this_week"), ["Guard press"]),
    (ActionFilter(status="done"), ["Labels"]),
    (ActionFilter(status="dropped", due=None), ["Old idea"]),
    (ActionFilter(module="QM", status=None), ["Old idea", "Gauge log"]),
])
def test_filters_narrow_the_list(workspace, plan, action_filter, expected):
    assert titles(workspace, action_filter) == expected
    assert count_actions(workspace, action_filter, today=TODAY) == len(expected)


def test_filters_by_enterprise_and_owner(workspace, plan):
    assert titles(workspace, ActionFilter(enterprise_id=plan["huamei"]["id"])) == ["Clear exit", "Guard press",
                                                                                   "Drill"]
    rows = actions_page(workspace, ActionFilter(owner_id=plan["wang"]["id"]), today=TODAY)
    assert [(r["title"], r["owner_name"], r["enterprise_name"]) for r in rows] == [("Clear exit", "王芳", "华美")]


def test_a_navigator_request_becomes_a_filter():
    assert ActionFilter.from_dict({"due": "overdue"}) == ActionFilter(status="todo", due="overdue")
    with pytest.raises(TypeError):
        ActionFilter.from_dict({"colour": "red"})


def test_sorting_and_paging(workspace, plan):
    assert titles(workspace, ActionFilter(), order_by="title asc") == ["Clear exit", "Drill", "Gauge log",
                                                                       "Guard press"]
    assert titles(workspace, ActionFilter(), order_by="enterprise desc", limit=1) == ["Gauge log"]
    assert titles(workspace, ActionFilter(), order_by="due_date asc", limit=2, offset=2) == ["Guard press", "Drill"]
    with pytest.raises(ValueError):
        actions_page(workspace, ActionFilter(), today=TODAY, order_by="title; drop table action_item")


def test_rows_by_id_and_the_plan_of_a_visit(workspace, plan):
    assert [row["title"] for row in action_rows(workspace, [plan["done"]["id"]])] == ["Labels"]
    assert [row["title"] for row in actions_of_visit(workspace, plan["visit"]["id"])] == [
        "Clear exit", "Guard press", "Drill", "Labels"]
    assert [name for _id, name in enterprise_choices(workspace)] == ["华美", "长丰"]


def test_the_findings_photos_are_the_before_and_the_actions_own_are_the_after(workspace):
    finding = make_observation(workspace)
    photo = {"sha256": SHA, "size": 10, "mime": "image/jpeg"}
    before = workspace.photos.create(observation_id=finding["id"], kind="before", **photo)
    workspace.photos.create(observation_id=finding["id"], kind="signature", **photo)
    action = make_action_item(workspace, workspace.visits.get(finding["visit_id"]), observation_id=finding["id"])
    after = workspace.photos.create(action_item_id=action["id"], kind="after", **photo)
    assert [p["id"] for p in before_photos(workspace, action)] == [before["id"]]
    assert [p["id"] for p in after_photos(workspace, action["id"])] == [after["id"]]
    assert before_photos(workspace, {**action, "observation_id": None}) == []
