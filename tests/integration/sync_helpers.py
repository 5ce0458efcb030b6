"""Moved to tests/support/sync.py; these names stay importable from here for branches written before the move."""

from tests.support.sync import (assert_converged, local_state, server_state, signed_in_workspace, sync,  # noqa: F401
                                sync_until_quiet)
