"""Start the Qt application: fonts, translations, the workspace, the main window, and the smoke test."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from score_desktop import APP_NAME, __version__
from score_desktop.errors import UserError, setup_logging
from score_desktop.paths import default_workspace_dir, resource_path, translations_dir
from score_desktop.store.workspace import Workspace

log = logging.getLogger(__name__)


def load_fonts() -> list[str]:
    """Register the bundled fonts so Chinese and Vietnamese never show as boxes, whatever the system has."""
    families: list[str] = []
    for path in sorted(resource_path("fonts").glob("*.tt[cf]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def install_translator(app: QApplication, language: str | None) -> QTranslator | None:
    code = language or QLocale.system().name()
    translator = QTranslator(app)
    if code != "en" and translator.load(f"score_desktop_{code}", str(translations_dir())):
        app.installTranslator(translator)
        return translator
    return None


class _FirstPaint(QObject):
    """Prints the smoke-test line at the main window's first paint, then quits."""

    def __init__(self, started: float, app: QApplication) -> None:
        super().__init__(app)
        self._started = started
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            print(f"smoke-test ok {time.time() - self._started:.3f}", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


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
    root = workspace or default_workspace_dir()
    try:
        setup_logging(root / "logs")
        ws = Workspace.open(root)
    except UserError as error:
        if smoke_test:
            print(f"smoke-test failed: {error.message}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, QApplication.translate("Errors", error.template).format(**error.params))
        return 1
    from score_desktop.ui.main_window import MainWindow

    window = MainWindow(ws)
    if smoke_test:
        window.installEventFilter(_FirstPaint(started, app))
    window.show()
    try:
        return app.exec()
    finally:
        window.close()
        ws.close()
