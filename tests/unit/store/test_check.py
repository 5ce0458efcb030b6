"""The integrity check says in plain words what is wrong with a workspace."""

from __future__ import annotations

import random

from score_desktop.demo.images import write_photo
from score_desktop.store.check import check_workspace
from score_desktop.store.photos import PhotoStore
from tests.builders import make_observation


def _photo(ws, tmp_path, seed=1):
    stored = PhotoStore(ws.paths).import_file(write_photo(tmp_path / f"p{seed}.jpg", random.Random(seed),
                                                          size=(320, 240)))
    observation = make_observation(ws)
    ws.photos.create(observation_id=observation["id"], sha256=stored.sha256, size=stored.size, mime=stored.mime)
    return ws.paths.photo_file(stored.sha256, stored.ext)


def test_a_whole_workspace_has_no_problems(workspace, tmp_path):
    _photo(workspace, tmp_path)
    assert check_workspace(workspace) == []


def test_a_missing_picture_is_named(workspace, tmp_path):
    path = _photo(workspace, tmp_path)
    path.unlink()
    (problem,) = check_workspace(workspace)
    assert "missing from photos/" in str(problem)


def test_a_damaged_picture_is_named(workspace, tmp_path):
    path = _photo(workspace, tmp_path)
    path.chmod(0o644)
    with path.open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\x00\x01\x02")
    problems = [str(p) for p in check_workspace(workspace)]
    assert any("is damaged" in p and path.name in p for p in problems)


def test_a_stray_file_is_named(workspace):
    stray = workspace.paths.photos / "holiday.jpg"
    stray.write_bytes(b"not ours")
    (problem,) = check_workspace(workspace)
    assert "photos/holiday.jpg does not belong" in str(problem)


def test_a_broken_reference_is_named(workspace):
    observation = make_observation(workspace)
    workspace.conn.execute("PRAGMA foreign_keys = OFF")
    workspace.conn.execute("UPDATE observation SET visit_id = '99999999-9999-9999-9999-999999999999' WHERE id = ?",
                           (observation["id"],))
    workspace.conn.commit()
    workspace.conn.execute("PRAGMA foreign_keys = ON")
    (problem,) = check_workspace(workspace)
    assert f"A observation record ({observation['id']}) points at a visit" in str(problem)
