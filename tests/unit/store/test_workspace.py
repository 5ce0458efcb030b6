"""Opening workspaces, migrations, backups, and the refusal of newer or damaged databases."""

from __future__ import annotations

import sqlite3

import pytest

from score_desktop.errors import WorkspaceCorruptError, WorkspaceNewerError
from score_desktop.store import migrations
from score_desktop.store.workspace import Workspace
from tests.builders import make_enterprise, make_visit


def test_new_workspace_has_its_folders_wal_and_foreign_keys(tmp_path):
    with Workspace.open(tmp_path / "ws") as ws:
        for folder in ("photos", "derived", "backups", "logs", "tmp"):
            assert (tmp_path / "ws" / folder).is_dir()
        assert ws.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert ws.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert migrations.schema_version(ws.conn) == migrations.latest_version()
        assert ws.device_id and ws.meta("workspace_id")


def test_reopening_keeps_records_and_identity(tmp_path):
    with Workspace.open(tmp_path / "ws") as ws:
        enterprise = make_enterprise(ws)
        device_id = ws.device_id
    with Workspace.open(tmp_path / "ws") as ws:
        assert ws.enterprises.get(enterprise["id"])["name"] == enterprise["name"]
        assert ws.device_id == device_id
        assert list((tmp_path / "ws" / "backups").iterdir()) == []  # nothing to migrate, no backup


def test_migration_of_an_existing_database_makes_a_backup_first(tmp_path, monkeypatch):
    with Workspace.open(tmp_path / "ws") as ws:
        enterprise = make_enterprise(ws)
    extra = (migrations.latest_version() + 1, "ALTER TABLE enterprise ADD COLUMN test_added TEXT;")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, extra])
    with Workspace.open(tmp_path / "ws") as ws:
        assert migrations.schema_version(ws.conn) == extra[0]
        columns = [row[1] for row in ws.conn.execute("PRAGMA table_info(enterprise)")]
        assert "test_added" in columns
    latest = extra[0] - 1
    backups = list((tmp_path / "ws" / "backups").glob(f"workspace-v{latest}-*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == latest
    assert copy.execute("SELECT name FROM enterprise WHERE id = ?", (enterprise["id"],)).fetchone()[0]
    copy.close()


def test_a_failing_migration_changes_nothing(tmp_path, monkeypatch):
    with Workspace.open(tmp_path / "ws"):
        pass
    broken = (migrations.latest_version() + 1, "ALTER TABLE enterprise ADD COLUMN half TEXT; SELECT * FROM nowhere;")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    with pytest.raises(WorkspaceCorruptError):
        Workspace.open(tmp_path / "ws")
    conn = sqlite3.connect(tmp_path / "ws" / "workspace.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == broken[0] - 1
    assert "half" not in [row[1] for row in conn.execute("PRAGMA table_info(enterprise)")]
    conn.close()


def test_a_newer_database_is_refused_untouched(tmp_path):
    with Workspace.open(tmp_path / "ws"):
        pass
    path = tmp_path / "ws" / "workspace.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceNewerError) as caught:
        Workspace.open(tmp_path / "ws")
    assert "newer SCORE Desktop" in caught.value.message and "99" in caught.value.message
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / "workspace.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(WorkspaceCorruptError) as caught:
        Workspace.open(tmp_path / "ws")
    assert "cannot be read" in caught.value.message


def test_listeners_hear_what_a_committed_transaction_changed(workspace):
    heard = []
    workspace.subscribe(heard.append)
    visit = make_visit(workspace)
    with workspace.transaction():
        workspace.visits.update(visit["id"], status="final")
        workspace.observations.create(visit_id=visit["id"], text="Aisle blocked")
    assert len(heard) == 3  # enterprise, visit, then the transaction of two writes
    last = heard[-1]
    assert last.updated == {"visit": {visit["id"]}}
    assert set(last.created) == {"observation"}
    assert last.enterprises == {visit["enterprise_id"]}


def test_a_rolled_back_transaction_tells_no_one(workspace):
    heard = []
    workspace.subscribe(heard.append)
    with pytest.raises(RuntimeError):
        with workspace.transaction():
            make_enterprise(workspace)
            raise RuntimeError("boom")
    assert heard == [] and workspace.enterprises.count() == 0


def test_a_workspace_of_the_first_release_is_migrated_with_its_data(tmp_path, monkeypatch):
    first_only = migrations.MIGRATIONS[:1]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", first_only)
        with Workspace.open(tmp_path / "ws") as ws:
            # Rows as the first release wrote them: only its columns (later migrations add some to visit).
            with ws.conn:
                ws.conn.execute("INSERT INTO enterprise (id, enterprise_id, name, created_at, updated_at, "
                                "updated_hlc) VALUES ('e1', 'e1', '华美', 'x', 'x', '0-0000-d')")
                ws.conn.execute("INSERT INTO visit (id, enterprise_id, module, visit_type, visit_date, status, "
                                "signatures, created_at, updated_at, updated_hlc) VALUES ('v1', 'e1', 'WC', "
                                "'baseline', '2026-01-05', 'signed', '{}', 'x', 'x', '0-0000-d')")
    with Workspace.open(tmp_path / "ws") as ws:
        assert migrations.schema_version(ws.conn) == migrations.latest_version()
        visit = ws.visits.get("v1")
        assert (visit["module"], visit["status"], visit["reopen_reason"]) == ("WC", "signed", None)
        make_visit(ws)  # and the current app writes to it
    assert len(list((tmp_path / "ws" / "backups").glob("workspace-v1-*.db"))) == 1


def test_a_folder_that_cannot_be_made_is_a_clear_error(tmp_path):
    from score_desktop.errors import WorkspaceFolderError

    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(WorkspaceFolderError) as caught:
        Workspace.open(tmp_path / "file" / "ws")
    assert "cannot be created" in caught.value.message
