"""The read-only questions of the trainer's screens (score_desktop/store/queries.py)."""

from __future__ import annotations

import pytest

from score_desktop.store import queries
from tests.builders import (make_action_item, make_eit_member, make_enterprise, make_observation, make_visit)

SHA = "ab" * 32


def _photo(ws, observation, **overrides):
    fields = {"observation_id": observation["id"], "sha256": SHA, "size": 10, "mime": "image/jpeg"}
    return ws.photos.create(**{**fields, **overrides})


def test_visits_between_is_inclusive_and_names_the_enterprise(workspace):
    factory = make_enterprise(workspace, name="华美服装")
    inside = make_visit(workspace, factory, visit_date="2026-11-23")
    make_visit(workspace, factory, visit_date="2026-11-29")
    make_visit(workspace, factory, visit_date="2026-11-30")
    rows = queries.visits_between(workspace, "2026-11-23", "2026-11-29")
    assert [row["visit_date"] for row in rows] == ["2026-11-23", "2026-11-29"]
    assert rows[0]["id"] == inside["id"] and rows[0]["enterprise_name"] == "华美服装"


def test_unfinished_visits_are_past_drafts_only(workspace):
    factory = make_enterprise(workspace)
    past_draft = make_visit(workspace, factory, visit_date="2026-11-01", status="draft")
    make_visit(workspace, factory, visit_date="2026-11-02", status="final")
    make_visit(workspace, factory, visit_date="2026-12-01", status="draft")
    assert [row["id"] for row in queries.unfinished_visits(workspace, "2026-11-26")] == [past_draft["id"]]


def test_overdue_actions_are_grouped_per_enterprise(workspace):
    first, second = make_enterprise(workspace, name="A"), make_enterprise(workspace, name="B")
    visit_a, visit_b = make_visit(workspace, first), make_visit(workspace, second)
    make_action_item(workspace, visit_a, due_date="2026-11-01")
    make_action_item(workspace, visit_a, due_date="2026-11-10", status="in_progress")
    make_action_item(workspace, visit_a, due_date="2026-11-01", status="done")
    make_action_item(workspace, visit_b, due_date="2026-11-05")
    make_action_item(workspace, visit_b, due_date="2026-12-05")
    groups = queries.overdue_actions_by_enterprise(workspace, "2026-11-26")
    assert [(g.enterprise_name, g.count, g.oldest_due) for g in groups] == [("A", 2, "2026-11-01"),
                                                                          ("B", 1, "2026-11-05")]


def test_open_actions_before_carries_earlier_open_actions_only(workspace):
    factory = make_enterprise(workspace)
    owner = make_eit_member(workspace, factory, name="王芳")
    earlier = make_visit(workspace, factory, visit_date="2026-10-01")
    current = make_visit(workspace, factory, visit_date="2026-11-20")
    later = make_visit(workspace, factory, visit_date="2026-12-20")
    carried = make_action_item(workspace, earlier, owner_id=owner["id"])
    make_action_item(workspace, earlier, status="done")
    make_action_item(workspace, current)
    make_action_item(workspace, later)
    rows = queries.open_actions_before(workspace, factory["id"], current)
    assert [row["id"] for row in rows] == [carried["id"]]
    assert rows[0]["owner_name"] == "王芳" and rows[0]["from_visit_date"] == "2026-10-01"


def test_findings_of_visit_come_in_order_with_their_photo_count(workspace):
    visit = make_visit(workspace)
    second = make_observation(workspace, visit, position=1)
    first = make_observation(workspace, visit, position=0)
    gone = make_observation(workspace, visit, position=2)
    workspace.observations.delete(gone["id"])
    _photo(workspace, second)
    _photo(workspace, second)
    workspace.photos.delete(_photo(workspace, second)["id"])
    rows = queries.findings_of_visit(workspace, visit["id"])
    assert [(row["id"], row["photo_count"]) for row in rows] == [(first["id"], 0), (second["id"], 2)]
    assert queries.next_position(workspace, "observation", visit_id=visit["id"]) == 2
    assert queries.next_position(workspace, "photo", observation_id=first["id"]) == 0


def test_enterprise_filter_narrows_by_city_sector_sponsor_and_module(workspace):
    garments = make_enterprise(workspace, name="G", city="Guangzhou", sector="garments", sponsors=["Brand A", "B2"])
    make_enterprise(workspace, name="S", city="Shanghai", sector="shoes", sponsors=["B2"])
    make_visit(workspace, garments, module="QM")

    def names(**filters):
        where, args = queries.EnterpriseFilter(**filters).where()
        return sorted(e["name"] for e in workspace.enterprises.list(where=where, where_args=args))

    assert names() == ["G", "S"]
    assert names(city="Shanghai") == ["S"]
    assert names(sponsor="Brand A") == ["G"] and names(sponsor="B2") == ["G", "S"]
    assert names(module="QM", sector="garments") == ["G"] and names(module="OSH") == []
    choices = queries.enterprise_filter_choices(workspace)
    assert choices == {"city": ["Guangzhou", "Shanghai"], "sector": ["garments", "shoes"],
                       "sponsor": ["B2", "Brand A"], "module": ["QM"]}


def test_visit_and_action_pages_sort_and_count(workspace):
    factory = make_enterprise(workspace, name="华美")
    owner = make_eit_member(workspace, factory, name="李娜")
    old, new = make_visit(workspace, factory, visit_date="2026-01-01"), make_visit(workspace, factory)
    make_action_item(workspace, old, owner_id=owner["id"], due_date="2026-02-01")
    make_action_item(workspace, new, status="done")
    assert [v["id"] for v in queries.visits_page(workspace)] == [new["id"], old["id"]]
    assert [v["id"] for v in queries.visits_page(workspace, order_by="visit_date asc", limit=1)] == [old["id"]]
    assert queries.count_visits(workspace, enterprise_id=factory["id"]) == 2
    open_actions = queries.actions_page(workspace)
    assert len(open_actions) == 1 and open_actions[0]["owner_name"] == "李娜"
    assert queries.count_actions(workspace) == 1 and queries.count_actions(workspace, only_open=False) == 2
    with pytest.raises(ValueError):
        queries.visits_page(workspace, order_by="visit_date; DROP TABLE visit")


def test_trash_lists_deleted_findings_and_photos_newest_first(workspace):
    finding = make_observation(workspace, text="出口堵塞")
    photo = _photo(workspace, finding, caption="Exit")
    workspace.observations.delete(finding["id"])
    workspace.photos.delete(photo["id"])
    items = queries.trash(workspace)
    assert [(i.entity, i.title) for i in items] == [("photo", "Exit"), ("observation", "出口堵塞")]
    workspace.photos.restore(photo["id"])
    assert [i.entity for i in queries.trash(workspace)] == ["observation"]
