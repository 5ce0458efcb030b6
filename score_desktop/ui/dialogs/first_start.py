"""The first start on a new workspace: greet the trainer, ask what the reports need, and offer the first steps.

Shown once, when the app opens an empty workspace of a trainer who has not been greeted yet. What it asks is the
Preferences (name, organisation, language, paper size), saved when the trainer chooses how to begin: sign in to the
programme's server, create the first enterprise, try a demo workspace first, or just look around.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from score_desktop import APP_NAME
from score_desktop.ui.core import settings
from score_desktop.ui.core.widgets import heading

SIGN_IN, NEW_ENTERPRISE, DEMO, LATER = "sign_in", "new_enterprise", "demo", "later"
_DONE_KEY = "app/first_start_done"


def should_greet() -> bool:
    return settings.store().value(_DONE_KEY) not in (True, "true")


def mark_greeted() -> None:
    settings.store().setValue(_DONE_KEY, True)


class FirstStartDialog(QDialog):
    #: How the trainer chose to begin (SIGN_IN, NEW_ENTERPRISE, DEMO or LATER), after the answers were saved.
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStart")
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        #: The language was changed here: it takes effect at the next start.
        self.restart_needed = False
        self.name = QLineEdit(settings.value("trainer/name"), self)
        self.name.setObjectName("trainerName")
        self.name.setPlaceholderText(self.tr("As it appears on your reports"))
        self.organisation = QLineEdit(settings.value("trainer/organisation"), self)
        self.organisation.setObjectName("organisation")
        self.language = self._choice("ui/language")
        self.paper = self._choice("reports/paper_size")

        intro = QLabel(self.tr(
            "SCORE Desktop keeps your enterprises, visits, findings with photos, action plans and KPIs on this "
            "laptop, with or without a network, and prints each visit report in the factory's language. "
            "A few words about you first: they go on your reports."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Your name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Language of the app:"), self.language)
        form.addRow(self.tr("Report &paper size:"), self.paper)  # each label's & key jumps to its field

        self.buttons = {
            SIGN_IN: self._button(self.tr("&Sign in to your programme's server…"), SIGN_IN),
            NEW_ENTERPRISE: self._button(self.tr("&Create your first enterprise…"), NEW_ENTERPRISE),
            DEMO: self._button(self.tr("&Try a demo workspace first"), DEMO),
            LATER: self._button(self.tr("Look around &first"), LATER),
        }
        self.buttons[NEW_ENTERPRISE].setDefault(True)
        steps = QVBoxLayout()
        steps.addWidget(heading(self.tr("How would you like to begin?"), self, size=1.1))
        for button in self.buttons.values():
            steps.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Welcome to {app}").format(app=APP_NAME), self, size=1.4))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(steps)
        self.setMinimumWidth(520)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choice(self, key: str) -> QComboBox:
        setting = settings.BY_KEY[key]
        combo = QComboBox(self)
        combo.setObjectName(key.replace("/", "_"))
        for choice in setting.choices:
            combo.addItem(setting.choice_label(choice), choice)
        combo.setCurrentIndex(setting.choices.index(settings.value(key)))
        return combo

    def _button(self, text: str, action: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(action)
        button.clicked.connect(lambda _checked=False: self.choose(action))
        return button

    def choose(self, action: str) -> None:
        """Save the answers and close; :attr:`chosen` says how to go on."""
        self.restart_needed = self.language.currentData() != settings.value("ui/language")
        for key, value in (("trainer/name", self.name.text().strip()),
                           ("trainer/organisation", self.organisation.text().strip()),
                           ("ui/language", self.language.currentData()),
                           ("reports/paper_size", self.paper.currentData())):
            settings.set_value(key, value)
        self.accept()
        self.chosen.emit(action)

    def reject(self) -> None:  # Esc or the window's close button: the same as "look around first"
        self.choose(LATER)
