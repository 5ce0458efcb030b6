"""Every key does one thing wherever the trainer is: on each screen, no two enabled commands share a shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from tests.builders import make_enterprise, make_visit

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _active(window, screen) -> dict[str, list[str]]:
    """Key -> the commands it would trigger with ``screen`` shown (window-wide ones, and the screen's own)."""
    keys: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        if not action.isEnabled() or action.shortcut().isEmpty() or not action.text():
            continue
        context = action.shortcutContext()
        if context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            owners = action.associatedObjects()
            if not any(screen is owner or screen.isAncestorOf(owner) for owner in owners if hasattr(owner, "parent")):
                continue
        elif context not in WINDOW_WIDE:
            continue  # a key of one list (1-4 in the checklist): local by design
        for key in action.shortcuts():
            keys.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), []).append(action.text())
    return keys


def test_no_two_commands_share_a_key_on_any_screen(qtbot, window, workspace):
    visit = make_visit(workspace, make_enterprise(workspace))
    for name in window.screens.names():
        record = visit["id"] if name == "visit" else visit["enterprise_id"] if name == "enterprise" else None
        window.show_screen(name, record)
        clashes = {key: texts for key, texts in _active(window, window.screens[name]).items() if len(texts) > 1}
        assert not clashes, f"on the {name} screen: {clashes}"
    # The cycle's keys are there, where a trainer needs them.
    window.show_screen("visit", visit["id"])
    keys = _active(window, window.screens["visit"])
    assert keys["Ctrl+T"] == ["New action from finding"] and keys["Ctrl+K"] == ["New KPI reading…"]
    assert keys["Ctrl+G"] == ["Good practice in place"]
