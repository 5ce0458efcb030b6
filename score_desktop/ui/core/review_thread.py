"""A visit report's review thread (docs/sync-protocol.md Part 2, "Roles"): the messages (who, role, when, the state
a coordinator set, the words) and a box to write the next one. The coordinator's review page and the trainer's
visit screen both show it; each adds its own commands around it.

What is typed in the box is kept as a draft per visit (QSettings) while typing, so nothing written is lost when the
user goes to another screen, or the app closes, before sending it.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from score_desktop.ui.core import labels, settings

_DRAFT = "review_draft/{visit_id}"


def when(stamp: str | None) -> str:
    """A stored UTC time (``2026-11-26T09:30:00.120Z``) in this computer's time zone, short."""
    if not stamp:
        return ""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    return QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat) + " " + moment.strftime("%H:%M")


class ReviewThread(QWidget):
    """The thread above, the box below; ``send_requested(text)`` when the user sends (Ctrl+Enter or the button)."""

    send_requested = Signal(str)

    def __init__(self, send_text: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visit_id: str | None = None
        self.view = QTextBrowser(self)
        self.view.setObjectName("reviewThread")
        self.view.setOpenLinks(False)
        self.box = QPlainTextEdit(self)
        self.box.setObjectName("commentBox")
        self.box.setPlaceholderText(placeholder)
        self.box.setMaximumHeight(110)
        self.box.setTabChangesFocus(True)
        self.box.textChanged.connect(self._keep_draft)
        self.send_button = QPushButton(send_text, self)
        self.send_button.setObjectName("sendComment")
        self.send_button.setToolTip(self.tr("Ctrl+Enter"))
        self.send_button.clicked.connect(self._send)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.box, self._send, context=Qt.ShortcutContext.WidgetShortcut)
        self.buttons = QHBoxLayout()  # the page's own commands go before the send button
        self.buttons.addStretch()
        self.buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.box)
        layout.addLayout(self.buttons)

    def load(self, visit_id: str, messages: list[dict]) -> None:
        """Show ``messages`` (from ``store.reviews.thread``) and the draft kept for this visit."""
        if visit_id != self._visit_id:
            self._visit_id = None  # restoring the draft is no typing
            self.box.setPlainText(str(settings.window_value(_DRAFT.format(visit_id=visit_id)) or ""))
            self._visit_id = visit_id
        self.show_messages(messages)

    def show_messages(self, messages: list[dict]) -> None:
        if not messages:
            self.view.setHtml("<p style='color:#607d8b'>{}</p>".format(escape(self.tr("No comments yet."))))
            return
        parts = [self._message_html(message) for message in messages]
        self.view.setHtml("".join(parts))
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().maximum())  # the newest in sight

    def _message_html(self, message: dict) -> str:
        who = self.tr("You") if message.get("mine") else (message.get("author") or "")
        header = " · ".join(part for part in (who, labels.label("user_role", message.get("author_role")),
                                              when(message.get("created_at"))) if part)
        state = message.get("review_state")
        badge = ""
        if state:
            color = labels.REVIEW_COLORS.get(state, "#607d8b")
            word = escape(labels.label("review_state", state))
            badge = f" <span style='color:{color}; font-weight:bold'>{word}</span>"
        text = escape(message.get("text") or "").replace("\n", "<br>")
        background = "#eef4fb" if message.get("author_role") in ("coordinator", "admin") else "#f5f5f5"
        return (f"<table width='100%' cellpadding='6' style='background:{background}; margin-bottom:6px'><tr><td>"
                f"<span style='color:#455a64'>{escape(header)}</span>{badge}<br>{text}</td></tr></table>")

    def text(self) -> str:
        return self.box.toPlainText().strip()

    def clear_draft(self) -> None:
        self.box.clear()  # also forgets the kept draft (textChanged)

    def _keep_draft(self) -> None:
        if self._visit_id is not None:
            key = _DRAFT.format(visit_id=self._visit_id)
            text = self.box.toPlainText()
            if text:
                settings.set_window_value(key, text)
            else:
                settings.store().remove(f"window/{key}")

    def _send(self) -> None:
        if self.text():
            self.send_requested.emit(self.text())
