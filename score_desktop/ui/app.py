"""Start the Qt application: fonts, translations, the workspace, the main window, and the smoke test."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from score_desktop import APP_NAME, __version__
from score_desktop.errors import UserError, setup_logging
from score_desktop.paths import catalog_file, default_workspace_dir, resource_path, translations_dir
from score_desktop.ui.core.single_instance import SingleInstance, ask_running_app_to_show

log = logging.getLogger(__name__)


def load_fonts() -> list[str]:
    """Register the bundled fonts so Chinese and Vietnamese never show as boxes, whatever the system has."""
    families: list[str] = []
    for path in sorted(resource_path("fonts").glob("*.tt[cf]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


#: The developers' language: every string 40 % longer (ui/core/pseudo.py), to see layouts that would cut a
#: translation.
PSEUDO = "pseudo"


def ui_language(language: str | None) -> str:
    """The language code the UI runs in: the one asked for (``--lang``, or ``SCORE_DESKTOP_LANG`` in the
    environment), else the one chosen in Preferences, else the system's (``zh_CN``, ``fr_FR``, ...)."""
    from score_desktop.ui.core import settings

    return (language or os.environ.get("SCORE_DESKTOP_LANG") or settings.value("ui/language")
            or QLocale.system().name())


def install_translator(app: QApplication, language: str | None) -> QTranslator | None:
    code = ui_language(language)
    if code == PSEUDO:
        from score_desktop.ui.core.pseudo import PseudoTranslator

        QLocale.setDefault(QLocale("en"))
        translator: QTranslator = PseudoTranslator(app)
        app.installTranslator(translator)  # Qt's own strings too: it answers every context
        return translator
    QLocale.setDefault(QLocale(code))  # dates and numbers in the UI language too
    # Qt's own strings (OK, Cancel, the file and print dialogs) come from Qt's translations, shipped with PySide6,
    # and then from ours (translations/qtbase_*.ts): PySide6 ships none for Vietnamese and Indonesian. Installed
    # after Qt's, ours is asked first.
    if code != "en":
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for folder in (qt_translations, str(translations_dir())):
            qt_translator = QTranslator(app)
            if qt_translator.load(f"qtbase_{code}", folder):
                app.installTranslator(qt_translator)
    translator = QTranslator(app)
    # English too: score_desktop_en has the plural forms ("1 change waiting" for "%n change(s) waiting").
    if translator.load(f"score_desktop_{code}", str(translations_dir())):
        app.installTranslator(translator)
        return translator
    return None


def install_bug_hook(*, smoke_test: bool = False, failure: list[BaseException] | None = None) -> None:
    """An exception nobody caught (in a slot, a timer) is a bug: log it and show "copy details".

    Under ``--smoke-test`` nobody is there to read a dialog: the bug goes to stderr with its traceback and the
    app ends with status 1 (a build checked in CI must not hang on a box)."""
    previous = sys.excepthook

    def hook(kind, error, traceback) -> None:
        if not isinstance(error, Exception):
            previous(kind, error, traceback)
            return
        if smoke_test:
            import traceback as tracebacks

            if failure is not None:
                failure.append(error)
            print(f"smoke-test failed: {kind.__name__}: {error}", file=sys.stderr)
            tracebacks.print_exception(kind, error, traceback, file=sys.stderr)
            QApplication.exit(1)
            return
        from score_desktop.ui.core.errors import show_bug

        show_bug(error.with_traceback(traceback), QApplication.activeWindow())

    sys.excepthook = hook


#: What the first screen does without: loaded when first used (sync, photos, reports), after the window is ready.
_LOADED_LATER = frozenset({"requests", "urllib3", "keyring", "sqlite_utils", "PIL", "reportlab"})


