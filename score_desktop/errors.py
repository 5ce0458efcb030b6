"""Errors split by who is to blame (STYLE.md habit 7).

A :class:`UserError` is the environment's or the user's doing: a full disk, a locked or newer workspace, a file
that is not a picture, a wrong password. It carries one plain sentence (English source text, translated by the UI
through the ``Errors`` context) and the app goes on. Anything else that escapes is a bug: it is logged with its
traceback and the UI offers "copy details".

Messages are marked with :func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` extracts them without this module
importing Qt; placeholders are ``{name}`` fields filled after translation.
"""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class UserError(Exception):
    """A failure the user can understand and act on. ``str(err)`` is the English sentence."""

    context = "Errors"
    template = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")
    #: Parameters whose values are themselves English words to translate (in the ``Entities`` context).
    translated_params: tuple[str, ...] = ()

    def __init__(self, template: str | None = None, **params: object) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class DiskFullError(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The disk is full: nothing was saved from this step. Free some space and try again.")


class WorkspaceNewerError(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This workspace was written by a newer SCORE Desktop (format {found}, this app reads up to {supported}). "
        "Install the newer version to open it; nothing was changed.")


class WorkspaceLockedError(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The workspace is busy in another program. Close the other SCORE Desktop window and try again.")


class WorkspaceFolderError(UserError):
    template = QT_TRANSLATE_NOOP("Errors", "The workspace folder {path} cannot be created or written: {reason}.")


class WorkspaceCorruptError(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The workspace database {path} cannot be read: {reason}. Run 'score-desktop check' for details.")


class WorkspaceEmptiedError(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The workspace database {path} is empty, yet the workspace holds photos or backups: it was "
                  "damaged, and SCORE Desktop will not start an empty workspace over it. Copy the newest file from "
                  "{backups} to {path}, or run 'score-desktop check'. Nothing was changed.")


#: What a trainer calls each kind of record (errors name records in these words, never by their code).
ENTITY_NOUNS = {
    "enterprise": QT_TRANSLATE_NOOP("Entities", "enterprise"),
    "eit_member": QT_TRANSLATE_NOOP("Entities", "EIT member"),
    "training_session": QT_TRANSLATE_NOOP("Entities", "training session"),
    "attendance": QT_TRANSLATE_NOOP("Entities", "attendance record"),
    "visit": QT_TRANSLATE_NOOP("Entities", "visit"),
    "observation": QT_TRANSLATE_NOOP("Entities", "finding"),
    "photo": QT_TRANSLATE_NOOP("Entities", "photo"),
    "action_item": QT_TRANSLATE_NOOP("Entities", "action"),
    "kpi_reading": QT_TRANSLATE_NOOP("Entities", "KPI reading"),
    "practice_check": QT_TRANSLATE_NOOP("Entities", "practice check"),
    "suggestion": QT_TRANSLATE_NOOP("Entities", "suggestion"),
    "review": QT_TRANSLATE_NOOP("Entities", "review"),
    "review_comment": QT_TRANSLATE_NOOP("Entities", "review comment"),
}


class NotFoundError(UserError):
    """The record is not (or no longer) in the workspace. The app's sentence names it in words; the English
    message (the command line, logs) names its entity and id, which is what a script or a support person needs."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "This {what} is no longer in the workspace: it was deleted, or it has not arrived by sync yet.")
    translated_params = ("what",)

    def __init__(self, *, entity: str, record_id: str | None) -> None:
        super().__init__(what=ENTITY_NOUNS.get(entity, entity), entity=entity, record_id=record_id)

    @property
    def message(self) -> str:
        return "No {entity} with id {record_id} in this workspace.".format(**self.params)


class ValidationError(UserError):
    """One or more fields are invalid; ``problems`` lists them (see :mod:`score_desktop.domain.validation`)."""

    template = QT_TRANSLATE_NOOP("Errors", "{entity}: {details}")

    def __init__(self, entity: str, problems: list) -> None:
        self.entity = entity
        self.problems = problems
        super().__init__(entity=entity, details="; ".join(p.message for p in problems))


class NotPermittedError(UserError):
    """This account's role may not write the record (docs/sync-protocol.md Part 2, "Roles"); the sentence is one of
    :mod:`score_desktop.domain.roles`, translated in its ``Roles`` context."""

    context = "Roles"


class BadPhotoError(UserError):
    """A file offered as a photo was refused; ``reason`` is one of the templates below."""

    NOT_AN_IMAGE = QT_TRANSLATE_NOOP(
        "Errors", "{name} is not a picture SCORE Desktop can read (it reads JPEG, PNG, WebP, TIFF and BMP).")
    EMPTY = QT_TRANSLATE_NOOP("Errors", "{name} is empty (0 bytes).")
    TRUNCATED = QT_TRANSLATE_NOOP("Errors", "{name} is damaged or incomplete (the picture data ends too early).")
    TOO_LARGE = QT_TRANSLATE_NOOP(
        "Errors", "{name} is too large: {width} x {height} pixels (at most {limit} megapixels).")
    TOO_BIG_FILE = QT_TRANSLATE_NOOP("Errors", "{name} is too large a file ({megabytes} MB; at most {limit} MB).")
    UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: {reason}.")


class VisitLockedError(UserError):
    """A write that the lock of a signed visit refuses (:mod:`score_desktop.domain.signoff`)."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "This visit is signed: its details, findings, photos, actions agreed at it, KPI readings and "
                  "practice checks stay as they were signed. Reopen the visit with a reason to change them.")
    DOCUMENT = QT_TRANSLATE_NOOP("Errors", "A signed report is a document: it is never changed or deleted.")


class ExportTargetError(UserError):
    """An export's file cannot be written where the user asked (a missing folder, no permission, a folder there)."""

    template = QT_TRANSLATE_NOOP("Errors", "The export cannot be written to {path}: {reason}. Choose another file.")
    IS_FOLDER = QT_TRANSLATE_NOOP("Errors", "The export cannot be written to {path}: it is a folder. Choose a file.")
    NO_FOLDER = QT_TRANSLATE_NOOP(
        "Errors", "The export cannot be written to {path}: its folder does not exist. Choose another file.")


class ReopenReasonRequiredError(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Say why the visit is reopened: the reason is printed in its next signed report.")


class SignOffError(UserError):
    """The visit cannot be signed now; ``template`` says why."""

    NOT_SIGNED = QT_TRANSLATE_NOOP(
        "Errors", "Both the trainer and the enterprise's representative sign, and the representative's name is "
                  "typed, before the visit is signed.")
    ALREADY_SIGNED = QT_TRANSLATE_NOOP("Errors", "This visit is already signed.")
    NOT_SIGNED_YET = QT_TRANSLATE_NOOP("Errors", "This visit is not signed, so there is nothing to reopen.")
    CHANGED = QT_TRANSLATE_NOOP(
        "Errors", "The visit changed while its report was being made (a sync brought news): sign it again.")
    NO_DOCUMENT = QT_TRANSLATE_NOOP(
        "Errors", "The signed report of this visit is not on this laptop yet. Sync, or sign in, to download it.")
    DAMAGED_DOCUMENT = QT_TRANSLATE_NOOP(
        "Errors", "The signed report of this visit is damaged on this laptop (its bytes no longer match its "
                  "SHA-256). Run 'score-desktop check', then sync to download it again.")


def is_disk_full(error: BaseException) -> bool:
    """True for the OS errors that mean "no space left" (ENOSPC, EDQUOT), SQLite's SQLITE_FULL and PostgreSQL's
    disk_full (SQLSTATE 53100), also when wrapped (SQLAlchemy keeps the driver's error in ``orig``)."""
    seen = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        error = current
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if getattr(error, "sqlstate", None) == "53100" or "database or disk is full" in str(error):
            return True
        current = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return False


def setup_logging(logs_dir: Path, *, level: int = logging.INFO) -> Path:
    """Log to a rotating ``score-desktop.log`` in ``logs_dir`` (1 MB x 5 files) and return its path."""
    import logging.handlers  # only when logging starts: it costs start-up time for every command otherwise

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        """Each log file (the rotated ones too) readable by the user only: logs name people and factories."""

        def _open(self):
            os.close(os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
            return super()._open()

    logs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = logs_dir / "score-desktop.log"
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
