"""Signing a visit from the app: a last question, the signed report rendered in the background with progress (the
window never waits), then the signature recorded on the GUI thread's workspace so every screen hears of it.

The report is rendered with the paper and organisation set in Preferences, in the language chosen on the Sign-off
tab. If the visit changed meanwhile (a sync brought a co-visitor's finding), nothing is recorded and the trainer is
told to sign again; the rendered file, which no record names, is removed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from typing import TYPE_CHECKING

from score_desktop.errors import UserError
from score_desktop.store.documents import DocumentStore
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import settings
from score_desktop.ui.core.errors import show_error
from score_desktop.ui.core.tasks import LONG, TaskContext, TaskSlot, run_in_background
from score_desktop.ui.visits.signoff_texts import day_text

if TYPE_CHECKING:
    from score_desktop.reports.signing import PreparedSignature

log = logging.getLogger(__name__)


class VisitSigner(QObject):
    #: The visit is signed: its ``signed_report`` record.
    signed = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._slot = TaskSlot()
        self.progress: QProgressDialog | None = None
        self.question: QMessageBox | None = None

    @property
    def busy(self) -> bool:
        return self._slot.busy

    def ask(self, visit: Record, lang: str, parent: QWidget) -> QMessageBox:
        """Ask before signing (it cannot be undone, only reopened); signs on yes."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sign the visit"), self.tr(
            "Sign the visit of {date}? Its report is made once, now, and kept as the signed document; the visit is "
            "then locked until someone reopens it with a reason.").format(date=day_text(visit["visit_date"])),
            QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("signQuestion")
        sign = box.addButton(self.tr("&Sign"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(sign)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: box.clickedButton() is sign and self.sign(visit["id"], lang, parent))
        self.question = box
        box.open()
        return box

    def sign(self, visit_id: str, lang: str, parent: QWidget) -> None:
        root = self._ctx.ws.paths.root
        paper, organisation = settings.report_paper(), settings.report_organisation()

        def work(task: TaskContext) -> PreparedSignature | None:
            # The report builders (reportlab, Pillow) load here, on the worker, the first time a visit is signed.
            from score_desktop.reports import ReportCancelled
            from score_desktop.reports.signing import prepare_signature

            with Workspace.open(root, migrate_schema=False) as ws:
                try:
                    return prepare_signature(ws, visit_id, lang=lang, paper=paper, organisation=organisation,
                                             progress=lambda done, total: task.progress(done, total),
                                             is_cancelled=task.is_cancelled)
                except ReportCancelled:
                    return None

        self.progress = QProgressDialog(self.tr("Making the signed report…"), self.tr("Cancel"), 0, 0, parent)
        self.progress.setObjectName("signingProgress")
        self.progress.setWindowTitle(self.tr("Sign the visit"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        task = run_in_background(work, owner=self, pool=LONG, slot=self._slot, on_done=self._rendered,
                                 on_error=lambda error: self._failed(error, parent),
                                 on_progress=self._progressed, on_cancelled=self._close_progress)
        self.progress.canceled.connect(task.cancel)
        self.progress.show()

    def _progressed(self, done: int, total: int, _message: str) -> None:
        if self.progress is not None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _rendered(self, prepared: PreparedSignature | None) -> None:
        parent = self.progress.parentWidget() if self.progress is not None else None
        self._close_progress()
        if prepared is None:
            return
        from score_desktop.reports.signing import record_signature

        try:
            report = record_signature(self._ctx.ws, prepared)
        except UserError as error:
            self._forget_document(prepared.document.sha256)
            show_error(error, parent)
            return
        self.signed.emit(report)

    def _failed(self, error: BaseException, parent: QWidget) -> None:
        self._close_progress()
        show_error(error, parent)

    def _forget_document(self, sha256: str) -> None:
        """A rendered document no signature was recorded for is only clutter."""
        if self._ctx.ws.signed_reports.count(sha256=sha256, include_deleted=True) == 0:
            path: Path = DocumentStore(self._ctx.ws.paths).path(sha256)
            path.unlink(missing_ok=True)
