"""A workspace page that reads its data when first shown and again after a change that
concerns it: pages of a review with 100,000 notes must not all read at once on open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app.services.store import ChangeSet
from app.ui.review.context import WorkspaceContext


class LazyPage(QWidget):
    #: Entities whose change alters what the page shows.
    WATCHED: frozenset[str] = frozenset()
    #: Read what the page shows; every page defines it (checked when the class is made).
    refresh: Callable[[], None]

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if not callable(getattr(cls, "refresh", None)):
            raise TypeError(f"{cls.__name__} must define refresh(): it reads what it shows")

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.bus.changed.connect(self._on_bus)

    def changed_while_shown(self) -> None:
        """A watched entity changed while the page is on screen; by default read now."""
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _on_bus(self, changes: ChangeSet) -> None:
        if changes.entities & self.WATCHED:
            self._stale = True
            if self.isVisible():
                self._stale = False
                self.changed_while_shown()
