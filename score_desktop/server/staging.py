"""Where the bytes of an upload in progress wait until its last byte: the staging area of uploads.py.

Any worker may receive any PATCH of an upload (the reverse proxy does not know which worker started it), so the
bytes received so far must be where every worker finds them, and two PATCHes of one upload must never write at
once. Two staging areas, one per kind of blob store (docs/sync-protocol.md, Part 2, "Uploads with several
workers" says why):

* :class:`FolderStaging` (the folder store): one part file per upload, ``<data>/uploads/<id>``, written in place
  at the acknowledged offset. The workers of one machine share the folder; an exclusive ``flock`` on the part
  file keeps a PATCH in another process out while one writes.
* :class:`ObjectStaging` (an object store): every PATCH's bytes become one object, a piece
  ``<prefix>uploads/<id>/<offset>-<random>``, and the piece counts only once a transaction has moved the
  upload's offset from exactly the offset it was written at (compare and set). Of two PATCHes at one offset in two
  workers, one wins and the other's piece is deleted and answered 409, as tus wants. Nothing is ever overwritten,
  so no lock is held across a request. The last PATCH reads the pieces back in order, hashes them, and only then
  publishes the blob (s3_store.py). S3's own multipart upload cannot take tus chunks as parts: every part but the
  last must be 5 MiB or more, and the client sends 1 MiB chunks.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import sys
import tempfile
import uuid
from pathlib import Path
from typing import IO, AsyncIterator, Iterator

from sqlalchemy import Engine, delete, insert, select, update

from score_desktop.server import db, files, schema
from score_desktop.server.blob_store import FolderStore, MovingStore
from score_desktop.sync import protocol

if sys.platform != "win32":  # Windows has no flock; a server there runs one process, and the in-process lock suffices
    import fcntl

_LOCK_POLL_S = 0.02
#: A PATCH body is held in memory up to this size on its way to the object store, then in a temporary file.
_SPOOL_BYTES = 16 * 1024 * 1024


class FolderStaging:
    """Part files in ``<data>/uploads`` (see the module docstring)."""

    def __init__(self, data_dir: Path, store: FolderStore, engine: Engine) -> None:
        self.folder = Path(data_dir) / "uploads"
        self.store = store
        self.engine = engine

    def part(self, upload_id: str) -> Path:
        return self.folder / upload_id

    def create(self, upload_id: str) -> None:
        files.private_folder(self.folder)
        files.touch_private(self.part(upload_id))

    @contextlib.asynccontextmanager
    async def exclusive(self, upload_id: str) -> AsyncIterator[None]:
        """Hold the upload against PATCHes in other processes (waiting without holding a thread)."""
        try:
            if not protocol.is_uuid(upload_id):
                raise FileNotFoundError(upload_id)  # "%00" and the like name no part file
            descriptor = os.open(self.part(upload_id), os.O_RDONLY)
        except OSError:
            yield  # no part file: the request answers 404 anyway
            return
        try:
            while sys.platform != "win32":
                try:
                    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    await asyncio.sleep(_LOCK_POLL_S)
            yield
        finally:
            os.close(descriptor)  # releases the lock

    def held(self, upload: dict) -> int | None:
        """The acknowledged offset, or None when the part file is gone. A crash can leave the database ahead of
        the file (the offset saved, the bytes not yet on disk); the file is the truth then, so the client
        resends what is missing instead of the final hash failing."""
        try:
            return min(upload["offset"], self.part(upload["id"]).stat().st_size)
        except FileNotFoundError:
            return None

    def open_for_append(self, upload: dict) -> IO[bytes]:
        handle = open(self.part(upload["id"]), "r+b")
        handle.seek(upload["offset"])
        handle.truncate()  # bytes past the offset were never acknowledged
        return handle

    def commit(self, upload: dict, handle: IO[bytes], written: int) -> bool:
        """The bytes are in the part file: note the new offset. Always True (the flock kept others out)."""
        if written:
            with db.writing(self.engine) as conn:
                conn.execute(update(schema.uploads).where(schema.uploads.c.id == upload["id"])
                             .values(offset=upload["offset"] + written, updated_at=db.utc_now()))
        return True

    def roll_back(self, upload_id: str, acknowledged: int) -> None:
        """After a failed PATCH: the part file back to the acknowledged offset, then the database told so."""
        try:
            os.truncate(self.part(upload_id), acknowledged)
        except FileNotFoundError:
            return
        _note_offset(self.engine, upload_id, acknowledged)

    def finish(self, upload: dict) -> bool:
        """Publish the blob if the part file hashes to the declared sha256; the part file goes either way."""
        path = self.part(upload["id"])
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            while chunk := handle.read(1024 * 1024):
                digest.update(chunk)
        if digest.hexdigest() != upload["sha256"]:
            path.unlink(missing_ok=True)
            return False
        self.store.put_file(upload["sha256"], path)
        return True

    def discard(self, upload_ids: list[str]) -> None:
        for upload_id in upload_ids:
            self.part(upload_id).unlink(missing_ok=True)

    def discard_all(self) -> None:
        for path in self.folder.glob("*") if self.folder.is_dir() else ():
            path.unlink(missing_ok=True)


class ObjectStaging:
    """Pieces in the object store, counted by the database (see the module docstring)."""

    def __init__(self, data_dir: Path, store, engine: Engine) -> None:
        self.store = store  # an S3Store (not the MovingStore around one: pieces are new, never in the folder)
        self.tmp = Path(data_dir) / "tmp"
        self.engine = engine

    def _prefix(self, upload_id: str) -> str:
        return f"{self.store.location.prefix}uploads/{upload_id}/"

    def create(self, upload_id: str) -> None:
        pass  # nothing exists before the first piece

    @contextlib.asynccontextmanager
    async def exclusive(self, upload_id: str) -> AsyncIterator[None]:
        yield  # compare and set in commit() does the job

    def held(self, upload: dict) -> int | None:
        return upload["offset"]

    def open_for_append(self, upload: dict) -> IO[bytes]:
        files.private_folder(self.tmp)
        return tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES, dir=str(self.tmp))

    def commit(self, upload: dict, handle: IO[bytes], written: int) -> bool:
        """Store the piece, then count it if the upload is still where it was; False when another PATCH moved it
        first (the piece is deleted again)."""
        if not written:
            return True
        offset = upload["offset"]
        key = f"{self._prefix(upload['id'])}{offset:015d}-{uuid.uuid4().hex[:12]}"
        handle.seek(0)
        self.store.put_object(key, handle)
        with db.writing(self.engine) as conn:
            moved = conn.execute(update(schema.uploads).where(
                schema.uploads.c.id == upload["id"], schema.uploads.c.offset == offset,
                schema.uploads.c.state == "open").values(offset=offset + written, updated_at=db.utc_now()))
            if moved.rowcount == 1:
                conn.execute(insert(schema.upload_pieces).values(upload_id=upload["id"], offset=offset,
                                                                 size=written, key=key))
                return True
        self.store.delete_keys([key])
        return False

    def roll_back(self, upload_id: str, acknowledged: int) -> None:
        """After a failed PATCH (its piece counted, but finishing failed): the pieces from the acknowledged offset
        on no longer count, so the client sends them again and the upload finishes then. Their objects go with
        the upload's prefix."""
        with db.writing(self.engine) as conn:
            conn.execute(delete(schema.upload_pieces).where(schema.upload_pieces.c.upload_id == upload_id,
                                                            schema.upload_pieces.c.offset >= acknowledged))
            _note_offset(self.engine, upload_id, acknowledged, conn)

    def finish(self, upload: dict) -> bool:
        """Publish the blob if the counted pieces, in order, hash to the declared sha256. The pieces stay until
        the database has noted the outcome (uploads._finish discards them then)."""
        with db.reading(self.engine) as conn:
            pieces = conn.execute(select(schema.upload_pieces.c.offset, schema.upload_pieces.c.size,
                                         schema.upload_pieces.c.key)
                                  .where(schema.upload_pieces.c.upload_id == upload["id"])
                                  .order_by(schema.upload_pieces.c.offset)).all()
        return self.store.put_verified(upload["sha256"], self._read(pieces))

    def _read(self, pieces) -> Iterator[bytes]:
        expected = 0
        for offset, size, key in pieces:
            if offset != expected:
                return  # a gap cannot happen (compare and set); if it did, the hash check refuses the upload
            yield from self.store.open_object(key)
            expected = offset + size

    def discard(self, upload_ids: list[str]) -> None:
        for upload_id in upload_ids:
            self.store.delete_prefix(self._prefix(upload_id))
        if upload_ids:
            with db.writing(self.engine) as conn:
                conn.execute(delete(schema.upload_pieces).where(schema.upload_pieces.c.upload_id.in_(upload_ids)))

    def discard_all(self) -> None:
        self.store.delete_prefix(f"{self.store.location.prefix}uploads/")


def _note_offset(engine: Engine, upload_id: str, offset: int, conn=None) -> None:
    if conn is None:
        with db.writing(engine) as conn:
            _note_offset(engine, upload_id, offset, conn)
        return
    conn.execute(update(schema.uploads).where(schema.uploads.c.id == upload_id, schema.uploads.c.state == "open")
                 .values(offset=offset, updated_at=db.utc_now()))


def for_store(data_dir: Path, store, engine: Engine) -> FolderStaging | ObjectStaging:
    """The staging area that goes with ``store``."""
    if isinstance(store, FolderStore):
        return FolderStaging(data_dir, store, engine)
    return ObjectStaging(data_dir, store.target if isinstance(store, MovingStore) else store, engine)