class _SmokeTest(QObject):
    """Prints "smoke-test ok <s>" at the main window's first paint (seconds since the process started); quits once
    the workspace is open too. With ``SCORE_DESKTOP_SMOKE_READY=1`` in the environment it also prints
    "smoke-test ready <s>" when the first screen has been painted with its data (bench/gui.py measures both), and
    "smoke-test loaded ..." naming which of the libraries kept for later were loaded by then."""

    def __init__(self, started: float, app: QApplication, window) -> None:
        super().__init__(app)
        self._started = started
        self._app = app
        self._window = window
        self._painted = False
        self._ready = False
        window.ready.connect(self._on_ready)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            print(f"smoke-test ok {time.time() - self._started:.3f}", flush=True)
            self._quit_when_done()
        return False

    def _on_ready(self) -> None:
        self._ready = True
        if os.environ.get("SCORE_DESKTOP_SMOKE_READY") == "1":
            self._window.repaint()  # the screen the trainer sees, with its data, on the screen now
            print(f"smoke-test ready {time.time() - self._started:.3f}", flush=True)
            print("smoke-test loaded " + " ".join(sorted(_LOADED_LATER & {name.partition(".")[0] for name in
                                                                           sys.modules})), flush=True)
        self._quit_when_done()

    def _quit_when_done(self) -> None:
        if self._painted and self._ready:
            QTimer.singleShot(0, self._app.quit)


def _claim_workspace(root: Path, app: QApplication) -> SingleInstance | None:
    """This app's hold on the workspace; None when another app has it (it was asked to come to the front)."""
    instance = SingleInstance(root, app)
    try:
        if instance.acquire():
            return instance
    except OSError as error:  # no folder to hold: opening the workspace will say why, in a sentence
        log.warning("cannot lock %s: %s", root, error)
        return instance
    if not ask_running_app_to_show(root):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, APP_NAME, QApplication.translate(
            "App", "SCORE Desktop is already open on this workspace, in another window."))
    print(f"SCORE Desktop is already open on {root}; its window was brought to the front.", flush=True)
    return None


def _bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def run_app(*, workspace: Path | None, language: str | None, smoke_test: bool, started: float) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ILO SCORE")
    families = load_fonts()
    if families:
        font = app.font()
        font.setFamilies([font.family(), *families])
        app.setFont(font)
    install_translator(app, language)
    failure: list[BaseException] = []
    install_bug_hook(smoke_test=smoke_test, failure=failure)
    root = workspace or default_workspace_dir()
    instance = _claim_workspace(root, app)
    if instance is None:
        return 0  # the app already open on this workspace came to the front
    opened = []

    def open_workspace():
        # Logging, the store (and sqlite-utils) and the catalog start here, after the window's first paint.
        from score_desktop.domain.catalog import CatalogError, load_catalog
        from score_desktop.store.workspace import Workspace

        try:
            setup_logging(root / "logs")
        except OSError as error:
            log.warning("no log file in %s: %s", root, error)
        ws = Workspace.open(root)  # its errors are UserErrors (a folder it cannot make: WorkspaceFolderError)
        opened.append(ws)
        try:
            catalog = load_catalog(catalog_file())
        except CatalogError as error:
            raise UserError("{reason}", reason=str(error)) from error
        return ws, catalog

    from score_desktop.ui.main_window import MainWindow

    window = MainWindow(language=ui_language(language), open_workspace=open_workspace, greet=not smoke_test)

    def failed(error: BaseException) -> None:
        """No workspace, no app: say why (a user's error in one sentence, a bug with its details), then end."""
        failure.append(error)
        if smoke_test:
            reason = error.message if isinstance(error, UserError) else f"{type(error).__name__}: {error}"
            print(f"smoke-test failed: {reason}", file=sys.stderr)
            app.exit(1)
            return
        from score_desktop.ui.core.errors import show_error

        show_error(error, window).finished.connect(lambda _result: app.exit(1))

    window.failed.connect(failed)
    instance.raise_requested.connect(lambda: _bring_to_front(window))
    window.ready.connect(instance.listen)
    if smoke_test:
        window.installEventFilter(_SmokeTest(started, app, window))
    window.show()
    try:
        code = app.exec()
        return 1 if failure else code
    finally:
        window.close()
        from score_desktop.ui.core import tasks

        tasks.shutdown()  # cancels what still runs and waits a bounded time; a stuck download is left behind
        for ws in opened:
            ws.close()
        instance.release()
        if window.restart_requested:  # after the workspace is free, so the new app can take it
            from score_desktop.ui.core.launch import restart_command, start_detached

            start_detached(restart_command())
