"""Undoable edits on the workspace's undo stack, each a pair of service calls.

The first run happens before the command is pushed, so a refused edit (a PeerviewError)
raises to the caller, who shows it, and never reaches the stack. Undo and redo then call
services again and publish what they changed, like any other edit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.services.errors import PeerviewError
from app.services.store import ChangeSet
from app.ui.review.context import WorkspaceContext

log = logging.getLogger(__name__)

Call = Callable[[], ChangeSet]
TEXT_EDIT_ID = 4101  # typing in one finding's field merges into one undo step


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        undo: Call,
        redo: Call,
        merge_key: tuple[str, ...] | None = None,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._undo = undo
        self._redo = redo
        self._skip_first = True
        self.merge_key = merge_key

    def id(self) -> int:
        return TEXT_EDIT_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ServiceCommand) or other.merge_key != self.merge_key:
            return False
        self._redo = other._redo  # keep the first "before", take the latest "after"
        return True

    def redo(self) -> None:
        if self._skip_first:
            self._skip_first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, call: Call) -> None:
        try:
            self.ctx.publish(call())
        except PeerviewError:
            # The data moved on (someone deleted the finding, say): nothing to take back.
            log.warning("Undo step '%s' no longer applies", self.text(), exc_info=True)


def apply(
    ctx: WorkspaceContext,
    text: str,
    first: Call,
    undo: Call,
    redo: Call | None = None,
    merge_key: tuple[str, ...] | None = None,
) -> ChangeSet:
    """Run ``first`` now (raising on refusal), publish it, and push an undo step."""
    changes = first()
    ctx.publish(changes)
    if changes:
        ctx.undo_stack.push(ServiceCommand(ctx, text, undo, redo or first, merge_key))
    return changes
