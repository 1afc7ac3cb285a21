"""Undo commands for notes. Each calls a service and publishes the ChangeSet it returns,
so the list, the tree and the editor refresh the same way whether a change was typed,
undone or redone (docs/architecture.md, "One write path"). The first ``redo`` (on push) performs the change."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services import evidence
from app.services.store import ChangeSet
from app.ui.review.context import WorkspaceContext

# Saves of one note closer together than this are one burst of typing: one undo step.
BURST_SECONDS = 3.0
_TEXT_ID = 3001


def _t(text: str) -> str:
    return QCoreApplication.translate("capture", text)


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
        super().__init__(ctx, note_id, _t("Typing"))
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
        super().__init__(ctx, note_id, _t("Change {0}").format(name.replace("_", " ")))
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
        super().__init__(ctx, note_id, _t("Tag strands"))
        self.old, self.new = list(old), list(new)

    def redo(self) -> None:
        self._publish(evidence.set_strands(self.ctx.store, self.note_id, self.new))

    def undo(self) -> None:
        self._publish(evidence.set_strands(self.ctx.store, self.note_id, self.old))


class SetQuestionsCommand(_NoteCommand):
    def __init__(
        self, ctx: WorkspaceContext, note_id: str, old: Sequence[str], new: Sequence[str]
    ) -> None:
        super().__init__(ctx, note_id, _t("Tag enquiry questions"))
        self.old, self.new = list(old), list(new)

    def redo(self) -> None:
        self._publish(evidence.set_questions(self.ctx.store, self.note_id, self.new))

    def undo(self) -> None:
        self._publish(evidence.set_questions(self.ctx.store, self.note_id, self.old))


class NewNoteCommand(QUndoCommand):
    """A new note, pre-filled from the activity happening now. Undo deletes it (a
    tombstone); redo lifts the tombstone, so the note keeps its id and history."""

    def __init__(self, ctx: WorkspaceContext, fields: dict[str, Any]) -> None:
        super().__init__(_t("New note"))
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
        super().__init__(ctx, note_id, _t("Delete note"))

    def redo(self) -> None:
        self._publish(evidence.delete_note(self.ctx.store, self.note_id))

    def undo(self) -> None:
        self._publish(evidence.restore_note(self.ctx.store, self.note_id))


class LinkCommand(_NoteCommand):
    def __init__(self, ctx: WorkspaceContext, note_id: str, other_id: str, kind: str) -> None:
        super().__init__(ctx, note_id, _t("Link notes"))
        self.other_id, self.kind = other_id, kind

    def redo(self) -> None:
        self._publish(evidence.link_notes(self.ctx.store, self.note_id, self.other_id, self.kind))

    def undo(self) -> None:
        self._publish(evidence.unlink_notes(self.ctx.store, self.note_id, self.other_id))


class UnlinkCommand(_NoteCommand):
    def __init__(self, ctx: WorkspaceContext, note_id: str, other_id: str, kind: str) -> None:
        super().__init__(ctx, note_id, _t("Remove link"))
        self.other_id, self.kind = other_id, kind

    def redo(self) -> None:
        self._publish(evidence.unlink_notes(self.ctx.store, self.note_id, self.other_id))

    def undo(self) -> None:
        self._publish(evidence.link_notes(self.ctx.store, self.note_id, self.other_id, self.kind))
