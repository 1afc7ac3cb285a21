"""A panel that spells out the selected record in full under a list of it (an action, an
impact review): plain text, word-wrapped to the pane's width, selectable for copying."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget


def full_text_label(parent: QWidget, object_name: str, accessible_name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setAccessibleName(accessible_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    # Ignored width: the pane's width wraps it, never the longest line's.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label
