"""Builders for test records: ``make_visit(ws, **overrides)`` instead of copy-pasted fixtures (STYLE.md habit 11)."""

from __future__ import annotations

from typing import Any

from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace


def make_enterprise(ws: Workspace, **overrides: Any) -> Record:
    fields = {"name": "广州华美服装有限公司", "name_latin": "Guangzhou Huamei Garments", "city": "Guangzhou",
              "province": "Guangdong", "country": "CN", "sector": "garments", "sponsors": ["Brand A"],
              "headcount_women": 180, "headcount_men": 70}
    return ws.enterprises.create(**{**fields, **overrides})


def make_eit_member(ws: Workspace, enterprise: Record | None = None, **overrides: Any) -> Record:
    enterprise = enterprise or make_enterprise(ws)
    fields = {"enterprise_id": enterprise["id"], "name": "李娜", "role": "member", "side": "worker",
              "gender": "female", "department": "Sewing"}
    return ws.eit_members.create(**{**fields, **overrides})


def make_visit(ws: Workspace, enterprise: Record | None = None, **overrides: Any) -> Record:
    enterprise = enterprise or make_enterprise(ws)
    fields = {"enterprise_id": enterprise["id"], "module": "WC", "visit_type": "consultation",
              "visit_date": "2026-11-20", "status": "draft", "trainer": "Wang Fang"}
    return ws.visits.create(**{**fields, **overrides})


def make_observation(ws: Workspace, visit: Record | None = None, **overrides: Any) -> Record:
    visit = visit or make_visit(ws)
    fields = {"visit_id": visit["id"], "topic": "WC-01", "text": "安全出口被纸箱堵住", "rating": "critical",
              "recommendation": "Keep the exit clear; mark the floor."}
    return ws.observations.create(**{**fields, **overrides})


def make_action_item(ws: Workspace, visit: Record | None = None, **overrides: Any) -> Record:
    visit = visit or make_visit(ws)
    fields = {"visit_id": visit["id"], "title": "Clear the emergency exit on line 3", "status": "open",
              "due_date": "2026-12-01"}
    return ws.action_items.create(**{**fields, **overrides})


def make_kpi_reading(ws: Workspace, enterprise: Record | None = None, **overrides: Any) -> Record:
    enterprise = enterprise or make_enterprise(ws)
    fields = {"enterprise_id": enterprise["id"], "kpi": "defect_rate", "period_start": "2026-10-01",
              "period_end": "2026-10-31", "phase": "baseline", "numerator": 120.0, "denominator": 4000.0,
              "value": 3.0, "source": "records"}
    return ws.kpi_readings.create(**{**fields, **overrides})


def make_training_session(ws: Workspace, *enterprises: Record, **overrides: Any) -> Record:
    """A two-day Workplace Cooperation session with ``enterprises`` (a new one when none is given)."""
    from score_desktop.store import training

    chosen = list(enterprises) or [make_enterprise(ws)]
    fields = {"module": "WC", "dates": ["2026-03-12", "2026-03-13"], "location": "Garden Hotel, Hall B",
              "city": "Guangzhou", "trainer": "Wang Fang", "language": "zh_CN"}
    fields.update(overrides)
    return training.plan_session(ws, enterprise_ids=[e["id"] for e in chosen], **fields)


def make_participant(ws: Workspace, session: Record, enterprise: Record | None = None, **overrides: Any) -> Record:
    from score_desktop.store import training

    enterprise_id = enterprise["id"] if enterprise else session["enterprise_id"]
    fields = {"name": "陈静", "side": "worker", "gender": "female", "position": "Line leader"}
    fields.update(overrides)
    return training.add_participant(ws, session["id"], enterprise_id, **fields)
