"""Signing a visit renders its report once, into the workspace's document store; printing a signed visit gives
that document, byte for byte.

Signing is two steps so the slow one can run off the GUI thread: :func:`prepare_signature` renders the signed
report (reading the workspace, writing only the document file) and :func:`record_signature` records it
(:func:`score_desktop.store.signoff.sign_visit`: one short transaction). :func:`sign` does both, for the command
line and tests.

:func:`print_visit_report` is what every "print this visit" goes through: a draft prints fresh as it is now; a
signed visit prints its stored document, or, asked in another language, a copy marked on every page as an
unsigned translation of it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from score_desktop.domain import signatures
from score_desktop.domain.catalog import Catalog
from score_desktop.domain.signoff import SIGNED
from score_desktop.errors import DiskFullError, SignOffError
from score_desktop.paths import private_folder
from score_desktop.reports.common import Progress, ReportResult, report_language
from score_desktop.reports.layout import CannotWriteReport
from score_desktop.reports.signoff_blocks import SignedAs
from score_desktop.reports.visit_report import build_visit_report
from score_desktop.store import signoff
from score_desktop.store.documents import DocumentStore, StoredDocument
from score_desktop.store.records import Record, utc_now
from score_desktop.store.workspace import Workspace

#: An action's fields a signed report keeps as they were at signing (the rest is locked with the visit).
ACTION_SNAPSHOT_FIELDS = ("status", "completed_date", "actual_saving", "note")


@dataclass(frozen=True)
class PreparedSignature:
    """A rendered signed report waiting to be recorded."""

    visit_id: str
    document: StoredDocument
    fingerprint: str
    signed_at: str
    lang: str
    paper: str
    snapshot: dict[str, Any]
    pages: int


@dataclass(frozen=True)
class PrintedReport:
    path: Path
    #: The signed report printed, or translated; None for a draft printed fresh.
    signed_report: Record | None
    translation: bool
    #: Pages and photos of a report built now (None for a stored document copied as it is).
    result: ReportResult | None


def prepare_signature(ws: Workspace, visit_id: str, *, lang: str | None = None, paper: str = "a4",
                      organisation: str | None = None, logo: Path | None = None, progress: Progress | None = None,
                      is_cancelled: Callable[[], bool] | None = None, catalog: Catalog | None = None,
                      now: str | None = None) -> PreparedSignature:
    """Render the signed report of ``visit_id`` into the document store; nothing is recorded yet.

    Raises :class:`SignOffError` when the visit is signed already or a signature is missing, and
    :class:`ReportCancelled` when ``is_cancelled()`` says so.
    """
    visit = ws.visits.get(visit_id)
    if visit["status"] == SIGNED:
        raise SignOffError(SignOffError.ALREADY_SIGNED)
    if not signatures.complete(signoff.signers(visit)):
        raise SignOffError(SignOffError.NOT_SIGNED)
    fingerprint = signoff.lock_fingerprint(ws, visit_id)
    enterprise = ws.enterprises.get(visit["enterprise_id"], include_deleted=True)
    language = report_language(enterprise, lang)
    revision = signoff.next_revision(ws, visit)
    signed_at = now or utc_now()
    snapshot = {"actions": {action["id"]: {name: action.get(name) for name in ACTION_SNAPSHOT_FIELDS}
                            for action in ws.action_items.list(enterprise_id=visit["enterprise_id"])
                            if action.get("visit_id")}}
    signed = SignedAs(revision.number, signed_at, revision.reopen_reason, revision.reopened_by,
                      revision.reopened_at, actions=snapshot["actions"])
    private_folder(ws.paths.tmp)
    rendered = ws.paths.tmp / f"signing-{uuid.uuid4().hex}.pdf"
    try:
        result = build_visit_report(ws, visit_id, rendered, lang=language, paper=paper, organisation=organisation,
                                    logo=logo, progress=progress, is_cancelled=is_cancelled, catalog=catalog,
                                    signed=signed)
        document = DocumentStore(ws.paths).add(rendered)
    finally:
        rendered.unlink(missing_ok=True)
    return PreparedSignature(visit_id, document, fingerprint, signed_at, language, paper, snapshot, result.pages)


def record_signature(ws: Workspace, prepared: PreparedSignature) -> Record:
    """Record the signature with its document; :class:`SignOffError` if the visit changed since it was rendered."""
    return signoff.sign_visit(ws, prepared.visit_id, prepared.document, fingerprint=prepared.fingerprint,
                              signed_at=prepared.signed_at, lang=prepared.lang, paper=prepared.paper,
                              snapshot=prepared.snapshot)


def sign(ws: Workspace, visit_id: str, **options: Any) -> Record:
    """Render and record the signature of ``visit_id`` in one go; returns its ``signed_report`` record."""
    return record_signature(ws, prepare_signature(ws, visit_id, **options))


def print_visit_report(ws: Workspace, visit_id: str, out_path: Path | str, *, lang: str | None = None,
                       paper: str = "a4", organisation: str | None = None, logo: Path | None = None,
                       progress: Progress | None = None, is_cancelled: Callable[[], bool] | None = None,
                       catalog: Catalog | None = None, printed: dt.date | None = None,
                       fetch: Callable[[Record], None] | None = None) -> PrintedReport:
    """Write the report of ``visit_id`` to ``out_path``: the signed document of a signed visit (``lang`` None or
    its own language), an unsigned translation of it (another ``lang``), or for any other visit a report built now.

    ``fetch(signed_report)`` brings a signed document that is not on this laptop yet (the sync layer's download);
    without it, or when it fails, :class:`SignOffError` says so. A document whose bytes no longer match its hash
    is refused the same way rather than printed.
    """
    out_path = Path(out_path)
    visit = ws.visits.get(visit_id)
    report = signoff.latest_signed_report(ws, visit_id) if visit["status"] == SIGNED else None
    options = {"paper": paper, "organisation": organisation, "logo": logo, "progress": progress,
               "is_cancelled": is_cancelled, "catalog": catalog, "printed": printed}
    if report is None:
        # A draft, or a visit signed by an app that kept no signed document: printed as it is now.
        return PrintedReport(out_path, None, False, build_visit_report(ws, visit_id, out_path, lang=lang, **options))
    original = report.get("lang") or "en"
    if lang is not None and lang != original:
        result = build_visit_report(ws, visit_id, out_path, lang=lang,
                                    signed=SignedAs.of(report, translation_of=original), **options)
        return PrintedReport(out_path, report, True, result)
    copy_signed_document(ws, report, out_path, fetch=fetch)
    if progress is not None:
        progress(1, 1)
    return PrintedReport(out_path, report, False, None)


def copy_signed_document(ws: Workspace, report: Record, out_path: Path,
                         fetch: Callable[[Record], None] | None = None) -> None:
    """Write the stored bytes of a signed report to ``out_path`` (downloading them first with ``fetch``)."""
    store = DocumentStore(ws.paths)
    sha256 = report["sha256"]
    if not store.has(sha256) and fetch is not None:
        fetch(report)
    if not store.has(sha256):
        raise SignOffError(SignOffError.NO_DOCUMENT)
    if not store.verify(sha256):
        raise SignOffError(SignOffError.DAMAGED_DOCUMENT)
    try:
        store.copy_to(sha256, out_path)
    except DiskFullError:
        raise
    except OSError as error:
        raise CannotWriteReport(path=str(out_path), reason=error.strerror or str(error)) from error
