"""Guards the PySide6 pin (DESIGN.md section 10): 6.12.0 drops a reference to None on each void Qt call and the
process aborts after a few thousand. 20,000 calls run in a child process, so an abort fails this test instead of
killing the test run."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

CALLS = 20_000

CHILD = f"""
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget
app = QApplication([])
label = QLabel()
widget = QWidget()
holder = QObject()
for n in range({CALLS} // 4):
    label.setText("x")          # void
    widget.setMinimumWidth(n % 50)  # void
    holder.setObjectName("y")   # void
    widget.update()             # void
app.processEvents()
print("calls done")
"""


@pytest.mark.slow
def test_twenty_thousand_qt_calls_exit_cleanly():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, f"the child died ({result.returncode}): {result.stderr[-2000:]}"
    assert "calls done" in result.stdout
