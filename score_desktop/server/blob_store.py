"""Where blobs live: a folder of the data folder (the default) or an S3-compatible object store (s3_store.py).

A blob is any file the server holds by its SHA-256: a photo, a signed report document, whatever a later record
names by hash. The store knows nothing of what a blob is or who may see it (blobs.py decides that); it keeps
bytes, and it never publishes bytes under a hash they do not have: :meth:`BlobStore.put_verified` hashes on the
way in and keeps nothing when the hash differs.

Both stores answer the same questions, so uploads, downloads with Range, backups, exports and ``migrate-blobs``
are written once. The folder store is for one machine (the workers of ``serve --workers N`` share it); servers on
several machines need an object store they all reach.
"""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Protocol
from urllib.parse import urlsplit

from score_desktop.server import files

SHA256_RE = re.compile(r"\A[0-9a-f]{64}\Z")  # \Z: "$" would let a trailing newline in
READ_SIZE = 256 * 1024


class BlobMissing(LookupError):
    """The store does not hold this blob."""


class StoreUnreachable(RuntimeError):
    """The object store did not answer, refused our credentials, or has no such bucket."""


class BlobStore(Protocol):
    #: How an admin names it: ``folder /srv/score/blobs`` or ``s3://bucket/prefix``.
    description: str

    def size(self, sha256: str) -> int | None:
        """The blob's size in bytes, or None when the store does not hold it."""

    def open_range(self, sha256: str, start: int, end: int) -> Iterator[bytes]:
        """Bytes ``start`` to ``end`` (inclusive) of the blob; raises :class:`BlobMissing` before yielding."""

    def put_verified(self, sha256: str, chunks: Iterable[bytes]) -> bool:
        """Store ``chunks`` as the blob ``sha256`` if they hash to it (else keep nothing and return False).

        A blob held already is left as it is; the chunks are still read and checked.
        """

    def hashes(self) -> Iterator[tuple[str, int]]:
        """Every blob held, with its size (``migrate-blobs`` and the checks of the tests walk it)."""

    def check(self) -> None:
        """Raise :class:`StoreUnreachable` (or OSError) unless the store can be read and written now."""


def read_all(store: BlobStore, sha256: str, size: int) -> Iterator[bytes]:
    """The whole blob (an empty one too)."""
    return store.open_range(sha256, 0, size - 1) if size else iter(())


class FolderStore:
    """Blobs as files ``<root>/ab/cd/<sha256>``, written only by an atomic rename."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.description = f"folder {self.root}"

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def size(self, sha256: str) -> int | None:
        try:
            return self.path(sha256).stat().st_size
        except FileNotFoundError:
            return None

    def open_range(self, sha256: str, start: int, end: int) -> Iterator[bytes]:
        try:
            handle = open(self.path(sha256), "rb")
        except FileNotFoundError:
            raise BlobMissing(sha256) from None
        return _file_range(handle, start, end)

    def put_file(self, sha256: str, source: Path) -> None:
        """Move ``source`` (already verified to hash to ``sha256``) into place; a copy held already wins."""
        target = self.path(sha256)
        if target.exists():
            source.unlink(missing_ok=True)
            return
        files.private_folder(target.parent)
        os.replace(source, target)

    def put_verified(self, sha256: str, chunks: Iterable[bytes]) -> bool:
        target = self.path(sha256)
        files.private_folder(target.parent)
        partial = target.with_name(f"{sha256}.{uuid.uuid4().hex[:8]}.partial")
        digest = hashlib.sha256()
        try:
            with files.create_private(partial) as out:
                for chunk in chunks:
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != sha256:
                return False
            self.put_file(sha256, partial)
            return True
        finally:
            partial.unlink(missing_ok=True)

    def hashes(self) -> Iterator[tuple[str, int]]:
        if not self.root.is_dir():
            return
        for path in self.root.glob("??/??/*"):
            if SHA256_RE.match(path.name) and path.is_file():
                yield path.name, path.stat().st_size

    def check(self) -> None:
        files.private_folder(self.root)
        if not os.access(self.root, os.W_OK | os.X_OK):
            raise PermissionError(f"{self.root} cannot be written")


def _file_range(handle, start: int, end: int) -> Iterator[bytes]:
    with handle:
        handle.seek(start)
        remaining = end - start + 1
        while remaining > 0:
            chunk = handle.read(min(READ_SIZE, remaining))
            if not chunk:
                return
            remaining -= len(chunk)
            yield chunk


class MovingStore:
    """The object store, while blobs of the old folder are still being moved into it (``migrate-blobs``).

    Everything new goes to the object store; a blob it does not hold yet is read from the folder, so no
    download fails between switching the server over and the last run of ``migrate-blobs``.
    """

    def __init__(self, target: BlobStore, folder: FolderStore) -> None:
        self.target, self.folder = target, folder
        self.description = target.description

    def size(self, sha256: str) -> int | None:
        found = self.target.size(sha256)
        return found if found is not None else self.folder.size(sha256)

    def open_range(self, sha256: str, start: int, end: int) -> Iterator[bytes]:
        try:
            return self.target.open_range(sha256, start, end)
        except BlobMissing:
            return self.folder.open_range(sha256, start, end)

    def put_verified(self, sha256: str, chunks: Iterable[bytes]) -> bool:
        return self.target.put_verified(sha256, chunks)

    def hashes(self) -> Iterator[tuple[str, int]]:
        return self.target.hashes()

    def check(self) -> None:
        self.target.check()


# -- configuration --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class S3Location:
    """``s3://BUCKET[/PREFIX]``: a bucket, and the key prefix every object of this server starts with."""

    bucket: str
    prefix: str

    @property
    def url(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}".rstrip("/")


_BUCKET_RE = re.compile(r"[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9]")


def parse_s3_url(url: str) -> S3Location:
    """``s3://bucket/some/prefix`` → S3Location; raises ValueError with the reason."""
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(f"{url!r} is not s3://BUCKET[/PREFIX]")
    if not _BUCKET_RE.fullmatch(parts.netloc):
        raise ValueError(f"{parts.netloc!r} is not a bucket name (3 to 63 lowercase letters, digits, dots, dashes)")
    prefix = parts.path.strip("/")
    return S3Location(parts.netloc, prefix + "/" if prefix else "")


def parse_endpoint(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{url!r} is not an http:// or https:// address")
    return url.rstrip("/")


def open_store(data_dir: Path, config: dict) -> BlobStore:
    """The blob store server.json names: ``blob_store`` (an ``s3://`` URL) with ``s3_endpoint``, or the folder
    ``<data>/blobs``. While that folder still holds blobs an object store reads them from there too."""
    folder = FolderStore(Path(data_dir) / "blobs")
    url = config.get("blob_store")
    if not url:
        return folder
    from score_desktop.server.s3_store import S3Store  # boto3 only where an object store is used

    target = S3Store(parse_s3_url(url), config.get("s3_endpoint"))
    return MovingStore(target, folder) if any(True for _ in folder.hashes()) else target
