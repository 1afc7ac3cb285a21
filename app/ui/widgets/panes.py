"""Three panes in a page: two stacked on the left, one on the right, each border draggable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget


def three_panes(
    page: QWidget, top: QWidget, bottom: QWidget, right: QWidget, widths: tuple[int, int]
) -> None:
    """Lay ``page`` out as ``top`` over ``bottom`` on the left and ``right`` beside them,
    the two columns ``widths`` wide to start with."""
    left = QSplitter(Qt.Orientation.Vertical, page)
    left.addWidget(top)
    left.addWidget(bottom)
    split = QSplitter(Qt.Orientation.Horizontal, page)
    split.addWidget(left)
    split.addWidget(right)
    split.setSizes(list(widths))
    layout = QVBoxLayout(page)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(split)
