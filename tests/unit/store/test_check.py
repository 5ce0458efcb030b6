"""The integrity check says in plain words what is wrong with a workspace."""

from __future__ import annotations

import random

from score_desktop.demo.images import write_photo
from score_desktop.store.check import check_report, check_workspace
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


# -- issue 10, item 7: a check that can be trusted ------------------------------------------------------------


def test_a_synced_photo_not_downloaded_yet_is_a_note_not_a_problem(workspace, tmp_path):
    path = _photo(workspace, tmp_path)
    sha256 = path.name.split(".")[0]
    path.unlink()
    with workspace.transaction():  # as the sync leaves a photo record pulled from the server
        workspace.conn.execute("UPDATE photo SET version = 7 WHERE sha256 = ?", (sha256,))
    report = check_report(workspace)
    assert report.problems == []
    assert any("not downloaded yet" in str(note) for note in report.notes)


def test_a_synced_photo_still_owed_to_the_server_is_missing(workspace, tmp_path):
    path = _photo(workspace, tmp_path)
    sha256 = path.name.split(".")[0]
    path.unlink()
    with workspace.transaction():  # the record went up, its picture was still waiting to
        workspace.conn.execute("UPDATE photo SET version = 7 WHERE sha256 = ?", (sha256,))
        workspace.conn.execute("INSERT INTO upload (sha256, ext, size, state, updated_at) "
                               "VALUES (?, 'jpg', 1, 'waiting', '2024-05-02T00:00:00Z')", (sha256,))
    (problem,) = check_workspace(workspace)
    assert "missing from photos/" in str(problem)


def test_extra_fields_that_are_not_json_are_a_problem(workspace):
    observation = make_observation(workspace)
    workspace.conn.execute("UPDATE observation SET extra_json = '{not json' WHERE id = ?", (observation["id"],))
    workspace.conn.execute("UPDATE visit SET extra_json = '[1, 2]'")
    workspace.conn.commit()
    problems = [str(problem) for problem in check_workspace(workspace)]
    assert any(observation["id"] in problem and "extra_json" in problem for problem in problems)
    assert any(problem.startswith("The visit record") for problem in problems)


def test_a_picture_no_record_uses_is_a_note(workspace, tmp_path):
    path = _photo(workspace, tmp_path)
    with workspace.transaction():
        workspace.conn.execute("DELETE FROM photo")  # as a failed import or a purge leaves it
    report = check_report(workspace)
    assert report.problems == [] and path.exists()
    assert any("1 picture file" in str(note) and "no photo record" in str(note) for note in report.notes)
