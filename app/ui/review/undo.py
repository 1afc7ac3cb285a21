"""Undo over the service layer: a QUndoCommand made of two service calls.

The first action runs *before* the command is pushed (so a refused change shows its
message and never reaches the stack); the command starts from its result. Undo and redo
then call the services again, and every ChangeSet goes out on the bus so views refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.services.errors import PeerviewError
from app.services.store import ChangeSet
from app.ui.review.context import WorkspaceContext

log = logging.getLogger(__name__)

ServiceCall = Callable[[], ChangeSet]


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        done: ChangeSet,
        redo: ServiceCall,
        undo: ServiceCall,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._done: ChangeSet | None = done
        self._redo = redo
        self._undo = undo

    def redo(self) -> None:
        if self._done is not None:
            changes, self._done = self._done, None
            self.ctx.publish(changes)
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, call: ServiceCall) -> None:
        # An exception must not escape into Qt's C++ frame; a change made elsewhere since
        # (another window, a sync) can make an undo impossible, which is not a crash.
        try:
            self.ctx.publish(call())
        except PeerviewError as exc:
            log.warning("Could not %s: %s", self.text(), exc)
            self.setObsolete(True)


def push(
    ctx: WorkspaceContext, text: str, done: ChangeSet, redo: ServiceCall, undo: ServiceCall
) -> None:
    """Put an action that has already happened on the review's undo stack."""
    ctx.undo_stack.push(ServiceCommand(ctx, text, done, redo, undo))
