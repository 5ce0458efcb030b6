"""What the trainer reads for each stored code (rating ``improve`` -> "Needs improvement"), translated.

Codes are fixed by the sync protocol; their words live here once so every screen says the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


_LABELS: dict[str, dict[str, str]] = {
    "rating": {"good": QT_TRANSLATE_NOOP("Labels", "Good practice"),
               "improve": QT_TRANSLATE_NOOP("Labels", "Needs improvement"),
               "critical": QT_TRANSLATE_NOOP("Labels", "Critical"),
               "na": QT_TRANSLATE_NOOP("Labels", "Not applicable")},
    "visit_type": {"baseline": QT_TRANSLATE_NOOP("Labels", "Baseline"),
                   "consultation": QT_TRANSLATE_NOOP("Labels", "Consultation"),
                   "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
                   "final": QT_TRANSLATE_NOOP("Labels", "Final")},
    # A context of its own: a "final" visit (the last of a module) and a "final" report are different words in
    # Vietnamese, Spanish, Chinese...
    "visit_status": {"draft": QT_TRANSLATE_NOOP("VisitStatus", "Draft"),
                     "final": QT_TRANSLATE_NOOP("VisitStatus", "Final"),
                     "signed": QT_TRANSLATE_NOOP("VisitStatus", "Signed")},
    "action_status": {"open": QT_TRANSLATE_NOOP("Labels", "Open"),
                      "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
                      "done": QT_TRANSLATE_NOOP("Labels", "Done"),
                      "dropped": QT_TRANSLATE_NOOP("Labels", "Dropped")},
    "role": {"chair": QT_TRANSLATE_NOOP("Labels", "Chair"),
             "secretary": QT_TRANSLATE_NOOP("Labels", "Secretary"),
             "member": QT_TRANSLATE_NOOP("Labels", "Member")},
    "side": {"manager": QT_TRANSLATE_NOOP("Labels", "Manager"),
             "worker": QT_TRANSLATE_NOOP("Labels", "Worker")},
    "gender": {"female": QT_TRANSLATE_NOOP("Labels", "Woman"),
               "male": QT_TRANSLATE_NOOP("Labels", "Man"),
               "other": QT_TRANSLATE_NOOP("Labels", "Other")},
    "photo_kind": {"before": QT_TRANSLATE_NOOP("Labels", "Before"),
                   "after": QT_TRANSLATE_NOOP("Labels", "After"),
                   "evidence": QT_TRANSLATE_NOOP("Labels", "Evidence"),
                   "signature": QT_TRANSLATE_NOOP("Labels", "Signature")},
    "phase": {"baseline": QT_TRANSLATE_NOOP("KpiPhase", "Baseline"),
              "progress": QT_TRANSLATE_NOOP("KpiPhase", "Progress"),
              "final": QT_TRANSLATE_NOOP("KpiPhase", "Final")},
    "kpi_source": {"records": QT_TRANSLATE_NOOP("Labels", "From the records"),
                   "estimate": QT_TRANSLATE_NOOP("Labels", "Estimate")},
    "direction": {"lower": QT_TRANSLATE_NOOP("Labels", "Lower is better"),
                  "higher": QT_TRANSLATE_NOOP("Labels", "Higher is better")},
    # A visit report's review (docs/sync-protocol.md Part 2, "Roles"); "new" is the queue's, not a stored state.
    "review_state": {"new": QT_TRANSLATE_NOOP("Labels", "New since last look"),
                     "received": QT_TRANSLATE_NOOP("Labels", "Received"),
                     "has_issues": QT_TRANSLATE_NOOP("Labels", "Has issues"),
                     "approved": QT_TRANSLATE_NOOP("Labels", "Approved")},
    "user_role": {"trainer": QT_TRANSLATE_NOOP("Labels", "Trainer"),
                  "coordinator": QT_TRANSLATE_NOOP("Labels", "Coordinator"),
                  "admin": QT_TRANSLATE_NOOP("Labels", "Admin")},
}

#: The review states' colours in the queue and the thread (amber: to look at, red: has issues, green: approved).
REVIEW_COLORS = {"new": "#1565c0", "received": "#78909c", "has_issues": "#c62828", "approved": "#2e7d32"}

#: Calm colours a trainer tells apart at a glance, also in print (green, amber, red, grey).
RATING_COLORS = {"good": "#2e7d32", "improve": "#e08e0b", "critical": "#c62828", "na": "#78909c"}

#: Worst first: a topic shows the worst rating among its findings.
RATING_SEVERITY = ("critical", "improve", "good", "na")


#: The kinds whose words are translated in a context of their own (the same English word means another thing).
_CONTEXTS = {"visit_status": "VisitStatus", "phase": "KpiPhase"}


def label(kind: str, code: str | None) -> str:
    """The translated word for ``code``; the code itself when it is unknown (a newer app's code)."""
    if not code:
        return ""
    text = _LABELS[kind].get(code)
    return QCoreApplication.translate(_CONTEXTS.get(kind, "Labels"), text) if text else code


def choices(kind: str) -> list[tuple[str, str]]:
    """(code, translated label) pairs in their natural order, for combo boxes."""
    context = _CONTEXTS.get(kind, "Labels")
    return [(code, QCoreApplication.translate(context, text)) for code, text in _LABELS[kind].items()]


def rating_color(code: str | None) -> QColor | None:
    return QColor(RATING_COLORS[code]) if code in RATING_COLORS else None


def worst_rating(codes: list[str | None]) -> str | None:
    present = set(codes)
    return next((code for code in RATING_SEVERITY if code in present), None)
