"""What the findings and sign-off pages share: read when first shown, and re-read when a
published change touches what they show (the workspace's page contract, pages.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.services.store import ChangeSet
from app.ui.review.context import WorkspaceContext
from app.ui.review.findings.models import add_script_fonts


class RefreshingPage(QWidget):
    #: Entities whose change alters what the page shows.
    SHOWN: frozenset[str] = frozenset()

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        add_script_fonts()
        self.ctx = ctx
        self._stale = True
        ctx.bus.changed.connect(self._on_changed)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.entities & self.SHOWN:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self._stale = False

    def lay_out(
        self, top: QWidget, bottom: QWidget, right: QWidget, widths: tuple[int, int]
    ) -> None:
        """Two panes stacked on the left, one on the right, each border draggable."""
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(top)
        left.addWidget(bottom)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes(list(widths))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split)
