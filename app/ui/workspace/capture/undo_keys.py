"""Which key events are undo and redo, for the capture fields that send them to the
review's one undo stack instead of keeping an undo history of their own."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence


def undo_key(event: QEvent) -> Literal["undo", "redo"] | None:
    """ "undo" or "redo" when ``event`` is the platform's Undo or Redo key, else None."""
    if not isinstance(event, QKeyEvent):
        return None
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    if event.matches(QKeySequence.StandardKey.Redo):
        return "redo"
    return None
