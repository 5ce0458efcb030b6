"""Migration 2: what the sync keeps between rounds.

- ``conflict``: conflicts the server reported (docs/sync-protocol.md "Conflicts travel as changes"), shown to the
  trainer until someone resolves them; a local resolution is an outbox mutation of entity ``conflict``.
- ``pull_parked``: pulled records whose parent has not arrived yet (a parent edited after its child comes later
  in counter order, possibly on a later page); they are applied as soon as the parent is there.
- ``upload``: photos on their way to the server through tus, with the upload URL and offset, so an upload
  resumes where it stopped, also after the app restarts.
- ``sync_log``: one row per sync round, for the Sync screen.
"""

SQL = """
CREATE TABLE conflict (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    target_id TEXT NOT NULL,
    field TEXT,
    winning_json TEXT NOT NULL,
    losing_json TEXT NOT NULL,
    status TEXT NOT NULL,
    resolution TEXT,
    version INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_conflict_target ON conflict(entity, target_id);
CREATE INDEX idx_conflict_status ON conflict(status);

CREATE TABLE pull_parked (
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    fields_json TEXT NOT NULL,
    PRIMARY KEY (entity, record_id)
);

CREATE TABLE upload (
    sha256 TEXT PRIMARY KEY NOT NULL,
    ext TEXT NOT NULL,
    size INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'uploading', 'done', 'failed')),
    url TEXT,
    offset INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_upload_state ON upload(state);

CREATE TABLE sync_log (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    outcome TEXT,
    pushed INTEGER NOT NULL DEFAULT 0,
    pulled INTEGER NOT NULL DEFAULT 0,
    uploaded_bytes INTEGER NOT NULL DEFAULT 0,
    message TEXT
);
"""
