"""The per-sponsor results report in the report preview: choose the sponsoring buyer (Alt+B), the language and the
paper; it is built in the background, to print or save as PDF (File ▸ Sponsor report…, Ctrl+Shift+B)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from score_desktop.reports import LANGUAGES, ReportCancelled
from score_desktop.reports.sponsor_report import build_sponsor_report
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core.tasks import TaskContext
from score_desktop.ui.dialogs.report_preview import ReportPreviewDialog


class SponsorReportDialog(ReportPreviewDialog):
    """``sponsors`` are the workspace's (at least one); the first build is of ``sponsor`` (default: the first), in
    ``language`` (the app's, when reports speak it, else English)."""

    def __init__(self, workspace_root: Path, sponsors: list[str], parent: QWidget | None = None, *,
                 sponsor: str | None = None, language: str = "en") -> None:
        self.sponsor_box = QComboBox()
        self.sponsor_box.setObjectName("sponsor")
        self.sponsor_box.addItems(sponsors)
        self.sponsor_box.setCurrentIndex(max(0, self.sponsor_box.findText(sponsor or "")))
        self._first_language = language if language in LANGUAGES else "en"
        super().__init__(workspace_root, self.sponsor_box.currentText(), parent)
        self.setWindowTitle(self.tr("Sponsor report"))
        sponsor_label = QLabel(self.tr("Sponsoring &buyer:"))
        sponsor_label.setBuddy(self.sponsor_box)
        row = self.layout().itemAt(0).layout()  # the options row: language, paper, progress
        row.insertWidget(0, sponsor_label)
        row.insertWidget(1, self.sponsor_box)
        self.sponsor_box.currentTextChanged.connect(self._sponsor_chosen)

    @property
    def sponsor(self) -> str:
        return self.sponsor_box.currentText()

    def _sponsor_chosen(self, sponsor: str) -> None:
        self.visit_id = sponsor  # the base class's name for what the preview shows
        self._rebuild(self.language)

    def _build_work(self, out: Path, lang: str | None, paper: str) -> Callable[[TaskContext], Any]:
        root, sponsor = self.workspace_root, self.sponsor_box.currentText()
        language = lang or self._first_language
        organisation, logo = self.organisation, self.logo

        def work(task: TaskContext) -> tuple[Path, str, str] | None:
            with Workspace.open(root, migrate_schema=False) as ws:
                try:
                    build_sponsor_report(ws, sponsor, out, lang=language, paper=paper, organisation=organisation,
                                         logo=logo, progress=lambda done, total: task.progress(done, total),
                                         is_cancelled=task.is_cancelled)
                except ReportCancelled:
                    return None  # the helper reports a cancelled task as cancelled
            return out, language, f"sponsor-report {sponsor} {language}"

        return work
