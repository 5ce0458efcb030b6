"""The integration tests' server fixtures live in tests/support/servers.py, a plugin of tests/conftest.py.

The names below stay importable from here for the branches written before the move; new code imports from
tests.support.servers (and the sync helpers from tests.support.sync).
"""

from tests.support.servers import (BACKENDS, PASSWORD, PG_ENV, Device, PgSchemas, ServerPool, ServerProcess,  # noqa: F401
                                   free_port, protocol_headers, run_cli)
