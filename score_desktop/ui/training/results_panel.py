"""A session's results as coordinators report them to donors and sponsors: attendance, women and workers among
the participants, the factories, the average feedback per question, and the same counts per factory."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from score_desktop.domain.training import GroupResults, SessionResults
from score_desktop.ui.core.formats import number_text
from score_desktop.ui.core.lazy_model import Column, RowsTableModel
from score_desktop.ui.core.widgets import heading, muted, table_view
from score_desktop.ui.training.common import percent_text


def _average(value: float | None) -> str:
    return number_text(value, decimals=1)


class ResultsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        names = {"participants": self.tr("Participants"), "factories": self.tr("Factories"),
                 "attendance": self.tr("Attendance rate"), "full": self.tr("Present every day"),
                 "women": self.tr("Women"), "workers": self.tr("Workers"),
                 "feedback": self.tr("Feedback forms"), "feedback_content": self.tr("Content useful"),
                 "feedback_trainer": self.tr("Trainer clear"), "feedback_apply": self.tr("Will apply at work")}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        for n, (key, name) in enumerate(names.items()):
            value = heading("", self, size=1.15)
            value.setObjectName(f"result_{key}")
            self.values[key] = value
            grid.addWidget(QLabel(name, self), n % 5, (n // 5) * 2)
            grid.addWidget(value, n % 5, (n // 5) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.by_enterprise = RowsTableModel([
            Column("name", self.tr("Enterprise")), Column("participants", self.tr("Participants")),
            Column("women", self.tr("Women")), Column("men", self.tr("Men")),
            Column("managers", self.tr("Managers")), Column("workers", self.tr("Workers")),
            Column("attendance", self.tr("Attendance rate")), Column("full", self.tr("Present every day")),
        ], self)
        self.by_enterprise_view = table_view(self.by_enterprise, self, name="resultsByEnterprise", stretch=0)
        self.by_enterprise_view.setProperty("scrolls_sideways", True)  # eight figures a factory, as a spreadsheet
        self.scope_note = muted(self.tr("Counted over the participants of the enterprises in this workspace; a "
                                        "coordinator's workspace holds them all."), self)
        averages = muted(self.tr("Scores are averages of the paper forms, from 1 (not at all) to 5 (very much)."),
                         self)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(averages)
        layout.addWidget(self.by_enterprise_view, 1)
        layout.addWidget(self.scope_note)

    def show_results(self, results: SessionResults, names: dict[str, str]) -> None:
        total = results.total
        self.values["participants"].setText(str(total.participants))
        self.values["factories"].setText(str(results.factories))
        self.values["attendance"].setText(percent_text(total.attendance_rate))
        self.values["full"].setText(str(total.full_attendance))
        self.values["women"].setText(self._share(total.women, results.women_share))
        self.values["workers"].setText(self._share(total.workers, results.workers_share))
        self.values["feedback"].setText(str(results.feedback_count))
        for key, value in results.averages.items():
            self.values[key].setText(_average(value))
        self.by_enterprise.set_rows([self._row(enterprise_id, names.get(enterprise_id, "?"), group)
                                     for enterprise_id, group in results.by_enterprise.items()])
        self.by_enterprise_view.resizeColumnsToContents()

    def _share(self, count: int, share: float | None) -> str:
        return self.tr("{count} ({share})").format(count=count, share=percent_text(share))

    @staticmethod
    def _row(enterprise_id: str, name: str, group: GroupResults) -> dict:
        return {"id": enterprise_id, "name": name, "participants": group.participants, "women": group.women,
                "men": group.men, "managers": group.managers, "workers": group.workers,
                "attendance": percent_text(group.attendance_rate), "full": group.full_attendance}
