"""Light, dark or the system's scheme.

Qt 6.8's ``styleHints().setColorScheme`` asks the platform theme for a scheme; where the
platform ignores it (the offscreen and some Linux platforms, older Windows styles) the
palette does not change, so Peerview then sets a dark palette itself, the same one the
documentation screenshots use. "system" puts back the platform's own palette.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.ui import settings as prefs

log = logging.getLogger(__name__)

_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(name: str | None = None) -> str:
    """Apply ``name`` (or the saved theme); returns the theme applied."""
    from app.ui.screenshots import dark_palette

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "system"
    theme = name if name in _SCHEMES else prefs.text_value(prefs.THEME_KEY, "system")
    if theme not in _SCHEMES:
        theme = "system"
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(_SCHEMES[theme])
    # Start from the platform's palette, then correct it where the request was ignored.
    app.setPalette(QPalette())
    palette = app.style().standardPalette() if theme != "system" else QPalette()
    if theme == "dark" and not is_dark(app.palette()):
        app.setPalette(dark_palette())
    elif theme == "light" and is_dark(app.palette()):
        app.setPalette(palette)
    log.debug("Theme %s (palette dark: %s)", theme, is_dark(app.palette()))
    return theme
