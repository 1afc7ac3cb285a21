"""Translations: English is built in; others are Qt ``.qm`` files in resources/translations
(``peerview_<code>.qm``, built from ``.ts`` files by ``pyside6-lrelease``). The language
chosen in Settings is loaded once, at start, before any window exists."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import paths
from app.ui import settings as prefs

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def available_languages() -> list[tuple[str, str]]:
    """(code, the language's own name), English first."""
    found = [("en", "English")]
    folder = paths.resource_path("translations")
    for qm in sorted(folder.glob("peerview_*.qm")) if folder.is_dir() else []:
        code = qm.stem.removeprefix("peerview_")
        name = QLocale(code).nativeLanguageName() or code
        found.append((code, name))
    return found


def install_translation(app: QApplication) -> str:
    """Load the saved language's translation; returns the code in force."""
    code = prefs.text_value(prefs.LANGUAGE_KEY, "en")
    if code == "en" or _installed:
        return "en" if code == "en" else code
    translator = QTranslator(app)
    qm = paths.resource_path("translations", f"peerview_{code}.qm")
    if not translator.load(str(qm)):
        log.warning("No translation for %r at %s; using English", code, qm)
        return "en"
    app.installTranslator(translator)
    _installed.append(translator)
    return code
