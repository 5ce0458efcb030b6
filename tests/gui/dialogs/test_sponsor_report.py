"""File ▸ Sponsor report…: a coordinator chooses the sponsoring buyer and reads its results report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from tests.builders import make_enterprise


def _wait_built(qtbot, dialog, after=None) -> None:
    qtbot.waitUntil(lambda: not dialog.building and dialog.report_path not in (None, after)
                    and dialog.document.status() == QPdfDocument.Status.Ready, timeout=20_000)


def test_choose_a_sponsor_and_read_its_suppliers(qtbot, make_window, workspace):
    make_enterprise(workspace, name="广州华美服装有限公司", sponsors=["ETI Brand"])
    make_enterprise(workspace, name="Calzado Andino S.A.", name_latin="", sponsors=["Other Brand"])
    window = make_window(workspace, "zh_CN")
    assert window.sponsor_report_action.shortcut().toString() == "Ctrl+Shift+B"
    dialog = window.open_sponsor_report()
    assert [dialog.sponsor_box.itemText(n) for n in range(dialog.sponsor_box.count())] == ["ETI Brand", "Other Brand"]
    _wait_built(qtbot, dialog)
    assert dialog.language == "zh_CN"  # the app's language
    text = dialog.document.getAllText(0).text()
    assert "赞助买家成果报告" in text and "广州华美服装有限公司" in text and "Calzado" not in text

    first = dialog.report_path
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Sponsoring buyer, by its mnemonic
    assert dialog.sponsor_box.hasFocus()
    dialog.sponsor_box.setCurrentIndex(1)
    _wait_built(qtbot, dialog, after=first)
    text = dialog.document.getAllText(0).text()
    assert "Calzado Andino" in text and "广州华美" not in text
    assert dialog.suggested_name.startswith("sponsor-report-Other-Brand")
    dialog.close()


def test_without_any_sponsor_the_window_says_where_to_name_one(make_window, workspace):
    make_enterprise(workspace, sponsors=[])
    window = make_window(workspace)
    assert window.open_sponsor_report() is None
    assert "Sponsoring buyers" in window.statusBar().currentMessage()


def test_no_two_commands_of_the_sponsor_report_share_a_key_in_any_language(qtbot, workspace):
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from score_desktop.paths import translations_dir
    from score_desktop.ui.dialogs.sponsor_report import SponsorReportDialog

    make_enterprise(workspace, sponsors=["ETI Brand"])
    for lang in ("en", "zh_CN", "es", "fr", "vi", "id"):
        translator = QTranslator()
        assert lang == "en" or translator.load(f"score_desktop_{lang}", str(translations_dir()))
        QCoreApplication.installTranslator(translator)
        try:
            dialog = SponsorReportDialog(workspace.paths.root, ["ETI Brand"], language=lang)
            qtbot.addWidget(dialog)
            texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
            keys = [text[text.index("&") + 1].lower() for text in texts if "&" in text.replace("&&", "")]
            assert len(keys) == len(set(keys)), (lang, texts)
            assert len(keys) >= 6, (lang, texts)  # buyer, language, paper, cancel, print, save
            _wait_built(qtbot, dialog)
            dialog.close()
        finally:
            QCoreApplication.removeTranslator(translator)
