"""A server database of an older schema is upgraded in place when a server or a command first uses it."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import insert, inspect, select, text

from score_desktop.server import db, schema
from tests.support.servers import BACKENDS

pytestmark = pytest.mark.integration


def _as_schema_1(server) -> None:
    """Turn a fresh database back into what schema 1 made."""
    with db.writing(server.engine) as conn:
        conn.execute(text("DROP TABLE login_failures"))
        conn.execute(text("DROP TABLE blob_uploaders"))
        conn.execute(text("ALTER TABLE tokens DROP COLUMN last_used_at"))
        db.write_meta(conn, "schema_version", "1")


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_schema_1_database_is_upgraded_and_keeps_who_uploaded_what(server_pool, cli, backend):
    server = server_pool.fresh(backend, "upgrade")
    username = server.add_user()
    _as_schema_1(server)
    sha256 = hashlib.sha256(b"photo").hexdigest()
    with db.writing(server.engine) as conn:
        user_id = conn.scalar(select(schema.users.c.id).where(schema.users.c.username == username))
        conn.execute(insert(schema.blobs).values(sha256=sha256, size=5, mime=None, created_at=db.utc_now()))
        conn.execute(insert(schema.uploads).values(
            id="11111111-1111-1111-1111-111111111111", user_id=user_id, sha256=sha256, length=5, offset=5,
            state="done", created_at="2024-05-01T00:00:00.000Z", updated_at="2024-05-01T00:00:00.000Z"))

    done = cli("user", "list", data=server.data)
    assert done.returncode == 0, done.stderr
    assert username in done.stdout
    with db.reading(server.engine) as conn:
        assert db.read_meta(conn, "schema_version") == str(schema.SCHEMA_VERSION)
        assert conn.execute(select(schema.blob_uploaders.c.sha256, schema.blob_uploaders.c.user_id)).all() == [
            (sha256, user_id)]
        assert "last_used_at" in {column["name"] for column in inspect(conn).get_columns("tokens")}
    server.start()
    try:
        server.device(username=username).get("/sync/meta").raise_for_status()  # signs in: every table is there
    finally:
        server.stop()


def test_a_database_of_a_newer_server_is_refused_untouched(server_pool, cli):
    server = server_pool.fresh("sqlite", "newer")
    with db.writing(server.engine) as conn:
        db.write_meta(conn, "schema_version", str(schema.SCHEMA_VERSION + 1))
    done = cli("user", "list", data=server.data)
    assert done.returncode == 2 and "newer" in done.stderr
    with db.reading(server.engine) as conn:
        assert db.read_meta(conn, "schema_version") == str(schema.SCHEMA_VERSION + 1)


def test_a_backup_of_schema_1_restores_into_schema_2(server_pool, tmp_path):
    import json
    import zipfile

    from score_desktop.server import backup
    from score_desktop.server.blobs import BlobStore

    server = server_pool.fresh("sqlite", "old-backup")
    username = server.add_user()
    store = BlobStore(server.data / "blobs")
    written = tmp_path / "new.zip"
    backup.backup(server.engine, store, written)
    old = tmp_path / "schema-1.zip"
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(old, "w") as target:
        for name in source.namelist():
            if name == "manifest.json":
                target.writestr(name, json.dumps({**json.loads(source.read(name)), "schema_version": 1}))
            elif name != "tables/blob_uploaders.jsonl":
                target.writestr(name, source.read(name))
    backup.restore(server.engine, store, old)
    with db.reading(server.engine) as conn:
        assert conn.scalar(select(schema.users.c.username)) == username
