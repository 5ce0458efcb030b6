"""``score-server migrate-blobs``: move the blobs of the data folder into an object store, with the server running.

Every blob the database lists is copied from ``<data>/blobs`` to the store unless the store holds it already
(with its size), then read back from the store and hashed: only a blob that hashes to its name counts as moved.
A run that stops halfway (a network failure, Ctrl+C) loses nothing; the next run goes on where it stopped.

When every blob is in the store, server.json names the store, so the server uses it from its next start on. Until
then the running server still writes new photos to the folder; after the restart it reads what the store lacks
from the folder (blob_store.MovingStore), and one more run of ``migrate-blobs`` moves those. The folder is never
emptied by this command: the administrator removes it after that last run.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import Engine, select

from score_desktop.server import config, db, schema
from score_desktop.server.blob_store import FolderStore, read_all


@dataclass
class Outcome:
    copied: int = 0
    already_there: int = 0
    #: In the database, but in neither the folder nor the store (lost before this command ran).
    missing: list[str] = field(default_factory=list)
    #: The folder's file, or the store's copy of it, does not hash to its name.
    damaged: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing and not self.damaged


def migrate(engine: Engine, data_dir: Path, target, *,
            progress: Callable[[int, int], None] = lambda done, total: None) -> Outcome:
    """Copy every blob the database lists from the data folder into ``target`` (an S3Store), verified."""
    folder = FolderStore(Path(data_dir) / "blobs")
    target.ensure_bucket()
    with db.reading(engine) as conn:
        wanted = conn.execute(select(schema.blobs.c.sha256, schema.blobs.c.size)
                              .order_by(schema.blobs.c.sha256)).all()
    present = dict(target.hashes())  # one listing, not a request per blob
    outcome = Outcome()
    for number, (sha256, size) in enumerate(wanted, 1):
        if present.get(sha256) == size:
            outcome.already_there += 1
        elif folder.size(sha256) is None:
            outcome.missing.append(sha256)
        elif target.put_verified(sha256, read_all(folder, sha256, size)) and _reads_back(target, sha256, size):
            outcome.copied += 1
        else:
            outcome.damaged.append(sha256)
        progress(number, len(wanted))
    if outcome.complete:
        config.use_blob_store(Path(data_dir), target.location.url, target.endpoint)
    return outcome


def _reads_back(target, sha256: str, size: int) -> bool:
    digest = hashlib.sha256()
    for chunk in read_all(target, sha256, size):
        digest.update(chunk)
    return digest.hexdigest() == sha256
