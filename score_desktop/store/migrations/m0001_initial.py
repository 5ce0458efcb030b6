"""Migration 1: the first workspace schema.

Never edit this file once released (STYLE.md habit 10): a change of schema is a new numbered migration.
Foreign keys are DEFERRABLE INITIALLY DEFERRED so a sync page or a bundle can bring a child before its parent
inside one transaction; they are still checked at commit.
"""

SQL = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

-- One row per mutation, written in the same transaction as its record (docs/sync-protocol.md).
-- state: pending (never sent; later edits of the same record may merge into it), in_flight (may have been
-- sent: never changed again), acked, rejected.
CREATE TABLE outbox (
    client_seq INTEGER PRIMARY KEY NOT NULL,
    mutation_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    enterprise_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    base_version INTEGER NOT NULL,
    hlc TEXT NOT NULL,
    fields_json TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'in_flight', 'acked', 'rejected')),
    created_at TEXT NOT NULL,
    sent_at TEXT,
    result_status TEXT,
    result_version INTEGER,
    error_code TEXT,
    error_message TEXT
);
CREATE INDEX idx_outbox_record ON outbox(entity, record_id);
CREATE INDEX idx_outbox_state ON outbox(state);

-- Search: one row per searchable record; two FTS5 indexes over the same text.
-- search_trigram finds substrings of 3+ characters in any script; search_words holds the text with a space
-- around every CJK character, so 1-2 character Chinese queries are phrase queries on an index, not a table scan.
CREATE TABLE search_doc (
    rowid INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    enterprise_id TEXT NOT NULL,
    UNIQUE (entity, record_id)
);
CREATE VIRTUAL TABLE search_trigram USING fts5(title, body, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_words USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE enterprise (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL,
    name TEXT,
    name_latin TEXT,
    sector TEXT,
    products TEXT,
    address TEXT,
    city TEXT,
    province TEXT,
    country TEXT,
    headcount_women INTEGER,
    headcount_men INTEGER,
    headcount_managers INTEGER,
    headcount_workers INTEGER,
    sponsors TEXT,
    contact_name TEXT,
    contact_phone TEXT,
    contact_email TEXT,
    consent_share INTEGER,
    report_language TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE TABLE eit_member (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT,
    role TEXT,
    side TEXT,
    gender TEXT,
    department TEXT,
    position TEXT,
    from_date TEXT,
    to_date TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE INDEX idx_eit_member_enterprise ON eit_member(enterprise_id);
CREATE TABLE training_session (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    module TEXT,
    session_date TEXT,
    days REAL,
    location TEXT,
    trainer TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE INDEX idx_training_session_enterprise ON training_session(enterprise_id);
CREATE TABLE attendance (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    training_session_id TEXT REFERENCES training_session(id) DEFERRABLE INITIALLY DEFERRED,
    eit_member_id TEXT REFERENCES eit_member(id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT,
    side TEXT,
    gender TEXT,
    days_attended REAL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE INDEX idx_attendance_enterprise ON attendance(enterprise_id);
CREATE INDEX idx_attendance_training_session_id ON attendance(training_session_id);
CREATE INDEX idx_attendance_eit_member_id ON attendance(eit_member_id);
CREATE TABLE visit (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    module TEXT,
    visit_type TEXT,
    visit_date TEXT,
    status TEXT,
    catalog_version TEXT,
    trainer TEXT,
    co_visitors TEXT,
    attendees TEXT,
    objectives TEXT,
    summary TEXT,
    next_visit_date TEXT,
    signatures TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE INDEX idx_visit_enterprise ON visit(enterprise_id);
CREATE TABLE observation (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    visit_id TEXT REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    topic TEXT,
    location TEXT,
    text TEXT,
    rating TEXT,
    recommendation TEXT,
    position INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE INDEX idx_observation_enterprise ON observation(enterprise_id);
CREATE INDEX idx_observation_visit_id ON observation(visit_id);
CREATE TABLE action_item (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    visit_id TEXT REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    title TEXT,
    owner_id TEXT REFERENCES eit_member(id) DEFERRABLE INITIALLY DEFERRED,
    due_date TEXT,
    status TEXT,
    observation_id TEXT REFERENCES observation(id) DEFERRABLE INITIALLY DEFERRED,
    module TEXT,
    expected_saving REAL,
    actual_saving REAL,
    completed_date TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE INDEX idx_action_item_enterprise ON action_item(enterprise_id);
CREATE INDEX idx_action_item_visit_id ON action_item(visit_id);
CREATE INDEX idx_action_item_owner_id ON action_item(owner_id);
CREATE INDEX idx_action_item_observation_id ON action_item(observation_id);
CREATE TABLE photo (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    sha256 TEXT,
    size INTEGER,
    mime TEXT,
    visit_id TEXT REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    observation_id TEXT REFERENCES observation(id) DEFERRABLE INITIALLY DEFERRED,
    action_item_id TEXT REFERENCES action_item(id) DEFERRABLE INITIALLY DEFERRED,
    caption TEXT,
    kind TEXT,
    taken_at TEXT,
    width INTEGER,
    height INTEGER,
    original_name TEXT,
    annotations TEXT,
    position INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE INDEX idx_photo_enterprise ON photo(enterprise_id);
CREATE INDEX idx_photo_visit_id ON photo(visit_id);
CREATE INDEX idx_photo_observation_id ON photo(observation_id);
CREATE INDEX idx_photo_action_item_id ON photo(action_item_id);
CREATE TABLE kpi_reading (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    kpi TEXT,
    period_start TEXT,
    period_end TEXT,
    phase TEXT,
    value REAL,
    numerator REAL,
    denominator REAL,
    source TEXT,
    note TEXT,
    visit_id TEXT REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    supersedes_id TEXT REFERENCES kpi_reading(id) DEFERRABLE INITIALLY DEFERRED,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE INDEX idx_kpi_reading_enterprise ON kpi_reading(enterprise_id);
CREATE INDEX idx_kpi_reading_visit_id ON kpi_reading(visit_id);
CREATE INDEX idx_kpi_reading_supersedes_id ON kpi_reading(supersedes_id);
CREATE TABLE practice_check (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    topic TEXT,
    phase TEXT,
    in_place INTEGER,
    visit_id TEXT REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE INDEX idx_practice_check_enterprise ON practice_check(enterprise_id);
CREATE INDEX idx_practice_check_visit_id ON practice_check(visit_id);
CREATE TABLE suggestion (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    received_date TEXT,
    text TEXT,
    submitted_by TEXT,
    implemented INTEGER,
    implemented_date TEXT,
    reward REAL,
    saving REAL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE INDEX idx_suggestion_enterprise ON suggestion(enterprise_id);
CREATE TABLE review (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    visit_id TEXT REFERENCES visit(id) DEFERRABLE INITIALLY DEFERRED,
    state TEXT,
    comments TEXT,
    reviewer TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE INDEX idx_review_enterprise ON review(enterprise_id);
CREATE INDEX idx_review_visit_id ON review(visit_id);
CREATE INDEX idx_visit_date ON visit(visit_date);
CREATE INDEX idx_action_item_due ON action_item(status, due_date);
CREATE INDEX idx_kpi_reading_kpi ON kpi_reading(enterprise_id, kpi, period_end);
CREATE INDEX idx_photo_sha256 ON photo(sha256);
"""
