"""The report preview: build a visit report in the background, show it, print it or save it.

The report's language and paper are chosen here, independent of the UI language (a trainer working in Chinese
prints for a Vietnamese factory). Every change of language or paper builds the report again through the task
helper (the window never waits), cancelling a build still running; the preview shows the last finished one.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QSize, QTemporaryDir
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from score_desktop.errors import QT_TRANSLATE_NOOP, DiskFullError, UserError, is_disk_full
from score_desktop.reports import LANGUAGE_NAMES, LANGUAGES, ReportCancelled, build_visit_report
from score_desktop.reports.common import report_language
from score_desktop.store.workspace import Workspace
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

    ``organisation`` and ``logo`` go in the report's page header (None: the defaults of the reports package).
    """

    def __init__(self, workspace_root: Path, visit_id: str, parent: QWidget | None = None, *,
                 organisation: str | None = None, logo: Path | None = None) -> None:
        super().__init__(parent)
        self.workspace_root, self.visit_id = Path(workspace_root), visit_id
        self.organisation, self.logo = organisation, logo
        self.setWindowTitle(self.tr("Visit report"))
        self.resize(900, 1000)
        self._temp = QTemporaryDir()
        self._builds = 0
        self._build = TaskSlot()  # the build for the language and paper chosen now; earlier ones are dropped
        self.report_path: Path | None = None
        self.suggested_name = "visit-report.pdf"
        self.document = QPdfDocument(self)
        self._build_widgets()
        self._rebuild(lang=None)  # the first build uses the enterprise's report language

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
        paper_label = QLabel(self.tr("&Paper:"))
        paper_label.setBuddy(self.paper_box)
        for widget in (language_label, self.language_box, paper_label, self.paper_box):
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.status)
        options.addWidget(self.progress)

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
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
        self.status.setText(self.tr("Building the report…"))
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        run_in_background(work, owner=self, pool=LONG, slot=self._build, on_done=self._built,
                          on_error=self._failed, on_progress=self._progressed)

    def _build_work(self, out: Path, lang: str | None, paper: str) -> Callable[[TaskContext], Any]:
        """The background work that writes the report to ``out`` and returns (path, language, file name), or
        None when cancelled (a preview of another document overrides this)."""
        root, visit_id = self.workspace_root, self.visit_id
        organisation, logo = self.organisation, self.logo

        def work(task: TaskContext) -> tuple[Path, str, str] | None:
            # A SQLite connection belongs to the thread that opened it: this one is the worker's own.
            with Workspace.open(root, migrate_schema=False) as ws:
                visit = ws.visits.get(visit_id)
                enterprise = ws.enterprises.get(visit["enterprise_id"], include_deleted=True)
                language = report_language(enterprise, lang)
                try:
                    build_visit_report(ws, visit_id, out, lang=language, paper=paper, organisation=organisation,
                                       logo=logo, progress=lambda done, total: task.progress(done, total),
                                       is_cancelled=task.is_cancelled)
                except ReportCancelled:
                    return None  # the helper reports a cancelled task as cancelled
                name = f"{enterprise.get('name_latin') or enterprise['name']} {visit['visit_date']} {language}"
            return out, language, name

        return work

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _built(self, result: tuple[Path, str, str]) -> None:
        path, language, name = result
        self.report_path = path
        self.suggested_name = _file_name(name)
        if self.language != language:
            self.language_box.blockSignals(True)
            self.language_box.setCurrentIndex(self.language_box.findData(language))
            self.language_box.blockSignals(False)
        self.document.load(str(path))
        self.progress.hide()
        self.status.setText(self.tr("%n page(s)", "", self.document.pageCount()))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
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
