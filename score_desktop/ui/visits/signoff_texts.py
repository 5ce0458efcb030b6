"""The sign-off's sentences for the trainer: what is missing before signing, who signed and when, dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt

from score_desktop.domain import signatures
from score_desktop.domain.catalog import Catalog
from score_desktop.store.signoff import Missing


def missing_text(item: Missing, catalog: Catalog, language: str) -> str:
    if item.kind == "no_findings":
        return QCoreApplication.translate("SignOff", "No findings are recorded yet.")
    if item.kind == "action_owner":
        return QCoreApplication.translate("SignOff", "The action “{title}” has no owner.").format(
            title=_short(item.title))
    if item.kind == "action_due_date":
        return QCoreApplication.translate("SignOff", "The action “{title}” has no due date.").format(
            title=_short(item.title))
    if item.kind == "kpi":
        try:
            name = catalog.kpi(item.code or "").name(language)
        except KeyError:
            name = item.code or ""
        return QCoreApplication.translate(
            "SignOff", "The module's core KPI “{kpi}” is not entered at this visit.").format(kpi=name)
    return item.kind


def missing_signatures(people: dict[str, signatures.Signer]) -> list[str]:
    """What the signatures still lack, in words (empty: ready to sign)."""
    lacking = []
    if not people["trainer"].drawn:
        lacking.append(QCoreApplication.translate("SignOff", "The trainer has not signed."))
    if not people["enterprise"].drawn:
        lacking.append(QCoreApplication.translate("SignOff", "The enterprise's representative has not signed."))
    if not people["enterprise"].name.strip():
        lacking.append(QCoreApplication.translate("SignOff", "Type the name of the enterprise's representative."))
    return lacking


def day_text(value: str | None) -> str:
    """``2026-11-20`` (or an RFC 3339 time) as the UI language writes a date."""
    if not value:
        return ""
    day = QDate.fromString(value[:10], "yyyy-MM-dd")
    return QLocale().toString(day, QLocale.FormatType.LongFormat) if day.isValid() else value


def moment_text(value: str | None) -> str:
    """An RFC 3339 UTC time as a local date and time."""
    if not value:
        return ""
    moment = QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return value
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
