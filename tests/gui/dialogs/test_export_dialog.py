"""File > Export (issue 15): Ctrl+Shift+X opens the dialog; the export runs in the background with progress and says
where it wrote, or why it could not."""

from __future__ import annotations

import csv
import io
import zipfile

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from score_desktop.ui.core.errors import open_error_boxes
from score_desktop.ui.dialogs.export_dialog import ExportDialog
from tests.builders import make_enterprise, make_observation, make_visit


def _open_export(qtbot, window, *, by_key: bool = True) -> ExportDialog:
    qtbot.waitUntil(window.export_action.isEnabled, timeout=20_000)
    assert window.export_action in window.menuBar().actions()[0].menu().actions()  # under File
    if by_key:
        qtbot.keyClick(window, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    else:
        window.export_action.trigger()  # File > Export…
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None)
    dialog = window.findChild(ExportDialog)
    assert dialog.isVisible()
    return dialog


def test_ctrl_e_exports_the_workspace_in_the_chosen_format_and_language(qtbot, window, workspace, tmp_path):
    visit = make_visit(workspace, make_enterprise(workspace, name="华美制衣厂"), module="QM")
    finding = make_observation(workspace, visit, topic="QM-01", rating="critical", text="=1+1")
    dialog = _open_export(qtbot, window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    assert dialog.file_edit.text().endswith(".zip")  # the extension follows the format
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("es"))
    target = tmp_path / "programa.zip"
    dialog.file_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()
    assert str(target) in dialog.status.text() and dialog.status.text().startswith("Exported")
    with zipfile.ZipFile(target) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("observation.csv").decode("utf-8-sig"), newline="")))
    row = next(r for r in rows if r["ID"] == finding["id"])
    assert row["Valoración"] == "Crítico" and row["Empresa"] == "华美制衣厂" and row["Texto"] == "'=1+1"

    dialog.format_box.setCurrentIndex(dialog.format_box.findData("xlsx"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh_CN"))
    assert dialog.file_edit.text() == str(tmp_path / "programa.xlsx")
    dialog.written = None
    qtbot.keyClick(dialog.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    assert "走访" in load_workbook(tmp_path / "programa.xlsx", read_only=True).sheetnames


def test_an_export_that_cannot_be_written_says_why_and_the_dialog_stays(qtbot, window, workspace, tmp_path):
    make_enterprise(workspace)
    dialog = _open_export(qtbot, window)
    dialog.file_edit.setText(str(tmp_path / "no such folder" / "export.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_error_boxes()), timeout=20_000)
    box = open_error_boxes()[-1]
    assert box.icon() == QMessageBox.Icon.Warning and "folder does not exist" in box.text()
    box.accept()
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert dialog.status.text() == "The export failed: nothing was written."
    assert not (tmp_path / "no such folder").exists()


def test_cancelling_an_export_leaves_no_file(qtbot, make_window, demo_workspace, tmp_path):
    window = make_window(demo_workspace)
    dialog = _open_export(qtbot, window, by_key=False)
    target = tmp_path / "cancelled.xlsx"
    dialog.file_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible() and not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # a demo takes a good half second
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20_000)
    assert dialog.status.text() == "Export cancelled: nothing was written." and dialog.written is None
    assert not any(path.name.endswith((".xlsx", ".part")) for path in tmp_path.iterdir())
