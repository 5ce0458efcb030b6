"""Deleting an enterprise, a visit or an EIT member, with what belongs to it, and bringing it all back.

What goes with each (soft deletes: tombstones that sync, restored by :func:`restore`):

- a **visit**: its findings, their photos and the visit's own, the actions agreed at it with their "after"
  photos, its practice checks. Its KPI readings stay: they are the enterprise's figures for a period, whichever
  visit they were typed at.
- an **enterprise**: everything recorded for it (EIT, visits and all the above, KPI readings, suggestions, its
  enrolments in classroom sessions and its participants). The sessions themselves stay, being shared with other
  factories (one only it attended is no longer listed), and so do coordinators' reviews, which are theirs.
- an **EIT member**: the member alone. Actions they own keep them as their owner and past visits among their
  attendees, as for a member who left; deleting is for a member added by mistake.

The record is deleted first, then what belongs to it, all in one transaction. Restoring brings back the record
and what was deleted *after* it (by the hybrid logical clock of each tombstone), so a finding deleted on its own
before its visit stays in the trash when the visit comes back.
"""

from __future__ import annotations

from dataclasses import dataclass

from score_desktop.domain.hlc import hlc_key
from score_desktop.store.workspace import Workspace

#: The entities whose deletion takes others with it.
CASCADING = ("enterprise", "visit")
#: Entities an enterprise's deletion leaves alone: shared with other enterprises, or written by coordinators.
_KEPT_WITH_ENTERPRISE = ("training_session", "review")
#: The order an enterprise's records are deleted in (children before the records they hang on, after it).
_ENTERPRISE_PARTS = ("attendance", "training_enrolment", "photo", "practice_check", "action_item", "observation",
                     "kpi_reading", "suggestion", "visit", "eit_member")


@dataclass(frozen=True)
class Part:
    entity: str
    record_id: str


def parts(ws: Workspace, entity: str, record_id: str, *, deleted: bool = False) -> list[Part]:
    """What goes with the record: live records (``deleted=False``) to delete, or tombstones to restore."""
    state = 1 if deleted else 0
    if entity == "enterprise":
        found = []
        for part in _ENTERPRISE_PARTS:
            rows = ws.conn.execute(f"SELECT id FROM {part} WHERE enterprise_id = ? AND deleted = ?",
                                   (record_id, state))
            found += [Part(part, row[0]) for row in rows]
        return found
    if entity == "visit":
        return _visit_parts(ws, record_id, state)
    return []


def _visit_parts(ws: Workspace, visit_id: str, state: int) -> list[Part]:
    def ids(sql: str, params: tuple) -> list[str]:
        return [row[0] for row in ws.conn.execute(sql, params)]

    findings = ids("SELECT id FROM observation WHERE visit_id = ? AND deleted = ?", (visit_id, state))
    actions = ids("SELECT id FROM action_item WHERE visit_id = ? AND deleted = ?", (visit_id, state))
    photos = ids("SELECT id FROM photo WHERE deleted = ? AND (visit_id = ? OR observation_id IN (SELECT id FROM "
                 "observation WHERE visit_id = ?) OR action_item_id IN (SELECT id FROM action_item WHERE "
                 "visit_id = ?))", (state, visit_id, visit_id, visit_id))
    checks = ids("SELECT id FROM practice_check WHERE visit_id = ? AND deleted = ?", (visit_id, state))
    return ([Part("photo", i) for i in photos] + [Part("practice_check", i) for i in checks]
            + [Part("action_item", i) for i in actions] + [Part("observation", i) for i in findings])


def signed_visits(ws: Workspace, entity: str, record_id: str) -> int:
    """How many signed visits stand in the way: a signed visit is the enterprise's signed record, which the lock
    never deletes (here nor on the server); it is reopened, with a reason, before it can go."""
    if entity == "visit":
        return ws.conn.execute("SELECT count(*) FROM visit WHERE id = ? AND status = 'signed' AND deleted = 0",
                               (record_id,)).fetchone()[0]
    if entity == "enterprise":
        return ws.conn.execute("SELECT count(*) FROM visit WHERE enterprise_id = ? AND status = 'signed' "
                               "AND deleted = 0", (record_id,)).fetchone()[0]
    return 0


def counts(ws: Workspace, entity: str, record_id: str) -> dict[str, int]:
    """How many records of each entity would go with it (for the question before deleting)."""
    found: dict[str, int] = {}
    for part in parts(ws, entity, record_id):
        found[part.entity] = found.get(part.entity, 0) + 1
    return found


def delete(ws: Workspace, entity: str, record_id: str) -> None:
    """Delete the record, then what belongs to it, in one transaction (one change notification). With a signed
    visit among them the lock refuses (VisitLockedError) and nothing is deleted: ask :func:`signed_visits` first."""
    repositories = ws.repositories
    with ws.transaction():
        repositories[entity].delete(record_id)
        for part in parts(ws, entity, record_id):
            repositories[part.entity].delete(part.record_id)


def restore(ws: Workspace, entity: str, record_id: str) -> None:
    """Bring back the record and what was deleted with it (after it), in one transaction."""
    repositories = ws.repositories
    with ws.transaction():
        tombstone = repositories[entity].get(record_id, include_deleted=True)
        deleted_at = hlc_key(tombstone["updated_hlc"])
        repositories[entity].restore(record_id)
        for part in reversed(parts(ws, entity, record_id, deleted=True)):
            record = ws.read_record(repositories[part.entity].spec, part.record_id)
            if record is not None and record["updated_hlc"] and hlc_key(record["updated_hlc"]) > deleted_at:
                repositories[part.entity].restore(part.record_id)

