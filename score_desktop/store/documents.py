"""Signed reports as files: content-addressed PDFs under ``documents/``, written once and never edited.

Like a photo (:mod:`store.photos`), a signed report is named by the SHA-256 of its bytes and put in place the safe
way: written to ``tmp/``, fsynced, renamed, its folder fsynced. A crash leaves either no file or the whole one,
and printing the signed visit again reads exactly the bytes that were signed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from score_desktop.errors import DiskFullError, is_disk_full
from score_desktop.paths import WorkspacePaths, private_folder

MIME = "application/pdf"
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredDocument:
    sha256: str
    size: int
    path: Path


class DocumentStore:
    def __init__(self, paths: WorkspacePaths) -> None:
        self._paths = paths

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(char not in "0123456789abcdef" for char in sha256):
            raise ValueError(f"not a lower-case SHA-256: {sha256!r}")
        return self._paths.document_file(sha256)

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def verify(self, sha256: str) -> bool:
        """True when the document is here and its bytes still hash to its name."""
        try:
            return file_sha256(self.path(sha256)) == sha256
        except OSError:
            return False

    def add(self, source: Path) -> StoredDocument:
        """Store a copy of ``source`` under its hash (the source is left as it is); a copy held already stays."""
        part = self._new_part()
        try:
            with open(source, "rb") as original, open(part, "wb") as copy:
                digest = hashlib.sha256()
                while chunk := original.read(_CHUNK):
                    digest.update(chunk)
                    copy.write(chunk)
                copy.flush()
                os.fsync(copy.fileno())
            sha256 = digest.hexdigest()
            target = self.path(sha256)
            if not target.exists():
                private_folder(target.parent)  # the trainer's alone, like the photos (paths.py)
                os.replace(part, target)  # the part is 0600 (mkstemp), and stays so
                _fsync_folder(target.parent)
            return StoredDocument(sha256, target.stat().st_size, target)
        except OSError as error:
            if is_disk_full(error):
                raise DiskFullError() from error
            raise
        finally:
            part.unlink(missing_ok=True)

    def copy_to(self, sha256: str, target: Path) -> None:
        """Write the document to ``target`` byte for byte (replaced whole: a partial copy never stays)."""
        target = Path(target)
        folder = target.parent if str(target.parent) else Path(".")
        handle, name = tempfile.mkstemp(prefix=".report-", suffix=".part", dir=folder)
        os.close(handle)
        part = Path(name)
        try:
            shutil.copyfile(self.path(sha256), part)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(part, 0o666 & ~umask)
            os.replace(part, target)
        except OSError as error:
            part.unlink(missing_ok=True)
            if is_disk_full(error):
                raise DiskFullError() from error
            raise

    def _new_part(self) -> Path:
        private_folder(self._paths.tmp)
        handle, name = tempfile.mkstemp(suffix=".part", dir=self._paths.tmp)
        os.close(handle)
        return Path(name)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # NTFS journals its metadata; Windows cannot open a folder for this
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
