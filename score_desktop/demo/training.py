"""Classroom sessions for the demo workspaces: each module's two days in a hotel or training centre, with people
from 3-6 factories of a region, most present both days, a few absent, and feedback from most of them.

The Chinese factories are grouped by region (the south-west round Guangzhou and Chongqing, the east round
Shanghai) and, within a region, into rooms of 3 to 6 factories; every group has one session per module, the
first modules in the past and the last one in the coming days (the Today screen shows it).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any, Callable

from score_desktop.domain.training import consecutive_days, day_fields, present_fields

Add = Callable[..., dict[str, Any]]

VENUES = {"Guangzhou": "广州白云国际会议中心 3 号厅", "Shanghai": "上海浦东职业培训中心 201 室",
          "Chongqing": "重庆两江新区企业服务中心"}
POSITIONS = ["车间主任", "班组长", "缝纫工", "质检员", "仓管员", "人事专员", "设备维修工", "生产经理", "裁剪工"]
COMMENTS = ["案例很实用，回去就可以用。", "希望多一些车间实例。", "培训师讲得很清楚。", "第二天的小组练习最有收获。",
            "时间有点紧。", "Very useful for our line leaders.", "管理人员和工人一起上课很好。"]
REGIONS = (("Guangzhou", "Chongqing"), ("Shanghai",))
#: Days between one module's classroom days and the next module's.
MODULE_SPACING = 35


def add_sessions(add: Add, rng: random.Random, today: dt.date, modules: list[str],
                 factories: list[tuple[dict[str, Any], list[dict[str, Any]]]], name: Callable[[], str],
                 trainers: list[str]) -> int:
    """Plan every group's session of every module through ``add(entity, **fields)``; returns how many."""
    count = 0
    for group in _groups(rng, factories):
        for index, module in enumerate(modules):
            # The last module's days start in the coming week; the earlier ones are spaced back from it.
            first = today + dt.timedelta(days=rng.randint(2, 6) - MODULE_SPACING * (len(modules) - 1 - index))
            _session(add, rng, today, module, consecutive_days(first, 2), group, name, trainers)
            count += 1
    return count


def _groups(rng: random.Random, factories: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> list[list]:
    groups = []
    for cities in REGIONS:
        region = [factory for factory in factories if factory[0].get("city") in cities]
        while region:
            size = min(len(region), rng.randint(3, 6))
            if 0 < len(region) - size < 3:  # never leave a room of one or two factories behind
                size = len(region) if len(region) <= 6 else len(region) - 3
            groups.append(region[:size])
            region = region[size:]
    return groups


def _session(add: Add, rng: random.Random, today: dt.date, module: str, days: list[str], group: list,
             name: Callable[[], str], trainers: list[str]) -> None:
    host = group[0][0]
    lead, second = rng.sample(trainers, 2)
    session = add("training_session", enterprise_id=host["id"], module=module, location=VENUES[host["city"]],
                  city=host["city"], trainer=lead, co_trainers=[second] if rng.random() < 0.5 else None,
                  language="zh_CN", **day_fields(days))
    held = days[-1] < today.isoformat()
    for enterprise, members in group:
        add("training_enrolment", enterprise_id=enterprise["id"], training_session_id=session["id"])
        for person in _people(rng, members, name):
            fields: dict[str, Any] = {"enterprise_id": enterprise["id"], "training_session_id": session["id"],
                                      **person}
            if held:
                fields.update(present_fields(day for day in days if rng.random() < 0.9))
                if rng.random() < 0.85:
                    fields.update(_feedback(rng))
            add("attendance", **fields)


def _people(rng: random.Random, members: list[dict[str, Any]], name: Callable[[], str]) -> list[dict[str, Any]]:
    """3-6 people of a factory: EIT members first, then one or two colleagues who are not on the team."""
    wanted = rng.randint(3, 6)
    chosen = rng.sample(members, min(len(members), wanted - rng.randint(1, 2)))
    people: list[dict[str, Any]] = []
    taken: set[str] = set()
    for m in chosen:
        if m["name"] not in taken:  # one name is one person in the session's eyes
            taken.add(m["name"])
            people.append({"name": m["name"], "eit_member_id": m["id"], "side": m.get("side"),
                           "gender": m.get("gender"), "position": m.get("position") or rng.choice(POSITIONS)})
    while len(people) < wanted:
        candidate = name()
        if candidate not in taken:
            taken.add(candidate)
            people.append({"name": candidate, "side": rng.choice(("worker", "worker", "manager")),
                           "gender": rng.choice(("female", "female", "male")), "position": rng.choice(POSITIONS)})
    return people


def _feedback(rng: random.Random) -> dict[str, Any]:
    score = lambda: rng.choices((2, 3, 4, 5), (1, 3, 8, 9))[0]  # noqa: E731 - the usual spread of paper forms
    fields: dict[str, Any] = {"feedback_content": score(), "feedback_trainer": score(), "feedback_apply": score()}
    if rng.random() < 0.35:
        fields["feedback_comment"] = rng.choice(COMMENTS)
    return fields
