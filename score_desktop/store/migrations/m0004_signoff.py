"""Migration 4: sign-off.

- ``visit`` gains why, by whom and when a signed visit was reopened (``reopen_reason``, ``reopened_by``,
  ``reopened_at``; docs/sync-protocol.md Part 2, "Signed visits are locked").
- ``signed_report``: one row per revision of a visit's signed report, the PDF rendered once at signing and kept in
  ``documents/`` by its SHA-256 (docs/sync-protocol.md Part 2, "Signed reports").
"""

SQL = """
ALTER TABLE visit ADD COLUMN reopen_reason TEXT;
ALTER TABLE visit ADD COLUMN reopened_by TEXT;
ALTER TABLE visit ADD COLUMN reopened_at TEXT;

CREATE TABLE signed_report (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    visit_id TEXT REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    revision INTEGER,
    sha256 TEXT,
    size INTEGER,
    mime TEXT,
    lang TEXT,
    paper TEXT,
    signed_at TEXT,
    signed_by TEXT,
    reopen_reason TEXT,
    reopened_by TEXT,
    reopened_at TEXT,
    snapshot TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE INDEX idx_signed_report_enterprise ON signed_report(enterprise_id);
CREATE INDEX idx_signed_report_visit_id ON signed_report(visit_id, revision);
CREATE INDEX idx_signed_report_sha256 ON signed_report(sha256);
"""
