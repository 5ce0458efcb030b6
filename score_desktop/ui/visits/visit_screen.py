"""The visit screen, where trainers live: earlier open actions, the module's checklist, findings with photos,
the visit's action plan and KPI readings, and its sign-off.

Left, the checklist: each topic with last time's rating (a small dot), the colour of its worst rating now, a tick
when its good practice is in place, and its number of findings; under it the module's practice score. Right, the
chosen topic: its guidance, what was found there last time, one-click (or 1-4 key) rating, the practice check
(Ctrl+G), its findings, and the finding being written with its photos; Ctrl+T turns the finding into an action.
The next topic is one key away (F8 or Ctrl+PgDown). Everything saves as typed; deleting can be undone.
A signed visit shows read-only under a banner saying why, until it is reopened with a reason.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QListView, QMenu, QPushButton, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from score_desktop.domain.catalog import localized
from score_desktop.errors import NotFoundError
from score_desktop.domain.signoff import SIGNED
from score_desktop.store import queries
from score_desktop.store.records import Record
from score_desktop.store.workspace import ChangeSet
from score_desktop.ui.core import labels
from score_desktop.ui.visits.carried_actions import CarriedActions
from score_desktop.ui.visits.checklist_model import ChecklistModel, FindingsModel
from score_desktop.ui.visits.deleting import confirm_delete_visit
from score_desktop.ui.context import AppContext
from score_desktop.ui.visits.finding_editor import FindingEditor
from score_desktop.ui.visits.visit_details import VisitDetails
from score_desktop.ui.visits.action_plan import ActionPlan
from score_desktop.ui.visits.practice_panel import PracticeCheck, PracticeScoreLabel, VisitPractice
from score_desktop.ui.visits.previous_findings import LastTimeLabel
from score_desktop.ui.visits.visit_kpis import VisitKpis
from score_desktop.ui.visits.visit_score import VisitScoreLabel
from score_desktop.ui.core.settings import remember_splitter
from score_desktop.ui.core.widgets import heading, muted, table_view
from score_desktop.ui.visits.review_panel import ReviewPanel
from score_desktop.ui.visits.signed_banner import SignedBanner
from score_desktop.ui.visits.signoff_panel import SignOffPanel
from score_desktop.ui.visits.visit_signoff import VisitSignOff
from score_desktop.ui.core.formats import date_text

RATING_KEYS = ("good", "improve", "critical", "na")


class VisitScreen(QWidget):
    open_photo_viewer = Signal(list, int)  # photo ids of the finding, the one to show

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._visit: Record | None = None
        self._enterprise: Record | None = None
        self._findings: list[Record] = []
        self.title = heading("", self, size=1.3)
        self.title.setObjectName("visitTitle")
        self.subtitle = muted("", self)
        self.carried = CarriedActions(ctx.ws, self)
        self.carried.open_action.connect(ctx.nav.open_action.emit)

        self.checklist_model = ChecklistModel(self)
        self.checklist = QListView(self)
        self.checklist.setObjectName("checklist")
        self.checklist.setModel(self.checklist_model)
        self.checklist.setWordWrap(True)
        self.checklist.setSpacing(2)
        self.checklist.setMinimumWidth(240)
        self.checklist.selectionModel().currentRowChanged.connect(self._topic_changed)

        self.topic_title = heading("", self, size=1.1)
        self.topic_title.setWordWrap(True)
        self.guidance = muted("", self)
        self.guidance.setObjectName("guidance")
        self.last_time = LastTimeLabel(self)
        self.practice_check = PracticeCheck(ctx.ws, self)
        self.practice_score = PracticeScoreLabel(self)
        self.score = VisitScoreLabel(self)
        self.practice = VisitPractice(ctx.ws, self.checklist_model, self.practice_check, self.practice_score,
                                      self.last_time, self)
        self.rating_buttons = QButtonGroup(self)
        self.rating_buttons.setExclusive(False)
        ratings = QHBoxLayout()
        ratings.addWidget(QLabel(self.tr("Rate:"), self))
        for number, code in enumerate(RATING_KEYS, start=1):
            button = QPushButton(f"{number}  {labels.label('rating', code)}", self)
            button.setObjectName(f"rate_{code}")
            button.setCheckable(True)
            button.setToolTip(self.tr("Press {key} in the checklist or the findings, or Alt+{key} anywhere")
                              .format(key=number))
            button.clicked.connect(lambda _checked, c=code: self.rate(c))
            self.rating_buttons.addButton(button)
            ratings.addWidget(button)
        ratings.addStretch()

        self.findings_model = FindingsModel(self)
        self.findings_view = table_view(self.findings_model, self, name="findingsView", stretch=2)
        self.findings_view.selectionModel().currentRowChanged.connect(self._finding_changed)
        self.findings_view.horizontalHeader().resizeSection(0, 150)
        self.findings_view.horizontalHeader().resizeSection(1, 120)
        self.findings_view.setMinimumHeight(self.fontMetrics().height() * 3 + 16)
        self.new_finding_button = QPushButton(self.tr("New finding"), self)
        self.new_finding_button.setObjectName("newFinding")
        self.delete_finding_button = QPushButton(self.tr("Delete finding"), self)
        self.delete_finding_button.setObjectName("deleteFinding")
        self.new_action_button = QPushButton(self.tr("New action from finding"), self)
        self.new_action_button.setObjectName("newActionFromFindingButton")
        self.findings_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.findings_view.customContextMenuRequested.connect(
            lambda point: self.findings_menu().popup(self.findings_view.viewport().mapToGlobal(point)))
        self.editor = FindingEditor(ctx, self)
        self.editor.photos.finding_needed.connect(self._finding_for_photos)
        self.editor.photos.open_photo.connect(self._open_photo)

        findings_box = QWidget(self)
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.setContentsMargins(0, 0, 0, 0)
        findings_layout.addWidget(self.findings_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_finding_button)
        buttons.addWidget(self.delete_finding_button)
        buttons.addStretch()
        buttons.addWidget(self.new_action_button)
        findings_layout.addLayout(buttons)
        self.topic_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.topic_splitter.addWidget(findings_box)
        self.topic_splitter.addWidget(self.editor)
        self.topic_splitter.setStretchFactor(0, 2)
        self.topic_splitter.setStretchFactor(1, 3)
        self.topic_splitter.setSizes([190, 400])
        remember_splitter(self.topic_splitter, "visit_topic")
        topic_page = QWidget(self)
        topic_layout = QVBoxLayout(topic_page)
        title_row = QHBoxLayout()
        title_row.addWidget(self.topic_title, 1)
        title_row.addWidget(self.practice_check, 0, Qt.AlignmentFlag.AlignTop)
        topic_layout.addLayout(title_row)
        topic_layout.addWidget(self.guidance)
        topic_layout.addWidget(self.last_time)
        topic_layout.addLayout(ratings)
        topic_layout.addWidget(self.topic_splitter, 1)

        self.details = VisitDetails(ctx, self)
        self.action_plan = ActionPlan(ctx, self)
        self.action_plan.from_finding_button.clicked.connect(lambda: self.new_action(from_finding=True))
        self.action_plan.free_button.clicked.connect(lambda: self.new_action(from_finding=False))
        self.visit_kpis = VisitKpis(ctx, self)
        self.signoff = SignOffPanel(ctx, self)
        self.signing = VisitSignOff(ctx, self)
        self.signoff.sign_requested.connect(self.sign)
        self.signoff.reopen_requested.connect(self.reopen)
        self.signoff.finalise_requested.connect(self.finalise)
        self.signoff.open_report_requested.connect(self.open_report)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(topic_page, self.tr("Checklist and findings"))
        self.tabs.addTab(self.details, self.tr("Visit details"))
        self.tabs.addTab(self.action_plan, self.tr("Action plan"))
        self.tabs.addTab(self.visit_kpis, self.tr("KPIs"))
        self.tabs.addTab(self.signoff, self.tr("Sign-off"))
        self.review = ReviewPanel(ctx, self)
        self.tabs.addTab(self.review, self.tr("Review"))
        self.banner = SignedBanner(self)
        checklist_box = QWidget(self)
        checklist_layout = QVBoxLayout(checklist_box)
        checklist_layout.setContentsMargins(0, 0, 0, 0)
        checklist_layout.addWidget(self.checklist, 1)
        checklist_layout.addWidget(self.score)
        checklist_layout.addWidget(self.practice_score)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(checklist_box)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        remember_splitter(self.splitter, "visit")

        self.report_button = QPushButton(self.tr("Report…"), self)
        self.report_button.setObjectName("report")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 6)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.carried)
        layout.addWidget(self.splitter, 1)
        self._make_actions()
        self.setTabOrder(self.checklist, self.findings_view)
        self.setTabOrder(self.findings_view, self.editor.location)

    # -- actions and keys ----------------------------------------------------------------------------------------

    def _action(self, text: str, shortcuts: list, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) if isinstance(s, str) else QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.new_finding_action = self._action(self.tr("New finding"), [QKeySequence.StandardKey.New],
                                               self.new_finding, "newFindingAction")
        self.next_topic_action = self._action(self.tr("Next topic"), ["F8", "Ctrl+PgDown"],
                                              lambda: self.move_topic(1), "nextTopic")
        self.previous_topic_action = self._action(self.tr("Previous topic"), ["Shift+F8", "Ctrl+PgUp"],
                                                  lambda: self.move_topic(-1), "previousTopic")
        self.attach_action = self._action(self.tr("Attach photos…"), ["Ctrl+Shift+A"], self._attach, "attachAction")
        self.rate_actions = [self._action(labels.label("rating", code), [f"Alt+{n}"],
                                          lambda _c=False, c=code: self.rate(c), f"rate{n}")
                             for n, code in enumerate(RATING_KEYS, start=1)]
        self.report_action = self._action(self.tr("Report…"), [QKeySequence.StandardKey.Print], self.open_report,
                                          "reportAction")
        self.new_action_action = self._action(self.tr("New action from finding"), ["Ctrl+T"],
                                              lambda: self.new_action(from_finding=True), "newActionFromFinding")
        self.new_kpi_action = self._action(self.tr("New KPI reading…"), ["Ctrl+K"], self.visit_kpis.new_reading,
                                           "newVisitKpiReading")
        self.practice_action = self._action(self.tr("Good practice in place"), ["Ctrl+G"],
                                            self.practice_check.toggle_practice, "togglePractice")
        self.finalise_action = self._action(self.tr("Finalise…"), ["Ctrl+Shift+F"], self.finalise,
                                            "finaliseAction")
        self.sign_action = self._action(self.tr("Sign the visit…"), ["Ctrl+Shift+S"], self.sign, "signAction")
        self.reopen_action = self._action(self.tr("Reopen the signed visit…"), ["Ctrl+Shift+R"], self.reopen,
                                          "reopenAction")
        # No shortcut: deleting a whole visit is rare and asks first; the Visit menu has it.
        self.delete_visit_action = self._action(self.tr("Delete visit…"), [], self.delete_visit, "deleteVisit")
        self.banner.reopen_requested.connect(self.reopen)
        self.banner.open_report_requested.connect(self.open_report)
        self.new_action_button.clicked.connect(lambda: self.new_action(from_finding=True))
        self.report_button.clicked.connect(self.open_report)
        self.new_finding_button.clicked.connect(self.new_finding)
        self.delete_finding_button.clicked.connect(self.delete_finding)
        # Plain 1-4 rate while a list has the focus; in a text field they are just digits.
        for n, code in enumerate(RATING_KEYS, start=1):
            key = QAction(self)
            key.setShortcut(QKeySequence(str(n)))
            key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            key.triggered.connect(lambda _c=False, c=code: self.rate(c))
            self.checklist.addAction(key)
            self.findings_view.addAction(key)
        for view, slot in ((self.findings_view, self.delete_finding), (self.editor.photos.view, self.delete_photo)):
            delete = QAction(self)
            delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            delete.triggered.connect(slot)
            view.addAction(delete)

    def findings_menu(self) -> QMenu:
        """The findings' context menu: turn the finding into an action, rate it, delete it."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.new_action_action)
        menu.addSeparator()
        menu.addActions(self.rate_actions)
        menu.addSeparator()
        menu.addAction(self.tr("Delete finding"), self.delete_finding).setEnabled(not self.locked)
        return menu

    def menu_actions(self) -> list[QAction | None]:
        """The Visit menu (None is a separator); the main window enables them while this screen shows."""
        return [self.new_finding_action, self.attach_action, None, self.next_topic_action,
                self.previous_topic_action, None, *self.rate_actions, self.practice_action, None,
                self.new_action_action, self.new_kpi_action, None, self.finalise_action, self.sign_action,
                self.reopen_action, self.report_action, None, self.delete_visit_action]

    @property
    def locked(self) -> bool:
        return self._visit is not None and self._visit["status"] == SIGNED

    def refresh_commands(self) -> None:
        """Enable the commands the visit allows now (the main window enables the whole menu with the screen)."""
        if self._visit is not None:
            self.signing.refresh_commands(self.locked)

    def _apply_lock(self) -> None:
        self.signing.apply_lock(self._visit)

    # -- loading -------------------------------------------------------------------------------------------------

    @property
    def visit(self) -> Record | None:
        return self._visit

    @property
    def visit_id(self) -> str | None:
        return self._visit["id"] if self._visit else None

    def load(self, visit_id: str, *, finding_id: str | None = None) -> None:
        self.flush()
        try:
            visit = self._ctx.ws.visits.get(visit_id)
        except NotFoundError:
            return
        self._visit = visit
        self._enterprise = self._ctx.ws.enterprises.find(visit["enterprise_id"])
        self._findings = queries.findings_of_visit(self._ctx.ws, visit_id)
        try:
            topics = self._ctx.catalog.module(visit["module"]).topics
        except KeyError:
            topics = ()
        self.checklist_model.set_checklist(topics, self._ctx.language, self._findings)
        self.score.show_findings(self._findings)
        self.practice.load(visit, tuple(topic.code for topic in topics))
        self._show_header()
        self.carried.load(visit)
        self.details.load(visit)
        self.action_plan.load(visit)
        self.visit_kpis.load(visit)
        self.signoff.load(visit)
        self.review.load(visit)
        self._apply_lock()
        self._show_tab_titles()
        if self.review.unread:  # the coordinator wrote: that is what the trainer came for
            self.tabs.setCurrentWidget(self.review)
        target = next((f for f in self._findings if f["id"] == finding_id), None)
        row = self.checklist_model.row_of_topic(target.get("topic")) if target else 0
        self.checklist.setCurrentIndex(self.checklist_model.index(row))
        if target is not None:
            self.select_finding(target["id"])

    def _show_header(self) -> None:
        visit = self._visit
        if visit is None:
            return
        try:
            module = self._ctx.catalog.module(visit["module"]).name(self._ctx.language)
        except KeyError:
            module = visit["module"]
        self.title.setText(f"{self._enterprise['name'] if self._enterprise else ''} — {module}")
        self.subtitle.setText(" · ".join(part for part in (
            labels.label("visit_type", visit["visit_type"]), date_text(visit["visit_date"]),
            labels.label("visit_status", visit["status"]), visit.get("trainer")) if part))

    # -- topics and findings -------------------------------------------------------------------------------------

    def current_topic(self) -> str | None:
        index = self.checklist.currentIndex()
        return index.data(ChecklistModel.TopicRole) if index.isValid() else None

    def _topic_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        topic = self.checklist_model.topic(current.row()) if current.isValid() else None
        if topic is not None:
            self.topic_title.setText(f"{topic.code}  {topic.name(self._ctx.language)}")
            self.guidance.setText(localized(topic.guidance, self._ctx.language))
        else:
            self.topic_title.setText(self.tr("Free findings"))
            self.guidance.setText(self.tr("Anything you noticed outside the checklist of this module."))
        self.practice.show_topic(self.current_topic())
        self.practice_action.setEnabled(self.practice_check.isVisible() and not self.locked)
        self._show_topic_findings(keep=None)

    def _show_topic_findings(self, keep: str | None) -> None:
        findings = self.checklist_model.findings_of(self.current_topic())
        self.findings_model.set_findings(findings)
        row = self.findings_model.row_of(keep) if keep else -1
        if row < 0 and findings:
            row = 0
        if row >= 0:
            self.findings_view.setCurrentIndex(self.findings_model.index(row, 2))
        self._finding_changed(self.findings_view.currentIndex(), QModelIndex())

    def _finding_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding = self.findings_model.finding(current.row()) if current.isValid() else None
        self.editor.show_finding(finding)
        self.delete_finding_button.setEnabled(finding is not None and not self.locked)
        self._show_rating(finding.get("rating") if finding else None)

    def _show_rating(self, code: str | None) -> None:
        for button in self.rating_buttons.buttons():
            button.setChecked(button.objectName() == f"rate_{code}")

    def select_finding(self, finding_id: str) -> None:
        row = self.findings_model.row_of(finding_id)
        if row >= 0:
            self.findings_view.setCurrentIndex(self.findings_model.index(row, 2))

    def move_topic(self, step: int) -> None:
        """F8 / Shift+F8: the next or previous topic, from anywhere on the screen. The keyboard goes to the
        checklist, so 1-4 rate the new topic at once (from a text box they would be typed as digits)."""
        row = self.checklist.currentIndex().row() + step
        if 0 <= row < self.checklist_model.rowCount():
            self.checklist.setCurrentIndex(self.checklist_model.index(row))
        if self.tabs.currentIndex() != 0:
            self.tabs.setCurrentIndex(0)
        self.checklist.setFocus()

    # -- changing ------------------------------------------------------------------------------------------------

    def new_finding(self, *, rating: str | None = None) -> Record | None:
        if self._visit is None or self.locked:
            return None
        self.flush()
        finding = self._ctx.ws.observations.create(
            visit_id=self._visit["id"], topic=self.current_topic(), rating=rating,
            position=queries.next_position(self._ctx.ws, "observation", visit_id=self._visit["id"]))
        self.select_finding(finding["id"])
        if rating is None:
            self.editor.focus_text()
        return finding

    def rate(self, code: str) -> None:
        """Rate the current finding; a topic without findings gets its first one, with this rating."""
        if self._visit is None or self.locked:
            return
        finding_id = self.editor.finding_id
        if finding_id is None:
            self.new_finding(rating=code)
        else:
            self.editor.saver.flush()
            self._ctx.ws.observations.update(finding_id, rating=code)
        self._show_rating(code)

    def delete_finding(self) -> None:
        finding_id = self.editor.finding_id
        if finding_id is None or self.locked:
            return
        self.editor.saver.discard()
        self._ctx.deletions.delete("observation", finding_id)

    def delete_visit(self) -> QWidget | None:
        """Ask (saying what goes with it), then delete and show its enterprise. A signed visit is reopened
        first: it is a record the enterprise signed."""
        if self._visit is None or self.locked:
            return None
        self.flush()
        enterprise_id = self._visit["enterprise_id"]
        return confirm_delete_visit(self._ctx, self, self._visit["id"],
                                    after=lambda: self._ctx.nav.open_enterprise.emit(enterprise_id))

    def delete_photo(self) -> None:
        photo_id = self.editor.photos.current_photo_id()
        if photo_id and not self.locked:
            self._ctx.deletions.delete("photo", photo_id)

    def _attach(self) -> None:
        if self.tabs.currentIndex() != 0:
            self.tabs.setCurrentIndex(0)
        self.editor.photos.choose_files()

    def _finding_for_photos(self) -> None:
        """Photos were dropped on a topic without a finding: they start one."""
        if self.new_finding(rating=None) is not None:
            self.editor.photos.attach_pending()

    def _open_photo(self, photo_id: str) -> None:
        ids = [photo["id"] for photo in self.editor.photos.model.photos()]
        if photo_id in ids:
            self.open_photo_viewer.emit(ids, ids.index(photo_id))

    def new_action(self, *, from_finding: bool) -> Record | None:
        """A new action of this visit's plan: from the current finding (its recommendation, or its text, as the
        first words) or on its own; its window opens with the title ready to be typed over."""
        if self._visit is None or self.locked:
            return None
        self.flush()
        finding = next((f for f in self._findings if f["id"] == self.editor.finding_id), None) if from_finding \
            else None
        return self.action_plan.new_action(self._visit, finding)

    def open_report(self) -> None:
        """Print ▸ the report preview of this visit (the main window opens it: it is an app-wide dialog)."""
        if self._visit is None:
            return
        self.flush()
        self._ctx.nav.open_report.emit(self._visit["id"])

    # -- the other tabs -------------------------------------------------------------------------------------------

    def _show_tab_titles(self) -> None:
        plan, kpis = self.action_plan.count(), self.visit_kpis.count()
        self.tabs.setTabText(self.tabs.indexOf(self.action_plan),
                             self.tr("Action plan ({count})").format(count=plan) if plan else self.tr("Action plan"))
        self.tabs.setTabText(self.tabs.indexOf(self.visit_kpis),
                             self.tr("KPIs ({count})").format(count=kpis) if kpis else self.tr("KPIs"))
        self.tabs.setTabText(self.tabs.indexOf(self.review),
                             self.tr("Review ●") if self.review.unread else self.tr("Review"))

    # -- refreshing ----------------------------------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        if self._visit is None or self._visit["enterprise_id"] not in changes.enterprises:
            return
        if changes.touches("practice_check"):
            self.practice.refresh(self.current_topic())
        if changes.touches("action_item") or changes.touches("eit_member"):
            self.action_plan.reload()
            self._show_tab_titles()
        elif changes.touches("photo"):
            self.action_plan.reload()  # an "after" photo may have arrived
        if changes.touches("kpi_reading"):
            self.visit_kpis.reload()
            self._show_tab_titles()
        if any(changes.touches(entity) for entity in ("review", "review_comment", "review_read")):
            self.review.refresh()
            self._show_tab_titles()
        if self._visit["id"] in changes.updated.get("visit", set()) | changes.deleted.get("visit", set()):
            was_locked = self.locked
            self._visit = self._ctx.ws.visits.find(self._visit["id"]) or self._visit
            self._show_header()
            self.signoff.show_visit(self._visit, names=self.locked != was_locked)
            if self.locked != was_locked or changes.touches("signed_report"):
                self._apply_lock()
                self.details.load(self._visit)
        if any(changes.touches(entity) for entity in ("observation", "action_item", "kpi_reading")):
            self.signoff.refresh_missing()
        if changes.touches("observation"):
            self._findings = queries.findings_of_visit(self._ctx.ws, self._visit["id"])
            self.checklist_model.set_findings(self._findings)
            self.score.show_findings(self._findings)
            self._show_topic_findings(keep=self.editor.finding_id)
        elif changes.touches("photo"):
            # Photos arriving from an import: only the counts change, not the findings (cheaper, every 150 ms).
            counts = queries.photo_counts(self._ctx.ws, self._visit["id"])
            for finding in self._findings:
                finding["photo_count"] = counts.get(finding["id"], 0)
            self.findings_model.set_findings(self.checklist_model.findings_of(self.current_topic()))
        if changes.touches("photo"):
            self.editor.refresh_photos()

    def flush(self) -> None:
        self.editor.saver.flush()
        self.details.saver.flush()
        self.signoff.flush()

    # -- sign-off (ui/visits/visit_signoff.py) ---------------------------------------------------------------------

    def finalise(self) -> None:
        if self._visit is not None and not self.locked:
            self.flush()
            self.signing.finalise(self._visit)

    def sign(self) -> None:
        if self._visit is not None and not self.locked:
            self.flush()
            self.tabs.setCurrentWidget(self.signoff)
            self.signing.sign(self._visit, self.signoff.report_language)

    def reopen(self) -> None:
        if self._visit is not None and self.locked:
            self.signing.reopen(self._visit)
