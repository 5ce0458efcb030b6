"""A visit report's review page: what the report is (enterprise, module, date, the trainer's account, signed or
final), the report itself through the report preview (the signed document when there is one), the review state
(received, has issues, approved) and the thread of comments.

Setting a state sends what is in the comment box with it ("Has issues: finding 3 needs a photo"), so one click says
both; "Send comment" sends words alone. Keys: Alt+1 received, Alt+2 has issues, Alt+3 approved (as the visit
screen's Alt+1-4 rate a finding), Ctrl+Enter send, Ctrl+P the report.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from score_desktop.errors import NotFoundError, UserError
from score_desktop.store import reviews
from score_desktop.store.records import Record
from score_desktop.store.workspace import ChangeSet
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import labels
from score_desktop.ui.core.errors import show_error
from score_desktop.ui.core.review_thread import ReviewThread
from score_desktop.ui.core.widgets import heading, muted


class ReviewPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._visit: Record | None = None
        self.title = heading("", self, size=1.3)
        self.subtitle = muted("", self)
        self.subtitle.setObjectName("reviewSubtitle")
        self.report_button = QPushButton(self.tr("Open the report…"), self)
        self.report_button.setObjectName("openReport")
        self.report_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Print).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.report_button.clicked.connect(self.open_report)
        report = QAction(self.report_button.text(), self)
        report.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        report.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        report.triggered.connect(self.open_report)
        self.addAction(report)
        self.visit_button = QPushButton(self.tr("Open the visit"), self)
        self.visit_button.setObjectName("openVisit")
        self.visit_button.clicked.connect(lambda: self._visit and self._ctx.nav.open_visit.emit(self._visit["id"]))
        self.state = QLabel(self)
        self.state.setObjectName("reviewState")
        self.thread = ReviewThread(self.tr("Send comment"),
                                   self.tr("A comment for the trainer: what to fix, what is missing, what is good"),
                                   self)
        self.thread.send_requested.connect(self.send_comment)
        self.state_buttons: dict[str, QPushButton] = {}
        for n, code in enumerate(("received", "has_issues", "approved"), start=1):
            button = QPushButton(labels.label("review_state", code), self)
            button.setObjectName(f"state_{code}")
            button.setToolTip(self.tr("Set the review state, with the comment above if any (Alt+{n})").format(n=n))
            button.clicked.connect(lambda _checked=False, c=code: self.set_state(c))
            key = QAction(self.tr("Review state: {state}").format(state=labels.label("review_state", code)), self)
            key.setShortcut(QKeySequence(f"Alt+{n}"))  # an action, so F1 lists it
            key.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.triggered.connect(lambda _checked=False, c=code: self.set_state(c))
            self.addAction(key)
            self.state_buttons[code] = button
            self.thread.buttons.insertWidget(self.thread.buttons.count() - 2, button)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.visit_button)
        header.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(header)
        layout.addWidget(self.state)
        layout.addWidget(heading(self.tr("Comments"), self, size=1.05))
        layout.addWidget(self.thread, 1)

    @property
    def visit_id(self) -> str | None:
        return self._visit["id"] if self._visit else None

    def load(self, visit_id: str) -> None:
        try:
            self._visit = self._ctx.ws.visits.get(visit_id)
        except NotFoundError:
            return
        self._show()

    def _show(self) -> None:
        visit, ws = self._visit, self._ctx.ws
        if visit is None:
            return
        enterprise = ws.enterprises.find(visit["enterprise_id"])
        try:
            module = self._ctx.catalog.module(visit["module"]).name(self._ctx.language)
        except KeyError:
            module = visit["module"]
        self.title.setText(f"{enterprise['name'] if enterprise else ''} — {module}")
        trainer = visit.get("created_by") or visit.get("trainer") or ""
        self.subtitle.setText(" · ".join(part for part in (
            labels.label("visit_type", visit["visit_type"]), visit["visit_date"],
            labels.label("visit_status", visit["status"]),
            self.tr("trainer: {account}").format(account=trainer) if trainer else "",
            ", ".join(enterprise.get("sponsors") or []) if enterprise else "") if part))
        self._show_state()
        self.thread.load(visit["id"], reviews.thread(ws, visit["id"]))

    def _show_state(self) -> None:
        state = reviews.queue_state(self._ctx.ws, self._visit["id"]) if self._visit else None
        review = reviews.review_of(self._ctx.ws, self._visit["id"]) if self._visit else None
        color = labels.REVIEW_COLORS.get(state or "", "#607d8b")
        text = labels.label("review_state", state) if state else self.tr("Not a report to review yet (a draft)")
        by = self.tr(" (set by {reviewer})").format(reviewer=review["reviewer"]) \
            if review and review.get("reviewer") else ""
        self.state.setText(self.tr("Review state: {state}").format(
            state=f"<b style='color:{color}'>{text}</b>{by}"))
        for button in self.state_buttons.values():
            button.setEnabled(state is not None)

    # -- commands --------------------------------------------------------------------------------------------------

    def open_report(self) -> None:
        if self._visit is not None:
            self._ctx.nav.open_report.emit(self._visit["id"])

    def set_state(self, state: str) -> None:
        if self._visit is None:
            return
        try:
            reviews.set_state(self._ctx.ws, self._visit["id"], state, self.thread.text())
        except UserError as error:
            show_error(error, self)
            return
        self.thread.clear_draft()

    def send_comment(self, text: str) -> None:
        if self._visit is None:
            return
        try:
            reviews.add_comment(self._ctx.ws, self._visit["id"], text)
        except UserError as error:
            show_error(error, self)
            return
        self.thread.clear_draft()

    # -- refreshing ------------------------------------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        if self._visit is None or self._visit["enterprise_id"] not in changes.enterprises:
            return
        if any(changes.touches(entity) for entity in ("visit", "review", "review_comment", "signed_report")):
            self._visit = self._ctx.ws.visits.find(self._visit["id"]) or self._visit
            self._show()
