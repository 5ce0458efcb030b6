"""Every table and list model of the app passes Qt's model tester, filled with real rows."""

from __future__ import annotations

from score_desktop.store import queries
from score_desktop.ui.visits.carried_actions import CarriedActionsModel
from score_desktop.ui.visits.checklist_model import ChecklistModel, FindingsModel
from score_desktop.ui.enterprises.eit_panel import EitModel
from score_desktop.ui.enterprises.enterprise_model import EnterpriseTableModel
from score_desktop.ui.core.lazy_model import PAGE
from score_desktop.ui.visits.new_visit_dialog import AttendeesModel
from score_desktop.ui.core.photo_strip import PhotoListModel


def _visit_with_photos(ws):
    return next(v for v in ws.visits.list() if any(f["photo_count"] for f in queries.findings_of_visit(ws, v["id"])))


# The window goes before the tester in the arguments: the tester lets go of the models before they are deleted.
def test_list_screens_models(demo_window, qtmodeltester):
    ws = demo_window.ctx.ws
    # The trash is checked with rows in it (from a visit not signed: a signed one keeps its findings).
    unsigned = "visit_id IN (SELECT id FROM visit WHERE status != 'signed')"
    ws.observations.delete(ws.observations.list(where=unsigned, limit=1)[0]["id"])
    ws.photos.delete(ws.photos.list(where=f"observation_id IN (SELECT id FROM observation WHERE {unsigned})",
                                    limit=1)[0]["id"])
    for name in ("today", "enterprises", "visits", "actions", "trash"):
        demo_window.show_screen(name)
    screens = demo_window.screens
    for model in (screens["enterprises"].model, screens["visits"].model, screens["actions"].model,
                  screens["today"].week_model, screens["today"].overdue_model, screens["today"].drafts_model,
                  screens["trash"].model):
        assert model.rowCount() > 0, model
        qtmodeltester.check(model, force_py=True)


def test_enterprise_model_pages_lazily_sorts_and_filters(qtmodeltester, demo_workspace):
    from tests.builders import make_enterprise

    for n in range(PAGE + 20):
        make_enterprise(demo_workspace, name=f"Factory {n:03d}", city="Dongguan")
    model = EnterpriseTableModel(demo_workspace)
    assert model.rowCount() == PAGE and model.canFetchMore(model.index(-1, -1).parent())
    qtmodeltester.check(model, force_py=True)  # the tester fetches more as a view would
    # A second model for the sorted, filtered list: pytest-qt's tester runs its checks on modelReset before it
    # records the reset as finished, so a lazy model it watches cannot be reset (its fetchMore would trip it).
    narrowed = EnterpriseTableModel(demo_workspace)
    narrowed.sort(2)
    narrowed.set_filter(queries.EnterpriseFilter(city="Dongguan"))
    assert narrowed.count_rows() == PAGE + 20 and narrowed.order_by == "city asc"
    qtmodeltester.check(narrowed, force_py=True)


def test_enterprise_and_visit_screen_models(demo_window, demo_workspace, qtmodeltester):
    enterprise = demo_workspace.enterprises.list(limit=1)[0]
    demo_window.show_screen("enterprise", enterprise["id"])
    page = demo_window.screens["enterprise"]
    for model in (page.eit.model, page.visits_model, page.kpis.summary_model, page.kpis.history_model,
                  page.suggestions.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)
    visit = _visit_with_photos(demo_workspace)
    demo_window.show_screen("visit", visit["id"])
    screen = demo_window.screens["visit"]
    row = next(r for r in range(screen.findings_model.rowCount())
               if screen.findings_model.finding(r)["photo_count"]) if screen.findings_model.rowCount() else None
    if row is not None:
        screen.findings_view.selectRow(row)
    for model in (screen.checklist_model, screen.findings_model, screen.editor.photos.model, screen.carried.model):
        qtmodeltester.check(model, force_py=True)


def test_small_models_on_their_own(qtmodeltester, demo_workspace, catalog):
    from score_desktop.ui.context import AppContext

    enterprise = demo_workspace.enterprises.list(limit=1)[0]
    members = demo_workspace.eit_members.list(enterprise_id=enterprise["id"])
    eit = EitModel()
    eit.set_members(members)
    attendees = AttendeesModel(members)
    visit = _visit_with_photos(demo_workspace)
    findings = queries.findings_of_visit(demo_workspace, visit["id"])
    checklist = ChecklistModel()
    checklist.set_checklist(catalog.module(visit["module"]).topics, "zh_CN", findings)
    findings_model = FindingsModel()
    findings_model.set_findings(findings)
    photos = PhotoListModel(AppContext.create(demo_workspace, catalog, "en"))
    photos.set_photos(queries.photos_of(demo_workspace, observation_id=next(
        f["id"] for f in findings if f["photo_count"])))
    carried = CarriedActionsModel(demo_workspace)
    carried.set_actions(queries.open_actions_before(demo_workspace, enterprise["id"],
                                                    demo_workspace.visits.list(limit=1, order_by="visit_date desc",
                                                                               enterprise_id=enterprise["id"])[0]))
    for model in (eit, attendees, checklist, findings_model, photos, carried):
        qtmodeltester.check(model, force_py=True)


def test_training_models(demo_window, demo_workspace, qtmodeltester):
    from score_desktop.store import training
    from score_desktop.ui.training.add_participants_dialog import MembersModel
    from score_desktop.ui.training.participants_model import AttendanceModel, FeedbackModel
    from score_desktop.ui.training.plan_session_dialog import EnterpriseChoiceModel

    demo_window.show_screen("training")
    qtmodeltester.check(demo_window.screens["training"].model, force_py=True)
    session = max(training.sessions_page(demo_workspace), key=lambda row: row["participants"])
    demo_window.show_screen("training_session", session["id"])
    page = demo_window.screens["training_session"]
    for model in (page.attendance, page.feedback, page.results.by_enterprise, page.details.enterprises_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)
    attendance, feedback = AttendanceModel(demo_workspace), FeedbackModel(demo_workspace)
    for model in (attendance, feedback):
        model.load(session["id"])
    members = MembersModel()
    members.set_members(demo_workspace.eit_members.list(limit=8))
    choices = EnterpriseChoiceModel(demo_workspace.enterprises.list())
    choices.tick(demo_workspace.enterprises.list()[0]["id"])
    enterprise = demo_workspace.enterprises.list()[0]
    demo_window.show_screen("enterprise", enterprise["id"])
    for model in (attendance, feedback, members, choices, demo_window.screens["enterprise"].training_model):
        qtmodeltester.check(model, force_py=True)
