"""Fixtures of the model tests: a model tester per model, and the main window on a small demo workspace."""

from __future__ import annotations

import pytest


@pytest.fixture
def qtmodeltester(request):
    """pytest-qt's model tester, one per model: its own fixture keeps a single tester whose checks look at the
    last model given, so a signal from a model checked earlier in the test would be checked against another."""
    from pytestqt.modeltest import ModelTester

    testers: list[ModelTester] = []

    class PerModel:
        def check(self, model, force_py: bool = False) -> None:
            testers.append(ModelTester(request.config))
            testers[-1].check(model, force_py=force_py)

    yield PerModel()
    for tester in testers:
        tester._cleanup()


@pytest.fixture
def demo_window(make_window, demo_workspace):
    return make_window(demo_workspace)
