"""The server's tables, in SQLAlchemy Core, the same on SQLite and PostgreSQL.

Records of every entity share one table: the sync protocol treats them alike (a version from one counter, a scope
from ``enterprise_id``, fields as JSON that may hold members this server does not know), and a pull reads them
in one ordered scan. JSON columns are plain text so a pull can pass them through without decoding them.

Times are RFC 3339 UTC strings, as on the wire; ids are UUID strings made by whoever created the row.
"""

from __future__ import annotations

from sqlalchemy import (BigInteger, Boolean, Column, ForeignKey, Index, Integer, MetaData, String, Table, Text,
                        UniqueConstraint)

#: Bumped when the tables change; a server refuses a database written by a newer one and upgrades an older one
#: (migrations.py).
SCHEMA_VERSION = 5

metadata = MetaData()

#: ``epoch`` (see docs/sync-protocol.md, Meta), ``schema_version``, ``created_at``.
meta = Table(
    "meta", metadata,
    Column("key", String(50), primary_key=True),
    Column("value", Text, nullable=False),
)

#: One row: the last value of the server-wide change counter. Its row lock serializes pushes (see push.py).
counter = Table(
    "counter", metadata,
    Column("id", Integer, primary_key=True),
    Column("value", BigInteger, nullable=False),
)

