"""Keys that act on one widget (Delete on a list, Insert on a table), as shortcuts that
fire only while that widget has focus, so the same key elsewhere keeps its meaning."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def on_keys(widget: QWidget, keys: str | list[str], slot: Callable[[], object]) -> None:
    """Call ``slot`` when one of ``keys`` ("Delete", "Alt+Up"...) is pressed in ``widget``."""
    for key in [keys] if isinstance(keys, str) else keys:
        shortcut = QShortcut(QKeySequence(key), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: slot())
