"""The band across the top of a signed visit: who signed it and when, why nothing of it can change, and the two
ways on (its signed report, or reopening it with a reason)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from score_desktop.store import signoff
from score_desktop.store.records import Record
from score_desktop.store.workspace import Workspace
from score_desktop.ui.visits.signoff_texts import moment_text


class SignedBanner(QFrame):
    reopen_requested = Signal()
    open_report_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signedBanner")
        self.setStyleSheet("#signedBanner { background: #e8eef9; border: 1px solid #9fb3d9; border-radius: 4px; }"
                           "#signedBanner QLabel { color: #1a2b6b; }")
        self.text = QLabel(self)
        self.text.setObjectName("signedBannerText")
        self.text.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Signed report…"), self)
        self.report_button.setObjectName("bannerSignedReport")
        self.report_button.clicked.connect(self.open_report_requested)
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        self.reopen_button.setObjectName("bannerReopen")
        self.reopen_button.clicked.connect(self.reopen_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.report_button)
        layout.addWidget(self.reopen_button)
        self.hide()

    def show_visit(self, ws: Workspace, visit: Record) -> None:
        if visit["status"] != "signed":
            self.hide()
            return
        people = signoff.signers(visit)
        report = signoff.latest_signed_report(ws, visit["id"])
        who = " · ".join(name for name in (people["trainer"].name or visit.get("trainer"), people["enterprise"].name)
                         if name)
        signed = (self.tr("Signed on {when} by {who} (revision {revision}).").format(
            when=moment_text(report["signed_at"]), who=who, revision=report["revision"]) if report
            else self.tr("Signed by {who}.").format(who=who or "?"))
        self.text.setText(signed + " " + self.tr(
            "A signed visit is locked: its details, findings, photos, the actions agreed at it, its KPI readings and "
            "practice checks stay as signed. Actions still move on as the EIT works on them."))
        self.report_button.setVisible(report is not None)
        self.show()
