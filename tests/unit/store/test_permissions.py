"""A workspace is the trainer's alone: folders 0700, files 0600, whatever the umask (issue 10, item 10)."""

from __future__ import annotations

import logging
import os
import random

import pytest

from score_desktop.demo.images import write_photo
from score_desktop.errors import setup_logging
from score_desktop.store import migrations
from score_desktop.store.documents import DocumentStore
from score_desktop.store.photos import PhotoStore
from score_desktop.store.workspace import Workspace
from tests.builders import make_observation
from tests.support.files import open_to_others

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_workspace_and_all_it_holds_are_private(tmp_path, umask_022, monkeypatch):
    root = tmp_path / "ws"
    with Workspace.open(root) as ws:
        stored = PhotoStore(ws.paths).import_file(write_photo(tmp_path / "p.jpg", random.Random(1), size=(320, 240)))
        ws.photos.create(observation_id=make_observation(ws)["id"], sha256=stored.sha256, size=stored.size,
                         mime=stored.mime)
        PhotoStore(ws.paths).thumbnail(stored.sha256, stored.ext)
        PhotoStore(ws.paths).report_copy(stored.sha256, stored.ext)
        (tmp_path / "signed.pdf").write_bytes(b"%PDF-1.4 a signed report")
        DocumentStore(ws.paths).add(tmp_path / "signed.pdf")  # documents/ab/cd/<sha256>.pdf
    extra = (migrations.latest_version() + 1, "CREATE TABLE test_added (x TEXT);")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, extra])
    with Workspace.open(root):  # a migration writes a backup copy of the database first
        pass
    assert list((root / "backups").iterdir())
    log_file = setup_logging(root / "logs", level=logging.getLogger().level)
    try:
        logging.getLogger("score_desktop.test").warning("a line in the log")
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", None) == str(log_file):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert log_file.exists() and open_to_others(root) == []


def test_an_older_workspace_is_made_private_when_opened(tmp_path, umask_022):
    root = tmp_path / "ws"
    with Workspace.open(root):
        pass
    root.chmod(0o755)
    (root / "workspace.db").chmod(0o644)
    (root / "photos").chmod(0o755)
    with Workspace.open(root):
        pass
    assert open_to_others(root) == []
