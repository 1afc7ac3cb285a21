"""Translations: English is built in; others are Qt ``.qm`` files in resources/translations
(``peerview_<code>.qm``, built from ``.ts`` files by ``pyside6-lrelease``). The language
chosen in Settings is loaded once, at start, before any window exists."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import dates, paths
from app.ui import settings as prefs

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def available_languages() -> list[tuple[str, str]]:
    """(code, the language's own name), English first."""
    found = [("en", "English")]
    folder = paths.resource_path("translations")
    for qm in sorted(folder.glob("peerview_*.qm")) if folder.is_dir() else []:
        code = qm.stem.removeprefix("peerview_")
        if code == "en":
            continue  # English's own file holds only its plural forms
        name = QLocale(code).nativeLanguageName() or code
        found.append((code, name))
    return found


def install_translation(app: QApplication) -> str:
    """Load the saved language's translation (``PEERVIEW_LANGUAGE`` overrides it, for
    pictures and tests); returns the code in force. English's own translation carries
    only its plural forms ("1 note", "2 notes") and is always loaded first."""
    code = os.environ.get("PEERVIEW_LANGUAGE") or prefs.text_value(prefs.LANGUAGE_KEY, "en")
    if _installed:
        return dates.language()
    english = QTranslator(app)
    if english.load(str(paths.resource_path("translations", "peerview_en.qm"))):
        app.installTranslator(english)
        _installed.append(english)
    if code == "en":
        return dates.use_language("en")
    translator = QTranslator(app)
    qm = paths.resource_path("translations", f"peerview_{code}.qm")
    if not translator.load(str(qm)):
        log.warning("No translation for %r at %s; using English", code, qm)
        return dates.use_language("en")
    app.installTranslator(translator)
    _installed.append(translator)
    QLocale.setDefault(QLocale(code))
    return dates.use_language(code)
