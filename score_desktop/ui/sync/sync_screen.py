"""The Sync screen: conflicts to decide, changes the server refused, what is waiting, and the recent rounds.

Conflicts come first because only the trainer can settle them: the table lists them and the two values of the
selected one stand side by side, with who wrote each and when, above Keep mine, Keep theirs and Edit…. A
resolution is an ordinary local change, so it syncs to everyone with the next round.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit,
                               QPushButton, QSplitter, QToolButton, QVBoxLayout, QWidget)

from score_desktop.errors import NotFoundError, UserError
from score_desktop.sync import attention, conflicts, state as sync_state
from score_desktop.sync.account import SignInError
from score_desktop.ui.sync import sync_controller as sc, sync_models
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.errors import user_message
from score_desktop.ui.core.settings import remember_splitter
from score_desktop.ui.sync.sync_models import Side
from score_desktop.ui.sync.sync_texts import translate
from score_desktop.ui.core.widgets import RefreshedOnChange, fit_columns, heading, muted, table_view


class ConflictSidePanel(QGroupBox):
    """One value of the selected conflict: who and when in the title, the whole value below."""

    def __init__(self, title: str, name: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self._title = title
        self.who = QLabel(self)
        self.who.setObjectName(f"{name}Who")
        self.value = QPlainTextEdit(self)
        self.value.setObjectName(f"{name}Value")
        self.value.setReadOnly(True)
        self.value.setMaximumHeight(64)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.who)
        layout.addWidget(self.value)

    def show_side(self, side: Side | None) -> None:
        if side is None:
            self.who.clear()
            self.value.clear()
            return
        stands = self.tr("the record holds this now") if side.stands else self.tr("set aside")
        self.who.setText(self.tr("{who}, {when} · {stands}").format(who=side.who, when=side.when, stands=stands))
        self.value.setPlainText(side.text)


class SyncScreen(RefreshedOnChange, QWidget):
    WATCHES = None  # conflicts, refusals and the log change with every round, not only with records

    def __init__(self, ctx: AppContext, controller: sc.SyncController, actions: dict[str, QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._controller = controller
        self._dirty = True

        self.account_label = muted("", self)
        self.account_label.setObjectName("syncAccount")
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Sync"), self, size=1.4))
        top.addSpacing(16)
        top.addWidget(self.account_label, 1)
        self.account_buttons: dict[str, QToolButton] = {}
        for name in ("sign_in", "sign_out", "sync_now"):
            button = QToolButton(self)
            button.setDefaultAction(actions[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
            self.account_buttons[name] = button

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._make_conflicts())
        self.splitter.addWidget(self._make_attention())
        self.splitter.addWidget(self._make_history())
        self.splitter.setSizes([300, 150, 180])
        remember_splitter(self.splitter, "sync")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        controller.round_finished.connect(lambda _result: self.mark_stale())
        controller.state_changed.connect(self._show_account)

    # -- building ----------------------------------------------------------------------------------------------

    def _make_conflicts(self) -> QWidget:
        box = QWidget(self)
        self.conflicts_title = heading(self.tr("Conflicts"), box, size=1.1)
        self.conflict_model = sync_models.conflict_model(self)
        self.conflict_view = table_view(self.conflict_model, box, name="conflictView", stretch=3)
        self.conflict_view.horizontalHeader().setSectionResizeMode(2, self.conflict_view.horizontalHeader()
                                                                   .ResizeMode.Stretch)
        self.conflict_view.horizontalHeader().resizeSection(0, 220)
        self.conflict_view.horizontalHeader().resizeSection(1, 120)
        self.conflict_view.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_conflict())
        self.mine_panel = ConflictSidePanel(self.tr("Mine"), "minePanel", box)
        self.theirs_panel = ConflictSidePanel(self.tr("Theirs"), "theirsPanel", box)
        self.keep_mine = self._button(self.tr("Keep mine"), "keepMine", lambda: self._keep("mine"))
        self.keep_theirs = self._button(self.tr("Keep theirs"), "keepTheirs", lambda: self._keep("theirs"))
        self.edit_value = self._button(self.tr("Edit…"), "editValue", self._edit)
        buttons = QVBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.edit_value):
            buttons.addWidget(button)
        buttons.addStretch()
        sides = QHBoxLayout()
        sides.addWidget(self.mine_panel, 1)
        sides.addWidget(self.theirs_panel, 1)
        sides.addLayout(buttons)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.conflicts_title)
        layout.addWidget(muted(self.tr("The same value was changed on two laptops. Until you decide, the record "
                                       "holds the later change and the other is kept here."), box))
        layout.addWidget(self.conflict_view, 1)
        layout.addLayout(sides)
        return box

    def _make_attention(self) -> QWidget:
        box = QWidget(self)
        self.attention_title = heading(self.tr("Needs attention"), box, size=1.1)
        self.attention_model = sync_models.attention_model(self)
        self.attention_view = table_view(self.attention_model, box, name="attentionView", stretch=3)
        self.attention_view.horizontalHeader().resizeSection(0, 220)
        self.attention_view.horizontalHeader().resizeSection(1, 160)
        self.attention_view.activated.connect(lambda _index: self._open_refused())
        # The chosen refusal's reason in full: a signed visit's says who signed it, when, and what to do.
        self.attention_reason = QLabel(box)
        self.attention_reason.setObjectName("attentionReason")
        self.attention_reason.setWordWrap(True)
        self.attention_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_reason())
        self.open_record = self._button(self.tr("Open record"), "openRefused", self._open_refused)
        self.resend = self._button(self.tr("Resend"), "resend", self._resend)
        self.discard = self._button(self.tr("Discard…"), "discard", self._discard)
        buttons = QVBoxLayout()
        for button in (self.open_record, self.resend, self.discard):
            buttons.addWidget(button)
        buttons.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.attention_view, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.attention_title)
        layout.addWidget(muted(self.tr("Changes the server refused stay on this laptop. Fix the record and "
                                       "resend it, or discard the change to take the server's version."), box))
        layout.addLayout(row, 1)
        layout.addWidget(self.attention_reason)
        return box

    def _show_reason(self) -> None:
        row = self._selected(self.attention_model, self.attention_view)
        self.attention_reason.setText(self.tr("Why: {reason}").format(reason=row["reason"]) if row else "")

    def _make_history(self) -> QWidget:
        box = QWidget(self)
        self.waiting_model = sync_models.waiting_model(self)
        self.waiting_view = table_view(self.waiting_model, box, name="waitingView", stretch=0)
        self.log_model = sync_models.log_model(self)
        self.log_view = table_view(self.log_model, box, name="logView", stretch=5)
        self.log_view.horizontalHeader().resizeSection(0, 130)
        self.log_view.horizontalHeader().resizeSection(1, 150)
        fit_columns(self.log_view, {column: ["9,999"] for column in (2, 3, 4)})
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.addWidget(heading(self.tr("Waiting to be sent"), box, size=1.1), 0, 0)
        grid.addWidget(heading(self.tr("Recent rounds"), box, size=1.1), 0, 1)
        grid.addWidget(self.waiting_view, 1, 0)
        grid.addWidget(self.log_view, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 3)
        return box

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- refreshing --------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._dirty = False
        ws = self._ctx.ws
        self._show_account()
        self._reload(self.conflict_model, self.conflict_view, sync_models.conflict_rows(ws))
        self._reload(self.attention_model, self.attention_view, sync_models.attention_rows(ws))
        self.waiting_model.set_rows(sync_models.waiting_rows(ws))
        self.log_model.set_rows(sync_models.log_rows(ws))
        conflicts_count, refused_count = self.conflict_model.rowCount(), self.attention_model.rowCount()
        self.conflicts_title.setText(self.tr("Conflicts ({count})").format(count=conflicts_count))
        self.attention_title.setText(self.tr("Needs attention ({count})").format(count=refused_count))
        for button in (self.open_record, self.resend, self.discard):
            button.setEnabled(refused_count > 0)
        self._show_reason()
        self._show_conflict()

    @staticmethod
    def _reload(model, view, rows) -> None:
        """New rows, keeping the selected record selected (or the first one)."""
        current = view.currentIndex()
        selected = model.row_record(current.row())["id"] if current.isValid() else None
        model.set_rows(rows)
        row = model.row_of(selected) if selected is not None else -1
        if model.rowCount():
            view.selectRow(max(row, 0))

    def _show_account(self) -> None:
        ws, state = self._ctx.ws, self._controller.state
        account = sync_state.account(ws)
        if state == sc.DEMO:
            text = translate(SignInError.DEMO)
        elif account is None or state == sc.SIGNED_OUT:
            text = self.tr("Not signed in. Sign in to send your work to the SCORE server.")
        else:
            text = self.tr("Signed in to {server} as {username}.").format(server=account.server_url,
                                                                          username=account.username)
        self.account_label.setText(text)
        needs_sign_in = state in (sc.SIGNED_OUT, sc.SIGN_IN)
        self.account_buttons["sign_in"].setVisible(needs_sign_in)
        self.account_buttons["sign_out"].setVisible(state != sc.DEMO and not needs_sign_in)
        self.account_buttons["sync_now"].setVisible(state != sc.DEMO)

    # -- conflicts ---------------------------------------------------------------------------------------------

    def _selected(self, model, view) -> dict | None:
        index = view.currentIndex()
        return model.row_record(index.row()) if index.isValid() and model.rowCount() else None

    def _show_conflict(self) -> None:
        row = self._selected(self.conflict_model, self.conflict_view)
        self.mine_panel.show_side(row["mine"] if row else None)
        self.theirs_panel.show_side(row["theirs"] if row else None)
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(row is not None)
        self.edit_value.setEnabled(row is not None and not row["conflict"].is_delete)

    def _keep(self, which: str) -> None:
        row = self._selected(self.conflict_model, self.conflict_view)
        if row is None:
            return
        side: Side = row[which]
        try:
            if side.stands:  # the record holds it already: only the conflict is settled
                conflicts.resolve(self._ctx.ws, row["id"], resolution=f"kept {which}")
            else:
                conflicts.resolve(self._ctx.ws, row["id"], value=side.value, resolution=f"kept {which}")
        except UserError as error:
            QMessageBox.warning(self, self.tr("Conflict"), user_message(error))

    def _edit(self) -> None:
        row = self._selected(self.conflict_model, self.conflict_view)
        if row is None:
            return
        from score_desktop.ui.sync.sync_conflict_dialog import ConflictEditDialog

        dialog = ConflictEditDialog(self._ctx.ws, row["conflict"], row["mine"], row["theirs"], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- refused changes ---------------------------------------------------------------------------------------

    def _open_refused(self) -> None:
        row = self._selected(self.attention_model, self.attention_view)
        if row is None:
            return
        item: attention.Refused = row["item"]
        nav, ws = self._ctx.nav, self._ctx.ws
        try:
            if item.entity == "visit":
                nav.open_visit.emit(item.record_id)
            elif item.entity == "observation":
                nav.open_finding.emit(ws.observations.get(item.record_id, include_deleted=True)["visit_id"],
                                      item.record_id)
            else:
                nav.open_enterprise.emit(item.enterprise_id)
        except NotFoundError as error:
            QMessageBox.warning(self, self.tr("Needs attention"), user_message(error))

    def _resend(self) -> None:
        row = self._selected(self.attention_model, self.attention_view)
        if row is None:
            return
        attention.resend(self._ctx.ws, row["id"])
        self.mark_stale()
        self._controller.sync_now()

    def _discard(self) -> None:
        row = self._selected(self.attention_model, self.attention_view)
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard the change"),
                          self.tr("Discard this change to “{record}”? The record takes the server's version "
                                  "again with the next sync.").format(record=row["record"]),
                          QMessageBox.StandardButton.Cancel, self)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("discardConfirmation")

        def answered(_result: int) -> None:
            if box.clickedButton() is discard:
                attention.discard(self._ctx.ws, row["id"])
                self.mark_stale()
                self._controller.sync_now()
            box.deleteLater()

        box.finished.connect(answered)
        box.open()
