"""Deleting a visit (from its screen or the list of visits), after saying what goes with it."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from score_desktop.errors import UserError
from score_desktop.store import deletion
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.deleting import ask_to_delete, parts_text, say_it_cannot_go
from score_desktop.ui.core.errors import show_error
from score_desktop.ui.core.formats import date_text


def confirm_delete_visit(ctx: AppContext, parent: QWidget, visit_id: str,
                         after: Callable[[], None] = lambda: None) -> QMessageBox | None:
    """Ask, naming the findings, photos and actions that go with it and the KPI readings that stay."""
    visit = ctx.ws.visits.find(visit_id)
    if visit is None:
        return None
    if deletion.signed_visits(ctx.ws, "visit", visit_id):
        return say_it_cannot_go(parent, QCoreApplication.translate(
            "DeleteVisit", "This visit is signed: it is the enterprise's signed record and is not deleted. If it was "
            "entered by mistake, reopen it (with that reason) first."))
    enterprise = ctx.ws.enterprises.find(visit["enterprise_id"])
    try:
        module = ctx.catalog.module(visit["module"]).name(ctx.language)
    except KeyError:
        module = visit["module"]
    question = QCoreApplication.translate(
        "DeleteVisit", "Delete the {module} visit of {date} at {enterprise}?").format(
        module=module, date=date_text(visit["visit_date"]), enterprise=enterprise["name"] if enterprise else "")
    parts = parts_text(deletion.counts(ctx.ws, "visit", visit_id))
    if parts:
        question += "\n\n" + QCoreApplication.translate("DeleteVisit", "With it: {parts}.").format(parts=parts)
    if ctx.ws.kpi_readings.count(visit_id=visit_id):
        question += "\n\n" + QCoreApplication.translate(
            "DeleteVisit", "The KPI readings typed at it stay: they are the enterprise's figures.")

    def delete() -> None:
        try:
            ctx.deletions.delete("visit", visit_id)
        except UserError as error:  # a signed visit, a full disk: nothing was deleted
            show_error(error, parent)
            return
        after()

    return ask_to_delete(parent, question, delete,
                         button=QCoreApplication.translate("DeleteVisit", "Delete visit"))
