"""The report preview: build a visit report in the background, show it, print it or save it.

The report's language and paper are chosen here, independent of the UI language (a trainer working in Chinese
prints for a Vietnamese factory); the paper and the organisation in the page header start from Preferences. Every
change of language or paper builds the report again through the task helper (the window never waits), cancelling a
build still running; the preview shows the last finished one.

A signed visit shows its signed document, exactly as stored (downloaded first when another laptop signed it); its
paper is the one it was signed on. Another language shows a copy marked as an unsigned translation.

The dialog fits a 1366 x 768 screen, and every command has its key: Alt+L language, Alt+R paper, Alt+P or Ctrl+P
print, Alt+S or Ctrl+S save, Alt+C cancels a build under way, Esc closes.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QSize, QTemporaryDir
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from score_desktop.errors import QT_TRANSLATE_NOOP, DiskFullError, UserError, is_disk_full
from score_desktop.reports import LANGUAGE_NAMES, LANGUAGES, ReportCancelled
from score_desktop.reports.common import report_language
from score_desktop.reports.signing import print_visit_report
from score_desktop.store import signoff
from score_desktop.store.workspace import Workspace
from score_desktop.sync.documents import fetcher
from score_desktop.ui.core import settings
from score_desktop.ui.core.errors import show_error
from score_desktop.ui.core.tasks import LONG, TaskContext, TaskSlot, run_in_background

log = logging.getLogger(__name__)

PAPERS = (("a4", QPageSize.PageSizeId.A4), ("letter", QPageSize.PageSizeId.Letter))
#: Printing renders pages as pictures at the printer's resolution, but no finer than this.
MAX_PRINT_DPI = 300


class CannotSaveReport(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "The report cannot be saved as {path}: {reason}.")


class ReportPreviewDialog(QDialog):
    """Preview of the report of visit ``visit_id`` with Print, Save PDF…, language and paper.

    ``organisation`` and ``logo`` go in the report's page header, ``paper`` is the first paper shown (None: the
    organisation and paper set in Preferences, and the reports package's logo).
    """

    def __init__(self, workspace_root: Path, visit_id: str, parent: QWidget | None = None, *,
                 organisation: str | None = None, logo: Path | None = None, paper: str | None = None) -> None:
        super().__init__(parent)
        self.workspace_root, self.visit_id = Path(workspace_root), visit_id
        self.organisation = organisation if organisation is not None else settings.report_organisation()
        self.logo = logo
        self.setWindowTitle(self.tr("Visit report"))
        self._fit_the_screen()
        self._temp = QTemporaryDir()
        self._builds = 0
        self._build = TaskSlot()  # the build for the language and paper chosen now; earlier ones are dropped
        self.report_path: Path | None = None
        self.suggested_name = "visit-report.pdf"
        #: The signed report shown (or translated), None for a report built now.
        self.signed_report: dict | None = None
        self.translation = False
        self.document = QPdfDocument(self)
        self._build_widgets()
        self.paper_box.blockSignals(True)
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(paper or settings.report_paper())))
        self.paper_box.blockSignals(False)
        self._rebuild(lang=None)  # the first build uses the enterprise's report language

    def _fit_the_screen(self) -> None:
        """As tall as the screen allows (A4 pages read best tall), never taller: its buttons stay in reach."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        height = min(1000, available.height() - 70) if available is not None else 700
        width = min(900, available.width() - 60) if available is not None else 900
        self.resize(width, max(480, height))

    # -- widgets -----------------------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.language_box = QComboBox()
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("A4"), "a4")
        self.paper_box.addItem(self.tr("Letter"), "letter")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.status = QLabel()
        options = QHBoxLayout()
        language_label = QLabel(self.tr("Report &language:"))
        language_label.setBuddy(self.language_box)
        paper_label = QLabel(self.tr("Pape&r:"))
        paper_label.setBuddy(self.paper_box)
        self.cancel_button = QPushButton(self.tr("&Cancel build"))
        self.cancel_button.setObjectName("cancelBuild")
        self.cancel_button.clicked.connect(self.cancel_build)
        for widget in (language_label, self.language_box, paper_label, self.paper_box):
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.status)
        options.addWidget(self.progress)
        options.addWidget(self.cancel_button)

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # No mnemonic on Close (Esc closes): Alt+C is the build's Cancel.
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printReport")
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setObjectName("saveReport")
        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_report),
                           (QKeySequence.StandardKey.Save, self.save_report)):
            QShortcut(QKeySequence(keys), self, slot)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.language_box.currentIndexChanged.connect(lambda _index: self._rebuild(self.language))
        self.paper_box.currentIndexChanged.connect(lambda _index: self._rebuild(self.language))
        self.cancel_button.hide()

    @property
    def language(self) -> str:
        return self.language_box.currentData()

    @property
    def paper(self) -> str:
        return self.paper_box.currentData()

    @property
    def building(self) -> bool:
        return self._build.busy

    # -- building ----------------------------------------------------------------------------------------------

    def _rebuild(self, lang: str | None) -> None:
        self._builds += 1
        out = Path(self._temp.path()) / f"report-{self._builds}.pdf"
        work = self._build_work(out, lang, self.paper)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(self.tr("Building the report…"))
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        run_in_background(work, owner=self, pool=LONG, slot=self._build, on_done=self._built,
                          on_error=self._failed, on_progress=self._progressed, on_cancelled=self._cancelled)

    def cancel_build(self) -> None:
        """Stop the build under way (Alt+C); the report shown before, if any, stays."""
        self._build.cancel()
        self._cancelled()

    def _cancelled(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(self.tr("Build cancelled.") if self.report_path is None
                            else self.tr("Build cancelled; the report shown is the one before."))
        self.print_button.setEnabled(self.report_path is not None)
        self.save_button.setEnabled(self.report_path is not None)

    def _build_work(self, out: Path, lang: str | None, paper: str) -> Callable[[TaskContext], Any]:
        """The background work that writes the report to ``out`` and returns (path, language, file name, the signed
        report shown or None, whether it is a translation of one), or None when cancelled (a preview of another
        document overrides this, and may return the first three only)."""
        root, visit_id = self.workspace_root, self.visit_id
        organisation, logo = self.organisation, self.logo

        def work(task: TaskContext) -> tuple[Path, str, str, dict | None, bool] | None:
            # A SQLite connection belongs to the thread that opened it: this one is the worker's own.
            with Workspace.open(root, migrate_schema=False) as ws:
                visit = ws.visits.get(visit_id)
                enterprise = ws.enterprises.get(visit["enterprise_id"], include_deleted=True)
                signed = signoff.latest_signed_report(ws, visit_id) if visit["status"] == "signed" else None
                # A signed visit opens on its signed document, in the language it was signed in.
                language = (lang or signed.get("lang")) if signed else report_language(enterprise, lang)
                try:
                    printed = print_visit_report(ws, visit_id, out, lang=language, paper=paper,
                                                 organisation=organisation, logo=logo,
                                                 progress=lambda done, total: task.progress(done, total),
                                                 is_cancelled=task.is_cancelled, fetch=fetcher(ws))
                except ReportCancelled:
                    return None  # the helper reports a cancelled task as cancelled
                name = f"{enterprise.get('name_latin') or enterprise['name']} {visit['visit_date']} {language}"
            return out, language, name, printed.signed_report, printed.translation

        return work

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _built(self, result: tuple[Path, str, str, dict | None, bool] | None) -> None:
        if result is None:
            self._cancelled()
            return
        path, language, name, *more = result  # a preview of another document sends no signed report
        signed, translation = (more + [None, False])[:2]
        self.report_path = path
        self.signed_report, self.translation = signed, translation
        self.suggested_name = _file_name(name)
        if self.language != language:
            self.language_box.blockSignals(True)
            self.language_box.setCurrentIndex(self.language_box.findData(language))
            self.language_box.blockSignals(False)
        self.document.load(str(path))
        self.progress.hide()
        self.cancel_button.hide()
        pages = self.tr("%n page(s)", "", self.document.pageCount())
        if signed is not None and not translation:
            pages = self.tr("Signed report, revision {revision}: the signed document · {pages}").format(
                revision=signed.get("revision"), pages=pages)
        elif translation:
            pages = self.tr("Unsigned translation of the signed report · {pages}").format(pages=pages)
        self.status.setText(pages)
        # The signed document is on the paper it was signed on; a translation or a draft follows the choice.
        self.paper_box.setEnabled(signed is None or translation)
        if signed is not None and not translation and signed.get("paper") in dict(PAPERS):
            self.paper_box.blockSignals(True)
            self.paper_box.setCurrentIndex(self.paper_box.findData(signed["paper"]))
            self.paper_box.blockSignals(False)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(self.tr("The report could not be built."))
        show_error(error, self)

    # -- saving and printing -------------------------------------------------------------------------------------

    def save_report(self) -> None:
        if self.report_path is None:
            return
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the report"), self.suggested_name,
                                                      self.tr("PDF files (*.pdf)"))
        if target:
            try:
                self.save_to(Path(target))
            except UserError as error:
                show_error(error, self)

    def save_to(self, target: Path) -> None:
        """Copy the report being shown to ``target``."""
        assert self.report_path is not None
        try:
            shutil.copyfile(self.report_path, target)
        except OSError as error:
            if is_disk_full(error):
                raise DiskFullError() from error
            raise CannotSaveReport(path=str(target), reason=error.strerror or str(error)) from error

    def print_report(self) -> None:
        if self.report_path is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(dict(PAPERS)[self.paper]))
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the pages (the range the user chose, else all) on ``printer``; returns how many were printed."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, min(last, count)) if first and last else range(count)
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            show_error(UserError(QT_TRANSLATE_NOOP("Errors", "The printer cannot be used.")), self)
            return 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for index, page in enumerate(pages):
                if index:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                image = self.document.render(page, QSize(round(size.width() * dpi / 72),
                                                         round(size.height() * dpi / 72)))
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                painter.drawImage(target, image)
        finally:
            painter.end()
        return len(pages)

    # -- closing -------------------------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._build.cancel()  # a build finishing after this is dropped
        self.document.close()
        super().done(result)


def _file_name(text: str) -> str:
    """A file name from an enterprise name and date: letters of any script kept, path characters replaced."""
    cleaned = "".join("-" if char in '\\/:*?"<>|' or char.isspace() else char for char in text).strip("-.")
    return f"{cleaned or 'visit-report'}.pdf"
