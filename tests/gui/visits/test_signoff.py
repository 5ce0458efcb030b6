"""A trainer finalises a visit, both people sign on the laptop (mouse, pen, finger), the visit locks, and a reopen
needs a reason."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from score_desktop.domain import signatures
from score_desktop.store import queries, signoff
from score_desktop.ui.core.autosave import DEBOUNCE_MS
from score_desktop.ui.visits.finalise_dialog import FinaliseDialog
from score_desktop.ui.visits.reopen_dialog import ReopenDialog
from score_desktop.ui.visits.signature_pad import SignaturePad
from tests.builders import make_action_item, make_kpi_reading, make_observation, make_visit
from tests.support.qt import mouse_drag, type_text


def _draw(pad, *, wiggles: int = 3) -> None:
    """A signature with the mouse: a few strokes across the pad."""
    width, height = pad.width(), pad.height()
    for n in range(wiggles):
        mouse_drag(pad, QPointF(width * (0.15 + 0.2 * n), height * 0.7), QPointF(width * (0.3 + 0.2 * n), height * 0.3),
                   steps=8)


def _open_signoff(qtbot, window, visit):
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    screen.tabs.setCurrentWidget(screen.signoff)
    qtbot.waitUntil(screen.signoff.isVisible)
    return screen


def _sign_both(qtbot, screen) -> None:
    panel = screen.signoff
    type_text(qtbot, panel.enterprise.name, "李娜")
    type_text(qtbot, panel.enterprise.position, "EIT chair")
    _draw(panel.trainer.pad)
    _draw(panel.enterprise.pad, wiggles=2)


def _answer_sign(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert box.objectName() == "signQuestion"
    qtbot.keyClick(box, Qt.Key.Key_Return)  # "Sign" is the default
    qtbot.waitUntil(lambda: screen.locked, timeout=30_000)


def test_both_sign_with_the_mouse_and_the_visit_locks(qtbot, window, workspace):
    visit = make_visit(workspace)
    finding = make_observation(workspace, visit)
    screen = _open_signoff(qtbot, window, visit)
    _sign_both(qtbot, screen)
    stored = signoff.signers(workspace.visits.get(visit["id"]))
    assert stored["enterprise"].name == "李娜" and stored["enterprise"].position == "EIT chair"
    assert len(stored["trainer"].strokes) == 3 and len(stored["enterprise"].strokes) == 2
    assert all(len(stroke) >= 5 for stroke in stored["trainer"].strokes)  # vectors, point by point
    assert stored["trainer"].name == "Wang Fang" and stored["trainer"].signed_at  # the visit's trainer, dated
    assert "Signed on" in screen.signoff.trainer.signed_on.text()

    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _answer_sign(qtbot, screen)
    report = signoff.latest_signed_report(workspace, visit["id"])
    assert report["revision"] == 1 and workspace.visits.get(visit["id"])["status"] == "signed"

    # Read-only, with a banner saying why.
    assert screen.banner.isVisible() and "locked" in screen.banner.text.text()
    assert screen.editor.text.isReadOnly() and not screen.editor.rating.isEnabled()
    assert not screen.new_finding_action.isEnabled() and not screen.sign_action.isEnabled()
    assert not screen.editor.photos.attach_button.isEnabled()
    assert screen.details.summary.isReadOnly() and not screen.details.status.isEnabled()
    assert screen.signoff.trainer.pad.is_read_only() and not screen.signoff.trainer.clear_button.isVisible()
    screen.tabs.setCurrentIndex(0)
    screen.checklist.setFocus()
    qtbot.keyClick(screen.checklist, Qt.Key.Key_3)  # a rating key does nothing now
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [f["id"] for f in queries.findings_of_visit(workspace, visit["id"])] == [finding["id"]]
    assert workspace.observations.get(finding["id"])["rating"] == finding["rating"]
    _draw(screen.signoff.trainer.pad)  # the pad takes no more strokes
    assert signoff.signers(workspace.visits.get(visit["id"]))["trainer"].strokes == stored["trainer"].strokes


def test_a_signature_can_be_redone_before_signing(qtbot, window, workspace):
    visit = make_visit(workspace)
    screen = _open_signoff(qtbot, window, visit)
    pad = screen.signoff.enterprise.pad
    _draw(pad, wiggles=2)
    assert signoff.signers(workspace.visits.get(visit["id"]))["enterprise"].drawn
    qtbot.mouseClick(screen.signoff.enterprise.clear_button, Qt.MouseButton.LeftButton)
    assert not signoff.signers(workspace.visits.get(visit["id"]))["enterprise"].drawn
    assert "Not signed yet" in screen.signoff.enterprise.signed_on.text()
    _draw(pad, wiggles=1)
    pad.setFocus()
    qtbot.keyClick(pad, Qt.Key.Key_Delete)  # Delete on the pad clears it too
    assert pad.is_empty() and not signoff.signers(workspace.visits.get(visit["id"]))["enterprise"].drawn


def test_signing_without_both_signatures_says_what_is_missing(qtbot, window, workspace):
    visit = make_visit(workspace)
    screen = _open_signoff(qtbot, window, visit)
    _draw(screen.signoff.trainer.pad)
    qtbot.mouseClick(screen.signoff.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert box.objectName() == "signaturesMissing"
    assert "enterprise's representative has not signed" in box.text() and "Type the name" in box.text()
    box.close()
    assert workspace.visits.get(visit["id"])["status"] == "draft"


def test_a_pen_signs_on_the_sign_off_tab(qtbot, window, workspace):
    visit = make_visit(workspace)
    screen = _open_signoff(qtbot, window, visit)
    pad = screen.signoff.trainer.pad
    pen = QPointingDevice("pen", 7, QPointingDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                         QPointingDevice.Capability.Position | QPointingDevice.Capability.Pressure, 1, 1)
    for kind, x in ((QEvent.Type.TabletPress, 0.2), (QEvent.Type.TabletMove, 0.4), (QEvent.Type.TabletMove, 0.6),
                    (QEvent.Type.TabletRelease, 0.8)):
        point = QPointF(pad.width() * x, pad.height() * 0.5)
        QApplication.sendEvent(pad, QTabletEvent(kind, pen, point, pad.mapToGlobal(point), 0.6, 0, 0, 0, 0, 0,
                                                 Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                                                 Qt.MouseButton.LeftButton))
    (stroke,) = signoff.signers(workspace.visits.get(visit["id"]))["trainer"].strokes
    x_values = [x for x, _y in stroke]
    assert len(stroke) == 4 and x_values == sorted(x_values) and x_values[-1] - x_values[0] > signatures.BOX_WIDTH * 0.4


def test_a_finger_signs_on_a_touch_screen(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(420, 140)
    pad.show()
    qtbot.waitExposed(pad)
    with qtbot.waitSignal(pad.changed) as signed:
        touch = QTest.createTouchDevice()
        middle = pad.rect().center()
        for step, point in (("press", middle / 2), ("move", middle), ("move", middle * 1.4),
                            ("release", middle * 1.4)):
            sequence = QTest.touchEvent(pad, touch)
            getattr(sequence, step)(0, point)
            sequence.commit()
    (stroke,) = signed.args[0]
    assert len(stroke) == 3 and stroke[0][0] < stroke[1][0] < stroke[2][0]  # one stroke, not doubled as a mouse


def test_reopen_needs_a_reason(qtbot, window, workspace):
    visit = make_visit(workspace)
    finding = make_observation(workspace, visit)
    screen = _open_signoff(qtbot, window, visit)
    _sign_both(qtbot, screen)
    qtbot.mouseClick(screen.signoff.sign_button, Qt.MouseButton.LeftButton)
    _answer_sign(qtbot, screen)

    qtbot.mouseClick(screen.banner.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReopenDialog))
    dialog = QApplication.activeModalWidget()
    assert not dialog.reopen_button.isEnabled()  # no reason, no reopening
    type_text(qtbot, dialog.reason, "   ")
    assert not dialog.reopen_button.isEnabled()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert workspace.visits.get(visit["id"])["status"] == "signed"

    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()  # back from the dialog, as the trainer is
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReopenDialog))
    dialog = QApplication.activeModalWidget()
    type_text(qtbot, dialog.reason, "十月的次品率记错了")
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.locked)
    reopened = workspace.visits.get(visit["id"])
    assert (reopened["status"], reopened["reopen_reason"]) == ("draft", "十月的次品率记错了")
    assert not screen.banner.isVisible() and not screen.editor.text.isReadOnly()
    assert "Reopened by" in screen.signoff.status.text()
    assert not screen.signoff.trainer.pad.is_read_only() and screen.signoff.trainer.pad.is_empty()
    screen.tabs.setCurrentIndex(0)
    screen.select_finding(finding["id"])
    screen.editor.recommendation.setFocus()
    qtbot.keyClick(screen.editor.recommendation, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, screen.editor.recommendation, " now")
    qtbot.waitUntil(lambda: workspace.observations.get(finding["id"])["recommendation"].endswith(" now"),
                    timeout=DEBOUNCE_MS + 500)


def test_finalise_lists_what_is_missing_and_fixes_or_goes_on(qtbot, window, workspace):
    visit = make_visit(workspace, module="QM")
    action = make_action_item(workspace, visit, title="Count the defects per line")
    window.show_screen("visit", visit["id"])
    screen = window.screens["visit"]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), FinaliseDialog))
    dialog = QApplication.activeModalWidget()
    texts = [dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount())]
    assert texts == ["No findings are recorded yet.", "The action “Count the defects per line” has no owner.",
                     "The module's core KPI “End-of-line defect rate” is not entered at this visit.",
                     "The module's core KPI “On-time delivery” is not entered at this visit."]
    dialog.view.selectRow(1)
    qtbot.mouseClick(dialog.fix_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("action", action["id"]) in window._dialogs)  # the action's window, to give it an owner
    window._dialogs[("action", action["id"])].close()

    make_observation(workspace, visit, topic="QM-01")
    enterprise = workspace.enterprises.get(visit["enterprise_id"])
    for kpi in ("defect_rate", "on_time_delivery"):
        make_kpi_reading(workspace, enterprise, kpi=kpi, visit_id=visit["id"], value=90.0, numerator=None,
                         denominator=None)
    screen.finalise()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), FinaliseDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.model.rowCount() == 1  # only the owner left
    qtbot.mouseClick(dialog.go_on_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.tabs.currentWidget() is screen.signoff)
    assert workspace.visits.get(visit["id"])["status"] == "final"
    assert "has no owner" in screen.signoff.missing.text()


def test_what_was_recorded_at_a_signed_visit_opens_read_only_but_actions_move_on(qtbot, window, workspace):
    visit = make_visit(workspace)
    finding = make_observation(workspace, visit)
    action = make_action_item(workspace, visit, title="Clear the exit")
    reading = make_kpi_reading(workspace, workspace.enterprises.get(visit["enterprise_id"]), visit_id=visit["id"])
    photo = workspace.photos.create(observation_id=finding["id"], sha256="a" * 64, size=10, mime="image/jpeg",
                                    caption="Exit")
    screen = _open_signoff(qtbot, window, visit)
    _sign_both(qtbot, screen)
    qtbot.mouseClick(screen.signoff.sign_button, Qt.MouseButton.LeftButton)
    _answer_sign(qtbot, screen)

    dialog = window.open_action(action["id"])
    editor = dialog.editor
    assert editor.title.isReadOnly() and not editor.owner.isEnabled() and not editor.due_date.isEnabled()
    assert editor.status.isEnabled() and not editor.note.isReadOnly() and editor.locked_note.isVisible()
    editor.status.setCurrentIndex(editor.status.findData("done"))  # the EIT did it
    qtbot.waitUntil(lambda: workspace.action_items.get(action["id"])["status"] == "done")
    dialog.close()

    viewer = window.open_photo_viewer([photo["id"]], 0)
    assert viewer.locked and viewer.caption.isReadOnly() and not viewer.delete_button.isEnabled()
    assert not viewer.tool_actions["arrow"].isEnabled() and viewer.tool_actions[None].isEnabled()
    viewer.close()

    reading_dialog = window.open_kpi_reading(reading_id=reading["id"])
    assert reading_dialog.locked and not reading_dialog.kpi.isEnabled()
    assert "signed visit" in reading_dialog.banner.text()
    reading_dialog.close()
    assert workspace.kpi_readings.get(reading["id"])["value"] == reading["value"]


def test_the_visit_screen_loads_no_report_builder():
    """reportlab and Pillow load when a report is made, not with the screen a trainer may open the app on."""
    import json
    import subprocess
    import sys

    code = ("import json, sys\nfrom PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
            "import score_desktop.ui.visits.visit_screen\n"
            "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'PIL'})))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
