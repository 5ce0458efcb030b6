"""Photos: dropped, pasted or attached; imported in the background; annotated without touching the original."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from score_desktop.domain.annotations import problems
from score_desktop.store import queries
from score_desktop.store.photos import ext_for_mime
from score_desktop.ui.photos.photo_viewer import PhotoViewerDialog
from tests.builders import make_observation, make_visit
from tests.support.qt import drop_files, mouse_drag, type_text, write_picture


def _visit_screen(window, workspace, **finding):
    visit = make_visit(workspace)
    observation = make_observation(workspace, visit, **finding) if finding is not None else None
    window.show_screen("visit", visit["id"])
    return window.screens["visit"], visit, observation


def _wait_import(qtbot, strip, timeout=20_000):
    with qtbot.waitSignal(strip.importer.finished, timeout=timeout) as blocker:
        pass
    return blocker.args[0]


def test_drop_a_camera_folder_imports_pictures_and_lists_bad_files(qtbot, window, workspace, camera_card):
    screen, visit, finding = _visit_screen(window, workspace, text="Oil on the floor", recommendation=None)
    strip = screen.editor.photos
    with qtbot.waitSignal(strip.importer.finished, timeout=20_000) as blocker:
        drop_files(strip, [camera_card])
        assert strip.progress.isVisible() and strip.cancel_button.isVisible()
        # The trainer keeps typing while the pictures come in.
        type_text(qtbot, screen.editor.recommendation, "Fix the leak; 修理漏油")
    summary = blocker.args[0]
    assert summary.added == 3 and not summary.cancelled
    skipped = dict(summary.skipped)
    assert set(skipped) == {"IMG_0009.JPG", "notes.jpg", "empty.png"}
    assert "damaged" in skipped["IMG_0009.JPG"] and "empty" in skipped["empty.png"]
    assert strip.report.isVisible() and "3 file(s) skipped" in strip.report.text()
    assert not strip.progress.isVisible()
    qtbot.waitUntil(lambda: strip.model.rowCount() == 3)
    photos = queries.photos_of(workspace, observation_id=finding["id"])
    assert [p["original_name"] for p in photos] == ["IMG_0000.JPG", "IMG_0001.JPG", "IMG_0002.JPG"]
    # Thumbnails appear as they are ready.
    qtbot.waitUntil(lambda: all(strip.model.index(r).data(Qt.ItemDataRole.DecorationRole) is not None
                                for r in range(3)), timeout=10_000)
    screen.editor.saver.flush()
    assert workspace.observations.get(finding["id"])["recommendation"] == "Fix the leak; 修理漏油"
    assert screen.findings_model.index(0, 3).data() == "3"

    # Dropping the same folder again adds no duplicates to this finding.
    drop_files(strip, [camera_card])
    assert _wait_import(qtbot, strip).added == 0


def test_photos_dropped_on_a_topic_without_findings_start_one(qtbot, window, workspace, tmp_path):
    visit = make_visit(workspace)
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    assert screen.editor.finding_id is None
    picture = write_picture(tmp_path / "exit.jpg")
    with qtbot.waitSignal(screen.editor.photos.importer.finished, timeout=20_000):
        drop_files(screen.editor.photos, [picture])
    findings = queries.findings_of_visit(workspace, visit["id"])
    assert len(findings) == 1 and findings[0]["photo_count"] == 1


def test_paste_a_copied_picture(qtbot, window, workspace):
    screen, _visit, finding = _visit_screen(window, workspace, text="Messy bench")
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    # setImage, not setMimeData(QMimeData()): a QMimeData made in Python and handed to the clipboard is deleted
    # twice when the QApplication goes away, and the test process ends with a segmentation fault.
    QGuiApplication.clipboard().setImage(image)
    strip = screen.editor.photos
    strip.view.setFocus()
    with qtbot.waitSignal(strip.importer.finished, timeout=20_000):
        qtbot.keyClick(strip.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QGuiApplication.clipboard().clear()
    photos = queries.photos_of(workspace, observation_id=finding["id"])
    assert len(photos) == 1 and photos[0]["mime"] == "image/png"


@pytest.mark.slow
def test_cancel_an_import(qtbot, window, workspace, tmp_path):
    screen, _visit, finding = _visit_screen(window, workspace, text="Many pictures")
    folder = tmp_path / "card"
    for n in range(40):
        write_picture(folder / f"P{n:03d}.jpg", size=(1600, 1200), color=(n * 6, 80, 120))
    strip = screen.editor.photos
    with qtbot.waitSignal(strip.importer.finished, timeout=30_000) as blocker:
        drop_files(strip, [folder])
        qtbot.waitUntil(lambda: strip.progress.value() >= 2, timeout=20_000)
        qtbot.mouseClick(strip.cancel_button, Qt.MouseButton.LeftButton)
    summary = blocker.args[0]
    assert summary.cancelled and summary.added < 40
    assert "Import cancelled" in strip.report.text()
    qtbot.waitUntil(lambda: len(queries.photos_of(workspace, observation_id=finding["id"])) == summary.added)


def _open_viewer(qtbot, strip, row: int = 0) -> PhotoViewerDialog:
    rect = strip.view.visualRect(strip.model.index(row))
    qtbot.mouseClick(strip.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(strip.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PhotoViewerDialog))
    viewer = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: viewer.canvas.has_image(), timeout=10_000)
    # Its one-key tools (A for the arrow, ...) are shortcuts: they reach it once it is the active window.
    qtbot.waitUntil(viewer.isActiveWindow, timeout=10_000)
    return viewer


def test_annotate_a_photo_and_undo_without_touching_the_original(qtbot, window, workspace, camera_card):
    screen, _visit, finding = _visit_screen(window, workspace, text="Oil on the floor")
    strip = screen.editor.photos
    drop_files(strip, [camera_card])
    _wait_import(qtbot, strip)
    photo = queries.photos_of(workspace, observation_id=finding["id"])[0]
    original = window.ctx.photos.original_path(photo["sha256"], ext_for_mime(photo["mime"]))
    before = hashlib.sha256(original.read_bytes()).hexdigest()

    viewer = _open_viewer(qtbot, strip)
    canvas = viewer.canvas
    qtbot.keyClick(canvas, Qt.Key.Key_A)  # the arrow tool
    mouse_drag(canvas, canvas.from_picture(0.2, 0.2), canvas.from_picture(0.6, 0.5))
    viewer.tool_actions["ellipse"].trigger()
    mouse_drag(canvas, canvas.from_picture(0.5, 0.5), canvas.from_picture(0.8, 0.9))
    qtbot.mouseClick(viewer.label_text, Qt.MouseButton.LeftButton)
    type_text(qtbot, viewer.label_text, "漏油")
    viewer.tool_actions["text"].trigger()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.from_picture(0.1, 0.1).toPoint())
    layer = workspace.photos.get(photo["id"])["annotations"]
    assert [shape["shape"] for shape in layer] == ["arrow", "ellipse", "text"]
    assert layer[1]["x2"] == pytest.approx(0.8, abs=0.01) and layer[1]["y1"] == pytest.approx(0.5, abs=0.01)
    assert problems(layer) == []  # the format the PDF report draws (score_desktop/domain/annotations.py)
    assert layer[0]["x1"] == pytest.approx(0.2, abs=0.01) and layer[0]["y2"] == pytest.approx(0.5, abs=0.01)
    assert layer[2]["text"] == "漏油" and layer[2]["x1"] == pytest.approx(0.1, abs=0.01)

    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [shape["shape"] for shape in workspace.photos.get(photo["id"])["annotations"]] == ["arrow", "ellipse"]
    # Zoom and turning the view change nothing stored; shapes drawn on a turned view land on the picture.
    qtbot.keyClick(canvas, Qt.Key.Key_R)
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.rotation == 90 and canvas.zoom is not None
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    viewer.tool_actions["rect"].trigger()
    mouse_drag(canvas, canvas.from_picture(0.1, 0.7), canvas.from_picture(0.3, 0.9))
    rect = workspace.photos.get(photo["id"])["annotations"][-1]
    assert rect["shape"] == "rect" and rect["x1"] == pytest.approx(0.1, abs=0.01)
    assert rect["y2"] == pytest.approx(0.9, abs=0.01)

    # Caption and kind, saved as typed; then the next photo.
    qtbot.mouseClick(viewer.caption, Qt.MouseButton.LeftButton)
    type_text(qtbot, viewer.caption, "Leak under machine 4")
    viewer.kind.setFocus()
    qtbot.keyClick(viewer.kind, Qt.Key.Key_End)  # the last kind: signature
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert viewer.photo["id"] != photo["id"] and viewer.position.text() == "2 of 3"
    stored = workspace.photos.get(photo["id"])
    assert stored["caption"] == "Leak under machine 4" and stored["kind"] == "signature"
    viewer.accept()
    assert hashlib.sha256(original.read_bytes()).hexdigest() == before  # the original is untouched
    # The thumbnail shows the layer (the model hands it to the delegate).
    assert len(strip.model.index(0).data(strip.model.AnnotationsRole)) == 3


def test_delete_a_photo_and_undo(qtbot, window, workspace, camera_card):
    screen, _visit, finding = _visit_screen(window, workspace, text="Oil on the floor")
    strip = screen.editor.photos
    drop_files(strip, [camera_card])
    _wait_import(qtbot, strip)
    qtbot.waitUntil(lambda: strip.model.rowCount() == 3)
    strip.view.setFocus()
    strip.view.setCurrentIndex(strip.model.index(1))
    qtbot.keyClick(strip.view, Qt.Key.Key_Delete)
    assert len(queries.photos_of(workspace, observation_id=finding["id"])) == 2
    assert window.undo_delete_action.text() == "Undo delete photo"
    window.undo_delete_action.trigger()
    assert len(queries.photos_of(workspace, observation_id=finding["id"])) == 3
    assert strip.model.rowCount() == 3


@pytest.mark.slow
def test_the_window_answers_while_photos_import(qtbot, window, workspace, tmp_path):
    """The event loop keeps turning during an import: photos arrive one by one with the window's own timer
    ticking between them (bench/gui.py measures the longest stall with 100 pictures of 12 MP)."""
    screen, _visit, _finding = _visit_screen(window, workspace, text="Line 2")
    folder = tmp_path / "card"
    for n in range(12):
        write_picture(folder / f"P{n:03d}.jpg", size=(4000, 3000), color=(n * 20, 90, 140))
    ticks = [0]
    ticks_at_progress: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    strip = screen.editor.photos
    strip.importer.progressed.connect(lambda done, total: ticks_at_progress.append(ticks[0]))
    with qtbot.waitSignal(strip.importer.finished, timeout=120_000) as blocker:
        drop_files(strip, [folder])
        timer.start()
    timer.stop()
    assert blocker.args[0].added == 12
    assert len(ticks_at_progress) >= 12  # at least one progress step per photo
    # The timer ticked between photos, not only once they were all done: the GUI thread never waited for them.
    assert len(set(ticks_at_progress)) >= 6, ticks_at_progress


def test_the_photos_are_recorded_before_their_report_copies_are_made(qtbot, window, workspace, camera_card):
    """The trainer sees every photo on the finding as soon as the pictures are in: the report copies that follow
    (seconds for a camera card) hold no record back."""
    screen, _visit, finding = _visit_screen(window, workspace, text="Blocked exit")
    strip = screen.editor.photos
    seen = []

    def pictures_in(added: int) -> None:
        seen.append((added, len(queries.photos_of(workspace, observation_id=finding["id"]))))

    strip.importer.pictures_in.connect(pictures_in)
    drop_files(strip, [camera_card])
    assert _wait_import(qtbot, strip).added == 3
    assert seen == [(3, 3)]


def test_an_import_prepares_each_photos_report_copy(qtbot, window, workspace, camera_card, monkeypatch):
    """The first report of the visit then decodes no photo: each report-size copy is made at import."""
    from score_desktop.store.photos import PhotoStore

    screen, _visit, finding = _visit_screen(window, workspace, text="Oil on the floor")
    strip = screen.editor.photos
    steps = []
    strip.importer.preparing.connect(lambda done, total: steps.append((done, total)))
    drop_files(strip, [camera_card])
    assert _wait_import(qtbot, strip).added == 3
    assert steps[-1] == (3, 3)
    photos = queries.photos_of(workspace, observation_id=finding["id"])
    copies = workspace.paths.derived / "report-1600"
    assert sorted(path.stem for path in copies.rglob("*.jpg")) == sorted(p["sha256"] for p in photos)

    decoded = []
    real = PhotoStore._derived
    monkeypatch.setattr(PhotoStore, "_derived", lambda self, sha256, ext, **kw: decoded.append(
        (sha256, kw["folder"], (workspace.paths.derived / kw["folder"] / sha256[:2] / f"{sha256}.jpg").exists()))
        or real(self, sha256, ext, **kw))
    from score_desktop.reports import build_visit_report

    build_visit_report(workspace, _visit["id"], workspace.paths.tmp / "first.pdf")
    assert decoded and all(ready for _sha, folder, ready in decoded if folder == "report-1600")