users = Table(
    "users", metadata,
    Column("id", String(36), primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", String(40), nullable=False),
)

#: ``next_client_seq`` NULL means "not known": the device's next push sets it (a new device, or after a restore).
#: ``last_seen_at`` is its last sign-in or push; ``last_pull_at`` and ``pulled_through`` (schema 4) its last pull
#: that reached the end of the changes, and the change counter it reached (``score-server user devices``).
devices = Table(
    "devices", metadata,
    Column("id", String(36), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("next_client_seq", BigInteger, nullable=True),
    Column("created_at", String(40), nullable=False),
    Column("last_seen_at", String(40), nullable=True),
    Column("last_pull_at", String(40), nullable=True),
    Column("pulled_through", BigInteger, nullable=True),
)

#: Only a SHA-256 of each token is stored: a copied database does not let anyone in. ``last_used_at`` (schema 2)
#: is refreshed at most hourly; a token idle for longer than the server's limit no longer signs anyone in.
tokens = Table(
    "tokens", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id"), nullable=False),
    Column("device_id", String(36), ForeignKey("devices.id"), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
    Column("last_used_at", String(40), nullable=True),
)

#: Failed sign-ins per typed username (schema 2), shared by every server process: ``account_key`` is a SHA-256
#: of the normalized name, so names that are no account are counted alike and the row size stays bounded.
login_failures = Table(
    "login_failures", metadata,
    Column("account_key", String(64), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_at", String(40), nullable=False),
    Column("locked_until", String(40), nullable=True),
    Index("ix_login_failures_last_at", "last_at"),
)

#: Which enterprises a trainer sees and writes (coordinators and admins see all).
assignments = Table(
    "assignments", metadata,
    Column("user_id", String(36), ForeignKey("users.id"), primary_key=True),
    Column("enterprise_id", String(36), primary_key=True),
    Column("assigned_at", String(40), nullable=False),
)

#: The current state of every record. ``field_meta`` maps each field to ``{"v": version it last changed at,
#: "h": the HLC of the standing value, "u": the user who wrote it}``: what merge and conflicts need.
#: ``created_by`` and ``updated_by`` (schema 3) are the accounts that created it and last changed it (user ids; pull
#: and exports give their usernames: docs/sync-protocol.md Part 2, "Roles").
records = Table(
    "records", metadata,
    Column("entity", String(40), primary_key=True),
    Column("id", String(36), primary_key=True),
    Column("enterprise_id", String(36), nullable=False),
    Column("version", BigInteger, nullable=False, unique=True),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("fields", Text, nullable=False),
    Column("field_meta", Text, nullable=False),
    Column("delete_version", BigInteger, nullable=True),
    Column("delete_hlc", String(120), nullable=True),
    Column("deleted_by", String(36), nullable=True),
    Column("blob_sha256", String(64), nullable=True),
    Column("created_by", String(36), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("updated_by", String(36), nullable=True),
    Index("ix_records_enterprise_version", "enterprise_id", "version"),
    Index("ix_records_blob", "blob_sha256"),
)

#: Every processed mutation with its first answer. The UNIQUE constraint on ``mutation_id`` is what makes a
#: repeated push apply once, even when two copies arrive at the same moment.
mutations = Table(
    "mutations", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("mutation_id", String(100), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("user_id", String(36), nullable=False),
    Column("client_seq", BigInteger, nullable=False),
    Column("entity", String(40), nullable=True),
    Column("record_id", String(36), nullable=True),
    Column("status", String(20), nullable=False),
    Column("version", BigInteger, nullable=True),
    Column("conflict_ids", Text, nullable=False),
    Column("error", Text, nullable=True),
    Column("body", Text, nullable=False),
    Column("received_at", String(40), nullable=False),
    UniqueConstraint("mutation_id", name="uq_mutations_mutation_id"),
)

#: Kept losing values. ``fields`` is the wire form of docs/sync-protocol.md (``entity: "conflict"`` changes).
conflicts = Table(
    "conflicts", metadata,
    Column("id", String(36), primary_key=True),
    Column("enterprise_id", String(36), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("target_id", String(36), nullable=False),
    Column("field", String(200), nullable=True),
    Column("status", String(20), nullable=False),
    Column("version", BigInteger, nullable=False, unique=True),
    Column("fields", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Index("ix_conflicts_enterprise_version", "enterprise_id", "version"),
)

#: Photos held, by content hash; the bytes are files under the data folder (see blobs.py).
blobs = Table(
    "blobs", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("mime", String(100), nullable=True),
    Column("created_at", String(40), nullable=False),
)

#: Who proved they hold a blob's bytes by uploading them (schema 2): they may download it whatever records name it.
blob_uploaders = Table(
    "blob_uploaders", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id"), primary_key=True),
    Column("created_at", String(40), nullable=False),
)

#: tus uploads in progress (and recently finished ones, so a late HEAD still gets an answer).
uploads = Table(
    "uploads", metadata,
    Column("id", String(36), primary_key=True),
    Column("user_id", String(36), ForeignKey("users.id"), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("length", BigInteger, nullable=False),
    Column("offset", BigInteger, nullable=False),
    Column("filename", String(500), nullable=True),
    Column("mime", String(100), nullable=True),
    Column("state", String(20), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
)

#: Every reopening of a signed visit: why, who and when (docs/sync-protocol.md Part 2, "Signed visits are locked").
visit_reopenings = Table(
    "visit_reopenings", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("visit_id", String(36), nullable=False),
    Column("enterprise_id", String(36), nullable=False),
    Column("reason", Text, nullable=False),
    Column("user_id", String(36), nullable=False),
    Column("mutation_id", String(100), nullable=False),
    Column("reopened_at", String(40), nullable=False),
    Index("ix_visit_reopenings_visit", "visit_id"),
)

#: The pieces of an upload in progress held in an object store (schema 4, staging.py): a piece counts once its row
#: is here, written in the transaction that moved the upload's offset past it.
upload_pieces = Table(
    "upload_pieces", metadata,
    Column("upload_id", String(36), primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("key", String(300), nullable=False),
)

#: Tables in the order a restore fills them (parents first); a backup writes them all.
BACKUP_TABLES = (users, devices, tokens, assignments, records, mutations, conflicts, blobs, blob_uploaders,
                 visit_reopenings)
#: Tables a backup written by an older schema may lack (first schema that has each).
ADDED_IN = {"blob_uploaders": 2, "visit_reopenings": 3}
