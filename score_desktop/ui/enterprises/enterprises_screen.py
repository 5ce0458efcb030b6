"""Enterprises: the long list, narrowed by city, sector, sponsor or module, sorted by any column header."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from score_desktop.store import queries
from score_desktop.ui.context import AppContext
from score_desktop.ui.core.deleting import on_delete_key
from score_desktop.ui.enterprises.deleting import confirm_delete_enterprise
from score_desktop.ui.enterprises.enterprise_model import EnterpriseTableModel
from score_desktop.ui.core.widgets import RefreshedOnChange, fit_columns, heading, on_activated, table_view


class EnterprisesScreen(RefreshedOnChange, QWidget):
    WATCHES = ("enterprise", "visit")

    new_enterprise_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = EnterpriseTableModel(ctx.ws, self, load=False,
                                          sector_name=lambda code: ctx.catalog.sector_name(code, ctx.language))
        self.view = table_view(self.model, self, name="enterpriseView", stretch=1, sortable=True)
        self.view.sortByColumn(0, self.view.horizontalHeader().sortIndicatorOrder())
        on_activated(self.view, ctx.nav.open_enterprise.emit)
        on_delete_key(self.view, self.delete_enterprise)
        self.count_label = QLabel(self)

        self.filters: dict[str, QComboBox] = {}
        bar = QHBoxLayout()
        bar.addWidget(heading(self.tr("Enterprises"), self, size=1.4))
        bar.addSpacing(12)
        names = {"city": self.tr("City"), "sector": self.tr("Sector"), "sponsor": self.tr("Sponsor"),
                 "module": self.tr("Module")}
        for key, name in names.items():
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{key}")
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setToolTip(self.tr("Show only enterprises of this {what}").format(what=name.lower()))
            combo.currentIndexChanged.connect(self._apply_filter)
            label = QLabel(name, self)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo)
            self.filters[key] = combo
        bar.addStretch()
        self.new_button = QPushButton(self.tr("New enterprise"), self)
        self.new_button.setObjectName("newEnterprise")
        self.new_button.clicked.connect(self.new_enterprise_requested)
        bar.addWidget(self.new_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._dirty = True  # filled when first shown
        self._resize_columns()

    def _fill_filters(self) -> None:
        choices = queries.enterprise_filter_choices(self._ctx.ws)
        for key, combo in self.filters.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for choice in choices[key]:
                shown = choice
                if key == "module":
                    try:
                        shown = f"{choice} — {self._ctx.catalog.module(choice).name(self._ctx.language)}"
                    except KeyError:
                        pass
                elif key == "sector":
                    shown = self._ctx.catalog.sector_name(choice, self._ctx.language)
                combo.addItem(shown, choice)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.model.set_filter(queries.EnterpriseFilter(**{key: combo.currentData()
                                                          for key, combo in self.filters.items()}))
        if self.model.loaded:
            self._show_count()

    def _show_count(self) -> None:
        shown = self.model.count_rows()
        self.count_label.setText(self.tr("%n enterprise(s)", "", shown))

    def _resize_columns(self) -> None:
        header = self.view.horizontalHeader()
        for column, width in enumerate((300, 240, 110, 110, 170, 70)):
            header.resizeSection(column, width)
        sectors = [sector.name(self._ctx.language) for sector in self._ctx.catalog.sectors]
        fit_columns(self.view, {3: sectors, 5: ["100,000"]})

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.row_record(index.row())["id"] if index.isValid() else None

    def delete_enterprise(self) -> QWidget | None:
        """Delete ▸ the chosen enterprise, after the question saying what goes with it."""
        enterprise_id = self.selected_id()
        return confirm_delete_enterprise(self._ctx, self, enterprise_id) if enterprise_id else None

    # -- refreshing ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._dirty = False
        self._fill_filters()
        self.model.reload()
        self._show_count()
