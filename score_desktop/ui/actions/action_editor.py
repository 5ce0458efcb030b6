"""One action of the EIT's plan, edited in place and saved as typed: what, owner, due date, status, module,
expected and actual saving, a note; the finding it came from; its before and after photos.

The owner is picked from the enterprise's current EIT. An owner who has since left stays (somebody has to hand the
action over) with a warning. Marking the action done records today as its completion date, which the trainer may
change, and moves to the actual saving.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from score_desktop.domain.actions import action_problems, owner_has_left, status_changes
from score_desktop.domain.validation import NOT_NUMBER, Problem
from score_desktop.errors import ValidationError
from score_desktop.store import visit_lock
from score_desktop.store.records import Record
from score_desktop.store.workspace import ChangeSet
from score_desktop.ui.actions.before_after import BeforeAfter
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import labels
from score_desktop.ui.core.autosave import AutoSaver
from score_desktop.ui.core.dates import date_box, set_date
from score_desktop.ui.core.numbers import format_number, parse_number

_WARNING = "color: #c62828;"
_MONEY_FIELDS = ("expected_saving", "actual_saving")


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ActionEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._action: Record | None = None
        self._visit_date: str | None = None
        self.saver = AutoSaver(self._save, self)
        self.title = _text_box(self, 2)
        self.title.setPlaceholderText(self.tr("What will the EIT do?"))
        self.owner = QComboBox(self)
        self.due_date = date_box(self)
        self.status = QComboBox(self)
        for code, text in labels.choices("action_status"):
            self.status.addItem(text, code)
        self.module = QComboBox(self)
        self.module.addItem("", None)
        for module in ctx.catalog.modules_in_order():
            self.module.addItem(module.name(ctx.language), module.code)
        self.expected_saving = QLineEdit(self)
        self.completed_date = date_box(self)
        self.actual_saving = QLineEdit(self)
        for box in (self.expected_saving, self.actual_saving):
            box.setPlaceholderText(self.tr("a year, local currency"))
        self.note = _text_box(self, 2)
        self.names = {"title": self.tr("What"), "owner_id": self.tr("Owner"), "due_date": self.tr("Due"),
                      "status": self.tr("Status"), "module": self.tr("Module"),
                      "expected_saving": self.tr("Expected saving"), "completed_date": self.tr("Done on"),
                      "actual_saving": self.tr("Actual saving"), "note": self.tr("Note")}
        self.fields: dict[str, QWidget] = {"title": self.title, "owner_id": self.owner, "due_date": self.due_date,
                                           "status": self.status, "module": self.module,
                                           "expected_saving": self.expected_saving,
                                           "completed_date": self.completed_date,
                                           "actual_saving": self.actual_saving, "note": self.note}
        for field, widget in self.fields.items():
            widget.setObjectName(f"action_{field}")
            read = (lambda w=widget: w.text()) if field in _MONEY_FIELDS else None
            self.saver.bind(field, widget, read, label=self.names[field])
        self.finding = QLabel(self)
        self.finding.setObjectName("actionFinding")
        self.finding.setWordWrap(True)
        self.finding.linkActivated.connect(self._open_finding)
        self.warning = QLabel(self)
        self.warning.setObjectName("ownerWarning")
        self.warning.setStyleSheet(_WARNING)
        self.warning.setWordWrap(True)
        self.locked_note = QLabel(self.tr("Agreed at a signed visit: what was agreed stays as signed; its progress "
                                          "(status, done on, actual saving, note) is still written here."), self)
        self.locked_note.setObjectName("actionLockedNote")
        self.locked_note.setWordWrap(True)
        self.locked_note.hide()
        self.problem = QLabel(self)
        self.problem.setObjectName("actionProblem")
        self.problem.setStyleSheet(_WARNING)
        self.problem.setWordWrap(True)
        self.saver.problem.connect(lambda text: (self.problem.setText(text), self.problem.setVisible(bool(text))))
        self.photos = BeforeAfter(ctx, self)
        self._lay_out()
        self.show_action(None)

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)

        def add(field: str, row: int, column: int, span: int = 1) -> None:
            label = QLabel(self.names[field], self)
            label.setWordWrap(True)  # "Penghematan yang diharapkan" takes two lines rather than the fields' room
            # ... only when it must: a row is as tall as its field on a short screen, and a line more is cut off.
            label.setMinimumWidth(min(label.fontMetrics().horizontalAdvance(label.text()) + 4, 180))
            label.setBuddy(self.fields[field])
            grid.addWidget(label, row, column)
            grid.addWidget(self.fields[field], row, column + 1, 1, span)

        # Two fields a row; the module's name (long in Spanish and French) and the texts get a whole row.
        add("title", 0, 0, 3)
        add("owner_id", 1, 0)
        add("due_date", 1, 2)
        add("status", 2, 0)
        add("completed_date", 2, 2)
        add("module", 3, 0, 3)
        add("expected_saving", 4, 0)
        add("actual_saving", 4, 2)
        add("note", 5, 0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.finding)
        layout.addWidget(self.locked_note)
        layout.addWidget(self.warning)
        layout.addWidget(self.problem)
        layout.addWidget(self.photos, 1)

    # -- showing -------------------------------------------------------------------------------------------------

    @property
    def action_id(self) -> str | None:
        return self._action["id"] if self._action else None

    def show_action(self, action_id: str | None) -> None:
        """Show the action (None: nothing chosen). Pending typing of the previous one is saved first."""
        self.saver.flush()
        self._action = self._ctx.ws.action_items.find(action_id) if action_id else None
        self.problem.hide()
        self.setEnabled(self._action is not None)
        visit = self._ctx.ws.visits.find(self._action["visit_id"]) if self._action and self._action.get(
            "visit_id") else None
        self._visit_date = visit["visit_date"] if visit else None
        self._fill()
        self.photos.show_action(self._action)

    def _fill(self) -> None:
        action = self._action or {}
        self._fill_owners()
        with self.saver.loading():
            self.title.setPlainText(action.get("title") or "")
            set_date(self.due_date, action.get("due_date"))
            self.status.setCurrentIndex(max(0, self.status.findData(action.get("status") or "open")))
            self.module.setCurrentIndex(max(0, self.module.findData(action.get("module"))))
            self.expected_saving.setText(format_number(action.get("expected_saving")))
            set_date(self.completed_date, action.get("completed_date"))
            self.actual_saving.setText(format_number(action.get("actual_saving")))
            self.note.setPlainText(action.get("note") or "")
        self._show_state()
        self._show_finding()

    def _fill_owners(self) -> None:
        """The enterprise's current EIT members, and the action's owner even if they have left (warned about)."""
        action = self._action or {}
        today = dt.date.today()
        members = self._ctx.ws.eit_members.list(enterprise_id=action["enterprise_id"], order_by="name",
                                                include_deleted=True) if action else []
        with self.saver.loading():
            self.owner.clear()
            self.owner.addItem(self.tr("(nobody yet)"), None)
            for member in members:
                left = owner_has_left(member, today)
                if left and member["id"] != action.get("owner_id"):
                    continue
                name = self.tr("{name} (left the EIT)").format(name=member["name"]) if left else member["name"]
                self.owner.addItem(name, member["id"])
            self.owner.setCurrentIndex(max(0, self.owner.findData(action.get("owner_id"))))

    def _show_state(self) -> None:
        """What depends on the values: the completion date only for a done action; the owner's warning; and for an
        action agreed at a signed visit, only its progress (status, done on, actual saving, note) open to change."""
        action = self._action or {}
        open_fields = visit_lock.locked_fields(self._ctx.ws.conn, "action_item", action) if action else None
        for field, widget in self.fields.items():
            editable = open_fields is None or field in open_fields
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)
        self.locked_note.setVisible(open_fields is not None)
        self.completed_date.setEnabled(action.get("status") == "done")
        owner = self._ctx.ws.eit_members.find(action["owner_id"], include_deleted=True) if action.get(
            "owner_id") else None
        left = owner_has_left(owner, dt.date.today())
        self.warning.setVisible(left)
        if left:
            self.warning.setText(self.tr("{name} has left the EIT. The action stays theirs until you choose a current "
                                         "member.").format(name=owner["name"]))

    def _show_finding(self) -> None:
        action = self._action or {}
        finding = self._ctx.ws.observations.find(action["observation_id"]) if action.get("observation_id") else None
        self.finding.setVisible(finding is not None)
        if finding is not None:
            text = (finding.get("text") or "").strip().splitlines()[0:1] or [self.tr("(not written yet)")]
            self.finding.setText(self.tr("From the finding: <a href=\"{id}\">{text}</a>").format(
                id=finding["id"], text=_escape(text[0][:160])))

    def _open_finding(self, finding_id: str) -> None:
        finding = self._ctx.ws.observations.find(finding_id)
        if finding is not None:
            self.saver.flush()
            self._ctx.nav.open_finding.emit(finding["visit_id"], finding_id)

    # -- saving --------------------------------------------------------------------------------------------------

    def _save(self, changes: dict[str, Any]) -> None:
        if self._action is None:
            return
        problems = []
        for field in _MONEY_FIELDS:
            if field in changes:
                changes[field] = parse_number(changes[field] or "")
                if isinstance(changes[field], str):
                    problems.append(Problem(field, "not_number", NOT_NUMBER))
        if "status" in changes:
            changes = {**status_changes(changes["status"], self._action, dt.date.today()), **{
                key: value for key, value in changes.items() if key not in ("status", "completed_date")}}
        problems += action_problems({**self._action, **changes}, visit_date=self._visit_date, today=dt.date.today())
        if problems:
            raise ValidationError("action_item", problems)
        previous_status = self._action["status"]
        self._action = self._ctx.ws.action_items.update(self._action["id"], **changes)
        if "completed_date" in changes:
            with self.saver.loading():
                set_date(self.completed_date, self._action.get("completed_date"))
        self._show_state()
        if self._action["status"] == "done" and previous_status != "done":
            self.actual_saving.setFocus()  # the next thing to write down about a finished action

    def focus_title(self) -> None:
        self.title.setFocus()
        self.title.selectAll()

    # -- refreshing ----------------------------------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        if self._action is None or self._action["enterprise_id"] not in changes.enterprises:
            return
        action_id = self._action["id"]
        if action_id in changes.deleted.get("action_item", set()):
            self.saver.discard()
            self.show_action(None)
            return
        if action_id in changes.updated.get("action_item", set()) and not self.saver.has_pending():
            fresh = self._ctx.ws.action_items.find(action_id)
            if fresh is not None and fresh != self._action:  # changed elsewhere (the list, a sync)
                self._action = fresh
                self._fill()
        elif changes.touches("eit_member"):
            self._fill_owners()
            self._show_state()
        if changes.touches("photo") or changes.touches("observation"):
            self.photos.refresh()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
