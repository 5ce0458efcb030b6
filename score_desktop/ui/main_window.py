"""The main window: the enterprise list and a status bar with what waits to be synced."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView

from score_desktop.store.workspace import ChangeSet, Workspace
from score_desktop.ui.enterprise_model import EnterpriseTableModel


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self._ws = ws
        self.setWindowTitle(self.tr("SCORE Desktop — {path}").format(path=ws.paths.root))
        self.enterprise_model = EnterpriseTableModel(ws, self)
        self.enterprise_view = QTableView(self)
        self.enterprise_view.setObjectName("enterpriseView")
        self.enterprise_view.setModel(self.enterprise_model)
        self.enterprise_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.enterprise_view.setAlternatingRowColors(True)
        self.enterprise_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.enterprise_view.verticalHeader().hide()
        self.setCentralWidget(self.enterprise_view)
        self.sync_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.sync_label)
        self._unsubscribe = ws.subscribe(self._on_changes)
        self._show_waiting()
        self.resize(1200, 720)

    def _on_changes(self, changes: ChangeSet) -> None:
        self.enterprise_model.on_changes(changes)
        self._show_waiting()

    def _show_waiting(self) -> None:
        waiting = self._ws.waiting_count()
        self.sync_label.setText(self.tr("Offline · %n change(s) waiting to sync", "", waiting))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._unsubscribe()
        super().closeEvent(event)
