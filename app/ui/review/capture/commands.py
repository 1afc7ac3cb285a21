"""Undo commands for notes. Each calls a service and publishes the ChangeSet it returns,
so the list, the tree and the editor refresh the same way whether a change was typed,
undone or redone (docs/architecture.md, "One write path"). The first ``redo`` (on push) performs the change."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services import evidence
from app.services.store import ChangeSet
from app.ui.review.context import WorkspaceContext

# Saves of one note closer together than this are one burst of typing: one undo step.
BURST_SECONDS = 3.0
_TEXT_ID = 3001
# A field's name in the undo menu's "Change ..." (a field not listed shows its own name).
_FIELD_WORDS = {"meeting_with": QT_TRANSLATE_NOOP("capture", "who the meeting was with")}


class _NoteCommand(QUndoCommand):
    def __init__(self, ctx: WorkspaceContext, note_id: str, title: str) -> None:
        super().__init__(title)
        self.ctx = ctx
        self.note_id = note_id

    def _publish(self, changes: ChangeSet) -> None:
        self.ctx.publish(changes)


class EditTextCommand(_NoteCommand):
    """The note's text, from what was last stored to what is typed now."""

    def __init__(self, ctx: WorkspaceContext, note_id: str, old: str, new: str) -> None:
        super().__init__(ctx, note_id, QCoreApplication.translate("capture", "Typing"))
        self.old, self.new = old, new
        self.last_save = time.monotonic()
        self.sealed = False

    def id(self) -> int:
        return _TEXT_ID

    def redo(self) -> None:
        self._publish(evidence.update_note(self.ctx.store, self.note_id, text=self.new))

    def undo(self) -> None:
        self._publish(evidence.update_note(self.ctx.store, self.note_id, text=self.old))

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, EditTextCommand)
            or other.note_id != self.note_id
            or self.sealed
            or other.last_save - self.last_save > BURST_SECONDS
        ):
            return False
        self.new = other.new
        self.last_save = other.last_save
        return True


class SetFieldCommand(_NoteCommand):
    def __init__(self, ctx: WorkspaceContext, note_id: str, name: str, old: Any, new: Any) -> None:
        word = _FIELD_WORDS.get(name)
        shown = QCoreApplication.translate("capture", str(word)) if word else name.replace("_", " ")
        title = QCoreApplication.translate("capture", "Change {0}").format(shown)
        super().__init__(ctx, note_id, title)
        self.name, self.old, self.new = name, old, new

    def redo(self) -> None:
        fields = {self.name: self.new}
        self._publish(evidence.update_note(self.ctx.store, self.note_id, **fields))

    def undo(self) -> None:
        fields = {self.name: self.old}
        self._publish(evidence.update_note(self.ctx.store, self.note_id, **fields))


class SetFieldsCommand(_NoteCommand):
    """Several fields in one undo step: an activity kind with the sources and meeting
    sub-kind it clears, or a note's sources."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        note_id: str,
        text: str,
        old: dict[str, Any],
        new: dict[str, Any],
    ) -> None:
        super().__init__(ctx, note_id, text)
        self.old, self.new = old, new

    def redo(self) -> None:
        self._publish(evidence.update_note(self.ctx.store, self.note_id, **self.new))

    def undo(self) -> None:
        self._publish(evidence.update_note(self.ctx.store, self.note_id, **self.old))


class SetStrandsCommand(_NoteCommand):
    def __init__(
        self, ctx: WorkspaceContext, note_id: str, old: Sequence[str], new: Sequence[str]
    ) -> None:
        super().__init__(ctx, note_id, QCoreApplication.translate("capture", "Tag strands"))
        self.old, self.new = list(old), list(new)

    def redo(self) -> None:
        self._publish(evidence.set_strands(self.ctx.store, self.note_id, self.new))

    def undo(self) -> None:
        self._publish(evidence.set_strands(self.ctx.store, self.note_id, self.old))


class SetQuestionsCommand(_NoteCommand):
    def __init__(
        self, ctx: WorkspaceContext, note_id: str, old: Sequence[str], new: Sequence[str]
    ) -> None:
        super().__init__(
            ctx, note_id, QCoreApplication.translate("capture", "Tag enquiry questions")
        )
        self.old, self.new = list(old), list(new)

    def redo(self) -> None:
        self._publish(evidence.set_questions(self.ctx.store, self.note_id, self.new))

    def undo(self) -> None:
        self._publish(evidence.set_questions(self.ctx.store, self.note_id, self.old))


class NewNoteCommand(QUndoCommand):
    """A new note, pre-filled from the activity happening now. Undo deletes it (a
    tombstone); redo lifts the tombstone, so the note keeps its id and history."""

    def __init__(self, ctx: WorkspaceContext, fields: dict[str, Any]) -> None:
        super().__init__(QCoreApplication.translate("capture", "New note"))
        self.ctx = ctx
        self.fields = fields
        self.note_id: str | None = None

    def redo(self) -> None:
        if self.note_id is None:
            fields = dict(self.fields)
            kind = fields.pop("activity_kind", "lesson_visit")
            result = evidence.add_note(
                self.ctx.store, self.ctx.review_id, "", activity_kind=kind, **fields
            )
            self.note_id = result.note_id
            self.ctx.publish(result.changes)
        else:
            self.ctx.publish(evidence.restore_note(self.ctx.store, self.note_id))

    def undo(self) -> None:
        if self.note_id is not None:
            self.ctx.publish(evidence.delete_note(self.ctx.store, self.note_id))


class DeleteNoteCommand(_NoteCommand):
    def __init__(self, ctx: WorkspaceContext, note_id: str) -> None:
        super().__init__(ctx, note_id, QCoreApplication.translate("capture", "Delete note"))

    def redo(self) -> None:
        self._publish(evidence.delete_note(self.ctx.store, self.note_id))

    def undo(self) -> None:
        self._publish(evidence.restore_note(self.ctx.store, self.note_id))


class LinkCommand(_NoteCommand):
    def __init__(self, ctx: WorkspaceContext, note_id: str, other_id: str, kind: str) -> None:
        super().__init__(ctx, note_id, QCoreApplication.translate("capture", "Link notes"))
        self.other_id, self.kind = other_id, kind

    def redo(self) -> None:
        self._publish(evidence.link_notes(self.ctx.store, self.note_id, self.other_id, self.kind))

    def undo(self) -> None:
        self._publish(evidence.unlink_notes(self.ctx.store, self.note_id, self.other_id))


class UnlinkCommand(_NoteCommand):
    def __init__(self, ctx: WorkspaceContext, note_id: str, other_id: str, kind: str) -> None:
        super().__init__(ctx, note_id, QCoreApplication.translate("capture", "Remove link"))
        self.other_id, self.kind = other_id, kind

    def redo(self) -> None:
        self._publish(evidence.unlink_notes(self.ctx.store, self.note_id, self.other_id))

    def undo(self) -> None:
        self._publish(evidence.link_notes(self.ctx.store, self.note_id, self.other_id, self.kind))
