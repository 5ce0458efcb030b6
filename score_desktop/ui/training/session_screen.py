"""A classroom session's page: its details and enterprises on the left; on the right its participants with a tick
per day (quick on the morning: arrows and the space bar, or everyone present at once), the feedback from the
paper forms, and the results. The attendance sheet and the certificates are one click away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton,
                               QScrollArea, QSplitter, QStyledItemDelegate, QTabWidget, QToolButton, QVBoxLayout,
                               QWidget)

from score_desktop.domain.training import session_days
from score_desktop.store import training
from score_desktop.store.records import Record
from score_desktop.store.workspace import ChangeSet
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.settings import remember_splitter
from score_desktop.ui.core.widgets import heading, muted, table_view
from score_desktop.ui.training.add_participants_dialog import AddParticipantsDialog
from score_desktop.ui.training.common import day_text, days_text, module_name
from score_desktop.ui.training.participants_model import (AttendanceModel, ChoicesRole, FeedbackModel, IdRole,
                                                          ParticipantRows)
from score_desktop.ui.training.results_panel import ResultsPanel
from score_desktop.ui.training.session_details import SessionDetails

ATTENDANCE_SHEET, CERTIFICATES = "attendance_sheet", "certificates"
_WATCHED = ("training_session", "training_enrolment", "attendance", "enterprise")
#: table_view's ``stretch``: the last column takes the spare width (the feedback's comment), or none does.
_LAST, _NO_STRETCH = -1, -2
#: The widest a column of names grows to fit its text (longer names are elided; the tooltip has them whole).
_MAX_COLUMN = 170
#: The columns of what was typed (names, enterprises, positions, comments), which that width bounds; the others
#: hold the app's words and get the width their title needs.
_TYPED = {"attendanceView": (0, 1, 4), "feedbackView": (0, 1, 5)}


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for a column of codes (manager or worker, sex); the model gives the choices."""

    def createEditor(self, parent: QWidget, _option: Any, index: QModelIndex) -> QWidget:  # noqa: N802 - Qt
        box = QComboBox(parent)
        for code, text in index.data(ChoicesRole) or []:
            box.addItem(text, code or None)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 - Qt override
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or None)))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802 - Qt override
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


def _editable_table(model: ParticipantRows, parent: QWidget, name: str, *, stretch: int):
    view = table_view(model, parent, name=name, stretch=stretch)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.horizontalHeader().setMinimumSectionSize(60)
    return view


