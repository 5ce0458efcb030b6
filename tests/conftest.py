"""Test set-up shared by every test (STYLE.md habit 11).

Every standard folder points into a temporary directory, so no test reads or writes the real user's data; Qt runs
offscreen; tests under gui/ and unit/ui/ (they need a Qt application) and under integration/ are marked
automatically. Fixtures that more than one suite uses are plugins in tests/support/.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Before anything imports Qt or platformdirs.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="score-test-home-"))
for _variable in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
    _folder = _HOME / _variable.lower()
    _folder.mkdir(mode=0o700, exist_ok=True)
    os.environ[_variable] = str(_folder)
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

TESTS = Path(__file__).parent
ROOT = TESTS.parent

pytest_plugins = ["tests.support.qt", "tests.support.servers"]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        parts = Path(str(item.fspath)).relative_to(TESTS).parts
        if parts[0] == "gui" or parts[:2] == ("unit", "ui"):
            item.add_marker(pytest.mark.gui)
        elif parts[0] == "integration":
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def workspace(tmp_path: Path):
    """A fresh, empty workspace in a temporary folder."""
    from score_desktop.store.workspace import Workspace

    ws = Workspace.open(tmp_path / "ws")
    yield ws
    ws.close()
