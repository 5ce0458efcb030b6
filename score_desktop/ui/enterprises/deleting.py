"""Deleting an enterprise (from its page or the list) and an EIT member, after saying what goes with them."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from score_desktop.errors import UserError
from score_desktop.store import deletion
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.deleting import Counted, ask_to_delete, parts_text, say_it_cannot_go
from score_desktop.ui.core.errors import show_error


def _deleted(ctx: AppContext, parent: QWidget, entity: str, record_id: str, after: Callable[[], None]) -> None:
    try:
        ctx.deletions.delete(entity, record_id)
    except UserError as error:  # a full disk, a locked workspace: nothing was deleted
        show_error(error, parent)
        return
    after()


def confirm_delete_enterprise(ctx: AppContext, parent: QWidget, enterprise_id: str,
                              after: Callable[[], None] = lambda: None) -> QMessageBox | None:
    """Ask, naming how many visits, findings, photos... go with it; delete when the trainer agrees."""
    enterprise = ctx.ws.enterprises.find(enterprise_id)
    if enterprise is None:
        return None
    signed = deletion.signed_visits(ctx.ws, "enterprise", enterprise_id)
    if signed:  # said before, not after the trainer agreed: the lock would refuse the whole deletion
        return say_it_cannot_go(parent, Counted().signed_visits(signed, enterprise["name"]))
    question = QCoreApplication.translate(
        "DeleteEnterprise", "Delete {name} and everything recorded for it?").format(name=enterprise["name"])
    parts = parts_text(deletion.counts(ctx.ws, "enterprise", enterprise_id))
    if parts:
        question += "\n\n" + QCoreApplication.translate("DeleteEnterprise", "With it: {parts}.").format(parts=parts)
    question += "\n\n" + QCoreApplication.translate(
        "DeleteEnterprise", "Classroom sessions it took part in stay, with the other factories' participants.")
    return ask_to_delete(parent, question, lambda: _deleted(ctx, parent, "enterprise", enterprise_id, after),
                         button=QCoreApplication.translate("DeleteEnterprise", "Delete enterprise"))


def confirm_delete_member(ctx: AppContext, parent: QWidget, member_id: str,
                          after: Callable[[], None] = lambda: None) -> QMessageBox | None:
    """A member added by mistake goes; one who left the team should have their membership ended instead."""
    member = ctx.ws.eit_members.find(member_id)
    if member is None:
        return None
    owned = ctx.ws.action_items.count(owner_id=member_id)
    question = QCoreApplication.translate("DeleteEnterprise", "Delete {name} from the EIT?").format(
        name=member["name"])
    question += "\n\n" + QCoreApplication.translate(
        "DeleteEnterprise", "This is for a member added by mistake. Someone who left the team keeps their place in "
        "past visits: end their membership instead.")
    if owned:
        question += "\n\n" + Counted().owned_actions(owned)
    return ask_to_delete(parent, question, lambda: _deleted(ctx, parent, "eit_member", member_id, after),
                         button=QCoreApplication.translate("DeleteEnterprise", "Delete member"))
