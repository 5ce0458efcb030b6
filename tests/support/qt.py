"""Fixtures and helpers of the Qt tests (tests/gui/ and tests/unit/ui/): a main window on a fresh workspace,
pictures to import, and helpers to act as a user. A plugin of tests/conftest.py, so no suite imports another's
conftest.

Settings are cleared before every Qt test (they live under the redirected HOME of tests/conftest.py), so one test's
window geometry or preferences never leak into another.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from score_desktop.domain.catalog import load_catalog
from score_desktop.paths import catalog_file

@pytest.fixture(scope="session")
def catalog():
    return load_catalog(catalog_file())


@pytest.fixture(autouse=True)
def clean_settings(request):
    """Empty settings around every Qt test; other tests do not start a QApplication at all."""
    if request.node.get_closest_marker("gui") is None:
        yield
        return
    request.getfixturevalue("qapp")
    QCoreApplication.setOrganizationName("ILO SCORE")
    QCoreApplication.setApplicationName("SCORE Desktop Tests")
    from score_desktop.ui.core.settings import store

    store().clear()
    yield
    store().clear()


@pytest.fixture
def make_window(qtbot, catalog):
    """``make_window(ws)``: the main window on ``ws``, shown; closed at the end of the test."""
    windows = []

    def make(ws, language: str = "en"):
        from score_desktop.ui.main_window import MainWindow

        window = MainWindow(ws, catalog, language)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()  # focus events (autosave on focus-out) need the active window
        qtbot.waitActive(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    _wait_for_background(qtbot)


@pytest.fixture(scope="session")
def bundled_fonts(qapp):
    """The app's fonts, as the app registers them (Chinese is measured in the font it is drawn in)."""
    from score_desktop.ui.app import load_fonts

    families = load_fonts()
    font = qapp.font()
    font.setFamilies([font.family(), *families])
    qapp.setFont(font)
    return families


@pytest.fixture
def speaking(qapp, bundled_fonts):
    """``speaking("fr")``: the app's translators for that language (or the pseudo-locale), installed as at start;
    all removed, and the locale restored, at the end."""
    from PySide6.QtCore import QLocale, QTranslator

    from score_desktop.ui.app import install_translator

    before = QLocale()

    def use(language: str) -> None:
        install_translator(qapp, language)

    yield use
    for translator in qapp.findChildren(QTranslator):
        QApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


@pytest.fixture
def window(make_window, workspace):
    return make_window(workspace)


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory) -> Path:
    from score_desktop.demo.generator import build_demo

    source = tmp_path_factory.mktemp("demo") / "workspace"
    build_demo(source, size="small", seed=1)
    return source


@pytest.fixture
def demo_root(tmp_path, demo_source) -> Path:
    """A copy of a small demo workspace (built once per session; copying is quicker than building)."""
    target = tmp_path / "demo"
    shutil.copytree(demo_source, target)
    return target


@pytest.fixture
def demo_workspace(demo_root):
    from score_desktop.store.workspace import Workspace

    ws = Workspace.open(demo_root)
    yield ws
    ws.close()


def _wait_for_background(qtbot) -> None:
    """After the windows closed: whatever they left running is cancelled and waited for, as when the app quits."""
    from score_desktop.ui.core import tasks

    tasks.shutdown(10_000)
    qtbot.wait(10)


# -- pictures ---------------------------------------------------------------------------------------------------

def write_picture(path: Path, size=(640, 480), color=(40, 120, 200)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, color).save(path, "JPEG", quality=85)
    return path


@pytest.fixture
def camera_card(tmp_path) -> Path:
    """A folder as a phone's DCIM: three pictures, a damaged one, a text file named .jpg and an empty one."""
    card = tmp_path / "DCIM" / "100APPLE"
    for n, color in enumerate(((200, 40, 40), (40, 200, 40), (40, 40, 200))):
        write_picture(card / f"IMG_000{n}.JPG", color=color)
    good = (card / "IMG_0000.JPG").read_bytes()
    (card / "IMG_0009.JPG").write_bytes(good[: len(good) // 3])
    (card / "notes.jpg").write_text("not a picture", encoding="utf-8")
    (card / "empty.png").write_bytes(b"")
    return card.parent


# -- acting as a user -------------------------------------------------------------------------------------------

def drop_files(widget: QWidget, paths: list[Path]) -> None:
    """Drop files on ``widget`` the way a file manager does (a drag enter, then a drop, with file URLs)."""
    from PySide6.QtGui import QDragEnterEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = QPoint(widget.width() // 2, widget.height() // 2)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the widget refused the drag"
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)


def mouse_drag(widget: QWidget, start: QPointF, end: QPointF, steps: int = 5) -> None:
    """Press, move with the button held, release: QTest's mouseMove does not carry the held button."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent

    def send(kind, point: QPointF, button, buttons) -> None:
        event = QMouseEvent(kind, point, widget.mapToGlobal(point), button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)

    left = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseButtonPress, start, left, left)
    for n in range(1, steps + 1):
        point = start + (end - start) * (n / steps)
        send(QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, left)
    send(QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``: plain keys for ASCII, and for Chinese (or any other script) the way an input
    method delivers it, one committed word at a time (QTest's key clicks know ASCII only)."""
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    for chunk in _runs(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget.focusProxy() or widget, event)


def _runs(text: str) -> list[str]:
    """``"IMG 漏油 A"`` -> ``["IMG ", "漏油", " A"]``."""
    runs: list[str] = []
    for char in text:
        if runs and runs[-1][-1].isascii() == char.isascii():
            runs[-1] += char
        else:
            runs.append(char)
    return runs


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns whenever a window's size limits change (it cannot pass them to a window
    # manager: QPlatformWindow::propagateSizeHints). Harmless, and absent on a real display.
    for item in items:
        if item.get_closest_marker("gui") is not None:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))
