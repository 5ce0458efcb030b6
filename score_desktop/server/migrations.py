"""Upgrades of an older server database to the tables of schema.py, in place and in one transaction each.

Each step only adds (tables, nullable columns, rows derived from what is there), so a database that an upgrade
has touched still holds everything it held. A server and every ``score-server`` command upgrade the database
before using it; a database written by a newer server is refused elsewhere (app.py, cli.py).
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import Connection, Engine, bindparam, select, text, update

from score_desktop.server import db, schema

log = logging.getLogger(__name__)


def _to_2(conn: Connection) -> None:
    """Schema 2: sign-in failures per account, who uploaded each blob, and when each token was last used.

    Blobs uploaded before schema 2 count as uploaded by the users whose finished uploads are still listed.
    """
    schema.metadata.create_all(conn, tables=[schema.login_failures, schema.blob_uploaders])
    columns = {column["name"] for column in conn.engine.dialect.get_columns(conn, "tokens")}
    if "last_used_at" not in columns:
        conn.execute(text("ALTER TABLE tokens ADD COLUMN last_used_at VARCHAR(40)"))
    uploads, uploaders = schema.uploads, schema.blob_uploaders
    finished = conn.execute(select(uploads.c.sha256, uploads.c.user_id, uploads.c.updated_at)
                            .join(schema.blobs, schema.blobs.c.sha256 == uploads.c.sha256)
                            .where(uploads.c.state == "done")).all()
    for sha256, user_id, updated_at in finished:
        db.insert_ignoring_duplicates(conn, uploaders, {"sha256": sha256, "user_id": user_id,
                                                        "created_at": updated_at})


def _to_3(conn: Connection) -> None:
    """Schema 3: the reopenings of signed visits (docs/sync-protocol.md Part 2, "Signed visits are locked")."""
    schema.metadata.create_all(conn, tables=[schema.visit_reopenings])


def _to_4(conn: Connection) -> None:
    """Schema 4: the pieces of uploads held in an object store, and each device's last complete pull."""
    schema.metadata.create_all(conn, tables=[schema.upload_pieces])
    columns = {column["name"] for column in conn.engine.dialect.get_columns(conn, "devices")}
    for name, kind in (("last_pull_at", "VARCHAR(40)"), ("pulled_through", "BIGINT")):
        if name not in columns:
            conn.execute(text(f"ALTER TABLE devices ADD COLUMN {name} {kind}"))


def _to_5(conn: Connection) -> None:
    """Schema 5: the account that last changed each record. Until a record changes again that is the last writer
    merge remembers for any of its fields (``field_meta``), else its creator."""
    columns = {column["name"] for column in conn.engine.dialect.get_columns(conn, "records")}
    if "updated_by" not in columns:
        conn.execute(text("ALTER TABLE records ADD COLUMN updated_by VARCHAR(36)"))
    records = schema.records
    rows = conn.execute(select(records.c.entity, records.c.id, records.c.field_meta, records.c.created_by,
                               records.c.deleted_by, records.c.delete_version)).all()
    updates = [{"k_entity": row.entity, "k_id": row.id, "updated_by": _last_writer(row)} for row in rows]
    if updates:
        conn.execute(update(records).where(records.c.entity == bindparam("k_entity"),
                                           records.c.id == bindparam("k_id")), updates)


def _last_writer(row) -> str:
    writes = [(item.get("v", 0), item.get("u")) for item in json.loads(row.field_meta or "{}").values()]
    if row.deleted_by and row.delete_version is not None:
        writes.append((row.delete_version, row.deleted_by))
    latest = max(writes, key=lambda write: write[0], default=(0, None))
    return latest[1] or row.created_by


class DatabaseNotReady(RuntimeError):
    """The database was never initialized, or was written by a newer server."""


def prepare(engine: Engine, data_dir: object) -> None:
    """Make the database of ``data_dir`` ready for this server: upgraded if older, refused if not initialized or
    newer (nothing is changed then)."""
    version = db.schema_version(engine)
    if version is None:
        raise DatabaseNotReady(f"the database of {data_dir} is not initialized; run 'score-server init'")
    if version > schema.SCHEMA_VERSION:
        raise DatabaseNotReady(f"the database was written by a newer SCORE server (schema {version}; this one "
                               f"reads up to {schema.SCHEMA_VERSION}); nothing was changed")
    if version < schema.SCHEMA_VERSION:
        upgrade(engine)


#: (the schema version a step leads to, the step), in order. Append only.
STEPS = ((2, _to_2), (3, _to_3), (4, _to_4), (5, _to_5))


def upgrade(engine: Engine) -> list[int]:
    """Bring an initialized database up to :data:`schema.SCHEMA_VERSION`; returns the versions applied.

    The schema-version row is locked first, so two server processes starting at once upgrade it once.
    """
    applied = []
    with db.writing(engine) as conn:
        current = _locked_version(conn)
        for version, step in STEPS:
            if current < version:
                step(conn)
                db.write_meta(conn, "schema_version", str(version))
                applied.append(version)
    for version in applied:
        log.info("upgraded the server database to schema %d", version)
    return applied


def _locked_version(conn: Connection) -> int:
    meta = schema.meta
    value = conn.scalar(select(meta.c.value).where(meta.c.key == "schema_version").with_for_update())
    return int(value) if value is not None else 1
