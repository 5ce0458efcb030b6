"""The visit's score under its checklist: the share of the topics rated good practice (domain/ratings.py)."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from PySide6.QtWidgets import QLabel, QWidget

from score_desktop.domain.ratings import rating_score
from score_desktop.ui.core.formats import percent_text


class VisitScoreLabel(QLabel):
    """"Score: 5 of 8 topics rated good practice (63 %)"; it follows every rating as it is made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitScore")
        self.setWordWrap(True)

    def show_findings(self, findings: Iterable[Mapping[str, Any]]) -> None:
        score = rating_score(findings)
        if score.percent is None:
            self.setText(self.tr("<b>Score</b>: no topic rated yet"))
            return
        # The noun agrees with the topics rated: "1 of 1 topic rated", "2 of 3 topics rated".
        self.setText(self.tr("<b>Score</b>: {good} of %n topic(s) rated good practice ({percent})", "", score.rated)
                     .format(good=score.good, percent=percent_text(score.percent)))
