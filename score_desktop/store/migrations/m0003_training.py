"""Migration 3: classroom training (sessions, the enterprises that send people, participants).

- ``training_session`` is rebuilt without the foreign key on ``enterprise_id``: a session is shared by the
  enterprises that send people to it (docs/sync-protocol.md, Part 2, "Classroom training"), so a trainer's
  workspace may hold a session whose host enterprise is not theirs. It gains its days (``dates``), ``city``,
  ``co_trainers`` and ``language``. SQLite cannot drop a constraint, hence the rebuild; participants pointing at
  sessions are set aside meanwhile so no foreign key is ever broken.
- ``attendance`` (the participants) gains ``position``, ``days_present`` and the feedback.
- ``training_enrolment`` is new: one row per enterprise that takes part in a session.
"""

SQL = """
CREATE TEMP TABLE attendance_kept AS SELECT * FROM attendance;
DELETE FROM attendance;

CREATE TABLE training_session_rebuilt (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL,
    module TEXT,
    session_date TEXT,
    days REAL,
    location TEXT,
    trainer TEXT,
    notes TEXT,
    dates TEXT,
    city TEXT,
    co_trainers TEXT,
    language TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
INSERT INTO training_session_rebuilt (id, enterprise_id, module, session_date, days, location, trainer, notes,
                                      created_at, updated_at, updated_hlc, version, deleted, extra_json)
    SELECT id, enterprise_id, module, session_date, days, location, trainer, notes,
           created_at, updated_at, updated_hlc, version, deleted, extra_json FROM training_session;
DROP TABLE training_session;
ALTER TABLE training_session_rebuilt RENAME TO training_session;
CREATE INDEX idx_training_session_enterprise ON training_session(enterprise_id);
CREATE INDEX idx_training_session_date ON training_session(session_date);

ALTER TABLE attendance ADD COLUMN position TEXT;
ALTER TABLE attendance ADD COLUMN days_present TEXT;
ALTER TABLE attendance ADD COLUMN feedback_content INTEGER;
ALTER TABLE attendance ADD COLUMN feedback_trainer INTEGER;
ALTER TABLE attendance ADD COLUMN feedback_apply INTEGER;
ALTER TABLE attendance ADD COLUMN feedback_comment TEXT;
INSERT INTO attendance (id, enterprise_id, training_session_id, eit_member_id, name, side, gender, days_attended,
                        created_at, updated_at, updated_hlc, version, deleted, extra_json)
    SELECT id, enterprise_id, training_session_id, eit_member_id, name, side, gender, days_attended,
           created_at, updated_at, updated_hlc, version, deleted, extra_json FROM attendance_kept;
DROP TABLE attendance_kept;

CREATE TABLE training_enrolment (
    id TEXT PRIMARY KEY NOT NULL,
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id) DEFERRABLE INITIALLY DEFERRED,
    training_session_id TEXT REFERENCES training_session(id) DEFERRABLE INITIALLY DEFERRED,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_hlc TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra_json TEXT
);
CREATE INDEX idx_training_enrolment_enterprise ON training_enrolment(enterprise_id);
CREATE INDEX idx_training_enrolment_training_session_id ON training_enrolment(training_session_id);
"""
