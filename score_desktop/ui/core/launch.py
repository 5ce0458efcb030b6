"""Starting the app again: after a change of language, or on a demo workspace beside the trainer's own."""

from __future__ import annotations

import sys


def app_command(args: list[str], program: str | None = None) -> list[str]:
    """The command line that starts this app: the desktop build's executable, or Python with the script it was
    started with (``program``, by default this process's)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, program or sys.argv[0], *args]


def restart_command(argv: list[str] | None = None) -> list[str]:
    """The command that starts this app again as it was started, minus ``--lang`` (Preferences chose anew)."""
    argv = list(sys.argv if argv is None else argv)
    kept: list[str] = []
    skip = False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            kept.append(arg)
    return app_command(kept, argv[0])


def start_detached(command: list[str]) -> bool:
    from PySide6.QtCore import QProcess

    return QProcess.startDetached(command[0], command[1:])[0]
