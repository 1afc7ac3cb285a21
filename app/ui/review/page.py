"""The one base class of the review workspace's pages: read when first shown, and again
after a change that concerns the page. A review with 100,000 notes must not have all its
pages read at once on open, and a page hidden behind another tab must not re-read on every
keystroke elsewhere: it only notes that it is stale and reads when shown again.

A page sets ``WATCHED`` (the entities whose change alters what it shows; a page whose
content any change may alter overrides ``watches``) and defines ``refresh()``, which reads
what it shows. ``changed_while_shown()`` is what happens when a watched change arrives
while the page is on screen: by default it reads again at once (the coverage page waits a
moment instead, so a burst of typing reads once). Something other than the bus that makes
the page stale (a bundle dropped on the window) calls ``changed()``. See CONTRIBUTING.md,
"Adding a page", and decision 0031.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app.services.store import ChangeSet
from app.ui.review.context import WorkspaceContext


class ReviewPage(QWidget):
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

    def watches(self, changes: ChangeSet) -> bool:
        """Whether ``changes`` alter what the page shows."""
        return bool(changes.entities & self.WATCHED)

    def changed(self) -> None:
        """What the page shows has changed: read now if it is on screen, else when shown."""
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.changed_while_shown()

    def changed_while_shown(self) -> None:
        """A watched entity changed while the page is on screen; by default read now."""
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _on_bus(self, changes: ChangeSet) -> None:
        if self.watches(changes):
            self.changed()
