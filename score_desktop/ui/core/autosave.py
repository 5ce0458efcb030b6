"""Everything saves as you type: no Save button to forget (DESIGN.md section 6).

An :class:`AutoSaver` binds editor widgets to the fields of one record. A change starts a short timer (0.4 s, so
killing the laptop loses at most the last half second of typing); when it fires, or when the field loses focus,
or when the window closes (:func:`flush_all`), the changed fields are written in one update. A value the store
refuses (a negative headcount) is not written: the field is marked and the sentence shown, and the next valid
keystroke saves.

A save the environment refuses (a full disk, a locked workspace) keeps the changes and shows one box. While that
box is open no saver tries again (the box taking the focus would otherwise flush the editor a second time and stack
a second box); when the trainer closes it, every saver with pending changes tries once more.
"""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING, Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox, QWidget)

from score_desktop.errors import UserError, ValidationError
from score_desktop.ui.core.dates import NO_DATE
from score_desktop.ui.core.errors import show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400

_ALL: "weakref.WeakSet[AutoSaver]" = weakref.WeakSet()
#: The box saying why the last save failed, while it is open (one for all savers).
_ERROR_BOX: "QMessageBox | None" = None


def flush_all() -> None:
    """Write every pending change now (the window is closing, or the trainer moves to another screen)."""
    for saver in list(_ALL):
        if shiboken6.isValid(saver):  # its window may be gone already (closed and deleted)
            saver.flush()
        else:
            _ALL.discard(saver)


class AutoSaver(QObject):
    """Saves the bound widgets' values into one record through ``save(changes)``."""

    #: A user-facing sentence when a value was refused, "" when all is well again.
    problem = Signal(str)
    saved = Signal()

    def __init__(self, save: Callable[[dict[str, Any]], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._readers: dict[str, Callable[[], Any]] = {}
        self._widgets: dict[str, QWidget] = {}
        self._labels: dict[str, str] = {}
        self._dirty: set[str] = set()
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        _ALL.add(self)

    # -- binding ---------------------------------------------------------------------------------------------

    def bind(self, field: str, widget: QWidget, read: Callable[[], Any] | None = None, *,
             label: str | None = None) -> None:
        """Save ``field`` from ``widget`` whenever the user changes it; ``label`` names it in messages."""
        self._widgets[field] = widget
        self._labels[field] = label or field
        if isinstance(widget, QLineEdit):
            self._readers[field] = read or (lambda: widget.text().strip() or None)
            widget.textEdited.connect(lambda _text: self._changed(field))
        elif isinstance(widget, QPlainTextEdit):
            self._readers[field] = read or (lambda: widget.toPlainText().strip() or None)
            widget.textChanged.connect(lambda: self._changed(field))
        elif isinstance(widget, QComboBox):
            self._readers[field] = read or widget.currentData
            widget.currentIndexChanged.connect(lambda _index: self._changed(field, at_once=True))
        elif isinstance(widget, QSpinBox):
            # The minimum (-1) shows as blank: "not known" is different from 0 people.
            self._readers[field] = read or (lambda: None if widget.value() == widget.minimum() else widget.value())
            widget.valueChanged.connect(lambda _value: self._changed(field))
        elif isinstance(widget, QDateEdit):
            self._readers[field] = read or (lambda: None if widget.date() == NO_DATE
                                            else widget.date().toString("yyyy-MM-dd"))
            widget.dateChanged.connect(lambda _date: self._changed(field, at_once=True))
        elif isinstance(widget, QCheckBox):
            self._readers[field] = read or widget.isChecked
            widget.toggled.connect(lambda _checked: self._changed(field, at_once=True))
        else:
            raise TypeError(f"cannot autosave a {type(widget).__name__}")
        widget.installEventFilter(self)

    def relabel(self, field: str, label: str) -> None:
        """Name ``field`` differently in messages (its form label changed, e.g. with the KPI chosen)."""
        self._labels[field] = label

    def loading(self) -> "_Loading":
        """``with saver.loading():`` fill the widgets from a record without saving it back."""
        return _Loading(self)

    # -- saving ----------------------------------------------------------------------------------------------

    def _changed(self, field: str, *, at_once: bool = False) -> None:
        # A choice (combo box, check box, date) is complete when made: save it now, so what depends on it
        # (the EIT balance, the checklist colours) follows at once. Typing waits for a pause.
        if self._loading:
            return
        self._dirty.add(field)
        if at_once:
            self.flush()
        else:
            self._timer.start()

    def has_pending(self) -> bool:
        return bool(self._dirty)

    def flush(self) -> None:
        self._timer.stop()
        if not self._dirty or _error_box_open():
            return  # with the box open, the changes wait: closing it tries again
        fields, self._dirty = self._dirty, set()
        changes = {field: self._readers[field]() for field in fields}
        try:
            self._save(changes)
        except ValidationError as error:
            self._dirty |= fields  # keep them: the next keystroke tries again
            self.problem.emit(self.describe(error))
            return
        except UserError as error:
            self._dirty |= fields
            _show_save_error(error, self._window())
            return
        self.problem.emit("")
        self.saved.emit()

    def describe(self, error: ValidationError) -> str:
        """The refused values in one translated sentence, each field named as its form label says."""
        return " ".join(QCoreApplication.translate("Validation", problem.template).format(
            **{**problem.params, "field": self._labels.get(problem.field, problem.field)})
            for problem in error.problems)

    def discard(self) -> None:
        """Forget pending changes (the record went away)."""
        self._timer.stop()
        self._dirty.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.flush()
        return False

    def _window(self) -> QWidget | None:
        widget = next(iter(self._widgets.values()), None)
        return widget.window() if widget is not None else None


def _error_box_open() -> bool:
    return _ERROR_BOX is not None and shiboken6.isValid(_ERROR_BOX) and _ERROR_BOX.isVisible()


def _show_save_error(error: UserError, window: QWidget | None) -> None:
    global _ERROR_BOX
    _ERROR_BOX = show_error(error, window)
    _ERROR_BOX.finished.connect(_retry_after_error)


def _retry_after_error(_result: int) -> None:
    global _ERROR_BOX
    _ERROR_BOX = None
    for saver in list(_ALL):
        if shiboken6.isValid(saver) and saver.has_pending():
            saver.flush()


class _Loading:
    def __init__(self, saver: AutoSaver) -> None:
        self._saver = saver

    def __enter__(self) -> None:
        self._saver._loading = True

    def __exit__(self, *exc: object) -> None:
        self._saver._loading = False


class DiskGuard(QObject):
    """Puts saved work on the disk a moment after the trainer stops changing things.

    The workspace runs SQLite with ``synchronous=NORMAL`` (see store/workspace.py): every save survives a crash
    or kill of the app, and a checkpoint makes it survive a power cut too. One second after the last change
    (a burst of typing or an import counts once), :meth:`Workspace.make_durable` runs that checkpoint.
    """

    DELAY_MS = 1000

    def __init__(self, ws: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(ws.make_durable)

    def on_changes(self, _changes: object) -> None:
        self._timer.start()  # restarts: a change during the wait pushes the checkpoint back
