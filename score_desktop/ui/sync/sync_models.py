"""The Sync screen's lists as table models (STYLE.md habit 6): waiting, recent rounds, refused changes, conflicts.

Each list is short (a few dozen rows at most), so each is a :class:`RowsTableModel` filled from a function of the
workspace here; the functions are plain data, so the tests read them without a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from score_desktop.store.workspace import Workspace
from score_desktop.sync import attention, conflicts, state as sync_state, uploads
from score_desktop.ui.core.lazy_model import Column, Row, RowsTableModel
from score_desktop.ui.sync.sync_texts import (entity_label, field_label, hlc_time, human_time, megabytes,
                                             refusal_reason, round_message, title_of, value_text)


# -- what is waiting -------------------------------------------------------------------------------------------

def waiting_rows(ws: Workspace) -> list[Row]:
    rows: list[Row] = [
        {"id": entity, "what": entity_label(entity), "count": count, "size": ""}
        for entity, count in ws.conn.execute(
            "SELECT entity, count(*) FROM outbox WHERE state IN ('pending', 'in_flight') GROUP BY entity "
            "ORDER BY count(*) DESC, entity")]
    photos = uploads.waiting(ws)
    if photos:
        rows.append({"id": "photo_files", "what": QCoreApplication.translate("SyncModels", "Photo files"),
                     "count": len(photos),
                     "size": QCoreApplication.translate("SyncModels", "{megabytes} MB").format(
                         megabytes=megabytes(uploads.waiting_bytes(ws)))})
    return rows


def waiting_model(parent: QObject) -> RowsTableModel:
    return RowsTableModel([
        Column("what", QCoreApplication.translate("SyncModels", "What")),
        Column("count", QCoreApplication.translate("SyncModels", "Waiting")),
        Column("size", QCoreApplication.translate("SyncModels", "Size")),
    ], parent, style=_right_aligned_numbers)


# -- recent rounds ---------------------------------------------------------------------------------------------

def log_rows(ws: Workspace, *, limit: int = 50) -> list[Row]:
    rows = []
    for log_id, started_at, finished_at, outcome, pushed, pulled, uploaded_bytes, message in ws.conn.execute(
            "SELECT id, started_at, finished_at, outcome, pushed, pulled, uploaded_bytes, message FROM sync_log "
            "ORDER BY id DESC LIMIT ?", (limit,)):
        rows.append({"id": log_id, "started_at": started_at, "finished": finished_at is not None,
                     "outcome": outcome, "pushed": pushed, "pulled": pulled,
                     "photos": megabytes(uploaded_bytes) if uploaded_bytes else "",
                     "message": round_message(outcome, message)})
    return rows


def outcome_text(row: Row) -> str:
    if not row["finished"]:
        return QCoreApplication.translate("SyncModels", "Under way or interrupted")
    names = {"ok": QCoreApplication.translate("SyncModels", "Done"),
             "retry": QCoreApplication.translate("SyncModels", "Offline"),
             "sign_in": QCoreApplication.translate("SyncModels", "Sign-in needed"),
             "wrong_device": QCoreApplication.translate("SyncModels", "Sign-in needed"),
             "upgrade": QCoreApplication.translate("SyncModels", "Newer app needed"),
             "cancelled": QCoreApplication.translate("SyncModels", "Stopped")}
    return names.get(row["outcome"], QCoreApplication.translate("SyncModels", "Refused"))


def log_model(parent: QObject) -> RowsTableModel:
    return RowsTableModel([
        Column("started_at", QCoreApplication.translate("SyncModels", "When"),
               text=lambda row: human_time(row["started_at"])),
        Column("outcome", QCoreApplication.translate("SyncModels", "Result"), text=outcome_text),
        Column("pushed", QCoreApplication.translate("SyncModels", "Sent")),
        Column("pulled", QCoreApplication.translate("SyncModels", "Received")),
        Column("photos", QCoreApplication.translate("SyncModels", "Photos (MB)")),
        Column("message", QCoreApplication.translate("SyncModels", "Details")),
    ], parent, style=_log_style)


def _log_style(row: Row, column: Column, role: int) -> Any:
    if role == Qt.ItemDataRole.ForegroundRole and column.key == "outcome" and row["finished"] \
            and row["outcome"] != "ok":
        return QColor("#c62828") if row["outcome"] != "retry" else QColor("#78909c")
    return _right_aligned_numbers(row, column, role)


def _right_aligned_numbers(_row: Row, column: Column, role: int) -> Any:
    if role == Qt.ItemDataRole.TextAlignmentRole and column.key in ("count", "size", "pushed", "pulled", "photos"):
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


# -- needs attention -------------------------------------------------------------------------------------------

def attention_rows(ws: Workspace) -> list[Row]:
    rows = []
    for item in attention.refused(ws):
        what = (QCoreApplication.translate("SyncModels", "{entity}: deletion") if item.op == "delete"
                else QCoreApplication.translate("SyncModels", "{entity}: change")).format(
            entity=entity_label(item.entity))
        rows.append({"id": item.client_seq, "item": item, "what": what,
                     "record": item.title or QCoreApplication.translate("SyncModels", "(no title)"),
                     "fields": ", ".join(field_label(name) for name in item.fields if name != "enterprise_id"),
                     "reason": refusal_reason(ws, item)})
    return rows


def attention_model(parent: QObject) -> RowsTableModel:
    return RowsTableModel([
        Column("record", QCoreApplication.translate("SyncModels", "Record")),
        Column("what", QCoreApplication.translate("SyncModels", "Change")),
        Column("fields", QCoreApplication.translate("SyncModels", "Fields")),
        Column("reason", QCoreApplication.translate("SyncModels", "The server's reason")),
    ], parent)


# -- conflicts -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Side:
    """One value of a conflict as the trainer sees it."""

    #: "winning" (the record holds it now) or "losing" (kept aside in the conflict).
    name: str
    value: Any
    deleted: bool
    who: str
    when: str
    text: str

    @property
    def stands(self) -> bool:
        return self.name == "winning"


def _device_of(hlc: str | None) -> str:
    parts = str(hlc or "").split("-", 2)
    return parts[2] if len(parts) == 3 else ""


def mine_and_theirs(conflict: conflicts.Conflict, *, user_id: str, device_id: str) -> tuple[str, str]:
    """Which side is this trainer's: the one made on this laptop, else the one made by this account. When
    neither is (a coordinator's workspace), "mine" is the value set aside: keeping it brings it back."""
    for match in (lambda side: _device_of(side.get("hlc")) == device_id,
                  lambda side: (side.get("user") or {}).get("id") == user_id):
        if match(conflict.losing):
            return "losing", "winning"
        if match(conflict.winning):
            return "winning", "losing"
    return "losing", "winning"


def _side(conflict: conflicts.Conflict, name: str, user_id: str) -> Side:
    raw = getattr(conflict, name)
    user = raw.get("user") or {}
    who = (QCoreApplication.translate("SyncModels", "you ({username})").format(username=user.get("username", ""))
           if user.get("id") == user_id else user.get("username") or "?")
    deleted = bool(raw.get("deleted"))
    text = QCoreApplication.translate("SyncModels", "Deleted") if deleted else value_text(
        conflict.entity, conflict.field, raw.get("value"))
    return Side(name, raw.get("value"), deleted, who, human_time(hlc_time(raw.get("hlc"))), text)


def conflict_rows(ws: Workspace) -> list[Row]:
    account = sync_state.account(ws)
    user_id = account.user_id if account else ""
    rows = []
    for conflict in conflicts.open_conflicts(ws):
        mine, theirs = mine_and_theirs(conflict, user_id=user_id, device_id=ws.device_id)
        record = ws.repositories[conflict.entity].find(conflict.target_id, include_deleted=True) \
            if conflict.entity in ws.repositories else None
        title = title_of(conflict.entity, record) or entity_label(conflict.entity)
        rows.append({"id": conflict.id, "conflict": conflict, "record": title,
                     "what": entity_label(conflict.entity), "field": field_label(conflict.field),
                     "mine": _side(conflict, mine, user_id), "theirs": _side(conflict, theirs, user_id)})
    return rows


def _side_text(side: Side) -> str:
    return QCoreApplication.translate("SyncModels", "{value}  ·  {who}, {when}").format(
        value=side.text.replace("\n", " "), who=side.who, when=side.when)


def conflict_model(parent: QObject) -> RowsTableModel:
    return RowsTableModel([
        Column("record", QCoreApplication.translate("SyncModels", "Record")),
        Column("field", QCoreApplication.translate("SyncModels", "Field")),
        Column("mine", QCoreApplication.translate("SyncModels", "Mine"), text=lambda row: _side_text(row["mine"])),
        Column("theirs", QCoreApplication.translate("SyncModels", "Theirs"),
               text=lambda row: _side_text(row["theirs"])),
    ], parent)
