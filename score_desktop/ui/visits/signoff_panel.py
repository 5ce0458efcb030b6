"""The visit's Sign-off tab: what is still missing, the two signatures (the trainer's and the enterprise
representative's, with name and position typed), the report language, and the command to sign.

Names save as they are typed; a signature saves when its stroke ends; either can be redone (Clear, or Delete on
the pad) until the visit is signed. Signing itself (rendering the report once, then locking the visit) is the
visit screen's, through :mod:`ui.visits.signing`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from score_desktop.domain import signatures
from score_desktop.domain.signoff import SIGNED
from score_desktop.store import signoff
from score_desktop.store.records import Record
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import settings
from score_desktop.ui.core.autosave import AutoSaver
from score_desktop.ui.core.widgets import heading, muted
from score_desktop.ui.visits.signature_pad import SignaturePad
from score_desktop.ui.visits.signoff_texts import day_text, missing_signatures, missing_text, moment_text


class SignerBox(QGroupBox):
    """One signatory: name, position, the pad, the day it was signed and a way to redo it."""

    def __init__(self, role: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.role = role
        self.setObjectName(f"signer_{role}")
        self.name = QLineEdit(self)
        self.name.setObjectName(f"{role}Name")
        self.position = QLineEdit(self)
        self.position.setObjectName(f"{role}Position")
        self.pad = SignaturePad(self)
        self.pad.setObjectName(f"{role}Pad")
        self.signed_on = muted("", self)
        self.clear_button = QPushButton(self.tr("Clear signature"), self)
        self.clear_button.setObjectName(f"{role}Clear")
        self.clear_button.clicked.connect(self.pad.clear)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Position"), self.position)
        bottom = QHBoxLayout()
        bottom.addWidget(self.signed_on, 1)
        bottom.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pad)
        layout.addLayout(bottom)

    def show_signer(self, signer: signatures.Signer, default_name: str, *, names: bool = True) -> None:
        if names:
            self.name.setText(signer.name or default_name)
            self.position.setText(signer.position)
        self.pad.set_strokes(signer.strokes)
        self.signed_on.setText(self.tr("Signed on {date}").format(date=day_text(signer.signed_at))
                               if signer.drawn else self.tr("Not signed yet"))

    def set_locked(self, locked: bool) -> None:
        self.name.setReadOnly(locked)
        self.position.setReadOnly(locked)
        self.pad.set_read_only(locked)
        self.clear_button.setVisible(not locked)


class SignOffPanel(QWidget):
    sign_requested = Signal()
    reopen_requested = Signal()
    finalise_requested = Signal()
    open_report_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._visit: Record | None = None
        self.saver = AutoSaver(self._save, self)
        self.status = heading("", self, size=1.05)
        self.status.setObjectName("signOffStatus")
        self.status.setWordWrap(True)
        self.missing = QLabel(self)
        self.missing.setObjectName("signOffMissing")
        self.missing.setWordWrap(True)
        self.finalise_button = QPushButton(self.tr("Finalise…"), self)
        self.finalise_button.setObjectName("finaliseButton")
        self.finalise_button.clicked.connect(self.finalise_requested)
        self.trainer = SignerBox("trainer", self.tr("For the SCORE trainer"), self)
        self.trainer.position.setPlaceholderText(self.tr("e.g. SCORE trainer"))
        self.enterprise = SignerBox("enterprise", self.tr("For the enterprise"), self)
        self.enterprise.name.setPlaceholderText(self.tr("Who signs for the factory"))
        self.enterprise.position.setPlaceholderText(self.tr("e.g. EIT chair, factory manager"))
        for box in (self.trainer, self.enterprise):
            self.saver.bind(f"{box.role}.name", box.name, label=self.tr("Name"))
            self.saver.bind(f"{box.role}.position", box.position, label=self.tr("Position"))
            box.pad.changed.connect(lambda strokes, role=box.role: self._drawn(role, strokes))
        self.language = QComboBox(self)
        self.language.setObjectName("signLanguage")
        # The languages as the app names them (each in itself); the report builders load only when signing.
        for code, name in zip(settings.UI_LANGUAGES[1:], settings.UI_LANGUAGE_NAMES[1:]):
            self.language.addItem(name, code)
        language_label = QLabel(self.tr("Report &language:"), self)
        language_label.setBuddy(self.language)
        self.open_report_button = QPushButton(self.tr("Signed report…"), self)
        self.open_report_button.setObjectName("openSignedReport")
        self.open_report_button.clicked.connect(self.open_report_requested)
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.sign_button = QPushButton(self.tr("Sign the visit…"), self)
        self.sign_button.setObjectName("signButton")
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.sign_requested)
        self.revisions = muted("", self)
        self.revisions.setObjectName("signedRevisions")

        top = QHBoxLayout()
        top.addWidget(self.missing, 1)
        top.addWidget(self.finalise_button, 0, Qt.AlignmentFlag.AlignTop)
        boxes = QHBoxLayout()
        boxes.addWidget(self.trainer)
        boxes.addWidget(self.enterprise)
        bottom = QHBoxLayout()
        bottom.addWidget(language_label)
        bottom.addWidget(self.language)
        bottom.addWidget(self.revisions, 1)
        bottom.addWidget(self.open_report_button)
        bottom.addWidget(self.reopen_button)
        bottom.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(top)
        layout.addLayout(boxes)
        layout.addStretch(1)
        layout.addLayout(bottom)

    # -- showing -----------------------------------------------------------------------------------------------

    @property
    def report_language(self) -> str:
        return self.language.currentData()

    def load(self, visit: Record) -> None:
        self.saver.flush()
        self._visit = visit
        enterprise = self._ctx.ws.enterprises.find(visit["enterprise_id"]) or {}
        preferred = self.language.findData(enterprise.get("report_language") or "en")
        self.language.setCurrentIndex(max(0, preferred))  # not a shipped language: English
        self.show_visit(visit)

    def show_visit(self, visit: Record, *, names: bool = True) -> None:
        """Show ``visit`` as it is now (after a pull, a signature); ``names=False`` leaves the name fields alone
        (their own save: the trainer may be typing in them)."""
        self._visit = visit
        people = signoff.signers(visit)
        trainer_name = str(visit.get("trainer") or settings.value("trainer/name") or "")
        with self.saver.loading():
            for box, default in ((self.trainer, trainer_name), (self.enterprise, "")):
                box.show_signer(people[box.role], default, names=names)
        locked = visit["status"] == SIGNED
        for box in (self.trainer, self.enterprise):
            box.set_locked(locked)
        self.language.setEnabled(not locked)
        self.sign_button.setVisible(not locked)
        self.finalise_button.setVisible(not locked)
        self.reopen_button.setVisible(locked)
        reports = signoff.signed_reports(self._ctx.ws, visit["id"])
        self.open_report_button.setVisible(locked and bool(reports))
        self._show_status(visit, people, reports)
        self.refresh_missing()

    def _show_status(self, visit: Record, people: dict[str, signatures.Signer], reports: list[Record]) -> None:
        if visit["status"] == SIGNED:
            latest = reports[-1] if reports else None
            self.status.setText(self.tr("Signed by {trainer} and {representative}, revision {revision}, on {when}. "
                                        "The visit is locked.").format(
                trainer=people["trainer"].name or visit.get("trainer") or "?",
                representative=people["enterprise"].name or "?", revision=latest["revision"] if latest else 1,
                when=moment_text(latest["signed_at"]) if latest else day_text(people["trainer"].signed_at)))
        elif visit.get("reopen_reason"):
            self.status.setText(self.tr("Reopened by {who} on {when}: {reason}. Sign again to lock it.").format(
                who=visit.get("reopened_by") or "?", when=moment_text(visit.get("reopened_at")),
                reason=visit["reopen_reason"]))
        else:
            self.status.setText(self.tr("Not signed yet. Both sign here, on the laptop; signing makes the report "
                                        "once and locks the visit."))
        self.revisions.setText(self.tr("Earlier revisions: {list}").format(list=", ".join(
            self.tr("{revision} ({date})").format(revision=r["revision"], date=day_text(r["signed_at"]))
            for r in reports[:-1])) if len(reports) > 1 else "")

    def refresh_missing(self) -> None:
        """The checklist before signing, in words (nothing once the visit is signed)."""
        visit = self._visit
        if visit is None or visit["status"] == SIGNED:
            self.missing.setText("")
            return
        lines = [missing_text(item, self._ctx.catalog, self._ctx.language)
                 for item in signoff.missing_before_signing(self._ctx.ws, visit, self._ctx.catalog)]
        lines += missing_signatures(signoff.signers(visit))
        self.missing.setText(self.tr("Still missing:") + "\n" + "\n".join(f"• {line}" for line in lines) if lines
                             else self.tr("Everything a signed report needs is recorded."))

    # -- saving ------------------------------------------------------------------------------------------------

    def _current_signers(self) -> dict[str, signatures.Signer]:
        visit = self._ctx.ws.visits.get(self._visit["id"])
        return signoff.signers(visit)

    def _save(self, changes: dict[str, Any]) -> None:
        if self._visit is None:
            return
        people = self._current_signers()
        for key, value in changes.items():
            role, field = key.split(".")
            people[role] = replace(people[role], **{field: value or ""})
        self._write(people)

    def _drawn(self, role: str, strokes: list) -> None:
        if self._visit is None:
            return
        self.saver.flush()
        people = self._current_signers()
        typed = {"name": self.trainer.name.text().strip() if role == "trainer" else people[role].name}
        people[role] = replace(people[role].drawing(strokes, dt.date.today()), **typed)
        self._write(people)

    def _write(self, people: dict[str, signatures.Signer]) -> None:
        self._visit = self._ctx.ws.visits.update(self._visit["id"], signatures=signatures.to_json(people) or None)
        self.show_visit(self._visit, names=False)

    def flush(self) -> None:
        self.saver.flush()
