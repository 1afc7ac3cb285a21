"""The note editor: no Save button. What is typed is stored within SAVE_MS of the first
keystroke of a burst (a throttle, not a debounce, so continuous typing still saves every
SAVE_MS), on every focus change, on switching notes and on ``flush()``. Each store is an
undo command; the saves of one burst of typing merge into one undo step."""

from __future__ import annotations

import itertools
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.models.review import ACTIVITY_KINDS
from app.services import evidence, text_guard
from app.services.errors import NotFoundError
from app.services.store import ChangeSet
from app.ui.review.capture import commands
from app.ui.review.capture.row_fit import fit_to_rows
from app.ui.review.capture.sources_field import SourcesRows
from app.ui.review.capture.tag_field import TagField
from app.ui.review.capture.undo_keys import send_to_review, undo_key
from app.ui.review.context import WorkspaceContext
from app.ui.review.kinds import activity_label
from app.ui.widgets.guard_marks import mark, suggestion_words
from app.ui.widgets.wrap_floor import WrapFloor

log = logging.getLogger(__name__)

SAVE_MS = 400
MOST_LINKS = 3  # links shown before the list scrolls
PRIVACY_MS = 250


def _guard_words(text: str) -> str:
    """A guard's reason or suggestion, which the core marks for translation under the
    judgement guard's context, in the window's language."""
    return QCoreApplication.translate("services.judgement", text)


class NoteTextEdit(QPlainTextEdit):
    """The text box. Its own undo is off: Ctrl+Z and Ctrl+Shift+Z go to the review's
    undo stack, after storing what is pending, so one undo history covers everything."""

    focus_lost = Signal()
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        if send_to_review(event, undo_key(event), self.undo_requested, self.redo_requested):
            return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.focus_lost.emit()
        super().focusOutEvent(event)


