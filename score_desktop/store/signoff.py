"""Signing and reopening a visit, its signed reports, and what is missing before it is signed.

Signing happens in two steps. The report is rendered first, off the GUI thread, into the document store
(``reports/signing.py``); then :func:`sign_visit` writes, in one transaction, the ``signed_report`` record of the
new revision and the visit's status ``signed``, and from then on :mod:`store.visit_lock` refuses changes to what
was recorded at the visit. A fingerprint of those records, taken before rendering and checked again here, makes
sure the document shows exactly what was signed (a sync may bring a co-visitor's finding meanwhile).

The visit's ``signed`` status is written as a mutation of its own, after every change recorded before it
(``new_mutation``): the server applies the lock as soon as it holds the visit signed, so the findings must reach it
first. Reopening is a mutation of its own too, for the same reason the other way round.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Any

from score_desktop.domain import signatures
from score_desktop.domain.catalog import Catalog
from score_desktop.domain.signoff import DRAFT, SIGNED
from score_desktop.errors import ReopenReasonRequiredError, SignOffError
from score_desktop.store.documents import MIME, StoredDocument
from score_desktop.store.records import Record, utc_now
from score_desktop.store.workspace import Workspace

#: The records a signed visit locks, each with the condition that ties it to the visit.
_LOCKED = (
    ("visit", "id = :visit"),
    ("observation", "visit_id = :visit"),
    ("photo", "visit_id = :visit OR observation_id IN (SELECT id FROM observation WHERE visit_id = :visit)"),
    ("kpi_reading", "visit_id = :visit"),
    ("practice_check", "visit_id = :visit"),
    ("action_item", "visit_id = :visit"),
)


@dataclass(frozen=True)
class Missing:
    """Something a visit should have before it is signed.

    ``kind`` is ``no_findings``, ``action_owner`` or ``action_due_date`` (``record_id`` and ``title`` name the
    action), or ``kpi`` (``code`` is the core KPI not entered at this visit).
    """

    kind: str
    record_id: str | None = None
    title: str = ""
    code: str | None = None


@dataclass(frozen=True)
class Revision:
    """The revision the next signed report of a visit is: 1, or after a reopening, why, by whom and when."""

    number: int
    reopen_reason: str | None = None
    reopened_by: str | None = None
    reopened_at: str | None = None


def missing_before_signing(ws: Workspace, visit: Record, catalog: Catalog) -> list[Missing]:
    """What the visit lacks, in the order a trainer fixes it: findings, the action plan, the core KPIs."""
    missing: list[Missing] = []
    if ws.observations.count(visit_id=visit["id"]) == 0:
        missing.append(Missing("no_findings"))
    for action in ws.action_items.list(visit_id=visit["id"], order_by="created_at"):
        if action["status"] == "dropped":
            continue
        if not action.get("owner_id"):
            missing.append(Missing("action_owner", action["id"], action["title"]))
        if not action.get("due_date"):
            missing.append(Missing("action_due_date", action["id"], action["title"]))
    entered = {row[0] for row in ws.conn.execute(
        "SELECT DISTINCT kpi FROM kpi_reading WHERE visit_id = ? AND deleted = 0", (visit["id"],))}
    missing += [Missing("kpi", code=kpi.code) for kpi in catalog.core_kpis(visit["module"]) if kpi.code not in entered]
    return missing


def lock_fingerprint(ws: Workspace, visit_id: str) -> str:
    """A hash of every record the signature locks, as it is now (any change, pulled or typed, changes it)."""
    digest = hashlib.sha256()
    for entity, condition in _LOCKED:
        for row in ws.conn.execute(f"SELECT id, version, updated_hlc, deleted FROM {entity} WHERE {condition} "
                                   "ORDER BY id", {"visit": visit_id}):
            digest.update(f"{entity}|{'|'.join(map(str, row))}\n".encode())
    return digest.hexdigest()


def signed_reports(ws: Workspace, visit_id: str) -> list[Record]:
    """Every revision of the visit's signed report, the first first."""
    return ws.signed_reports.list(visit_id=visit_id, order_by="revision, signed_at")


def latest_signed_report(ws: Workspace, visit_id: str) -> Record | None:
    reports = signed_reports(ws, visit_id)
    return reports[-1] if reports else None


def next_revision(ws: Workspace, visit: Record) -> Revision:
    done = signed_reports(ws, visit["id"])
    number = max((report.get("revision") or 0 for report in done), default=0) + 1
    if number == 1:
        return Revision(1)
    return Revision(number, visit.get("reopen_reason"), visit.get("reopened_by"), visit.get("reopened_at"))


def signers(visit: Record) -> dict[str, signatures.Signer]:
    return signatures.parse(visit.get("signatures"))


def sign_visit(ws: Workspace, visit_id: str, document: StoredDocument, *, fingerprint: str, signed_at: str,
               lang: str, paper: str, snapshot: dict[str, Any] | None = None) -> Record:
    """Record the signature of ``visit_id`` with its rendered ``document``; returns the ``signed_report`` record.

    Raises :class:`SignOffError` when the visit is signed already, lacks a signature, or changed since
    ``fingerprint`` was taken (nothing is written then).
    """
    with ws.transaction():
        visit = ws.visits.get(visit_id)
        if visit["status"] == SIGNED:
            raise SignOffError(SignOffError.ALREADY_SIGNED)
        people = signers(visit)
        if not signatures.complete(people):
            raise SignOffError(SignOffError.NOT_SIGNED)
        if lock_fingerprint(ws, visit_id) != fingerprint:
            raise SignOffError(SignOffError.CHANGED)
        revision = next_revision(ws, visit)
        report = ws.signed_reports.create(
            visit_id=visit_id, revision=revision.number, sha256=document.sha256, size=document.size, mime=MIME,
            lang=lang, paper=paper, signed_at=signed_at,
            signed_by=people["trainer"].name or visit.get("trainer") or None,
            reopen_reason=revision.reopen_reason, reopened_by=revision.reopened_by,
            reopened_at=revision.reopened_at, snapshot=snapshot or None)
        ws.write("visit", visit_id, {"status": SIGNED, "reopen_reason": None, "reopened_by": None,
                                     "reopened_at": None}, new_mutation=True)
    return report


def reopen_visit(ws: Workspace, visit_id: str, reason: str, *, by: str) -> Record:
    """Reopen a signed visit: it becomes a draft again, its signatures must be drawn anew, and ``reason``, ``by``
    and the time are printed in its next signed report. Raises :class:`ReopenReasonRequiredError` without a
    reason."""
    reason = (reason or "").strip()
    if not reason:
        raise ReopenReasonRequiredError()
    with ws.transaction():
        visit = ws.visits.get(visit_id)
        if visit["status"] != SIGNED:
            raise SignOffError(SignOffError.NOT_SIGNED_YET)
        unsigned = {role: replace(signer, strokes=(), signed_at=None) for role, signer in signers(visit).items()}
        return ws.write("visit", visit_id, {
            "status": DRAFT, "reopen_reason": reason, "reopened_by": by.strip() or None, "reopened_at": utc_now(),
            "signatures": signatures.to_json(unsigned) or None}, new_mutation=True)
