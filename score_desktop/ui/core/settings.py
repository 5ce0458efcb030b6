"""The trainer's settings, declared once (STYLE.md habit 9), and the window state, kept in QSettings.

:data:`SETTINGS` is the one table: key, default, type and translatable label. The preferences dialog is built from
it and :func:`value` reads through it, so adding a setting is one line here. Window geometry, splitter positions
and the last open screen are not preferences (nobody edits them) and are kept under ``window/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings

if TYPE_CHECKING:
    from score_desktop.domain.catalog import Catalog


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    #: "text", "choice" (one of ``choices``) or "order" (a comma-separated ordering of codes).
    kind: str
    label: str
    choices: tuple[str, ...] = ()
    #: What each choice is called, in the same order (a choice is shown as itself when there are none). Texts
    #: marked with QT_TRANSLATE_NOOP are translated; a language's name is written in that language.
    choice_labels: tuple[str, ...] = ()
    #: The choice changes something the app sets up when it starts (the language): it offers to restart.
    needs_restart: bool = False

    def translated_label(self) -> str:
        return QCoreApplication.translate("Settings", self.label)

    def choice_label(self, choice: str) -> str:
        if not self.choice_labels:
            return choice
        return QCoreApplication.translate("Settings", self.choice_labels[self.choices.index(choice)])


#: Module codes in SCORE's teaching order; the catalog may know more, they then follow in catalog order.
DEFAULT_MODULE_ORDER = "WC,QM,CP,HR,OSH"
#: The languages the app speaks, each named in itself ("" follows the computer's language).
UI_LANGUAGES = ("", "en", "zh_CN", "es", "fr", "vi", "id")
UI_LANGUAGE_NAMES = (QT_TRANSLATE_NOOP("Settings", "The computer's language"), "English", "简体中文", "Español",
                     "Français", "Tiếng Việt", "Bahasa Indonesia")

SETTINGS: tuple[Setting, ...] = (
    Setting("trainer/name", "", "text", QT_TRANSLATE_NOOP("Settings", "Trainer name")),
    Setting("trainer/organisation", "", "text", QT_TRANSLATE_NOOP("Settings", "Organisation")),
    Setting("ui/language", "", "choice", QT_TRANSLATE_NOOP("Settings", "Language of the app"),
            choices=UI_LANGUAGES, choice_labels=UI_LANGUAGE_NAMES, needs_restart=True),
    Setting("visits/module_order", DEFAULT_MODULE_ORDER, "order",
            QT_TRANSLATE_NOOP("Settings", "Default module order")),
    Setting("reports/paper_size", "A4", "choice", QT_TRANSLATE_NOOP("Settings", "Report paper size"),
            choices=("A4", "Letter")),
    Setting("sync/server_url", "", "text", QT_TRANSLATE_NOOP("Settings", "Sync server address")),
)
BY_KEY = {setting.key: setting for setting in SETTINGS}


def store() -> QSettings:
    """The application's settings (organisation and application names are set in ``ui.app``)."""
    return QSettings()


def value(key: str) -> Any:
    """A setting's value, its default when unset or of the wrong type (a hand-edited file must not crash us)."""
    setting = BY_KEY[key]
    stored = store().value(key, setting.default)
    if not isinstance(stored, str):
        return setting.default
    if setting.kind == "choice" and stored not in setting.choices:
        return setting.default
    return stored


def set_value(key: str, new_value: Any) -> None:
    if key not in BY_KEY:
        raise KeyError(key)
    store().setValue(key, new_value)


def report_paper() -> str:
    """The paper reports are printed on, as the reports package names it (``a4`` or ``letter``)."""
    return str(value("reports/paper_size")).lower()


def report_organisation() -> str | None:
    """The organisation named in every report's page header (None: the reports' default)."""
    return str(value("trainer/organisation")).strip() or None


def module_order(catalog: Catalog) -> list[str]:
    """The catalog's module codes in the trainer's preferred order (unknown codes dropped, new ones appended)."""
    known = [module.code for module in catalog.modules_in_order()]
    preferred = [code for code in str(value("visits/module_order")).split(",") if code in known]
    return list(dict.fromkeys(preferred + known))


# -- window state ------------------------------------------------------------------------------------------------

def window_value(name: str) -> Any:
    return store().value(f"window/{name}")


def set_window_value(name: str, new_value: Any) -> None:
    store().setValue(f"window/{name}", new_value)


def remember_splitter(splitter: Any, name: str) -> None:
    """Restore a QSplitter's sizes from the last session and save them whenever the trainer drags it."""
    splitter.setObjectName(name)
    state = window_value(f"splitter_{name}")
    if state is not None:
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda _pos, _index: set_window_value(f"splitter_{name}", splitter.saveState()))
