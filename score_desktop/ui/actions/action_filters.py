"""The Actions screen's filter bar: enterprise, module, owner, status and due date.

The owner list follows the chosen enterprise (owners are EIT members of one enterprise). ``changed`` carries the
new :class:`ActionFilter`; :meth:`set_filter` shows one asked for elsewhere (Today's overdue actions).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from score_desktop.store import actions as action_store
from score_desktop.store.actions import ActionFilter
from score_desktop.ui.context import AppContext
from score_desktop.ui.core import labels


class ActionFilters(QWidget):
    changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._quiet = False
        self.enterprise = self._combo("filterEnterprise", self.tr("All enterprises"))
        self.enterprise.setMinimumContentsLength(14)
        self.module = self._combo("filterModule", self.tr("All modules"))
        for module in ctx.catalog.modules_in_order():
            self.module.addItem(module.name(ctx.language), module.code)
        self.owner = self._combo("filterOwner", self.tr("All owners"))
        self.owner.setMinimumContentsLength(8)
        self.status = self._combo("filterStatus", self.tr("Any status"))
        self.status.addItem(self.tr("To do (open or in progress)"), "todo")
        for code, text in labels.choices("action_status"):
            self.status.addItem(text, code)
        self.due = self._combo("filterDue", self.tr("Due any time"))
        self.due.addItem(self.tr("Overdue"), "overdue")
        self.due.addItem(self.tr("Due this week"), "this_week")
        for box in (self.module, self.status, self.due):  # the app's own words: never cut, in any language
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(lambda: self.set_filter(ActionFilter()))
        # Two rows, so the bar fits beside the sidebar on a laptop in the longest language.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        places = ((self.tr("Enterprise"), self.enterprise, 0, 0), (self.tr("Module"), self.module, 0, 2),
                  (self.tr("Owner"), self.owner, 0, 4), (self.tr("Status"), self.status, 1, 0),
                  (self.tr("Due"), self.due, 1, 2))
        for label, box, row, column in places:
            caption = QLabel(label, self)
            caption.setBuddy(box)
            layout.addWidget(caption, row, column)
            layout.addWidget(box, row, column + 1)
        layout.addWidget(self.clear_button, 1, 5, Qt.AlignmentFlag.AlignRight)
        for column in (1, 3, 5):
            layout.setColumnStretch(column, 1)
        self.enterprise.currentIndexChanged.connect(self._enterprise_changed)
        for box in (self.module, self.owner, self.status, self.due):
            box.currentIndexChanged.connect(self._emit)
        self.owner.setEnabled(False)
        self.status.setCurrentIndex(self.status.findData("todo"))  # the enterprises are read when first shown

    def _combo(self, name: str, anything: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(6)
        box.addItem(anything, None)
        return box

    # -- reading and setting ---------------------------------------------------------------------------------

    def current(self) -> ActionFilter:
        return ActionFilter(enterprise_id=self.enterprise.currentData(), module=self.module.currentData(),
                            owner_id=self.owner.currentData(), status=self.status.currentData(),
                            due=self.due.currentData())

    def set_filter(self, action_filter: ActionFilter) -> None:
        """Show ``action_filter`` (an enterprise without actions is added to the list, so it can be shown)."""
        self._quiet = True
        try:
            self._fill_enterprises(action_filter.enterprise_id)
            self._fill_owners(action_filter.enterprise_id)
            for box, value in ((self.module, action_filter.module), (self.owner, action_filter.owner_id),
                               (self.status, action_filter.status), (self.due, action_filter.due)):
                box.setCurrentIndex(max(0, box.findData(value)))
        finally:
            self._quiet = False
        self._emit()

    def reload_enterprises(self) -> None:
        """Refill the enterprise list (enterprises with actions), keeping the chosen one."""
        self._fill_enterprises(self.enterprise.currentData())

    def _fill_enterprises(self, chosen: str | None) -> None:
        choices = action_store.enterprise_choices(self._ctx.ws)
        if chosen and chosen not in {enterprise_id for enterprise_id, _name in choices}:
            enterprise = self._ctx.ws.enterprises.find(chosen)
            if enterprise is not None:
                choices.append((chosen, enterprise["name"]))
        quiet, self._quiet = self._quiet, True
        self.enterprise.clear()
        self.enterprise.addItem(self.tr("All enterprises"), None)
        for enterprise_id, name in choices:
            self.enterprise.addItem(name, enterprise_id)
        self.enterprise.setCurrentIndex(max(0, self.enterprise.findData(chosen)))
        self._quiet = quiet

    def _fill_owners(self, enterprise_id: str | None) -> None:
        quiet, self._quiet = self._quiet, True
        self.owner.clear()
        self.owner.addItem(self.tr("All owners"), None)
        for member in action_store.owners(self._ctx.ws, enterprise_id) if enterprise_id else []:
            self.owner.addItem(member["name"], member["id"])
        self.owner.setEnabled(enterprise_id is not None)
        self._quiet = quiet

    def _enterprise_changed(self, _index: int) -> None:
        if self._quiet:
            return
        self._fill_owners(self.enterprise.currentData())
        self._emit()

    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit(self.current())
