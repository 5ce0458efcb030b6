"""The sync's words for the trainer: round messages, record kinds, values of a conflict, times and megabytes.

The sync layer writes English sentences (its templates are marked for translation in the ``Sync`` context); this
module translates them, so the status bar, the Sync screen and the sign-in dialog all say the same thing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt

from score_desktop.domain.entities import ENTITIES
from score_desktop.store import signoff, visit_lock
from score_desktop.store.workspace import Workspace
from score_desktop.sync import attention
from score_desktop.sync.transport import MESSAGES, Outcome
from score_desktop.ui.core import labels
from score_desktop.ui.core.formats import date_text, number_text


def translate(template: str, **params: Any) -> str:
    """A sync template (``Sync`` context) in the UI language, with its ``{placeholders}`` filled."""
    return QCoreApplication.translate("Sync", template).format(**params)


def round_message(outcome: str | None, message: str | None) -> str:
    """A round's message (``RoundResult.message``, ``sync_log.message``) in the UI language.

    The engine keeps only the formatted English sentence; the template of its outcome finds the part the server
    said (``{message}``), which is passed on untranslated.
    """
    if not message or outcome == "ok":
        return ""
    if outcome == "cancelled":
        return QCoreApplication.translate("Sync", "Stopped before the end; it goes on next time.")
    try:
        template = MESSAGES.get(Outcome(outcome), MESSAGES[Outcome.BAD_REQUEST])
    except ValueError:
        return message
    before, marker, after = template.partition("{message}")
    if not marker:
        return translate(template) if message == template else message
    if message.startswith(before) and message.endswith(after) and len(message) >= len(before) + len(after):
        return translate(template, message=message[len(before):len(message) - len(after)])
    return message


def entity_label(entity: str) -> str:
    names = {
        "enterprise": QCoreApplication.translate("Sync", "Enterprise"),
        "eit_member": QCoreApplication.translate("Sync", "EIT member"),
        "training_session": QCoreApplication.translate("Sync", "Training session"),
        "attendance": QCoreApplication.translate("Sync", "Attendance"),
        "visit": QCoreApplication.translate("Sync", "Visit"),
        "observation": QCoreApplication.translate("Sync", "Finding"),
        "photo": QCoreApplication.translate("Sync", "Photo"),
        "action_item": QCoreApplication.translate("Sync", "Action"),
        "kpi_reading": QCoreApplication.translate("Sync", "KPI reading"),
        "practice_check": QCoreApplication.translate("Sync", "Practice check"),
        "suggestion": QCoreApplication.translate("Sync", "Suggestion"),
        "review": QCoreApplication.translate("Sync", "Review"),
        "signed_report": QCoreApplication.translate("Sync", "Signed report"),
        "conflict": QCoreApplication.translate("Sync", "Conflict resolution"),
    }
    return names.get(entity, entity)


def field_label(field: str | None) -> str:
    if field is None:
        return QCoreApplication.translate("Sync", "Deleted or edited")
    names = {
        "name": QCoreApplication.translate("Sync", "Name"),
        "text": QCoreApplication.translate("Sync", "Text"),
        "rating": QCoreApplication.translate("Sync", "Rating"),
        "recommendation": QCoreApplication.translate("Sync", "Recommendation"),
        "caption": QCoreApplication.translate("Sync", "Caption"),
        "title": QCoreApplication.translate("Sync", "Title"),
        "status": QCoreApplication.translate("Sync", "Status"),
        "due_date": QCoreApplication.translate("Sync", "Due date"),
        "visit_date": QCoreApplication.translate("Sync", "Visit date"),
        "city": QCoreApplication.translate("Sync", "City"),
        "value": QCoreApplication.translate("Sync", "Value"),
    }
    return names.get(field, field.replace("_", " ").capitalize())


#: Fields whose stored codes have words in ui/core/labels.py, per entity where the same name means different codes.
_CODED = {"rating": "rating", "visit_type": "visit_type", "kind": "photo_kind", "phase": "phase", "role": "role",
          "side": "side", "gender": "gender"}
_STATUS = {"visit": "visit_status", "action_item": "action_status"}


def value_text(entity: str, field: str | None, value: Any) -> str:
    """One side of a conflict as the trainer reads it."""
    if value is None:
        return QCoreApplication.translate("Sync", "(empty)")
    if field is None:  # the edit of a delete-against-edit conflict: its edited fields
        if isinstance(value, dict):
            shown = ", ".join(f"{field_label(name)}: {value_text(entity, name, item)}"
                              for name, item in value.items() if name not in ("enterprise_id", "deleted"))
            return QCoreApplication.translate("Sync", "Edited: {fields}").format(fields=shown)
        return str(value)
    kind = _STATUS.get(entity) if field == "status" else _CODED.get(field)
    if kind is not None and isinstance(value, str):
        return labels.label(kind, value)
    if isinstance(value, bool):
        return QCoreApplication.translate("Sync", "Yes") if value else QCoreApplication.translate("Sync", "No")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def refusal_reason(ws: Workspace, item: attention.Refused) -> str:
    """Why the server refused a change, in the trainer's words: for the lock of a signed visit, which visit, who
    signed it and when, and what to do; otherwise the server's own sentence."""
    if item.code == "reopen_reason_required":
        return QCoreApplication.translate("Sync", "A signed visit is reopened only with a reason. Reopen it again "
                                                  "from the visit screen, saying why.")
    if item.code != "visit_locked":
        return item.message or item.code
    if item.entity == "signed_report":
        return QCoreApplication.translate("Sync", "A signed report is a document: the server keeps it as it was "
                                                  "signed. Discard this change.")
    visit_id = visit_lock.visit_of(ws.conn, item.entity, item.record_id)
    visit = ws.visits.find(visit_id) if visit_id else None
    report = signoff.latest_signed_report(ws, visit_id) if visit_id else None
    if visit is None or report is None:
        return QCoreApplication.translate(
            "Sync", "The visit was signed: what was recorded at it stays as signed. Discard your change, or reopen "
                    "the visit and send it again.")
    return QCoreApplication.translate(
        "Sync", "The visit of {date} was signed by {who} on {when}: what was recorded at it stays as signed. "
                "Discard your change, or ask {who} to reopen the visit and then send it again.").format(
        date=visit["visit_date"], who=report.get("signed_by") or "?", when=human_time(report["signed_at"]))


