"""Every failure gets the error shape; a full disk is the client's cue to try later (507), never a bare 500."""

from __future__ import annotations

import errno
import json
import sqlite3

import psycopg
import pytest
from sqlalchemy.exc import OperationalError

from score_desktop.server.errors import response_for


@pytest.mark.parametrize("failure", [
    OSError(errno.ENOSPC, "No space left on device"),
    OSError(errno.EDQUOT, "Disk quota exceeded"),
    OperationalError("INSERT INTO records ...", {}, sqlite3.OperationalError("database or disk is full")),
    OperationalError("INSERT INTO records ...", {}, psycopg.errors.DiskFull("could not extend file")),
], ids=["ENOSPC", "EDQUOT", "SQLITE_FULL", "PostgreSQL disk_full"])
def test_a_full_disk_is_507(failure):
    answer = response_for(failure)
    assert answer.status_code == 507
    assert json.loads(answer.body)["error"]["code"] == "insufficient_storage"


def test_any_other_failure_is_a_500_with_the_error_shape():
    answer = response_for(OperationalError("SELECT 1", {}, sqlite3.OperationalError("no such table: x")))
    assert answer.status_code == 500
    assert json.loads(answer.body)["error"]["code"] == "internal_error"
