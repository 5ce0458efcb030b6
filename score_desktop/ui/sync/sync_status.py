"""The sync part of the status bar: online or offline, what is waiting, a round's progress, the last sync."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from score_desktop.ui.sync import sync_controller as sc

if TYPE_CHECKING:
    from score_desktop.store.workspace import Workspace

#: The dot before the state: green online, grey offline, amber when the trainer must act, blue while syncing.
_COLORS = {sc.ONLINE: "#2e7d32", sc.OFFLINE: "#78909c", sc.SYNCING: "#1565c0", sc.SIGN_IN: "#e08e0b",
           sc.UPGRADE: "#e08e0b", sc.PROBLEM: "#c62828", sc.SIGNED_OUT: "#78909c", sc.DEMO: "#78909c"}


class SyncStatus(QWidget):
    #: The trainer clicked "Needs attention": show the Sync screen.
    attention_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._ws: Workspace | None = None
        self._controller: sc.SyncController | None = None
        self.state_label = QLabel(self.tr("Opening the workspace…"), self)
        self.state_label.setObjectName("syncState")
        self.waiting_label = QLabel(self)
        self.waiting_label.setObjectName("syncWaiting")
        self.stage_label = QLabel(self)
        self.stage_label.setObjectName("syncStage")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setFixedWidth(110)
        self.progress.setFixedHeight(14)
        self.progress.setTextVisible(False)
        self.last_label = QLabel(self)
        self.last_label.setObjectName("syncLast")
        self.attention_label = QLabel(self)
        self.attention_label.setObjectName("syncAttention")
        self.attention_label.linkActivated.connect(lambda _link: self.attention_clicked.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(14)
        for widget in (self.attention_label, self.stage_label, self.progress, self.state_label, self.waiting_label,
                       self.last_label):
            layout.addWidget(widget)
        self._show_progress(False)

    def attach(self, ws: Workspace, controller: sc.SyncController) -> None:
        self._ws = ws
        self._controller = controller
        controller.state_changed.connect(self.refresh)
        controller.round_finished.connect(lambda _result: self.refresh())
        controller.progressed.connect(lambda _stage, _done, _total: self._show_stage())
        self.refresh()

    # -- showing -----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the counts again (after a change, a round, a sign-in)."""
        if self._ws is None or self._controller is None:
            return
        from score_desktop.sync import state as sync_state
        from score_desktop.ui.sync.sync_texts import human_time, round_message

        controller = self._controller
        state = controller.state
        names = {sc.ONLINE: self.tr("Online"), sc.OFFLINE: self.tr("Offline"), sc.SYNCING: self.tr("Syncing"),
                 sc.SIGN_IN: self.tr("Sign in again to sync"), sc.UPGRADE: self.tr("Offline: a newer app is needed"),
                 sc.PROBLEM: self.tr("Sync stopped"), sc.SIGNED_OUT: self.tr("Not signed in: File ▸ Sign in…"),
                 sc.DEMO: self.tr("Demo workspace: never syncs")}
        self.state_label.setText(f"<span style='color:{_COLORS[state]}'>●</span> {names[state]}")
        result = controller.last_result
        self.state_label.setToolTip(round_message(result.outcome, result.message) if result else "")
        attention = self._attention_count()
        self.attention_label.setVisible(attention > 0)
        self.attention_label.setText(
            "<a href='sync' style='color:#c62828'>{}</a>".format(self.tr("Needs attention: {count}").format(
                count=attention)))
        if state == sc.DEMO:
            self.waiting_label.clear()
            self.last_label.clear()
        else:
            self.waiting_label.setText(self.waiting_text())
            last = sync_state.last_success(self._ws)
            self.last_label.setText(self.tr("Last sync: {when}").format(when=human_time(last)))
        self._show_stage()

    def waiting_text(self) -> str:
        from score_desktop.sync import uploads
        from score_desktop.ui.sync.sync_texts import megabytes

        changes = self._ws.waiting_count()
        photo_bytes = uploads.waiting_bytes(self._ws)
        if photo_bytes:
            return self.tr("%n change(s) and {megabytes} MB of photos waiting", "", changes).format(
                megabytes=megabytes(photo_bytes))
        if changes:
            return self.tr("%n change(s) waiting", "", changes)
        return self.tr("Nothing waiting")

    def _attention_count(self) -> int:
        """Conflicts to decide and changes the server refused: only the trainer can settle them."""
        return self._ws.conn.execute(
            "SELECT (SELECT count(*) FROM conflict WHERE status = 'open') + "
            "(SELECT count(*) FROM outbox WHERE state = 'rejected')").fetchone()[0]

    def _show_stage(self) -> None:
        stage = self._controller.stage if self._controller is not None else None
        self._show_progress(stage is not None)
        if stage is None:
            return
        name, done, total = stage
        texts = {"connect": self.tr("Connecting…"), "push": self.tr("Sending changes…"),
                 "photos": self.tr("Sending photos…"), "pull": self.tr("Receiving changes…")}
        self.stage_label.setText(texts.get(name, name))
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, int(1000 * done / total)))
        else:
            self.progress.setRange(0, 0)  # not known yet: a busy bar

    def _show_progress(self, visible: bool) -> None:
        self.stage_label.setVisible(visible)
        self.progress.setVisible(visible)
