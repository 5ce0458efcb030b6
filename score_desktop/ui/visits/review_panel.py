"""The visit's Review tab (the trainer's side of issue 15): the coordinator's review state and comments, and the
box to answer. The tab's title carries a badge while something the coordinator wrote is unread; showing the tab
reads it (``store.reviews.mark_read``, kept on this laptop).

The way back into the coordinator's queue needs nothing more: an answer, or signing the visit again after reopening
it with a reason (Sign-off tab), makes it "new since last look" in the queue.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from score_desktop.errors import UserError
from score_desktop.store import reviews
from score_desktop.store.records import Record
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import labels
from score_desktop.ui.core.errors import show_error
from score_desktop.ui.core.review_thread import ReviewThread
from score_desktop.ui.core.widgets import muted


class ReviewPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._visit: Record | None = None
        self.state = QLabel(self)
        self.state.setObjectName("trainerReviewState")
        self.state.setWordWrap(True)
        self.hint = muted(self.tr("Answer your coordinator here. To fix a signed visit, reopen it with a reason "
                                  "(Sign-off tab) and sign it again: your answer or the new signature sends the "
                                  "report back to your coordinator."), self)
        self.thread = ReviewThread(self.tr("Send answer"), self.tr("Your answer to your coordinator"), self)
        self.thread.send_requested.connect(self.answer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.hint)
        layout.addWidget(self.thread, 1)

    def load(self, visit: Record) -> None:
        self._visit = visit
        self.refresh()

    def refresh(self) -> None:
        if self._visit is None:
            return
        ws, visit_id = self._ctx.ws, self._visit["id"]
        review = reviews.review_of(ws, visit_id)
        if review is None:
            self.state.setText(self.tr("Your coordinator has not reviewed this report yet."))
        else:
            color = labels.REVIEW_COLORS.get(review["state"], "#607d8b")
            state = f"<b style='color:{color}'>{labels.label('review_state', review['state'])}</b>"
            self.state.setText(self.tr("Your coordinator's review: {state} ({reviewer})").format(
                state=state, reviewer=review.get("reviewer") or "?"))
        self.thread.load(visit_id, reviews.thread(ws, visit_id))
        if self.isVisible():
            self.mark_read()

    @property
    def unread(self) -> bool:
        return self._visit is not None and reviews.unread(self._ctx.ws, self._visit["id"])

    def mark_read(self) -> None:
        if self.unread:
            reviews.mark_read(self._ctx.ws, self._visit["id"])

    def answer(self, text: str) -> None:
        if self._visit is None:
            return
        try:
            reviews.add_comment(self._ctx.ws, self._visit["id"], text)
        except UserError as error:
            show_error(error, self)
            return
        self.thread.clear_draft()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.mark_read()