class PrivacyBanner(QFrame):
    """A quiet note under the text when it seems to name someone or uses judgement
    language (text_guard); never takes focus from the text and never stops typing."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacy_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Privacy and wording reminder"))
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.message = QLabel(self)
        self.message.setObjectName("privacy_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Privacy and wording reminder text"))
        self.dismiss = QPushButton(self.tr("&Dismiss"), self)
        self.dismiss.setAccessibleName(self.tr("Dismiss the reminder"))
        self.dismiss.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.dismiss.clicked.connect(self.dismissed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_hit(self, hit: text_guard.Hit, more: int = 0) -> None:
        if hit.guard == "names":
            text = self.tr(
                "“{0}” may name a pupil or a member of staff. Notes describe contexts, "
                "not people: consider {1}."
            ).format(hit.term, suggestion_words(hit))
        else:
            text = self.tr(
                "“{0}”: {1}. Notes describe what was seen and heard, not verdicts: {2}"
            ).format(hit.term, _guard_words(hit.why), suggestion_words(hit))
        if more:
            text = self.tr("{0} (%n more underlined.)", "", more).format(text)
        self.message.setText(text)
        self.show()


class NoteEditor(QWidget):
    #: The person asked for the link dialog (the page owns it: it knows the review).
    link_requested = Signal()
    #: The person asked to delete the note shown.
    delete_requested = Signal()

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("note_editor")
        self.setAccessibleName(self.tr("Note editor"))
        self.note_id: str | None = None
        self.saved_text = ""
        self._loading = False
        self._last_command: commands.EditTextCommand | None = None
        self._dismissed: set[tuple[str, str]] = set()
        self._links: list[tuple[str, str, str]] = []
        self._kind = ""
        self._meta_extra = ""

        self.meta = QLabel(self)
        self.meta.setObjectName("note_meta")
        self.meta.setAccessibleName(self.tr("Note details"))
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)

        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName(self.tr("Activity kind"))
        for kind in ACTIVITY_KINDS:
            self.kind_box.addItem(activity_label(kind), kind)
        self.kind_box.activated.connect(self._on_kind)
        kind_label = QLabel(self.tr("&Activity:"), self)
        kind_label.setBuddy(self.kind_box)
        # Who a meeting was with, and the note's sources of evidence (decision 0040).
        self.source_rows = SourcesRows(self)
        self.source_rows.meeting_with_chosen.connect(self._on_with)
        self.source_rows.sources_chosen.connect(self._on_sources)
        self.with_box = self.source_rows.with_box
        self.source_boxes = self.source_rows.boxes
        self.sources_note = self.source_rows.note

        self.text = NoteTextEdit(self)
        self.text.setObjectName("note_text")
        self.text.setAccessibleName(self.tr("Evidence note"))
        self.text.setAccessibleDescription(
            self.tr("What was seen or heard. Stored as you type; there is no Save button.")
        )
        self.text.setPlaceholderText(
            self.tr("Describe what you see and hear: contexts, not names. Stored as you type.")
        )
        self.text.textChanged.connect(self._on_text_changed)
        self.text.focus_lost.connect(self.flush)
        self.text.undo_requested.connect(self.undo)
        self.text.redo_requested.connect(self.redo)
        text_label = QLabel(self.tr("N&ote:"), self)
        text_label.setBuddy(self.text)

        self.banner = PrivacyBanner(self)
        self.banner.dismissed.connect(self._dismiss_privacy)

        self.strands = TagField(
            self.tr("&Strands:"), self.tr("Type a code or a name, then Enter"), self
        )
        self.strands.setObjectName("strand_tags")
        self.strands.tags_changed.connect(self._on_strands)
        self.strands.undo_requested.connect(self.undo)
        self.strands.redo_requested.connect(self.redo)
        self.questions = TagField(
            self.tr("&Questions:"), self.tr("Type a number or words, then Enter"), self
        )
        self.questions.setObjectName("question_tags")
        self.questions.tags_changed.connect(self._on_questions)
        self.questions.undo_requested.connect(self.undo)
        self.questions.redo_requested.connect(self.redo)

        self.links = QListView(self)
        self.links.setObjectName("note_links")
        self.links.setAccessibleName(self.tr("Linked notes"))
        self.links.setAccessibleDescription(self.tr("Press Delete to remove the selected link."))
        self._links_model = QStringListModel(self)
        self.links.setModel(self._links_model)
        self.links.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.links.installEventFilter(self)
        fit_to_rows(self.links, MOST_LINKS)
        links_label = QLabel(self.tr("&Links:"), self)
        links_label.setBuddy(self.links)
        self.link_button = QPushButton(self.tr("Lin&k to a note…"), self)
        self.link_button.setAccessibleName(self.tr("Link to another note"))
        self.link_button.setToolTip(self.tr("Mark another note as corroborating or contradicting"))
        self.link_button.clicked.connect(self.link_requested)
        self.delete_button = QPushButton(self.tr("Delete note"), self)
        self.delete_button.setAccessibleName(self.tr("Delete this note"))
        self.delete_button.setToolTip(self.tr("Delete this note (undo brings it back)"))
        self.delete_button.clicked.connect(self.delete_requested)

        self.placeholder = QLabel(
            self.tr("Choose New note (Ctrl+N) to start a note for the activity happening now."),
            self,
        )
        self.placeholder.setObjectName("editor_placeholder")
        self.placeholder.setAccessibleName(self.tr("No note open"))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_MS)
        self.save_timer.timeout.connect(self.flush)
        self.privacy_timer = QTimer(self)
        self.privacy_timer.setSingleShot(True)
        self.privacy_timer.setInterval(PRIVACY_MS)
        self.privacy_timer.timeout.connect(self.check_privacy)

        self.body = QWidget(self)
        # A grid, not a QFormLayout: the form gave the two rows of source boxes half their
        # height (a wrapped label in the form made it lay out by width), drawing the rows
        # and the note below them over each other at 1024x600.
        form = QGridLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setColumnStretch(1, 1)
        rows = [
            (kind_label, self.kind_box),
            (self.source_rows.with_label, self.with_box),
            (self.source_rows.label, self.source_rows.box_area),
        ]
        for row, (label, field) in enumerate(rows):
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.addWidget(field, row, 1)
        form.addWidget(self.source_rows.note, len(rows), 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        body.addWidget(self.meta)
        body.addLayout(form)
        body.addWidget(text_label)
        body.addWidget(self.text, 1)
        body.addWidget(self.banner)
        body.addWidget(self.strands)
        body.addWidget(self.questions)
        links_row = QHBoxLayout()
        links_row.addWidget(links_label, 0, Qt.AlignmentFlag.AlignTop)
        links_row.addWidget(self.links, 1)
        body.addLayout(links_row)
        body.addLayout(buttons)
        WrapFloor(self.banner)  # the wrapped banner never squeezes the rows above it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)
        self.body.hide()
        chain = [
            self.kind_box,
            self.with_box,
            *self.source_boxes.values(),
            self.text,
            self.banner.dismiss,
            self.strands.input,
            self.strands.list,
            self.questions.input,
            self.questions.list,
            self.links,
            self.link_button,
            self.delete_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    # -- which note ----------------------------------------------------------------

    def set_entries(self, strands: list[tuple[str, str]], questions: list[tuple[str, str]]) -> None:
        self.strands.set_entries(strands)
        self.questions.set_entries(questions)

    def set_note(self, note_id: str | None, meta: str = "") -> None:
        if note_id == self.note_id:
            return
        self.flush()
        self._seal()
        self.note_id = note_id
        self._meta_extra = meta
        self.banner.hide()
        if note_id is None:
            self.body.hide()
            self.placeholder.show()
            return
        self.placeholder.hide()
        self.body.show()
        self.reload(text_too=True)

    def reload(self, text_too: bool) -> None:
        if self.note_id is None:
            return
        try:
            detail = evidence.get_note(self.ctx.store, self.note_id)
        except NotFoundError:
            self.set_note(None)
            return
        note = detail.note
        self._kind = note.activity_kind
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(note.activity_kind)))
        self.source_rows.show_note(note.activity_kind, note.meeting_with, note.sources)
        context = ", ".join(p for p in (note.year_group, note.subject, note.class_group) if p)
        parts = [dates.date_time(note.observed_at)]
        if self._meta_extra:
            parts.append(self._meta_extra)
        if context:
            parts.append(context)
        self.meta.setText(" · ".join(parts))
        self.strands.set_tags(detail.strand_codes)
        self.questions.set_tags(detail.question_ids)
        self._links = detail.links
        self._show_links()
        if text_too:
            self._show_text(note.text)

    def _show_text(self, text: str) -> None:
        """Show the stored text; when it is what the box already holds (the echo of our
        own save), leave the box alone so the cursor stays where the reviewer is typing."""
        self.saved_text = text
        if self.text.toPlainText() != text:
            position = self.text.textCursor().position()
            self._loading = True
            try:
                self.text.setPlainText(text)
                cursor = self.text.textCursor()
                cursor.setPosition(min(position, len(text)) if position else len(text))
                self.text.setTextCursor(cursor)
            finally:
                self._loading = False
        self.check_privacy()

    def _show_links(self) -> None:
        labels = []
        for other, kind, direction in self._links:
            try:
                text = evidence.get_note(self.ctx.store, other).note.text
            except NotFoundError:
                continue
            arrow = "→" if direction == "to" else "←"
            short = " ".join(text.split())[:70] or self.tr("(empty note)")
            if kind == "corroborates":
                label = self.tr("{arrow} corroborates: {note}")
            else:
                label = self.tr("{arrow} contradicts: {note}")
            labels.append(label.format(arrow=arrow, note=short))
        self._links_model.setStringList(labels)
        fit_to_rows(self.links, MOST_LINKS)

    # -- storing -------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        if self._loading or self.note_id is None:
            return
        if not self.save_timer.isActive():
            self.save_timer.start()
        self.privacy_timer.start()

    def pending(self) -> bool:
        return self.note_id is not None and self.text.toPlainText() != self.saved_text

    def flush(self) -> None:
        """Store what is typed now, if anything changed since the last store."""
        self.save_timer.stop()
        if not self.pending() or self.note_id is None:
            return
        new = self.text.toPlainText()
        old, self.saved_text = self.saved_text, new
        command = commands.EditTextCommand(self.ctx, self.note_id, old, new)
        top = self.ctx.undo_stack.command(self.ctx.undo_stack.index() - 1)
        self.ctx.undo_stack.push(command)
        # push() may merge into the burst's command; remember whichever now holds it.
        now_top = self.ctx.undo_stack.command(self.ctx.undo_stack.index() - 1)
        if isinstance(now_top, commands.EditTextCommand):
            self._last_command = now_top
        elif isinstance(top, commands.EditTextCommand):
            self._last_command = top

    def _seal(self) -> None:
        """End the current burst: the next typing is a new undo step."""
        if self._last_command is not None:
            self._last_command.sealed = True
            self._last_command = None

    def undo(self) -> None:
        self.flush()
        self._seal()
        self.ctx.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self._seal()
        self.ctx.undo_stack.redo()

    def apply_changes(self, changes: ChangeSet) -> None:
        """Reflect a commit (an undo, a redo, another page) in the note shown."""
        if self.note_id is None:
            return
        touched = self.note_id in changes.ids("evidence_note") or bool(
            changes.entities & {"note_strand", "note_question", "note_link"}
        )
        if not touched:
            return
        if self.pending():
            self.reload(text_too=False)  # the reviewer's typing wins; it is stored next
        else:
            self.reload(text_too=True)

    def _on_kind(self, index: int) -> None:
        kind = self.kind_box.itemData(index)
        if self.note_id is None or kind == self._kind:
            return
        self.flush()
        self._seal()
        # The kind may clear the meeting's sub-kind and the sources: undo restores them.
        old = {
            "activity_kind": self._kind,
            "meeting_with": self.source_rows.meeting_with,
            "sources": self.source_rows.chosen(),
        }
        self.ctx.undo_stack.push(
            commands.SetFieldsCommand(
                self.ctx,
                self.note_id,
                self.tr("Change activity kind"),
                old,
                {"activity_kind": kind},
            )
        )

    def _on_with(self, old: str, new: str) -> None:
        if self.note_id is None:
            return
        self.flush()
        self._seal()
        self.ctx.undo_stack.push(
            commands.SetFieldCommand(self.ctx, self.note_id, "meeting_with", old, new)
        )

    def _on_sources(self, old: list[str], ticked: list[str]) -> None:
        if self.note_id is None:
            return
        self.flush()
        self._seal()
        self.ctx.undo_stack.push(
            commands.SetFieldsCommand(
                self.ctx,
                self.note_id,
                self.tr("Change sources"),
                {"sources": old},
                {"sources": ticked},
            )
        )

    def _on_strands(self, old: list[str], new: list[str]) -> None:
        if self.note_id is not None:
            self.flush()
            self._seal()
            self.ctx.undo_stack.push(commands.SetStrandsCommand(self.ctx, self.note_id, old, new))

    def _on_questions(self, old: list[str], new: list[str]) -> None:
        if self.note_id is not None:
            self.flush()
            self._seal()
            self.ctx.undo_stack.push(commands.SetQuestionsCommand(self.ctx, self.note_id, old, new))

    def remove_selected_link(self) -> None:
        row = self.links.currentIndex().row()
        if self.note_id is None or not 0 <= row < len(self._links):
            return
        other, kind, direction = self._links[row]
        source, target = (self.note_id, other) if direction == "to" else (other, self.note_id)
        self.ctx.undo_stack.push(commands.UnlinkCommand(self.ctx, source, target, kind))

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if (
            watched is self.links
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_selected_link()
            return True
        return super().eventFilter(watched, event)

    # -- privacy -------------------------------------------------------------------

    def check_privacy(self) -> None:
        """The name guard and the judgement guard (text_guard): underline what they find
        and say the first in the banner, unless dismissed for this note."""
        if self.note_id is None:
            self.banner.hide()
            mark(self.text, [])
            return
        hits = [
            h
            for h in text_guard.check(self.text.toPlainText(), "note")
            if (self.note_id, h.term.casefold()) not in self._dismissed
        ]
        mark(self.text, hits)
        if hits:
            self.banner.show_hit(hits[0], len(hits) - 1)
        else:
            self.banner.hide()

    def _dismiss_privacy(self) -> None:
        if self.note_id is not None:
            for hit in text_guard.check(self.text.toPlainText(), "note"):
                self._dismissed.add((self.note_id, hit.term.casefold()))
        self.check_privacy()
        self.text.setFocus()
