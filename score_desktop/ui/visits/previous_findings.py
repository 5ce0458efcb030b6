"""Last time, for the chosen checklist topic: what was found and how it was rated at the previous visit of the same
module, and whether the good practice was in place, so a follow-up starts from there."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from score_desktop.store.practice import LastTime
from score_desktop.ui.core import labels
from score_desktop.ui.core.formats import date_text

#: Findings listed per topic; the rest are counted.
SHOWN = 3


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LastTimeLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lastTime")
        self.setWordWrap(True)
        self.setStyleSheet("background: #f4f7fb; padding: 4px 6px; border-radius: 3px;")
        self.setVisible(False)

    def show_topic(self, last: LastTime | None, topic: str | None) -> None:
        if last is None:
            self.setVisible(False)
            return
        findings = last.findings.get(topic, []) if topic is not None else [
            f for key, group in last.findings.items() for f in group if key is None]
        lines = []
        for finding in findings[:SHOWN]:
            rating = labels.label("rating", finding.get("rating")) or self.tr("not rated")
            colour = labels.rating_color(finding.get("rating"))
            dot = f"<span style='color:{colour.name()}'>●</span> " if colour is not None else ""
            text = (finding.get("text") or "").strip().splitlines()[0:1] or [""]
            lines.append(f"{dot}{_escape(rating)} — {_escape(text[0][:140])}")
        if len(findings) > SHOWN:
            lines.append(self.tr("… and %n more.", "", len(findings) - SHOWN))
        if not findings:
            lines.append(self.tr("Nothing was recorded on this topic."))
        if topic is not None and topic in last.in_place:
            lines.append(self.tr("Good practice in place then.") if last.in_place[topic]
                         else self.tr("Good practice not in place then."))
        title = self.tr("Last time ({date}):").format(date=date_text(last.visit["visit_date"]))
        self.setText(f"<b>{_escape(title)}</b> " + "<br>".join(lines))
        self.setVisible(True)