def title_of(entity: str, record: dict | None) -> str:
    if record is None:
        return ""
    spec = ENTITIES.get(entity)
    return str(record.get(spec.title_field) or "") if spec else ""


# -- times and sizes ---------------------------------------------------------------------------------------------

def hlc_time(hlc: str | None) -> str | None:
    """The wall-clock moment of a hybrid logical clock value ``<ms>-<counter>-<device>`` as RFC 3339 UTC."""
    try:
        milliseconds = int(str(hlc).split("-", 1)[0])
    except ValueError:
        return None
    if milliseconds <= 0:
        return None
    moment = dt.datetime.fromtimestamp(milliseconds / 1000, dt.timezone.utc)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def human_time(stamp: str | None, now: QDateTime | None = None) -> str:
    """``2026-11-26T06:05:00Z`` -> "today 14:05" in local time (yesterday, a date this year, or a full date)."""
    if not stamp:
        return QCoreApplication.translate("Sync", "never")
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    local = moment.toLocalTime()
    today = (now or QDateTime.currentDateTime()).toLocalTime().date()
    clock = local.toString("HH:mm")
    days = local.date().daysTo(today)
    if days == 0:
        return QCoreApplication.translate("Sync", "today {time}").format(time=clock)
    if days == 1:
        return QCoreApplication.translate("Sync", "yesterday {time}").format(time=clock)
    return f"{date_text(local.date())} {clock}"


def megabytes(size: int) -> str:
    """Bytes as the megabytes a trainer reads: one decimal below 10 MB, none above; never "0.0" for a photo."""
    value = size / (1024 * 1024)
    if size and value < 0.1:
        value = 0.1
    return number_text(value, decimals=1 if value < 10 else 0)
