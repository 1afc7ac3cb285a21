"""Light, dark or the system's scheme: the platform's own style and palette first.

``styleHints().setColorScheme`` (Qt 6.8) asks the platform theme for a scheme, and a
platform that answers (Windows 11, macOS, GNOME and KDE through the desktop portal)
supplies its own palette. Where the request is ignored (the offscreen platform, older
Windows styles, bare X11) the palette keeps the wrong brightness, and only then does
Peerview set a palette of its own (``fallback_palette``). Either way ``readable`` then
mends the text colours that miss their contrast (see contrast.py), and, under Fusion,
check boxes get an edge that can be seen (indicator_style.py). "system" follows the
platform as it changes, through ``colorSchemeChanged``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.ui import settings as prefs
from app.ui.contrast import readable
from app.ui.indicator_style import VisibleIndicators, wanted

log = logging.getLogger(__name__)

_SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# A neutral dark palette for platforms that cannot supply one. Disabled colours are set
# per group: a palette with one colour per role draws disabled text like enabled text.
_DARK = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#e6e6e6",
    Role.Base: "#1f1f1f",
    Role.AlternateBase: "#282828",
    Role.Text: "#e6e6e6",
    Role.Button: "#363636",
    Role.ButtonText: "#e6e6e6",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#3d6fa8",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#363636",
    Role.ToolTipText: "#e6e6e6",
    Role.PlaceholderText: "#a6a6a6",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9",
    Role.Light: "#4a4a4a",
    Role.Midlight: "#3c3c3c",
    Role.Mid: "#2f2f2f",
    Role.Dark: "#1a1a1a",
    Role.Shadow: "#0d0d0d",
    Role.Accent: "#3d6fa8",
}
_DARK_DISABLED = {
    Role.WindowText: "#8c8c8c",
    Role.Text: "#8c8c8c",
    Role.ButtonText: "#8c8c8c",
    Role.Button: "#2f2f2f",
    Role.Base: "#262626",
    Role.Highlight: "#4d4d4d",
    Role.HighlightedText: "#a8a8a8",
    Role.ToolTipText: "#8c8c8c",
    Role.PlaceholderText: "#7a7a7a",
    Role.Link: "#6f8fbf",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


def dark_palette() -> QPalette:
    """Peerview's dark palette, for platforms with no dark scheme of their own."""
    palette = QPalette()
    for role, value in _DARK.items():
        palette.setColor(role, QColor(value))  # every group
    for role, value in _DARK_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(value))
    return readable(palette)


def fallback_palette(dark: bool) -> QPalette:
    """The palette to use when the platform ignored a request for ``dark`` (or light)."""
    app = QApplication.instance()
    if dark or not isinstance(app, QApplication):
        return dark_palette()
    return app.style().standardPalette()


def _wanted_dark(theme: str, platform: QPalette) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Unknown:
        return is_dark(platform)
    return scheme == Qt.ColorScheme.Dark


def saved_theme(name: str | None = None) -> str:
    theme = name if name in _SCHEMES else prefs.text_value(prefs.THEME_KEY, "system")
    return theme if theme in _SCHEMES else "system"


def _install_style(app: QApplication) -> None:
    style = app.style()
    if isinstance(style, VisibleIndicators) or not wanted(style):
        return
    # The proxy takes ownership of the platform style and draws through it.
    app.setStyle(VisibleIndicators(style.name()))


def apply_theme(name: str | None = None) -> str:
    """Apply ``name`` (or the saved theme); returns the theme applied."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "system"
    theme = saved_theme(name)
    _install_style(app)
    QGuiApplication.styleHints().setColorScheme(_SCHEMES[theme])
    # Start from the platform's palette; replace it only where the request was ignored.
    app.setPalette(QPalette())
    palette = app.palette()
    dark = _wanted_dark(theme, palette)
    if is_dark(palette) != dark:
        palette = fallback_palette(dark)
    app.setPalette(readable(palette))
    _follow_system(app)
    log.debug("Theme %s (dark: %s)", theme, dark)
    return theme


def _follow_system(app: QApplication) -> None:
    """Once per application: when the system switches scheme and the person chose
    "system", apply it again (the palette change alone would skip ``readable``)."""
    if app.property("peerview_follows_scheme"):
        return
    app.setProperty("peerview_follows_scheme", True)
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_theme() if saved_theme() == "system" else None
    )