class SessionScreen(QWidget):
    #: (session id, ATTENDANCE_SHEET or CERTIFICATES): the main window opens the paper's preview.
    document_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session: Record | None = None
        self.title = heading("", self, size=1.3)
        self.title.setObjectName("sessionTitle")
        self.title.setWordWrap(True)  # a long module name and two dates never push the buttons off the screen
        self.subtitle = muted("", self)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = self._button(self.tr("Add participants…"), "addParticipants", self.add_participants)
        self.sheet_button = self._button(self.tr("Attendance sheet…"), "attendanceSheet",
                                         lambda: self._document(ATTENDANCE_SHEET))
        self.certificates_button = self._button(self.tr("Certificates…"), "certificates",
                                                lambda: self._document(CERTIFICATES))
        self.delete_button = self._button(self.tr("Delete session"), "deleteSession", self.delete_session)

        self.details = SessionDetails(ctx, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the form fits its width
        scroll.setMinimumWidth(320)

        self.attendance = AttendanceModel(ctx.ws, self)
        self.attendance_view = _editable_table(self.attendance, self, "attendanceView", stretch=_NO_STRETCH)
        # Grids of a column per day or per score: they may scroll sideways (a week's session has seven days);
        # their titles are never cut.
        self.attendance_view.setProperty("scrolls_sideways", True)
        self._choices = ChoiceDelegate(self)
        for column in (2, 3):
            self.attendance_view.setItemDelegateForColumn(column, self._choices)
        self.feedback = FeedbackModel(ctx.ws, self)
        self.feedback_view = _editable_table(self.feedback, self, "feedbackView", stretch=_LAST)
        self.feedback_view.setProperty("scrolls_sideways", True)
        self.present_button = QToolButton(self)
        self.present_button.setObjectName("everyonePresent")
        self.present_button.setText(self.tr("Everyone present on…"))
        self.present_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.present_button.setMenu(QMenu(self.present_button))
        self.eit_button = self._button(self.tr("Add to the EIT"), "addToEit", self.add_to_eit)
        self.eit_button.setToolTip(self.tr("Make the selected participant a member of their enterprise's EIT"))
        self.remove_button = self._button(self.tr("Remove participant"), "removeParticipant",
                                          self.remove_participant)
        self.problem = QLabel(self)
        self.problem.setObjectName("participantsProblem")
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        for model in (self.attendance, self.feedback):
            model.problem.connect(self._show_problem)
        self.results = ResultsPanel(self)
        self.tabs = self._tabs()
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.problem)
        right_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 820])
        remember_splitter(self.splitter, "training_session")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        for button in (self.add_button, self.sheet_button, self.certificates_button, self.delete_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 6)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        self._make_actions()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _tabs(self) -> QTabWidget:
        attendance_page = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(self.present_button)
        row.addStretch()
        row.addWidget(self.eit_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(attendance_page)
        layout.addLayout(row)
        layout.addWidget(self.attendance_view, 1)
        layout.addWidget(muted(self.tr("Arrow keys move between people and days; the space bar ticks who is "
                                       "present. Double-click a name, role or position to correct it."), self))
        feedback_page = QWidget(self)
        feedback_layout = QVBoxLayout(feedback_page)
        feedback_layout.addWidget(self.feedback_view, 1)
        feedback_layout.addWidget(muted(self.tr("Type each score from the paper form (1 to 5) and press Tab for the "
                                                "next one; leave a score empty when it was not given."), self))
        tabs = QTabWidget(self)
        tabs.setObjectName("sessionTabs")
        tabs.addTab(attendance_page, self.tr("Attendance"))
        tabs.addTab(feedback_page, self.tr("Feedback"))
        tabs.addTab(self.results, self.tr("Results"))
        return tabs

    def _make_actions(self) -> None:
        add = QAction(self.tr("Add participants…"), self)
        add.setShortcut(QKeySequence("Ctrl+Shift+P"))
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.triggered.connect(self.add_participants)
        self.addAction(add)
        self.add_button.setToolTip(add.shortcut().toString(QKeySequence.SequenceFormat.NativeText))

    # -- loading -----------------------------------------------------------------------------------------------

    @property
    def session_id(self) -> str | None:
        return self._session["id"] if self._session else None

    def load(self, session_id: str) -> None:
        self._session = self._ctx.ws.training_sessions.find(session_id)
        if self._session is None:
            return
        self.details.load(self._session)
        self._show_title()
        self._show_problem("")
        self._load_participants()

    def _show_title(self) -> None:
        session = self._session
        if session is None:
            return
        days = session_days(session)
        self.title.setText(f"{module_name(self._ctx, session['module'])} · {days_text(days)}")
        place = " · ".join(part for part in (session.get("location"), session.get("city")) if part)
        self.subtitle.setText(self.tr("{place}    Session id: {id}").format(place=place, id=session["id"]).strip())
        menu = self.present_button.menu()
        menu.clear()
        for number, day in enumerate(days, start=1):
            action = menu.addAction(self.tr("Day {number}: {date}").format(number=number,
                                                                           date=day_text(day, weekday=True)))
            action.triggered.connect(lambda _checked=False, d=day: self.everyone_present(d))

    def _load_participants(self) -> None:
        for model, view in ((self.attendance, self.attendance_view), (self.feedback, self.feedback_view)):
            model.load(self.session_id)
            view.resizeColumnsToContents()
            header = view.horizontalHeader()
            for column in range(model.columnCount()):  # room for Chinese, whose fallback font runs wider
                widest = _MAX_COLUMN if column in _TYPED[view.objectName()] else header.sectionSize(column) + 12
                header.resizeSection(column, min(header.sectionSize(column) + 12, widest))
        self._show_results()

    def _show_results(self) -> None:
        if self._session is None:
            return
        names = {e["id"]: e["name"] for e in self._ctx.ws.enterprises.list(include_deleted=True)}
        self.results.show_results(training.results(self._ctx.ws, self._session["id"]), names)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def on_changes(self, changes: ChangeSet) -> None:
        if self._session is None or not any(changes.touches(entity) for entity in _WATCHED):
            return
        session_id = self._session["id"]
        if session_id in changes.deleted.get("training_session", ()):
            self._session = None
            self._ctx.nav.show_screen.emit("training")
            return
        if session_id in changes.updated.get("training_session", ()):
            before = session_days(self._session)
            self._session = self._ctx.ws.training_sessions.get(session_id)
            self._show_title()
            if session_days(self._session) != before:
                self.details.days.set_days(session_days(self._session))
                self._load_participants()
        people = changes.created.get("attendance", set()) | changes.deleted.get("attendance", set())
        if people or changes.touches("training_enrolment"):
            self._load_participants()
        elif changes.updated.get("attendance"):
            for model in (self.attendance, self.feedback):
                model.refresh_records(changes.updated["attendance"] & model.ids())
            self._show_results()
        if people or changes.touches("training_enrolment") or changes.touches("enterprise"):
            self.details.load_enterprises()

    def flush(self) -> None:
        self.details.saver.flush()

    # -- commands ------------------------------------------------------------------------------------------------

    def _selected_participant(self) -> str | None:
        view = self.attendance_view if self.tabs.currentIndex() == 0 else self.feedback_view
        index = view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def add_participants(self) -> None:
        if self._session is None:
            return
        dialog = AddParticipantsDialog(self._ctx, self._session["id"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def everyone_present(self, day: str) -> None:
        if self._session is not None:
            training.set_everyone_present(self._ctx.ws, self._session["id"], day)
            self.tabs.setCurrentIndex(0)

    def add_to_eit(self) -> None:
        participant_id = self._selected_participant()
        if participant_id is None:
            self._show_problem(self.tr("Select a participant first."))
            return
        member = training.add_to_eit(self._ctx.ws, participant_id)
        self._show_problem("")
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("{name} is on the EIT now.").format(name=member["name"]), 6000)

    def remove_participant(self) -> None:
        participant_id = self._selected_participant()
        if participant_id is None:
            self._show_problem(self.tr("Select a participant first."))
            return
        record = self._ctx.ws.attendances.get(participant_id)
        answer = QMessageBox.question(self, self.tr("Remove participant"),
                                      self.tr("Remove {name} from this session? Their ticks and feedback go with "
                                              "them.").format(name=record["name"]))
        if answer == QMessageBox.StandardButton.Yes:
            self._ctx.ws.attendances.delete(participant_id)

    def delete_session(self) -> None:
        if self._session is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete session"),
                                      self.tr("Delete this session with its participants, attendance and feedback?"))
        if answer == QMessageBox.StandardButton.Yes:
            training.delete_session(self._ctx.ws, self._session["id"])

    def _document(self, kind: str) -> None:
        if self._session is not None:
            self.flush()
            self.document_requested.emit(self._session["id"], kind)
