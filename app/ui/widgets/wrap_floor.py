"""A widget whose layout holds wrapped text never gets less height than that text needs.

Qt sums a layout's minimum height from each item's minimum, but lays a wrapped label out
at the height its width needs, which is more. Inside a splitter (which does not pass
height-for-width up) the page's scroll area then gave the note editor its summed minimum,
and the layout squeezed the rows above the wrapped privacy banner to make room: the two
rows of source boxes were drawn over each other at 1024x600. The floor, installed on the
banner, keeps its minimum height at what its text needs for its present width, so the
editor's minimum is true and the page scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WrapFloor(QObject):
    """Installed on ``widget``: its minimum height follows its layout's height for width."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
            QEvent.Type.Show,
        ):
            self.apply()
        return False

    def apply(self) -> None:
        layout = self._widget.layout()
        if layout is None or not layout.hasHeightForWidth() or self._widget.width() <= 0:
            return
        need = layout.totalHeightForWidth(self._widget.width())
        if need > 0 and need != self._widget.minimumHeight():
            self._widget.setMinimumHeight(need)
