"""Migration 5: the coordinator's desk.

- Every synced table gains ``created_by`` and ``updated_by``: the usernames of the accounts that created a record
  and last changed it, as the server records them (docs/sync-protocol.md Part 2, "Roles"). A record made here and
  not yet synced has neither; the sync fills them in once the server has accepted it.
  Changes parked until their parent arrives keep them too (``pull_parked``).
- ``review_comment`` is new: the thread of a visit report's review (a coordinator's comments, the trainer's
  answers).
- ``review_read`` (this laptop only): up to which version this laptop's user has read a visit's review thread, for
  the badge that says "your coordinator wrote".
- ``server_blob`` (this laptop only): photos the server said it holds, for a coordinator's "photos expected and
  received".
"""

SQL = """
ALTER TABLE enterprise ADD COLUMN created_by TEXT;
ALTER TABLE enterprise ADD COLUMN updated_by TEXT;
ALTER TABLE eit_member ADD COLUMN created_by TEXT;
ALTER TABLE eit_member ADD COLUMN updated_by TEXT;
ALTER TABLE training_session ADD COLUMN created_by TEXT;
ALTER TABLE training_session ADD COLUMN updated_by TEXT;
ALTER TABLE training_enrolment ADD COLUMN created_by TEXT;
ALTER TABLE training_enrolment ADD COLUMN updated_by TEXT;
ALTER TABLE attendance ADD COLUMN created_by TEXT;
ALTER TABLE attendance ADD COLUMN updated_by TEXT;
ALTER TABLE visit ADD COLUMN created_by TEXT;
ALTER TABLE visit ADD COLUMN updated_by TEXT;
ALTER TABLE observation ADD COLUMN created_by TEXT;
ALTER TABLE observation ADD COLUMN updated_by TEXT;
ALTER TABLE action_item ADD COLUMN created_by TEXT;
ALTER TABLE action_item ADD COLUMN updated_by TEXT;
ALTER TABLE photo ADD COLUMN created_by TEXT;
ALTER TABLE photo ADD COLUMN updated_by TEXT;
ALTER TABLE kpi_reading ADD COLUMN created_by TEXT;
ALTER TABLE kpi_reading ADD COLUMN updated_by TEXT;
ALTER TABLE practice_check ADD COLUMN created_by TEXT;
ALTER TABLE practice_check ADD COLUMN updated_by TEXT;
ALTER TABLE suggestion ADD COLUMN created_by TEXT;
ALTER TABLE suggestion ADD COLUMN updated_by TEXT;
ALTER TABLE review ADD COLUMN created_by TEXT;
ALTER TABLE review ADD COLUMN updated_by TEXT;
ALTER TABLE signed_report ADD COLUMN created_by TEXT;
ALTER TABLE signed_report ADD COLUMN updated_by TEXT;

ALTER TABLE pull_parked ADD COLUMN created_by TEXT;
ALTER TABLE pull_parked ADD COLUMN updated_by TEXT;

CREATE TABLE review_comment (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    visit_id TEXT REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    text TEXT,
    review_state TEXT,
    author TEXT,
    author_role TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT,
    created_by TEXT,
    updated_by TEXT
);
CREATE INDEX idx_review_comment_enterprise ON review_comment(enterprise_id);
CREATE INDEX idx_review_comment_visit_id ON review_comment(visit_id);

CREATE TABLE review_read (
    visit_id TEXT PRIMARY KEY NOT NULL,
    read_version INTEGER NOT NULL,
    read_at TEXT NOT NULL
);

CREATE TABLE server_blob (
    sha256 TEXT PRIMARY KEY NOT NULL,
    checked_at TEXT NOT NULL
);

CREATE INDEX idx_visit_created_by ON visit(created_by, visit_date);
"""
