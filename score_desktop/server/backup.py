"""Backup and restore: one zip file with every table (as JSON lines) and every blob, for either database and
either blob store.

What a backup does not hold: ``server.json`` (the database URL, the settings; keep a copy of it apart), any
credentials, uploads still in progress (their clients send them again), the server's logs, and with
``include_blobs=False`` the blobs (an object store of years of photos is better backed up by the store's own
versioning or replication; the manifest then says where they are). ``score-server backup`` prints all this.

A restore gives the server a new epoch (docs/sync-protocol.md, Meta): clients then re-push what they hold, so work
done after the backup comes back. For that to be safe the counter moves at least 2^32 past the higher of the
backup's and the replaced database's counter (a version the old server issued is never issued again, so no
client mistakes a new change for one it has), and every device's sequence state is forgotten (its next push
sets it).
"""

from __future__ import annotations

import json
import shutil
import uuid
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update

from score_desktop.server import db, files, migrations, schema
from score_desktop.server.blob_store import SHA256_RE, BlobMissing, BlobStore, FolderStore, read_all

FORMAT = 1
COUNTER_JUMP = 2**32
COUNTER_LIMIT = 2**53
_BATCH = 1000
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # blobs have no date of their own; their name is their identity


class BackupError(ValueError):
    """The file is not a backup this server can restore."""


def backup(engine: Engine, store: BlobStore, target: Path, *, include_blobs: bool = True) -> dict:
    """Write a consistent backup of the database and (unless told not to) the blobs to ``target``; returns its
    manifest, whose ``blobs`` says how many blobs it holds, from which store, and which it could not find.

    A failure (a full disk) leaves no file: a cut-off backup must not pass for one.
    """
    files.private_folder(target.parent)
    try:
        return _write(engine, store, target, include_blobs)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _write(engine: Engine, store: BlobStore, target: Path, include_blobs: bool) -> dict:
    with db.reading(engine) as conn, files.create_private(target) as raw, \
            zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        tables: dict[str, int] = {}
        manifest = {"format": FORMAT, "schema_version": schema.SCHEMA_VERSION, "epoch": db.read_epoch(conn),
                    "counter": db.read_counter(conn), "created_at": db.utc_now(), "tables": tables}
        for table in schema.BACKUP_TABLES:
            count = 0
            with archive.open(f"tables/{table.name}.jsonl", "w", force_zip64=True) as out:
                for row in conn.execute(select(table)).mappings():
                    out.write(json.dumps(dict(row), ensure_ascii=False).encode("utf-8") + b"\n")
                    count += 1
            tables[table.name] = count
        blobs: dict[str, Any] = {"store": store.description, "included": include_blobs, "count": 0, "missing": []}
        if include_blobs:
            for sha256, size in conn.execute(select(schema.blobs.c.sha256, schema.blobs.c.size)):
                if _add_blob(archive, store, sha256, size):
                    blobs["count"] += 1
                else:
                    blobs["missing"].append(sha256)
        manifest["blobs"] = blobs
        archive.writestr("manifest.json", json.dumps(manifest, indent=2))
    return manifest


def _add_blob(archive: zipfile.ZipFile, store: BlobStore, sha256: str, size: int) -> bool:
    """Copy one blob into the archive, streamed from its store; False when the store does not hold it."""
    try:
        chunks = read_all(store, sha256, size)
        first = next(chunks, b"")
    except BlobMissing:
        return False
    entry = zipfile.ZipInfo(f"blobs/{sha256}", date_time=_ZIP_TIME)
    entry.compress_type = zipfile.ZIP_STORED  # JPEGs do not compress
    with archive.open(entry, "w", force_zip64=True) as out:
        out.write(first)
        for chunk in chunks:
            out.write(chunk)
    return True


def restore(engine: Engine, store: BlobStore, source: Path, *, staging=None) -> dict:
    """Replace the database and add the backup's blobs the store lacks; returns ``{"epoch", "counter"}`` of the
    result. Uploads in progress are forgotten, their bytes in ``staging`` (staging.py) too."""
    try:
        archive = zipfile.ZipFile(source)
    except (OSError, zipfile.BadZipFile) as exc:
        raise BackupError(f"{source} is not a SCORE server backup ({exc})") from None
    with archive:
        try:
            manifest = json.loads(archive.read("manifest.json"))
        except (KeyError, ValueError):
            raise BackupError(f"{source} is not a SCORE server backup (no manifest)") from None
        if manifest.get("format") != FORMAT or manifest.get("schema_version", 0) > schema.SCHEMA_VERSION:
            raise BackupError(f"{source} was written by a newer SCORE server; restore it with that version")
        _restore_blobs(archive, store)
        if db.is_initialized(engine):
            migrations.prepare(engine, store.description)  # the rows below have this server's columns
        schema.metadata.create_all(engine)  # a fresh data folder has no tables yet; create_all skips existing ones
        with db.writing(engine) as conn:
            current = db.read_counter(conn)
            counter = max(int(manifest["counter"]), current) + COUNTER_JUMP
            if counter >= COUNTER_LIMIT:
                raise BackupError("the change counter would pass 2^53; this database cannot be restored again")
            for table in (schema.upload_pieces, schema.uploads, *reversed(schema.BACKUP_TABLES), schema.counter,
                          schema.meta):
                conn.execute(delete(table))
            for table in schema.BACKUP_TABLES:
                if manifest.get("schema_version", 1) >= schema.ADDED_IN.get(table.name, 1):
                    _load_table(conn, archive, table)
            conn.execute(update(schema.devices).values(next_client_seq=None))
            conn.execute(insert(schema.counter).values(id=1, value=counter))
            epoch = str(uuid.uuid4())
            conn.execute(insert(schema.meta), [
                {"key": "epoch", "value": epoch}, {"key": "schema_version", "value": str(schema.SCHEMA_VERSION)},
                {"key": "created_at", "value": manifest.get("created_at", db.utc_now())},
                {"key": "restored_at", "value": db.utc_now()}])
    if staging is not None:
        staging.discard_all()
    elif isinstance(store, FolderStore):
        _clear_uploads(store.root.parent / "uploads")
    return {"epoch": epoch, "counter": counter}


def _load_table(conn, archive: zipfile.ZipFile, table) -> None:
    try:
        handle = archive.open(f"tables/{table.name}.jsonl")
    except KeyError:
        raise BackupError(f"the backup lacks the table {table.name}") from None
    columns = set(table.c.keys())
    batch = []
    with handle:
        for line in handle:
            row = json.loads(line)
            batch.append({key: value for key, value in row.items() if key in columns})
            if len(batch) >= _BATCH:
                conn.execute(insert(table), batch)
                batch = []
    if batch:
        conn.execute(insert(table), batch)


def _restore_blobs(archive: zipfile.ZipFile, store: BlobStore) -> None:
    """Copy the backup's blobs the store lacks, each checked against its hash on the way."""
    for name in archive.namelist():
        if not name.startswith("blobs/"):
            continue
        sha256 = name.removeprefix("blobs/")
        if not SHA256_RE.match(sha256) or store.size(sha256) is not None:
            continue
        with archive.open(name) as source:
            if not store.put_verified(sha256, iter(lambda: source.read(1024 * 1024), b"")):
                raise BackupError(f"the backup's photo {sha256} is damaged")


def _clear_uploads(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
