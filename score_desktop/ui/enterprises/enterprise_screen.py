"""One enterprise: its profile, its EIT and its visits side by side; its KPIs with their charts; the suggestion
scheme's log. Each on a tab of its own, so the KPI charts and the log get the whole width of a laptop screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QPushButton, QScrollArea, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from score_desktop.errors import NotFoundError
from score_desktop.store import queries, training
from score_desktop.store.records import Record
from score_desktop.store.workspace import ChangeSet
from score_desktop.ui.core.formats import date_text
from score_desktop.ui.core import labels
from score_desktop.ui.context import AppContext
from score_desktop.ui.enterprises.deleting import confirm_delete_enterprise, confirm_delete_member
from score_desktop.ui.enterprises.eit_panel import EitPanel
from score_desktop.ui.enterprises.enterprise_form import EnterpriseForm
from score_desktop.ui.enterprises.kpi_tab import KpiTab
from score_desktop.ui.enterprises.suggestions_panel import SuggestionsPanel
from score_desktop.ui.core.lazy_model import Column, LazyTableModel, Row, RowsTableModel
from score_desktop.ui.core.settings import remember_splitter
from score_desktop.ui.core.widgets import fit_columns, heading, muted, on_activated, table_view


class EnterpriseScreen(QWidget):
    new_visit_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._enterprise: Record | None = None
        self.title = heading("", self, size=1.4)
        self.title.setObjectName("enterpriseTitle")
        self.subtitle = muted("", self)
        self.new_visit_button = QPushButton(self.tr("New visit…"), self)
        self.new_visit_button.setObjectName("newVisit")
        self.new_visit_button.clicked.connect(lambda: self.new_visit_requested.emit(self.enterprise_id or ""))
        self.delete_button = QPushButton(self.tr("Delete enterprise…"), self)
        self.delete_button.setObjectName("deleteEnterprise")
        self.delete_button.setToolTip(self.tr("To the Trash, with its visits, EIT and KPIs; Edit ▸ Undo delete "
                                              "brings it all back."))
        self.delete_button.clicked.connect(self.delete_enterprise)

        self.form = EnterpriseForm(ctx.ws, self, sectors=[(sector.code, sector.name(ctx.language))
                                                          for sector in ctx.catalog.sectors])
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(360)

        self.eit = EitPanel(ctx.ws, self)
        self.eit.delete_requested.connect(lambda member_id: confirm_delete_member(ctx, self, member_id))
        eit_box = QGroupBox(self.tr("Enterprise Improvement Team"), self)
        QVBoxLayout(eit_box).addWidget(self.eit)

        self.visits_model = LazyTableModel([
            Column("visit_date", self.tr("Date"), "visit_date", lambda row: date_text(row["visit_date"])),
            Column("module", self.tr("Module"), "module", self._module_name),
            Column("visit_type", self.tr("Type"), "visit_type",
                   lambda row: labels.label("visit_type", row["visit_type"])),
            Column("status", self.tr("Status"), "status", lambda row: labels.label("visit_status", row["status"])),
            Column("trainer", self.tr("Trainer"), "trainer"),
        ], self._visits_page, self._visits_count, order_by="visit_date desc", parent=self, load=False)
        self.visits_view = table_view(self.visits_model, self, name="enterpriseVisits", stretch=1, sortable=True)
        self.visits_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        fit_columns(self.visits_view, {0: [date_text("2026-12-31")],
                                       2: [text for _code, text in labels.choices("visit_type")],
                                       3: [text for _code, text in labels.choices("visit_status")]})
        on_activated(self.visits_view, ctx.nav.open_visit.emit)
        # The classroom sessions its people took part in (read through a store query; the page opens by the
        # Navigator, as the training feature is not this one's to import).
        self.training_model = RowsTableModel([
            Column("session_date", self.tr("First day"), text=lambda row: date_text(row["session_date"])),
            Column("module", self.tr("Module"), text=self._module_name),
            Column("participants", self.tr("Participants")),
            Column("attended_all", self.tr("Present every day")),
            Column("location", self.tr("Venue")),
        ], self)
        self.training_view = table_view(self.training_model, self, name="enterpriseTraining", stretch=4)
        on_activated(self.training_view, ctx.nav.open_training_session.emit)
        self.history = QTabWidget(self)
        self.history.addTab(self.visits_view, self.tr("Visits"))
        self.history.addTab(self.training_view, self.tr("Training"))
        self.kpis = KpiTab(ctx, self)
        self.suggestions = SuggestionsPanel(ctx, self)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(eit_box)
        right.addWidget(self.history)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        remember_splitter(right, "enterprise_right")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        remember_splitter(self.splitter, "enterprise")

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.new_visit_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("enterprisePages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.splitter, self.tr("Profile, EIT and visits"))
        self.pages.addTab(self.kpis, self.tr("KPIs"))
        self.pages.addTab(self.suggestions, self.tr("Suggestion scheme"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)

    # -- loading -----------------------------------------------------------------------------------------------

    @property
    def enterprise_id(self) -> str | None:
        return self._enterprise["id"] if self._enterprise else None

    def load(self, enterprise_id: str) -> None:
        try:
            self._enterprise = self._ctx.ws.enterprises.get(enterprise_id)
        except NotFoundError:
            self._enterprise = None
            return
        self.form.load(self._enterprise)
        self.eit.load(enterprise_id)
        self._show_title()
        self.visits_model.reload()
        self.kpis.load(enterprise_id)
        self.suggestions.load(enterprise_id)
        self._load_training()

    def _load_training(self) -> None:
        self.training_model.set_rows(training.enterprise_training(self._ctx.ws, self.enterprise_id))
        self.training_view.resizeColumnsToContents()

    def _show_title(self) -> None:
        if self._enterprise is None:
            return
        self.title.setText(self._enterprise["name"])
        sector = self._ctx.catalog.sector_name(self._enterprise.get("sector"), self._ctx.language)
        self.subtitle.setText(" · ".join(part for part in (self._enterprise.get("name_latin"),
                                                            self._enterprise.get("city"), sector) if part))

    def _visits_page(self, order_by: str, limit: int, offset: int) -> list[Row]:
        if not self.enterprise_id:
            return []
        return queries.visits_page(self._ctx.ws, order_by=order_by, limit=limit, offset=offset,
                                   enterprise_id=self.enterprise_id)

    def _visits_count(self) -> int:
        return queries.count_visits(self._ctx.ws, enterprise_id=self.enterprise_id) if self.enterprise_id else 0

    def _module_name(self, row: Row) -> str:
        try:
            return self._ctx.catalog.module(row["module"]).name(self._ctx.language)
        except KeyError:
            return row["module"]

    def on_changes(self, changes: ChangeSet) -> None:
        if self.enterprise_id is not None and changes.touches("training_session"):
            self._load_training()  # a session is its host's: its days or venue may be another enterprise's change
        if self.enterprise_id is None or self.enterprise_id not in changes.enterprises:
            return
        if changes.touches("enterprise"):
            self._enterprise = self._ctx.ws.enterprises.find(self.enterprise_id) or self._enterprise
            self._show_title()
        self.eit.on_changes(changes)
        if changes.touches("visit"):
            self.visits_model.reload()
        self.kpis.on_changes(changes)
        self.suggestions.on_changes(changes)
        if changes.touches("attendance") or changes.touches("training_enrolment"):
            self._load_training()

    def flush(self) -> None:
        self.form.saver.flush()
        self.eit.saver.flush()
        self.suggestions.saver.flush()

    def select_member(self, member_id: str) -> None:
        """Show the profile page with this EIT member chosen (a search hit, say)."""
        self.show_page("profile")
        row = self.eit.model.row_of(member_id)
        if row >= 0:
            self.eit.view.selectRow(row)
            self.eit.view.setFocus()

    def delete_enterprise(self) -> QWidget | None:
        """Ask (saying what goes with it), then delete and go back to the list of enterprises."""
        if self.enterprise_id is None:
            return None
        self.flush()
        return confirm_delete_enterprise(self._ctx, self, self.enterprise_id,
                                         after=lambda: self._ctx.nav.show_screen.emit("enterprises"))

    def show_page(self, name: str) -> None:
        """"profile", "kpis" or "suggestions"."""
        self.pages.setCurrentWidget({"profile": self.splitter, "kpis": self.kpis,
                                     "suggestions": self.suggestions}[name])
