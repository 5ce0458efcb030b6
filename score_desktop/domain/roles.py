"""Who may write what (docs/sync-protocol.md Part 2, "Roles"): one rule, applied by the server to every mutation
and by the desktop to every local write, so a coordinator's laptop says "no" before the server has to.

- A trainer records what they find at the factory (the enterprise, its EIT, visits, findings, photos, actions,
  KPI readings, practice checks, suggestions, the signed report) and answers their coordinator in the review thread.
- A coordinator reads everything, writes reviews and comments, and never changes what a trainer recorded: a note
  in the review thread asks the trainer to change it. (Classroom sessions stay theirs to arrange: bringing other
  trainers' factories into a session is what coordinators do, Part 2 "Classroom training".)
- An admin may write everything.
- A review comment, once sent, is its author's: only they (or an admin) change or delete it.
"""

from __future__ import annotations

TRAINER, COORDINATOR, ADMIN = "trainer", "coordinator", "admin"
#: What a trainer records at the factory; a coordinator's change to any of them is ``not_permitted``.
TRAINERS_RECORDS = ("enterprise", "eit_member", "visit", "observation", "photo", "action_item", "kpi_reading",
                    "practice_check", "suggestion", "signed_report")
#: The accounts that review visit reports.
REVIEWERS = (COORDINATOR, ADMIN)
REVIEW, REVIEW_COMMENT = "review", "review_comment"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text

ONLY_REVIEWERS = QT_TRANSLATE_NOOP("Roles", "Only a coordinator sets a report's review state.")
TRAINERS_ONLY = QT_TRANSLATE_NOOP(
    "Roles", "What a trainer recorded is changed by the trainer: write a comment in the review instead.")
AUTHORS_ONLY = QT_TRANSLATE_NOOP("Roles", "A comment is changed only by the person who wrote it.")


def refusal(role: str | None, entity: str, *, own_record: bool = True) -> str | None:
    """Why an account of ``role`` may not write this record (a sentence), or None when it may.

    ``own_record``: the record is new, or the account created it (for review comments: wrote it). ``role`` None
    is a workspace that never signed in (a demo, a trainer before the first sync): it writes what it holds.
    """
    if role is None or role == ADMIN:
        return None
    if entity == REVIEW:
        return None if role in REVIEWERS else ONLY_REVIEWERS
    if entity == REVIEW_COMMENT:
        return None if own_record else AUTHORS_ONLY
    if role == COORDINATOR and entity in TRAINERS_RECORDS:
        return TRAINERS_ONLY
    return None


def may_write(role: str | None, entity: str, *, own_record: bool = True) -> bool:
    return refusal(role, entity, own_record=own_record) is None
