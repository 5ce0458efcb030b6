"""Qt's own words (OK, Cancel, the file dialog) speak the UI language too: PySide6 ships no Qt translation for
Vietnamese or Indonesian, and the Chinese, Spanish and French ones lack strings new in Qt 6.11; ours fill both."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOW = """
import json, sys
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton
from score_desktop.ui.app import install_translator
app = QApplication([])
install_translator(app, sys.argv[1])
box = QMessageBox(QMessageBox.Icon.Warning, "t", "x", QMessageBox.StandardButton.Ok
                  | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Close)
dialog = QFileDialog(None, "t")
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
print(json.dumps({"buttons": sorted(b.text() for b in box.buttons()),
                  "labels": sorted(w.text() for w in dialog.findChildren(QLabel) if w.text()),
                  "file_buttons": sorted(w.text() for w in dialog.findChildren(QPushButton) if w.text())}))
"""
EXPECTED = {
    "vi": {"buttons": ["Hủy", "OK", "Đóng"], "labels": ["&Loại tệp:", "&Tên tệp:", "&Tìm trong:"],
           "file_buttons": ["&Mở", "Hủy"]},
    "id": {"buttons": ["Batal", "OK", "Tutup"], "labels": ["&Cari di:", "&Jenis berkas:", "&Nama berkas:"],
           "file_buttons": ["&Buka", "Batal"]},
    "zh_CN": {"buttons": ["关闭", "取消", "确定"], "labels": ["文件名称(&N)：", "文件类型(&T)：", "查找范围(&L)："],
              "file_buttons": ["取消", "打开(&O)"]},
    "fr": {"buttons": ["Annuler", "Fermer", "OK"],
           "labels": ["&Nom de fichier\u00a0:", "&Regarder dans\u00a0:", "Fichiers de &type\u00a0:"],
           "file_buttons": ["&Ouvrir", "Annuler"]},
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_standard_buttons_and_the_file_dialog_are_translated(language):
    shown = subprocess.run([sys.executable, "-c", SHOW, language], capture_output=True, text=True, cwd=ROOT,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
                           timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) == EXPECTED[language]
