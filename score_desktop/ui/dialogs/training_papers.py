"""The preview of a classroom session's papers (the attendance sheet, the certificates): the report preview with
another document in it, built in the background in the session's language, to print or save as PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtWidgets import QWidget

from score_desktop.reports import ReportCancelled
from score_desktop.reports.attendance_sheet import build_attendance_sheet
from score_desktop.reports.certificates import build_certificates
from score_desktop.reports.training_data import paper_language
from score_desktop.store.workspace import Workspace
from score_desktop.ui.core.tasks import TaskContext
from score_desktop.ui.dialogs.report_preview import ReportPreviewDialog

BUILDERS = {"attendance_sheet": build_attendance_sheet, "certificates": build_certificates}


class TrainingPaperDialog(ReportPreviewDialog):
    """``kind`` is ``attendance_sheet`` or ``certificates``; ``session_id`` the session."""

    def __init__(self, workspace_root: Path, session_id: str, kind: str, parent: QWidget | None = None) -> None:
        self.kind = kind  # read by the first build, which the base class starts
        super().__init__(workspace_root, session_id, parent)
        self.setWindowTitle(self.tr("Attendance sheet") if kind == "attendance_sheet" else self.tr("Certificates"))

    def _build_work(self, out: Path, lang: str | None, paper: str) -> Callable[[TaskContext], Any]:
        root, session_id, build = self.workspace_root, self.visit_id, BUILDERS[self.kind]
        kind = self.kind

        def work(task: TaskContext) -> tuple[Path, str, str] | None:
            with Workspace.open(root, migrate_schema=False) as ws:
                session = ws.training_sessions.get(session_id)
                language = paper_language(ws, session, lang)
                try:
                    build(ws, session_id, out, lang=language, paper=paper, is_cancelled=task.is_cancelled)
                except ReportCancelled:
                    return None  # the helper reports a cancelled task as cancelled
            name = f"{kind.replace('_', '-')} {session['module']} {session['session_date']} {language}"
            return out, language, name

        return work

