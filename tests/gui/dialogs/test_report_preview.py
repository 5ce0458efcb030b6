"""The report preview dialog: builds in the background, shows the PDF, rebuilds on a new language or paper,
saves and prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from score_desktop.store.workspace import Workspace
from score_desktop.ui.core import tasks
from score_desktop.ui.core.errors import user_message
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


def page_text(dialog: ReportPreviewDialog, page: int = 0) -> str:
    return dialog.document.getAllText(page).text()


def test_preview_opens_in_the_enterprises_language_and_follows_the_choices(qtbot, history, tmp_path):
    dialog = ReportPreviewDialog(history.ws.paths.root, history.visit["id"])
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()  # nothing to print while the first build runs
    wait_built(qtbot, dialog)
    assert dialog.language == "zh_CN"
    assert "企业走访报告" in page_text(dialog)
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    first = dialog.report_path

    dialog.language_box.setCurrentIndex(dialog.language_box.findData("vi"))
    qtbot.waitUntil(lambda: dialog.report_path != first, timeout=20_000)
    wait_built(qtbot, dialog)
    assert "Báo cáo chuyến thăm" in page_text(dialog)

    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("letter"))
    second = dialog.report_path
    qtbot.waitUntil(lambda: dialog.report_path != second, timeout=20_000)
    wait_built(qtbot, dialog)
    size = dialog.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (612, 792)
    assert dialog.suggested_name == "Guangzhou-Huamei-Garments-2026-11-20-vi.pdf"


def test_save_and_print(qtbot, history, tmp_path):
    dialog = ReportPreviewDialog(history.ws.paths.root, history.visit["id"], organisation="SCORE Việt Nam")
    qtbot.addWidget(dialog)
    wait_built(qtbot, dialog)
    saved = tmp_path / "saved.pdf"
    dialog.save_to(saved)
    assert len(PdfReader(saved).pages) == dialog.document.pageCount()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer) == dialog.document.pageCount()
    assert len(PdfReader(printed).pages) == dialog.document.pageCount()


def test_changing_options_quickly_shows_only_the_last_build(qtbot, history):
    dialog = ReportPreviewDialog(history.ws.paths.root, history.visit["id"])
    qtbot.addWidget(dialog)
    shown = []
    dialog.document.statusChanged.connect(
        lambda status: status == QPdfDocument.Status.Ready and shown.append(page_text(dialog)))
    for code in ("en", "fr", "es"):
        dialog.language_box.setCurrentIndex(dialog.language_box.findData(code))
    wait_built(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert tasks.wait_for_pool(tasks.LONG, 20_000)  # every build has ended, superseded ones included...
    qtbot.wait(10)  # ...and whatever they sent has arrived
    assert dialog.language == "es"
    assert len(shown) == 1 and "Informe de visita" in shown[0]  # the Chinese, English and French builds never


def test_an_unknown_visit_says_so(qtbot, history, monkeypatch):
    shown = []
    monkeypatch.setattr("score_desktop.ui.dialogs.report_preview.show_error",
                        lambda error, parent=None: shown.append(error))
    dialog = ReportPreviewDialog(history.ws.paths.root, "no-such-visit")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert user_message(shown[0]).startswith("This visit is no longer in the workspace")
    assert str(shown[0]) == "No visit with id no-such-visit in this workspace."  # what the log keeps
    assert not dialog.print_button.isEnabled()


def test_closing_during_a_build_cancels_it(qtbot, history):
    dialog = ReportPreviewDialog(history.ws.paths.root, history.visit["id"])
    qtbot.addWidget(dialog)
    task = dialog._build.task
    dialog.reject()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert task.outcome == "cancelled"  # the build stopped; it did not run to the end to be ignored
    assert not any(Path(dialog._temp.path()).glob("*.pdf"))
    assert dialog.report_path is None
