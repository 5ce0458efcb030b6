"""File > Export: the workspace for M&E as an XLSX workbook or a zip of CSV files, in a chosen language.

The export runs as long work (ui/core/tasks.py, the LONG pool) in its own workspace connection, with progress;
the window goes on working meanwhile. It writes what ``score-desktop export`` writes
(:mod:`score_desktop.exchange.workspace_export`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from score_desktop.exchange.workspace_export import export_workspace
from score_desktop.reports import LANGUAGE_NAMES, LANGUAGES
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core.errors import show_error
from score_desktop.ui.core.tasks import LONG, Task, TaskContext, run_in_background

#: Format -> file extension.
EXTENSIONS = {"xlsx": ".xlsx", "csv": ".zip"}


class ExportDialog(QDialog):
    """Choose the format, the language and the file; Export runs in the background."""

    def __init__(self, workspace_root: Path, language: str, parent: QWidget | None = None,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.workspace_root = Path(workspace_root)
        self.setWindowTitle(self.tr("Export for M&E"))
        self._task: Task | None = None
        #: The file of the last export that finished, for whoever asks (tests, a future "open folder").
        self.written: Path | None = None
        self._build_widgets(language)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = folder or Path(documents or Path.home())
        self.file_edit.setText(str(start / f"score-export-{dt.date.today().isoformat()}.xlsx"))

    def _build_widgets(self, language: str) -> None:
        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format_box.addItem(self.tr("CSV files, one per sheet, in a zip (.zip)"), "csv")
        self.format_box.currentIndexChanged.connect(self._format_chosen)
        self.language_box = QComboBox()
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.file_edit = QLineEdit()
        self.file_edit.setMinimumWidth(360)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Language of the sheets:"), self.language_box)
        file_label = QLabel(self.tr("F&ile:"))
        file_label.setBuddy(self.file_edit)  # the row is a layout: without a buddy its "&" would show
        form.addRow(file_label, file_row)
        note = QLabel(self.tr("Every record of this workspace, one sheet per kind of record, with who created and "
                              "last changed each one. Records in the trash are left out."))
        note.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("exportStatus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("startExport")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = QPushButton(self.tr("&Cancel export"))
        self.cancel_button.hide()
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    @property
    def export_format(self) -> str:
        return str(self.format_box.currentData())

    def _format_chosen(self) -> None:
        """Keep the file's extension in step with the format."""
        path = Path(self.file_edit.text().strip() or "score-export")
        self.file_edit.setText(str(path.with_suffix(EXTENSIONS[self.export_format])))

    def choose_file(self) -> None:
        filters = {"xlsx": self.tr("Excel workbooks (*.xlsx)"), "csv": self.tr("Zip files (*.zip)")}
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.file_edit.text(),
                                                      filters[self.export_format])
        if target:
            path = Path(target)
            self.file_edit.setText(str(path if path.suffix else path.with_suffix(EXTENSIONS[self.export_format])))

    # -- the export --------------------------------------------------------------------------------------------

    def start_export(self) -> None:
        text = self.file_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose the file to write."))
            self.file_edit.setFocus()
            return
        root, fmt, target = self.workspace_root, self.export_format, Path(text)
        lang = str(self.language_box.currentData())

        def work(task: TaskContext) -> tuple[Path, int]:
            def progress(done: int, total: int) -> None:
                task.check_cancelled()  # stops the writer; the half-written file is removed
                task.progress(done, total)

            with Workspace.open(root, migrate_schema=False) as ws:
                return target, export_workspace(ws, fmt, target, lang=lang, progress=progress)

        self._running(True)
        self.status.setText(self.tr("Exporting…"))
        # Closing the dialog drops the task (its owner), which stops the writer at its next progress report.
        self._task = run_in_background(work, owner=self, pool=LONG, on_done=self._done, on_error=self._failed,
                                       on_progress=self._progressed, on_cancelled=self._cancelled)

    def cancel_export(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(running)
        for widget in (self.export_button, self.format_box, self.language_box, self.file_edit):
            widget.setEnabled(not running)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, done))
        self.progress.setValue(done)

    def _done(self, result: tuple[Path, int]) -> None:
        path, rows = result
        self._running(False)
        self.written = path
        self.status.setText(self.tr("Exported %n record(s) to {path}.", "", rows).format(path=str(path)))

    def _failed(self, error: BaseException) -> None:
        self._running(False)
        self.status.setText(self.tr("The export failed: nothing was written."))
        show_error(error, self)

    def _cancelled(self) -> None:
        self._running(False)
        self.status.setText(self.tr("Export cancelled: nothing was written."))
