"""No label, button, tab or header of the main screens is cut at 1366 x 768: in the pseudo-locale (every string 40 %
longer than English, ui/core/pseudo.py) and in each shipped language. What "cut" means, in pixels measured with
the widget's own font, is written in tests/support/clipping.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from score_desktop.store import queries
from score_desktop.ui.core import labels
from score_desktop.ui.core.pseudo import lengthen
from tests.support.clipping import clipped_texts

#: A maximised window on a 1366 x 768 laptop: the title bar and a task bar take about 70 pixels.
WINDOW = (1366, 698)


def _show(qtbot, window, name: str, record_id: str | None = None) -> None:
    window.show_screen(name, record_id)
    qtbot.wait(30)  # layouts settle, lazily built screens paint once


def _vocabulary(window) -> frozenset[str]:
    """The app's own words a table cell may show: every translated code and the modules' names."""
    words = {text for kind in labels._LABELS for _code, text in labels.choices(kind)}
    catalog, language = window.ctx.catalog, window.ctx.language
    words |= {module.name(language) for module in catalog.modules} | {s.name(language) for s in catalog.sectors}
    return frozenset(words)


def _walk(qtbot, window, ws) -> list[str]:
    """Every main screen, each tab of the enterprise, the visit and a training session, search results, with a
    record chosen where a screen edits one: what was cut on each, as "screen: what"."""
    found: list[str] = []
    vocabulary = _vocabulary(window)

    def check(where: str) -> None:
        found.extend(f"{where}: {clip}" for clip in clipped_texts(window, vocabulary=vocabulary))

    for name in ("today", "enterprises", "visits", "actions", "training", "trash", "sync", "results"):
        _show(qtbot, window, name)
        if name == "actions":
            window.screens["actions"].view.selectRow(0)
            qtbot.wait(10)
        if name == "results":  # its figures come from a worker
            results = window.screens["results"]
            qtbot.waitUntil(lambda shown=results: not shown.busy and shown.shown is not None, timeout=20_000)
            # The figures' new texts laid out, as the trainer sees them a moment later.
            qtbot.waitUntil(lambda shown=results: all(
                label.width() >= label.sizeHint().width() for label in (
                    shown.enterprises_button, shown.visits_button, shown.photos_label, shown.conflicts_button)))
        check(name)
    enterprise = max(ws.enterprises.list(), key=lambda e: ws.eit_members.count(enterprise_id=e["id"]))
    _show(qtbot, window, "enterprise", enterprise["id"])
    page = window.screens["enterprise"]
    for tab in range(page.pages.count()):
        page.pages.setCurrentIndex(tab)
        qtbot.wait(10)
        check(f"enterprise tab {tab}")
    page.pages.setCurrentIndex(0)
    visit = max(ws.visits.list(enterprise_id=enterprise["id"]),
                key=lambda v: len(queries.findings_of_visit(ws, v["id"])))
    _show(qtbot, window, "visit", visit["id"])
    screen = window.screens["visit"]
    for tab in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        check(f"visit tab {tab}")
    screen.tabs.setCurrentIndex(0)
    session = next(iter(ws.training_sessions.list(limit=1)), None)
    if session is not None:
        _show(qtbot, window, "training_session", session["id"])
        tabs = window.screens["training_session"].tabs
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            qtbot.wait(10)
            check(f"training session tab {tab}")
    window.focus_search()
    qtbot.keyClicks(window.search_box, "a")
    qtbot.waitUntil(lambda: window.screens["search"].model.rowCount() > 0)
    check("search")
    return found


@pytest.mark.parametrize("language", ["pseudo", "en", "zh_CN", "es", "fr", "vi", "id"])
def test_nothing_is_cut_on_the_main_screens(qtbot, speaking, make_window, demo_workspace, language):
    speaking(language)
    window = make_window(demo_workspace, language)
    window.resize(*WINDOW)
    qtbot.waitUntil(lambda: window.width() == WINDOW[0])
    found = _walk(qtbot, window, demo_workspace)
    assert not found, f"{len(found)} texts cut in {language}:\n" + "\n".join(found)


def test_the_pseudo_locale_lengthens_every_string_and_keeps_what_the_code_needs(qtbot, speaking):
    speaking("pseudo")
    assert QApplication.translate("TodayScreen", "Oldest due date") == "[Oldest due date àéîõüà]"
    assert QApplication.translate("SearchScreen", "%n result(s)", "", 3) == "[3 result(s) àéîõ]"
    assert lengthen("Today, {date}").startswith("[Today, {date}") and lengthen("&File").startswith("[&File")
    assert lengthen("<b>Visit</b>") == "[<b>Visit</b> àé]" and lengthen("{first} – {last}") == "{first} – {last}"
    assert len(lengthen("Enterprise Improvement Team")) >= 1.4 * len("Enterprise Improvement Team")
    assert QLocale().name() == "en_US"  # dates and numbers as in English
