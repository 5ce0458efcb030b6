"""The report preview on a laptop screen: it fits, its commands have keys of their own, it prints with the paper and
organisation of Preferences, and a signed visit shows its signed document (another language: a translation)."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from score_desktop.demo.generator import demo_signatures
from score_desktop.reports import ReportCancelled
from score_desktop.reports.signing import sign
from score_desktop.store.documents import DocumentStore
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core import settings
from score_desktop.ui.dialogs.report_preview import ReportPreviewDialog
from tests.support.reports import make_history


@pytest.fixture
def history(tmp_path):
    ws = Workspace.open(tmp_path / "ws")
    history = make_history(ws)
    yield history
    ws.close()


def wait_built(qtbot, dialog: ReportPreviewDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.building and dialog.document.status() == QPdfDocument.Status.Ready,
                    timeout=20_000)


def mnemonics(dialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
             if w.isVisibleTo(dialog) or w is dialog.cancel_button]
    return [match.group(1).lower() for text in texts for match in re.finditer(r"&([^&])", text)]


def test_it_fits_the_screen_and_every_command_has_its_own_key(qtbot, history, monkeypatch):
    from score_desktop.ui.dialogs import report_preview

    real = report_preview.print_visit_report

    def slow(*args, is_cancelled, **options):  # a build that lasts until it is cancelled
        while not is_cancelled():
            time.sleep(0.01)
        raise ReportCancelled()

    monkeypatch.setattr(report_preview, "print_visit_report", slow)
    dialog = ReportPreviewDialog(history.ws.paths.root, history.visit["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    available = (dialog.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert dialog.frameGeometry().height() <= available.height()
    keys = mnemonics(dialog)
    assert sorted(keys) == sorted(set(keys)), keys  # no clash (Alt+P was both Print and Paper)
    assert {"p", "s", "c", "l", "r"} <= set(keys)
    assert dialog.cancel_button.isVisible()  # while the first build runs, Alt+C stops it
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.building)
    assert "cancelled" in dialog.status.text() and not dialog.cancel_button.isVisible()
    assert dialog.document.status() != QPdfDocument.Status.Ready  # nothing half-built is shown
    monkeypatch.setattr(report_preview, "print_visit_report", real)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("fr"))  # a choice builds again
    wait_built(qtbot, dialog)
    assert dialog.print_button.isEnabled() and not dialog.cancel_button.isVisible()


def test_the_paper_and_organisation_of_preferences_are_used(qtbot, history):
    settings.set_value("reports/paper_size", "Letter")
    settings.set_value("trainer/organisation", "SCORE Việt Nam")
    dialog = ReportPreviewDialog(history.ws.paths.root, history.visit["id"])
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    assert dialog.paper == "letter"
    size = dialog.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (612, 792)
    assert "SCORE Việt Nam" in dialog.document.getAllText(0).text()


def test_a_signed_visit_shows_its_signed_document_and_translates_only_as_marked(qtbot, history):
    ws = history.ws
    members = ws.eit_members.list(enterprise_id=history.enterprise["id"])
    ws.visits.update(history.visit["id"], signatures=demo_signatures(history.visit, members, dt.date(2026, 11, 20)))
    report = sign(ws, history.visit["id"], lang="en", paper="a4")
    settings.set_value("reports/paper_size", "Letter")
    dialog = ReportPreviewDialog(ws.paths.root, history.visit["id"])
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    assert dialog.report_path.read_bytes() == DocumentStore(ws.paths).path(report["sha256"]).read_bytes()
    assert dialog.language == "en" and dialog.paper == "a4" and not dialog.paper_box.isEnabled()
    assert "revision 1" in dialog.status.text()
    first = dialog.report_path
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh_CN"))
    qtbot.waitUntil(lambda: dialog.report_path != first, timeout=20_000)
    wait_built(qtbot, dialog)
    assert dialog.translation and "未签署译本" in dialog.document.getAllText(0).text()
    assert dialog.paper_box.isEnabled()


@pytest.mark.parametrize("lang", ["zh_CN", "es", "fr", "vi", "id"])
def test_no_two_commands_share_a_key_in_any_language(qtbot, qapp, history, lang):
    from PySide6.QtCore import QTranslator

    from score_desktop.paths import translations_dir

    translator = QTranslator()
    assert translator.load(f"score_desktop_{lang}", str(translations_dir()))
    qapp.installTranslator(translator)
    try:
        dialog = ReportPreviewDialog(history.ws.paths.root, history.visit["id"])
        qtbot.addWidget(dialog)
        keys = mnemonics(dialog)
        assert len(keys) == 5 and sorted(keys) == sorted(set(keys)), keys
        dialog.reject()
    finally:
        qapp.removeTranslator(translator)
