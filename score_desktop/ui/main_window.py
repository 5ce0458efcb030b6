"""The main window (DESIGN.md section 6): sidebar, search box, the screens, menus, and the sync status bar.

The window owns navigation and the window-wide commands; each screen owns its own content and refreshes itself
from the workspace's change notifications (STYLE.md habit 5). Geometry, splitters and the last open screen are
remembered in QSettings.

Start-up is in two steps so the window is on screen as fast as a bare Qt window: the frame (menus, toolbar,
sidebar, status bar) is built and painted first; the workspace is opened and the screens are built right after
(:meth:`MainWindow.attach`), which is when the store and its dependencies are imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QLineEdit, QListWidget, QListWidgetItem, QMainWindow, QSizePolicy,
                               QSplitter, QStackedWidget, QToolBar, QWidget)

from score_desktop import APP_NAME, __version__
from score_desktop.errors import NotFoundError
from score_desktop.ui.core import settings
from score_desktop.ui.core.settings import remember_splitter
from score_desktop.ui.screens import Screens
from score_desktop.ui.sync.sync_commands import SyncCommands

if TYPE_CHECKING:
    from score_desktop.domain.catalog import Catalog
    from score_desktop.store.workspace import ChangeSet, Workspace
    from score_desktop.ui.context import AppContext

#: Sidebar entries in order; the enterprise and visit screens light up their list's entry.
SIDEBAR = ("today", "enterprises", "visits", "actions", "training", "trash", "sync", "review", "results")
PARENT_ENTRY = {"enterprise": "enterprises", "visit": "visits", "training_session": "training", "search": None,
                "review_visit": "review"}
#: Entries only some accounts see: the review queue is a coordinator's (and an admin's).
REVIEWERS_ONLY = ("review", "review_visit")

Opener = Callable[[], "tuple[Workspace, Catalog]"]


class MainWindow(QMainWindow):
    #: The workspace is open and every screen is built.
    ready = Signal()
    #: Opening the workspace failed (a UserError, or a bug); the application shows it and ends.
    failed = Signal(object)

    def __init__(self, ws: Workspace | None = None, catalog: Catalog | None = None, language: str = "en", *,
                 open_workspace: Opener | None = None, greet: bool = False) -> None:
        """With ``ws`` and ``catalog`` the window is complete at once (tests); with ``open_workspace`` it shows its
        frame first and opens the workspace as soon as the event loop runs (the app). With ``greet``, a new
        trainer on an empty workspace is welcomed (:mod:`ui.dialogs.first_start`)."""
        super().__init__()
        self._greet = greet
        self.setObjectName("mainWindow")
        self._language = language
        self._ws: Workspace | None = None
        self.ctx: AppContext | None = None
        self._history: list[tuple[str, str | None]] = []
        self._current: tuple[str, str | None] = ("today", None)
        self._role_shown: str | None = None  # the account's role the screens speak to
        #: Set when the trainer asked to restart (a new language): the app starts again once this window closed.
        self.restart_requested = False
        self._unsubscribe: Callable[[], None] | None = None
        #: Windows of records (actions, KPI readings) open beside the main window, by (kind, id).
        self._dialogs: dict[tuple[str, str], QWidget] = {}
        self.setWindowTitle(APP_NAME)

        self.stack = QStackedWidget(self)
        self.screens = Screens(self.stack, self._screen_built)
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        names = {"today": self.tr("Today"), "enterprises": self.tr("Enterprises"), "visits": self.tr("Visits"),
                 "actions": self.tr("Actions"), "training": self.tr("Training"), "trash": self.tr("Trash"),
                 "sync": self.tr("Sync"), "review": self.tr("Review"), "results": self.tr("Results")}
        for name in SIDEBAR:
            item = QListWidgetItem(names[name], self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, name)
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sidebar.setFont(font)
        # As wide as its longest entry in this language ("Sincronización", "Đồng bộ"), never narrower.
        widest = max(self.sidebar.fontMetrics().horizontalAdvance(text) for text in names.values())
        self.sidebar.setMinimumWidth(max(130, widest + 24))
        self.sidebar.setMaximumWidth(max(220, widest + 24))
        self.sidebar.setSpacing(3)
        self.sidebar.itemClicked.connect(lambda item: self.show_screen(item.data(Qt.ItemDataRole.UserRole)))
        self.sidebar.currentItemChanged.connect(self._sidebar_moved)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([160, 1200])
        remember_splitter(self.splitter, "main")
        self.setCentralWidget(self.splitter)

        self._make_search_box()
        self.sync = SyncCommands(self)  # sign in, sign out, Sync now, and the status bar's sync part
        self._make_actions()
        self._make_menus_and_toolbar()
        self.statusBar().addPermanentWidget(self.sync.status)
        self._restore_geometry()
        if ws is not None and catalog is not None:
            self.attach(ws, catalog)
        elif open_workspace is not None:
            self._opener: Opener | None = open_workspace
            self.installEventFilter(self)  # opens the workspace once the frame has been painted

    def _open(self, open_workspace: Opener) -> None:
        try:
            ws, catalog = open_workspace()
        except Exception as error:  # noqa: BLE001 - a user's error or a bug: either way the app cannot go on
            self.failed.emit(error)  # shown as one sentence, or with "copy details" for a bug
            return
        self.attach(ws, catalog)

    def attach(self, ws: Workspace, catalog: Catalog) -> None:
        """Build the screens on an open workspace and show the last screen of the previous session."""
        from score_desktop.ui.context import AppContext

        self._ws = ws
        self.ctx = AppContext.create(ws, catalog, self._language, self)
        self._sync_controller = self.sync.attach(ws, self.ctx)
        self.setWindowTitle(self.tr("SCORE Desktop — {path}").format(path=ws.paths.root))
        for name, factory in self._screen_factories().items():
            self.screens.add(name, factory)
        self.ctx.deletions.changed.connect(self._deletions_changed)
        self._connect_navigation()
        self._unsubscribe = ws.subscribe(self._on_changes)
        from score_desktop.ui.core.autosave import DiskGuard

        self._disk_guard = DiskGuard(ws, self)  # a checkpoint a second after each burst of changes
        self._sync_controller.records_changed.connect(self._on_changes)  # a round's changes: as if edited here
        self._sync_controller.state_changed.connect(self._show_entries_of_role)  # signed in as someone else
        for action in self._needs_workspace:
            action.setEnabled(True)
        self.search_box.setEnabled(True)
        self._show_entries_of_role()
        self._restore_screen()
        self.sync.start()
        self.ready.emit()
        self.screens.build_the_rest_later()
        if self._greet and not ws.meta("demo") and ws.enterprises.count() == 0:
            from score_desktop.ui.dialogs.first_start import should_greet

            if should_greet():
                QTimer.singleShot(0, self, self.greet)

    def greet(self) -> QWidget:
        from score_desktop.ui.dialogs.first_start import FirstStartDialog

        dialog = FirstStartDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda action: self._begin(action, dialog.restart_needed))
        dialog.open()
        return dialog

    def _begin(self, action: str, restart_needed: bool) -> None:
        """Go on the way the trainer chose at the first start; a new language first offers to restart (the
        greeting then comes again, in that language)."""
        from score_desktop.ui.dialogs import first_start

        def go_on() -> None:
            first_start.mark_greeted()
            if action == first_start.SIGN_IN:
                self.sync.sign_in()
            elif action == first_start.NEW_ENTERPRISE:
                self.new_enterprise()
            elif action == first_start.DEMO:
                from score_desktop.ui.core.launch import app_command, start_detached

                start_detached(app_command(["--demo"]))
                self.statusBar().showMessage(self.tr("A demo workspace opens in a second window."), 8000)

        if restart_needed:
            self.offer_restart(later=go_on)
        else:
            go_on()

    def _screen_factories(self) -> dict[str, Callable[[], QWidget]]:
        """How to build each screen; the imports happen when a screen is first built."""
        ctx = self.ctx

        def today() -> QWidget:
            from score_desktop.ui.today.today_screen import TodayScreen
            return TodayScreen(ctx, self)

        def enterprises() -> QWidget:
            from score_desktop.ui.enterprises.enterprises_screen import EnterprisesScreen
            return EnterprisesScreen(ctx, self)

        def visits() -> QWidget:
            from score_desktop.ui.visits.visits_screen import VisitsScreen
            return VisitsScreen(ctx, self)

        def actions() -> QWidget:
            from score_desktop.ui.actions.actions_screen import ActionsScreen
            return ActionsScreen(ctx, self)

        def trash() -> QWidget:
            from score_desktop.ui.trash.trash_screen import TrashScreen
            return TrashScreen(ctx, self)

        def enterprise() -> QWidget:
            from score_desktop.ui.enterprises.enterprise_screen import EnterpriseScreen
            return EnterpriseScreen(ctx, self)

        def visit() -> QWidget:
            from score_desktop.ui.visits.visit_screen import VisitScreen
            return VisitScreen(ctx, self)

        def search() -> QWidget:
            from score_desktop.ui.search.search_screen import SearchScreen
            return SearchScreen(ctx, self)

        def sync() -> QWidget:
            from score_desktop.ui.sync.sync_screen import SyncScreen
            return SyncScreen(ctx, self._sync_controller, self.sync.actions_by_name(), self)

        def training() -> QWidget:
            from score_desktop.ui.training.training_screen import TrainingScreen
            return TrainingScreen(ctx, self)

        def training_session() -> QWidget:
            from score_desktop.ui.training.session_screen import SessionScreen
            return SessionScreen(ctx, self)

        def review() -> QWidget:
            from score_desktop.ui.coordinator.queue_screen import ReviewQueueScreen
            return ReviewQueueScreen(ctx, self)

        def review_visit() -> QWidget:
            from score_desktop.ui.coordinator.review_page import ReviewPage
            return ReviewPage(ctx, self)

        def results() -> QWidget:
            from score_desktop.ui.results.results_screen import ResultsScreen
            return ResultsScreen(ctx, self)

        return {"today": today, "enterprises": enterprises, "visits": visits, "actions": actions, "trash": trash,
                "enterprise": enterprise, "visit": visit, "search": search, "sync": sync, "training": training,
                "training_session": training_session, "review": review, "review_visit": review_visit,
                "results": results}

    def _screen_built(self, name: str, screen: QWidget) -> None:
        """Wire a screen the first time it is built: its requests to the window, its commands to the menus."""
        if name == "enterprises":
            screen.new_enterprise_requested.connect(self.new_enterprise)
        elif name == "enterprise":
            screen.new_visit_requested.connect(lambda _id: self.new_visit())
        elif name == "visit":
            screen.open_photo_viewer.connect(self.open_photo_viewer)
            for action in screen.menu_actions():
                if action is None:
                    self.visit_menu.addSeparator()
                else:
                    action.setEnabled(self.current_screen == "visit")
                    self.visit_menu.addAction(action)
        elif name == "search":
            screen.chosen.connect(self._open_hit)
        elif name == "training":
            screen.plan_requested.connect(self.plan_session)
        elif name == "training_session":
            screen.document_requested.connect(self.open_training_paper)

    # -- building ------------------------------------------------------------------------------------------------

    def _make_search_box(self) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search enterprises, visits, findings, actions  (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self.search_box.setMaximumWidth(460)
        self.search_box.textEdited.connect(self._search_typed)
        self.search_box.returnPressed.connect(lambda: "search" in self.screens and self.screens["search"].open_first())
        self.search_box.installEventFilter(self)
        self.search_box.setEnabled(False)

    def _action(self, text: str, keys: list, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.new_enterprise_action = self._action(self.tr("New enterprise"), ["Ctrl+Shift+E"], self.new_enterprise,
                                                  "newEnterprise")
        self.new_visit_action = self._action(self.tr("New visit…"), ["Ctrl+Shift+N"], self.new_visit, "newVisit")
        self.plan_session_action = self._action(self.tr("Plan a training session…"), ["Ctrl+Shift+T"],
                                                self.plan_session, "planSession")
        self.sponsor_report_action = self._action(self.tr("Sponsor report…"), ["Ctrl+Shift+B"],
                                                  self.open_sponsor_report, "sponsorReport")
        self.export_action = self._action(self.tr("Export…"), ["Ctrl+Shift+X"], self.export_workspace,
                                          "exportWorkspace")
        self.preferences_action = self._action(self.tr("Preferences…"), ["Ctrl+,"], self.edit_preferences,
                                               "preferences")
        self.quit_action = self._action(self.tr("Quit"), [QKeySequence.StandardKey.Quit], self.close, "quit")
        self.undo_delete_action = self._action(self.tr("Undo delete"), [QKeySequence.StandardKey.Undo],
                                               self.undo_delete, "undoDelete")
        self.undo_delete_action.setEnabled(False)
        self.find_action = self._action(self.tr("Find"), [QKeySequence.StandardKey.Find], self.focus_search, "find")
        self.back_action = self._action(self.tr("Back"), [QKeySequence.StandardKey.Back], self.go_back, "back")
        self.go_actions = [self._action(text, [f"Ctrl+{n}"], lambda _c=False, s=screen: self.show_screen(s),
                                        f"go_{screen}")
                           for n, (screen, text) in enumerate(zip(SIDEBAR, (
                               self.tr("Today"), self.tr("Enterprises"), self.tr("Visits"), self.tr("Actions"),
                               self.tr("Training"), self.tr("Trash"), self.tr("Sync"), self.tr("Review"),
                               self.tr("Results"))),
                               start=1)]
        self.shortcuts_action = self._action(self.tr("Keyboard shortcuts"), ["F1"], self.show_shortcuts,
                                             "shortcutsHelp")
        self.about_action = self._action(self.tr("About SCORE Desktop"), [], self.about, "about")
        # Until the workspace is open there is nothing to create, find or go to.
        self._needs_workspace = [self.new_enterprise_action, self.new_visit_action, self.plan_session_action,
                                 self.sponsor_report_action, self.export_action, self.find_action,
                                 self.back_action, *self.go_actions]
        for action in self._needs_workspace:
            action.setEnabled(False)

    def _make_menus_and_toolbar(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_enterprise_action, self.new_visit_action, self.plan_session_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.sponsor_report_action])
        file_menu.addSeparator()
        file_menu.addActions(self.sync.actions())
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        self.visit_menu = menus.addMenu(self.tr("&Visit"))  # filled by attach(): the visit screen's commands
        go_menu = menus.addMenu(self.tr("&Go"))
        go_menu.addActions(self.go_actions)
        go_menu.addSeparator()
        go_menu.addAction(self.back_action)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])

        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.back_action)
        toolbar.addSeparator()
        toolbar.addAction(self.new_enterprise_action)
        toolbar.addAction(self.new_visit_action)
        toolbar.addSeparator()
        toolbar.addAction(self.sync.sync_now_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)

    def _connect_navigation(self) -> None:
        nav = self.ctx.nav
        nav.open_enterprise.connect(lambda record_id: self.show_screen("enterprise", record_id))
        nav.open_visit.connect(lambda record_id: self.show_screen("visit", record_id))
        nav.open_finding.connect(self._open_finding)
        nav.show_screen.connect(self.show_screen)
        nav.open_report.connect(self.open_report)
        nav.open_action.connect(self.open_action)
        nav.show_actions.connect(self.show_actions)
        nav.new_kpi_reading.connect(lambda enterprise_id, visit_id: self.open_kpi_reading(
            enterprise_id=enterprise_id, visit_id=visit_id or None))
        nav.open_kpi_reading.connect(lambda reading_id: self.open_kpi_reading(reading_id=reading_id))
        nav.open_photos.connect(self.open_photo_viewer)
        nav.open_training_session.connect(lambda record_id: self.show_screen("training_session", record_id))
        nav.open_review.connect(lambda record_id: self.show_screen("review_visit", record_id))

    # -- navigation ----------------------------------------------------------------------------------------------

    @property
    def current_screen(self) -> str:
        return self._current[0]

    def show_screen(self, name: str, record_id: str | None = None, *, remember: bool = True) -> None:
        if name not in self.screens or (name in REVIEWERS_ONLY and not self._reviews()):
            return
        self._flush_current()
        target = (name, record_id)
        if remember and target != self._current and self._current[0] != "search":
            self._history.append(self._current)
            del self._history[:-50]
        self._current = target
        screen = self.screens[name]
        if name == "enterprise" and record_id:
            screen.load(record_id)
        elif name in ("visit", "training_session", "review_visit") and record_id:
            screen.load(record_id)
        self.stack.setCurrentWidget(screen)
        entry = PARENT_ENTRY.get(name, name)
        self.sidebar.blockSignals(True)
        if entry in SIDEBAR:
            self.sidebar.setCurrentRow(SIDEBAR.index(entry))
        else:
            self.sidebar.clearSelection()
        self.sidebar.blockSignals(False)
        if self.screens.is_built("visit"):
            for action in self.screens["visit"].menu_actions():
                if action is not None:
                    action.setEnabled(name == "visit")
            if name == "visit":
                self.screens["visit"].refresh_commands()  # a signed visit allows none of its changing commands
        self.back_action.setEnabled(bool(self._history))
        if name not in ("search",):
            settings.set_window_value("screen", f"{name}:{record_id or ''}")

    def _reviews(self) -> bool:
        """This workspace's account reviews reports (a coordinator or an admin; see domain/roles.py)."""
        from score_desktop.domain.roles import REVIEWERS

        return self._ws is not None and self._ws.role in REVIEWERS

    def _show_entries_of_role(self) -> None:
        """A coordinator sees Review in the sidebar and Go menu; a trainer does not."""
        reviews = self._reviews()
        role = self._ws.role if self._ws is not None else None
        if role != self._role_shown:  # signed in as another account: its words, its lists
            for screen in self.screens.values():
                if hasattr(screen, "mark_stale"):
                    screen.mark_stale()
        self._role_shown = role
        self.sidebar.item(SIDEBAR.index("review")).setHidden(not reviews)
        self.go_actions[SIDEBAR.index("review")].setVisible(reviews)
        self.go_actions[SIDEBAR.index("review")].setEnabled(reviews)

    def _sidebar_moved(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:  # arrow keys in the sidebar
            self.show_screen(current.data(Qt.ItemDataRole.UserRole))

    def go_back(self) -> None:
        if self._history:
            name, record_id = self._history.pop()
            self.show_screen(name, record_id, remember=False)

    def _open_finding(self, visit_id: str, finding_id: str) -> None:
        self.show_screen("visit", visit_id)
        self.screens["visit"].load(visit_id, finding_id=finding_id)

    def _open_hit(self, entity: str, record_id: str) -> None:
        try:
            if entity == "enterprise":
                self.show_screen("enterprise", record_id)
            elif entity == "visit":
                self.show_screen("visit", record_id)
            elif entity == "observation":
                self._open_finding(self._ws.observations.get(record_id)["visit_id"], record_id)
            elif entity == "action_item":
                self._ws.action_items.get(record_id)  # raises when it went away
                self.open_action(record_id)
            elif entity == "eit_member":
                member = self._ws.eit_members.get(record_id)
                self.show_screen("enterprise", member["enterprise_id"])
                self.screens["enterprise"].select_member(record_id)
            elif entity == "photo":
                self._open_photo_hit(self._ws.photos.get(record_id))
        except NotFoundError as error:  # deleted since the search ran
            from score_desktop.ui.core.errors import show_error

            show_error(error, self)

    def _open_photo_hit(self, photo: dict) -> None:
        """A photo found by its caption: where it belongs (its finding, action or visit), and the photo itself."""
        if photo.get("observation_id"):
            self._open_finding(self._ws.observations.get(photo["observation_id"])["visit_id"], photo["observation_id"])
        elif photo.get("action_item_id"):
            self.open_action(photo["action_item_id"])
        elif photo.get("visit_id"):
            self.show_screen("visit", photo["visit_id"])
        self.open_photo_viewer([photo["id"]], 0)

    # -- search --------------------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _search_typed(self, text: str) -> None:
        screen = self.screens["search"]
        if text.strip():
            if self.current_screen != "search":
                self.show_screen("search")
            screen.search_for(text)
        elif self.current_screen == "search":
            self.go_back()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self and event.type() == QEvent.Type.Paint and getattr(self, "_opener", None) is not None:
            opener, self._opener = self._opener, None
            self.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self._open(opener))  # after this paint reaches the screen
            return False
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.current_screen == "search":
                self.screens["search"].view.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                if self.current_screen == "search":
                    self.go_back()
                return True
        return super().eventFilter(watched, event)

    # -- commands ------------------------------------------------------------------------------------------------

    def new_enterprise(self) -> QWidget:
        """Ask the new enterprise's name, create it, and open its page for the rest."""
        self._flush_current()
        from score_desktop.ui.enterprises.new_enterprise_dialog import NewEnterpriseDialog

        dialog = NewEnterpriseDialog(self._ws, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.enterprise and self._open_new_enterprise(dialog.enterprise["id"]))
        dialog.open()
        return dialog

    def _open_new_enterprise(self, enterprise_id: str) -> None:
        self.show_screen("enterprise", enterprise_id)
        self.activateWindow()  # back from the dialog: the keyboard goes on in the enterprise's page
        self.screens["enterprise"].form.fields["sector"].setFocus()

    def _enterprise_in_view(self) -> str | None:
        screen = self.current_screen
        if screen == "enterprise":
            return self.screens["enterprise"].enterprise_id
        if screen == "visit" and self.screens["visit"].visit is not None:
            return self.screens["visit"].visit["enterprise_id"]
        if screen == "enterprises":
            return self.screens["enterprises"].selected_id()
        return None

    def new_visit(self) -> None:
        enterprise_id = self._enterprise_in_view()
        if enterprise_id is None:
            self.statusBar().showMessage(self.tr("Open or select an enterprise first, then start its visit."), 6000)
            self.show_screen("enterprises")
            return
        self._flush_current()
        from score_desktop.ui.visits.new_visit_dialog import NewVisitDialog

        dialog = NewVisitDialog(self.ctx, self._ws.enterprises.get(enterprise_id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.visit and self.show_screen("visit", dialog.visit["id"]))
        dialog.open()

    def plan_session(self) -> None:
        """Plan a classroom session (with the enterprise in view ticked); its page opens once planned."""
        self._flush_current()
        from score_desktop.ui.training.plan_session_dialog import PlanSessionDialog

        dialog = PlanSessionDialog(self.ctx, self, enterprise_id=self._enterprise_in_view())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.session and self.show_screen("training_session", dialog.session["id"]))
        dialog.open()

    def open_sponsor_report(self) -> QWidget | None:
        """The results report of a sponsoring buyer (File ▸ Sponsor report…); a sentence when no enterprise names
        a sponsor yet."""
        from score_desktop.store.queries import sponsors
        from score_desktop.ui.dialogs.sponsor_report import SponsorReportDialog

        known = sponsors(self._ws)
        if not known:
            self.statusBar().showMessage(self.tr("No enterprise names a sponsoring buyer yet: add one on an "
                                                 "enterprise's page (Sponsoring buyers)."), 8000)
            return None
        dialog = SponsorReportDialog(self._ws.paths.root, known, self, language=self._language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_training_paper(self, session_id: str, kind: str) -> QWidget:
        from score_desktop.ui.dialogs.training_papers import TrainingPaperDialog

        dialog = TrainingPaperDialog(self._ws.paths.root, session_id, kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_photo_viewer(self, photo_ids: list, index: int) -> QWidget:
        from score_desktop.ui.photos.photo_viewer import PhotoViewerDialog

        viewer = PhotoViewerDialog(self.ctx, photo_ids, index, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        return viewer

    def open_action(self, action_id: str) -> QWidget | None:
        """The action's window (one per action: asking again brings it forward)."""
        from score_desktop.ui.actions.action_dialog import ActionDialog

        dialog = self._dialogs.get(("action", action_id))
        if dialog is not None:
            dialog.bring_forward()
            return dialog
        if self._ws.action_items.find(action_id) is None:
            return None
        dialog = ActionDialog(self.ctx, action_id, self)
        self._keep_dialog(("action", action_id), dialog)
        dialog.show()
        dialog.focus_title()
        return dialog

    def show_actions(self, action_filter: dict) -> None:
        """The Actions screen narrowed as asked (Today's overdue actions)."""
        self.show_screen("actions")
        self.screens["actions"].apply_filter(action_filter)

    def open_kpi_reading(self, *, enterprise_id: str | None = None, visit_id: str | None = None,
                         reading_id: str | None = None) -> QWidget | None:
        """A new KPI reading of the enterprise (at the visit), or an existing one to change or correct."""
        from score_desktop.ui.kpis.reading_dialog import KpiReadingDialog

        if reading_id is not None:
            reading = self._ws.kpi_readings.find(reading_id)
            if reading is None:
                return None
            enterprise_id = reading["enterprise_id"]
        self._flush_current()
        dialog = KpiReadingDialog(self.ctx, enterprise_id=enterprise_id, visit_id=visit_id, reading_id=reading_id,
                                  parent=self)
        self._keep_dialog(("kpi_reading", reading_id or dialog.objectName() + str(id(dialog))), dialog)
        dialog.open()
        return dialog

    def _keep_dialog(self, key: tuple[str, str], dialog: QWidget) -> None:
        """Deleted when closed; while open it hears of changes like the screens do."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs[key] = dialog
        dialog.destroyed.connect(lambda _obj=None, k=key: self._dialogs.pop(k, None))

    def open_report(self, visit_id: str) -> QWidget:
        from score_desktop.ui.dialogs.report_preview import ReportPreviewDialog

        dialog = ReportPreviewDialog(self._ws.paths.root, visit_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def undo_delete(self) -> None:
        if self.ctx is None:
            return
        restored = self.ctx.deletions.undo()
        if restored is None:
            return
        entity, _record_id = restored
        restored_text = {"photo": self.tr("Photo restored."), "action_item": self.tr("Action restored."),
                         "suggestion": self.tr("Suggestion restored."),
                         "enterprise": self.tr("Enterprise restored, with what went with it."),
                         "visit": self.tr("Visit restored, with its findings, photos and actions."),
                         "eit_member": self.tr("EIT member restored.")}
        self.statusBar().showMessage(restored_text.get(entity, self.tr("Finding restored.")), 5000)

    def _deletions_changed(self) -> None:
        self.undo_delete_action.setEnabled(self.ctx.deletions.can_undo())
        self.undo_delete_action.setText(self.ctx.deletions.undo_text())

    def export_workspace(self) -> QWidget:
        """File > Export: the workspace for M&E, in the background (ui/dialogs/export_dialog.py)."""
        from score_desktop.ui.dialogs.export_dialog import ExportDialog

        self._flush_current()  # what is being typed goes into the export too
        assert self._ws is not None
        dialog = ExportDialog(self._ws.paths.root, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_preferences(self) -> None:
        from score_desktop.domain.catalog import load_catalog
        from score_desktop.paths import catalog_file
        from score_desktop.ui.dialogs.preferences_dialog import PreferencesDialog

        catalog = self.ctx.catalog if self.ctx is not None else load_catalog(catalog_file())
        dialog = PreferencesDialog(catalog, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.restart_needed and self.offer_restart())
        dialog.open()

    def offer_restart(self, later: Callable[[], None] | None = None) -> QWidget:
        """The language changes when the app starts again: ask whether to do that now (else ``later()``)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME,
                          self.tr("SCORE Desktop speaks the new language from its next start. Restart it now? "
                                  "Your work is saved."), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("restartOffer")
        now = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self.restart() if box.clickedButton() is now else later and later())
        box.open()
        return box

    def restart(self) -> None:
        self.restart_requested = True
        self.close()

    def show_shortcuts(self) -> None:
        actions = [a for a in self.findChildren(QAction)
                   if a.text() and not a.shortcut().isEmpty() and a.isVisible()]  # not another role's
        from score_desktop.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, APP_NAME, self.tr("{app} {version}\nFor the accredited trainers of the ILO SCORE "
                                                  "programme.").format(app=APP_NAME, version=__version__))

    # -- changes and status --------------------------------------------------------------------------------------

    def _on_changes(self, changes: ChangeSet) -> None:
        self._disk_guard.on_changes(changes)
        for screen in [*self.screens.values(), *self._dialogs.values()]:
            handler = getattr(screen, "on_changes", None)
            if handler is not None:
                handler(changes)
        self.sync.status.refresh()

    # -- window state --------------------------------------------------------------------------------------------

    def _flush_current(self) -> None:
        from score_desktop.ui.core.autosave import flush_all  # imported with the screens, after the first paint

        flush_all()

    def _restore_geometry(self) -> None:
        geometry = settings.window_value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
        state = settings.window_value("state")
        if state is not None:
            self.restoreState(state)

    def _restore_screen(self) -> None:
        last = str(settings.window_value("screen") or "today:")
        name, _, record_id = last.partition(":")
        if name in ("enterprise", "visit", "training_session") and record_id:
            repository = {"enterprise": self._ws.enterprises, "visit": self._ws.visits,
                          "training_session": self._ws.training_sessions}[name]
            if repository.find(record_id) is None:
                name, record_id = "today", ""
        self.show_screen(name if name in self.screens and name != "search" else "today", record_id or None,
                         remember=False)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._flush_current()
        self.sync.shutdown()
        if self.screens.is_built("visit"):
            importer = self.screens["visit"].editor.photos.importer
            if importer.busy:
                importer.cancel()
                importer.wait_for_done()
        settings.set_window_value("geometry", self.saveGeometry())
        settings.set_window_value("state", self.saveState())
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        super().closeEvent(event)

