"""The report tests' fixture: a workspace with one enterprise's history (helpers: tests/support/reports.py)."""

from __future__ import annotations

import pytest

from score_desktop.store.workspace import Workspace
from tests.support.reports import History, make_history


@pytest.fixture
def history(workspace: Workspace) -> History:
    return make_history(workspace)
