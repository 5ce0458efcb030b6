"""Today: the visits planned for today and this week, overdue actions per enterprise, and drafts to finish."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from score_desktop.domain.training import session_days
from score_desktop.domain.roles import REVIEWERS
from score_desktop.store import queries, reviews, training
from score_desktop.ui.core import labels
from score_desktop.ui.core.formats import date_text, day_text, long_date_text
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.lazy_model import Column, Row, RowsTableModel
from score_desktop.ui.core.widgets import RefreshedOnChange, fit_columns, heading, muted, on_activated, table_view

_TODAY_COLOR = QColor("#1565c0")


class TodayScreen(RefreshedOnChange, QWidget):
    WATCHES = ("visit", "action_item", "enterprise", "training_session", "training_enrolment", "attendance",
               "review", "review_comment", "review_read", "signed_report")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = dt.date.today()
        module_name = self._module_name
        visit_columns = [
            Column("visit_date", self.tr("Date"), text=self._day),
            Column("enterprise_name", self.tr("Enterprise")),
            Column("module", self.tr("Module"), text=lambda row: module_name(row["module"])),
            Column("visit_type", self.tr("Type"), text=lambda row: labels.label("visit_type", row["visit_type"])),
            Column("status", self.tr("Status"), text=lambda row: labels.label("visit_status", row["status"])),
        ]
        self.week_model = RowsTableModel(visit_columns, self, style=self._week_style)
        self.overdue_model = RowsTableModel([
            Column("enterprise_name", self.tr("Enterprise")),
            Column("count", self.tr("Overdue actions")),
            Column("oldest_due", self.tr("Oldest due date"), text=lambda row: date_text(row["oldest_due"])),
        ], self)
        self.drafts_model = RowsTableModel(visit_columns[:4], self)
        # The review (issue 15): a trainer's unread comments from their coordinator, a coordinator's queue.
        self.review_model = RowsTableModel([
            Column("state", self.tr("Review"), text=lambda row: labels.label("review_state", row["state"])),
            Column("enterprise_name", self.tr("Enterprise")),
            Column("visit_date", self.tr("Visit")),
            Column("last_text", self.tr("Last comment")),
        ], self, style=self._review_style)

        self.title = heading("", self, size=1.4)
        self.week_view = table_view(self.week_model, self, name="weekVisits", stretch=1)
        self.overdue_view = table_view(self.overdue_model, self, name="overdueActions", stretch=0)
        self.drafts_view = table_view(self.drafts_model, self, name="draftVisits", stretch=1)
        on_activated(self.week_view, ctx.nav.open_visit.emit)
        on_activated(self.drafts_view, ctx.nav.open_visit.emit)
        self.review_heading = heading(self.tr("Your coordinator wrote"), self, size=1.05)
        self.review_view = table_view(self.review_model, self, name="reviewNews", stretch=3)
        # A trainer's visit opens on its Review tab; a coordinator goes to the report's review page.
        on_activated(self.review_view, lambda visit_id: (
            ctx.nav.open_review if ctx.ws.role in REVIEWERS else ctx.nav.open_visit).emit(visit_id))
        self.review_queue = QLabel(self)  # a coordinator's: the reports new since the last look
        self.review_queue.setObjectName("reviewQueueNews")
        self.review_queue.linkActivated.connect(lambda _link: ctx.nav.show_screen.emit("review"))
        # An enterprise's overdue actions open in the Actions screen, already narrowed to them.
        on_activated(self.overdue_view, lambda enterprise_id: ctx.nav.show_actions.emit(
            {"enterprise_id": enterprise_id, "due": "overdue"}))
        self.all_overdue_button = QPushButton(self.tr("All overdue actions"), self)
        self.all_overdue_button.setObjectName("allOverdueActions")
        self.all_overdue_button.setFlat(True)
        self.all_overdue_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.all_overdue_button.clicked.connect(lambda: ctx.nav.show_actions.emit({"due": "overdue"}))
        self.week_empty = muted(self.tr("No visits planned this week."), self)
        self.overdue_empty = muted(self.tr("No overdue actions."), self)
        self.drafts_empty = muted(self.tr("Every past visit is finalised."), self)
        self.next_training = QLabel(self)  # the classroom session under way or coming next
        self.next_training.setObjectName("nextTraining")
        self.next_training.setWordWrap(True)
        self.next_training.linkActivated.connect(ctx.nav.open_training_session.emit)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        self.week_heading = heading(self.tr("Visits today and this week"), self, size=1.05)
        grid.addWidget(self.week_heading, 0, 0, 1, 2)
        grid.addWidget(self.week_view, 1, 0, 1, 2)
        grid.addWidget(self.week_empty, 2, 0, 1, 2)
        overdue_heading = QHBoxLayout()
        overdue_heading.addWidget(heading(self.tr("Overdue actions"), self, size=1.05))
        overdue_heading.addStretch()
        overdue_heading.addWidget(self.all_overdue_button)
        grid.addLayout(overdue_heading, 3, 0)
        self.drafts_heading = heading(self.tr("Drafts to finalise"), self, size=1.05)
        grid.addWidget(self.drafts_heading, 3, 1)
        grid.addWidget(self.overdue_view, 4, 0)
        grid.addWidget(self.drafts_view, 4, 1)
        grid.addWidget(self.overdue_empty, 5, 0)
        grid.addWidget(self.drafts_empty, 5, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(4, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.next_training)
        layout.addWidget(self.review_queue)
        layout.addWidget(self.review_heading)
        layout.addWidget(self.review_view)
        layout.addLayout(grid, 1)
        self._dirty = True

    def _module_name(self, code: str) -> str:
        try:
            return self._ctx.catalog.module(code).name(self._ctx.language)
        except KeyError:
            return code

    def _day(self, row: Row) -> str:
        day = dt.date.fromisoformat(row["visit_date"])
        if day == self._today:
            return self.tr("Today")
        return day_text(day)

    def _week_style(self, row: Row, column: Column, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and row["visit_date"] == self._today.isoformat():
            return QBrush(_TODAY_COLOR)
        return None

    # -- refreshing ------------------------------------------------------------------------------------------

    def is_stale(self) -> bool:
        return self._dirty or self._today != dt.date.today()  # a window left open overnight

    def refresh(self) -> None:
        self._dirty = False
        self._today = dt.date.today()
        ws = self._ctx.ws
        self.title.setText(self.tr("Today, {date}").format(date=long_date_text(self._today, weekday=True)))
        # "This week" is the coming seven days: on a Friday the trainer plans Monday's visit too.
        week_end = self._today + dt.timedelta(days=6)
        self.week_model.set_rows(queries.visits_between(ws, self._today, week_end))
        overdue = queries.overdue_actions_by_enterprise(ws, self._today)
        self.overdue_model.set_rows([{"id": group.enterprise_id, "enterprise_name": group.enterprise_name,
                                      "count": group.count, "oldest_due": group.oldest_due} for group in overdue])
        self.drafts_model.set_rows(queries.unfinished_visits(ws, self._today))
        for model, empty in ((self.week_model, self.week_empty), (self.overdue_model, self.overdue_empty),
                             (self.drafts_model, self.drafts_empty)):
            empty.setVisible(model.rowCount() == 0)
        self.all_overdue_button.setVisible(self.overdue_model.rowCount() > 0)
        self._fit_columns()
        self._show_next_training()
        self._show_review()

    def _fit_columns(self) -> None:
        """Dates, modules, types and statuses as wide as the longest the language writes; the enterprise's name
        takes the rest."""
        days = [day_text(self._today + dt.timedelta(days=n)) for n in range(7)]
        modules = [module.name(self._ctx.language) for module in self._ctx.catalog.modules]
        types = [text for _code, text in labels.choices("visit_type")]
        for view in (self.week_view, self.drafts_view):
            fit_columns(view, {0: days, 2: modules, 3: types})
        fit_columns(self.week_view, {4: [text for _code, text in labels.choices("visit_status")]})
        fit_columns(self.overdue_view, {1: ["999"], 2: [date_text(self._today)]})

    def _show_next_training(self) -> None:
        session = training.next_session(self._ctx.ws, self._today)
        self.next_training.setVisible(session is not None)
        if session is None:
            return
        days = session_days(session)
        when = self._day({"visit_date": days[0]}) + ("" if len(days) == 1 else " – " + self._day(
            {"visit_date": days[-1]}))
        place = ", ".join(part for part in (session.get("location"), session.get("city")) if part)
        link = "<a href='{id}'>{module} · {when}</a>".format(id=session["id"], when=escape(when),
                                                              module=escape(self._module_name(session["module"])))
        details = " · ".join(part for part in (place, self.tr("%n participant(s)", "", session["participants"]))
                             if part)
        self.next_training.setText(self.tr("<b>Classroom training:</b> {session} · {details}").format(
            session=link, details=escape(details)))

    # -- the review (issue 15) ---------------------------------------------------------------------------------------

    def _review_style(self, row: Row, column: Column, role: int):
        if column.key == "state" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(labels.REVIEW_COLORS.get(row["state"] or "", "#607d8b")))
        return None

    def _show_review(self) -> None:
        ws = self._ctx.ws
        news = reviews.unread_visits(ws)
        self.review_model.set_rows(news)
        self.review_heading.setVisible(bool(news))
        self.review_view.setVisible(bool(news))
        if news:
            view = self.review_view
            view.horizontalHeader().resizeSection(0, 130)
            view.horizontalHeader().resizeSection(1, 230)
            rows = min(len(news), 3)  # as tall as its rows, up to three: the week's visits keep their room
            view.setFixedHeight(view.horizontalHeader().height() + rows * view.verticalHeader().defaultSectionSize()
                                + 2 * view.frameWidth())
        waiting = reviews.count_queue(ws, reviews.QueueFilter(state=reviews.NEW)) if ws.role in REVIEWERS else 0
        self.review_queue.setVisible(waiting > 0)
        self._speak_to(ws.role)
        if waiting:
            self.review_queue.setText(self.tr("<b>Review:</b> <a href='review'>%n visit report(s) new since your "
                                              "last look</a>", "", waiting))

    def _speak_to(self, role: str | None) -> None:
        """A coordinator looks at the trainers' visits and drafts, not their own (they write none)."""
        coordinates = role in REVIEWERS
        self.week_heading.setText(self.tr("The trainers' visits today and this week") if coordinates
                                  else self.tr("Visits today and this week"))
        self.drafts_heading.setText(self.tr("Trainers' drafts not yet finalised") if coordinates
                                    else self.tr("Drafts to finalise"))
        self.week_empty.setText(self.tr("No trainer has a visit planned this week.") if coordinates
                                else self.tr("No visits planned this week."))
        self.review_heading.setText(self.tr("Trainers answered") if coordinates
                                    else self.tr("Your coordinator wrote"))
