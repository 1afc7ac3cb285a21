"""Light, dark or the system's scheme.

Qt 6.8's ``styleHints().setColorScheme`` asks the platform theme for a scheme; where the
platform ignores it (the offscreen and some Linux platforms, older Windows styles) the
palette does not change, so Peerview then sets a dark palette itself (``dark_palette``,
which the documentation screenshots get through ``apply_theme`` too). "system" puts back
the platform's own palette.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
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


def dark_palette() -> QPalette:
    """A neutral dark palette, standing in for a dark system theme offscreen."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#282828",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#333333",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fa8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#333333",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Mid: "#444444",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Light: "#3c3c3c",
        QPalette.ColorRole.Midlight: "#363636",
        QPalette.ColorRole.Shadow: "#101010",
    }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7a7a"))
    return palette


def apply_theme(name: str | None = None) -> str:
    """Apply ``name`` (or the saved theme); returns the theme applied."""
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
