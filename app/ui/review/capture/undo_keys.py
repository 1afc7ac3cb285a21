"""Which key events are undo and redo, for the capture fields that send them to the
review's one undo stack instead of keeping an undo history of their own."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent, SignalInstance
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


def send_to_review(
    event: QEvent, kind: str | None, undo: SignalInstance, redo: SignalInstance
) -> bool:
    """For a field's ``event()``: when ``kind`` is "undo" or "redo", claim the key from the
    window's Edit menu (accept its ShortcutOverride) and, on the key press, emit ``undo``
    or ``redo`` for the review's stack. True when the event was handled here."""
    if kind is None:
        return False
    if event.type() == QEvent.Type.ShortcutOverride:
        event.accept()
        return True
    if event.type() == QEvent.Type.KeyPress:
        (undo if kind == "undo" else redo).emit()
        return True
    return False
