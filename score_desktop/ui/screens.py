"""The main window's screens, each built the first time it is needed.

Start-up shows the trainer's first screen (usually Today) with its data as soon as possible; the other screens,
and the modules they import (the sync's HTTP stack, photo handling), come once that screen is on the display, one
per turn of the event loop, or at once when something asks for one.
"""

from __future__ import annotations

from typing import Callable, Iterator

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

Factory = Callable[[], QWidget]
Built = Callable[[str, QWidget], None]


class Screens:
    """``screens["visit"]`` builds the visit screen on first use; iterating yields only the built ones."""

    def __init__(self, stack: QStackedWidget, on_built: Built) -> None:
        self._stack = stack
        self._on_built = on_built
        self._factories: dict[str, Factory] = {}
        self._built: dict[str, QWidget] = {}

    def add(self, name: str, factory: Factory) -> None:
        self._factories[name] = factory

    def __contains__(self, name: object) -> bool:
        return name in self._factories

    def __getitem__(self, name: str) -> QWidget:
        screen = self._built.get(name)
        if screen is None:
            screen = self._factories[name]()  # KeyError for a name that is no screen
            screen.setObjectName(f"{name}Screen")
            self._stack.addWidget(screen)
            self._built[name] = screen
            self._on_built(name, screen)
        return screen

    def is_built(self, name: str) -> bool:
        return name in self._built

    def names(self) -> list[str]:
        return list(self._factories)

    def built(self) -> Iterator[tuple[str, QWidget]]:
        return iter(list(self._built.items()))

    def values(self) -> list[QWidget]:
        """The screens built so far (the others have nothing to refresh)."""
        return list(self._built.values())

    def build_the_rest_later(self) -> None:
        """Build the screens not yet built, one per turn of the event loop, so none waits on the first visit."""
        waiting = [name for name in self._factories if name not in self._built]
        if waiting:
            # The stack as the timer's context: a window closed meanwhile cancels the timer with it.
            QTimer.singleShot(0, self._stack, lambda: (self[waiting[0]], self.build_the_rest_later()))
