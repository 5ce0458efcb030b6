"""The visit screen's sign-off: its lock on screen (a signed visit read-only under its banner, its changing commands
off), and the commands Finalise (what is missing: fix it or go on), Sign (the question, then the report made in the
background) and Reopen (with its reason)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from score_desktop.domain import roles
from score_desktop.domain.signoff import SIGNED
from score_desktop.store import signoff
from score_desktop.store.records import Record
from score_desktop.store.signoff import Missing
from score_desktop.ui.context import AppContext
from score_desktop.ui.visits.finalise_dialog import FIX, GO_ON, FinaliseDialog
from score_desktop.ui.visits.reopen_dialog import ReopenDialog
from score_desktop.ui.visits.signing import VisitSigner
from score_desktop.ui.visits.signoff_texts import missing_signatures


class VisitSignOff(QObject):
    def __init__(self, ctx: AppContext, screen: QWidget) -> None:
        super().__init__(screen)
        self._ctx, self._screen = ctx, screen
        self.signer = VisitSigner(ctx, self)
        self.signer.signed.connect(lambda _report: screen.tabs.setCurrentWidget(screen.signoff))
        #: The dialog open now (tests and screenshots reach it here).
        self.dialog: QWidget | None = None

    # -- the lock on screen ------------------------------------------------------------------------------------

    def _changing_actions(self) -> list[QAction]:
        """The commands that change what was recorded at the visit (a signed visit allows none of them)."""
        screen = self._screen
        return [screen.new_finding_action, screen.attach_action, *screen.rate_actions, screen.practice_action,
                screen.new_action_action, screen.new_kpi_action, screen.finalise_action, screen.sign_action,
                screen.delete_visit_action]

    def refresh_commands(self, locked: bool) -> None:
        screen = self._screen
        for action in self._changing_actions():
            action.setEnabled(not locked)
        screen.practice_action.setEnabled(not locked and screen.practice_check.isVisible())
        screen.reopen_action.setEnabled(locked)

    def apply_lock(self, visit: Record) -> None:
        """Show the visit as signed (read-only, with the banner saying why) or as open to change. A coordinator
        reads a trainer's visit and changes nothing of it (docs/sync-protocol.md Part 2, "Roles"): read-only too."""
        screen = self._screen
        locked = visit["status"] == SIGNED or not roles.may_write(self._ctx.ws.role, "visit", own_record=False)
        screen.banner.show_visit(self._ctx.ws, visit)
        for widget in (*screen.rating_buttons.buttons(), screen.new_finding_button, screen.delete_finding_button,
                       screen.new_action_button, screen.practice_check, screen.action_plan.from_finding_button,
                       screen.action_plan.free_button, screen.visit_kpis.new_button, screen.visit_kpis.open_button):
            widget.setEnabled(not locked)
        if not locked:
            screen.delete_finding_button.setEnabled(screen.editor.finding_id is not None)
            screen.visit_kpis.open_button.setEnabled(screen.visit_kpis.count() > 0)
        screen.editor.set_read_only(locked)
        screen.details.set_read_only(locked)
        if screen.isVisible():
            self.refresh_commands(locked)

    # -- commands ----------------------------------------------------------------------------------------------

    def finalise(self, visit: Record) -> FinaliseDialog:
        dialog = FinaliseDialog(self._ctx, visit, self._screen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._finalised(visit, dialog.choice, dialog.to_fix))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _finalised(self, visit: Record, choice: str | None, item: Missing | None) -> None:
        screen = self._screen
        if choice == GO_ON:
            current = self._ctx.ws.visits.get(visit["id"])
            if current["status"] == "draft":
                self._ctx.ws.visits.update(visit["id"], status="final")
            screen.tabs.setCurrentWidget(screen.signoff)
        elif choice == FIX and item is not None:
            self.fix(visit, item)

    def fix(self, visit: Record, item: Missing) -> None:
        """Go where the missing thing is fixed."""
        screen = self._screen
        if item.kind in ("action_owner", "action_due_date") and item.record_id:
            screen.tabs.setCurrentWidget(screen.action_plan)
            self._ctx.nav.open_action.emit(item.record_id)
        elif item.kind == "kpi":
            screen.tabs.setCurrentWidget(screen.visit_kpis)
            self._ctx.nav.new_kpi_reading.emit(visit["enterprise_id"], visit["id"])
        else:
            screen.tabs.setCurrentIndex(0)
            screen.checklist.setFocus()

    def sign(self, visit: Record, lang: str) -> QWidget | None:
        """Both signatures first; then the question, and the signed report made in the background."""
        if self.signer.busy:
            return None
        visit = self._ctx.ws.visits.get(visit["id"])
        lacking = missing_signatures(signoff.signers(visit))
        if lacking:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Sign the visit"), "\n".join(lacking),
                              QMessageBox.StandardButton.Ok, self._screen)
            box.setObjectName("signaturesMissing")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.dialog = box
            return box
        self.dialog = self.signer.ask(visit, lang, self._screen)
        return self.dialog

    def reopen(self, visit: Record) -> ReopenDialog:
        dialog = ReopenDialog(self._ctx, visit, self._screen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog
