"""What every workspace page is given: the store, the review, undo, changes, background work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.services.store import ChangeSet, Store
from app.ui.bus import ChangeBus
from app.ui.tasks import Progress, TaskHandle, run_task


@dataclass
class WorkspaceContext:
    """Shared by the pages of one open review.

    Pages change data only through service functions and then ``publish`` the returned
    ChangeSet, so every other page (and the reviews list) refreshes. Edits a person may
    want to take back go through ``undo_stack`` as QUndoCommands that call services.
    """

    store: Store
    review_id: str
    bus: ChangeBus
    undo_stack: QUndoStack
    window: QWidget  # parent for dialogs and progress

    def publish(self, changes: ChangeSet) -> None:
        self.bus.publish(changes)

    def run_task(
        self,
        title: str,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        cancellable: bool = True,
    ) -> TaskHandle:
        """Long work on a worker thread with a progress dialog (see app/ui/tasks.py)."""
        return run_task(self.window, title, fn, on_done, on_error, cancellable=cancellable)
