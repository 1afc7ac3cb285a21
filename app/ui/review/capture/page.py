"""The capture page, where a reviewer spends the visit.

Left: the timetable (the activity happening now in bold) and the framework tree with each
strand's evidence count. Middle: find and filters over the notes of the review (a lazy
model). Right: the note editor. New note (Ctrl+N) starts a note pre-filled from the
activity happening now; Ctrl+F goes to Find; Delete in the list deletes a note (undo
restores it).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models import Activity
from app.models.review import ACTIVITY_KINDS
from app.services import frameworks, notes_query, reviews
from app.services.notes_query import NoteFilter
from app.services.store import ChangeSet
from app.ui.review.capture import commands
from app.ui.review.capture.delegate import NoteDelegate
from app.ui.review.capture.editor import NoteEditor
from app.ui.review.capture.link_dialog import LinkDialog
from app.ui.review.capture.notes_model import NOTE_ID_ROLE, NotesModel
from app.ui.review.capture.side_models import (
    ACTIVITY_ROLE,
    STRAND_ROLE,
    FrameworkModel,
    TimetableModel,
)
from app.ui.review.capture.side_pane import SidePane
from app.ui.review.context import WorkspaceContext
from app.ui.review.kinds import activity_label
from app.ui.settings import settings

log = logging.getLogger(__name__)

SEARCH_MS = 120
NO_STRAND = "__no_strand__"
_SPLITTER_KEY = "capture/splitter"
_SIDE_SPLITTER_KEY = "capture/side_splitter"
_TREE_ENTITIES = {"note_strand", "evidence_note"}
_REVIEW_ENTITIES = {"activity", "review", "enquiry_question", "person", "team_member"}


class CapturePage(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("capture_page")
        self.setAccessibleName(self.tr("Capture"))
        #: What "now" is; tests set a fixed clock to pick the activity happening now.
        self.clock: Callable[[], dt.datetime] = dt.datetime.now
        self._loaded = False
        self._activities: dict[str, Activity] = {}
        self._strand_codes: dict[str, str] = {}

        self.model = NotesModel(ctx.store, ctx.review_id, self)
        self.timetable_model = TimetableModel(self)
        self.framework_model = FrameworkModel(self)

        self._build_side()
        self._build_notes()
        self.editor = NoteEditor(ctx, self)
        self.editor.link_requested.connect(self.link_note)
        self.editor.delete_requested.connect(self.delete_current)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("capture_splitter")
        self.splitter.setAccessibleName(self.tr("Capture panes"))
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.notes_pane)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.splitter)
        self._restore_splitters()
        self.splitter.splitterMoved.connect(self._save_splitters)
        self.side_splitter.splitterMoved.connect(self._save_splitters)

        self._add_actions()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        # The activity happening now moves on through the day.
        self.now_timer = QTimer(self)
        self.now_timer.setInterval(30_000)
        self.now_timer.timeout.connect(self.refresh_now)
        self.now_timer.start()
        ctx.bus.changed.connect(self._on_changed)

    # -- construction --------------------------------------------------------------

    def _build_side(self) -> None:
        self.side = SidePane(self.timetable_model, self.framework_model, self)
        self.side_splitter = self.side.splitter
        self.timetable = self.side.timetable
        self.tree = self.side.tree
        self.timetable.activated.connect(self._on_activity_activated)
        self.tree.activated.connect(self._on_strand_activated)

    def _combo(self, name: str, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.activated.connect(lambda _i: self.apply_filter())
        return combo

    def _build_notes(self) -> None:
        pane = QWidget(self)
        self.notes_pane = pane
        self.search = QLineEdit(pane)
        self.search.setObjectName("find")
        self.search.setAccessibleName(self.tr("Find in notes"))
        self.search.setPlaceholderText(self.tr("Words in the notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        find_label = QLabel(self.tr("F&ind:"), pane)
        find_label.setBuddy(self.search)

        self.strand_filter = self._combo(self.tr("Filter by strand"), pane)
        self.kind_filter = self._combo(self.tr("Filter by activity kind"), pane)
        self.kind_filter.addItem(self.tr("All activities"), None)
        for kind in ACTIVITY_KINDS:
            self.kind_filter.addItem(activity_label(kind), kind)
        self.author_filter = self._combo(self.tr("Filter by reviewer"), pane)
        self.question_filter = self._combo(self.tr("Filter by enquiry question"), pane)
        labels = [
            (self.tr("Stran&d:"), self.strand_filter),
            (self.tr("Activit&y:"), self.kind_filter),
            (self.tr("Revie&wer:"), self.author_filter),
            (self.tr("Q&uestion:"), self.question_filter),
        ]
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 3)
        for i, (text, combo) in enumerate(labels):
            label = QLabel(text, pane)
            label.setBuddy(combo)
            grid.addWidget(label, 1 + i // 2, (i % 2) * 2)
            grid.addWidget(combo, 1 + i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.count_label = QLabel(pane)
        self.count_label.setObjectName("note_count")
        self.count_label.setAccessibleName(self.tr("Notes shown"))
        self.list = QListView(pane)
        self.list.setObjectName("notes")
        self.list.setAccessibleName(self.tr("Evidence notes"))
        self.list.setAccessibleDescription(
            self.tr("Newest first. Enter opens a note; Delete deletes it (undo restores it).")
        )
        self.list.setModel(self.model)
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.activated.connect(lambda _i: self.editor.text.setFocus())
        self.list.installEventFilter(self)
        notes_label = QLabel(self.tr("Evidence &notes"), pane)
        notes_label.setBuddy(self.list)
        # Ctrl+N alone was invisible to a new reviewer; the button says what it does.
        self.new_button = QPushButton(self.tr("New note"), pane)
        self.new_button.setObjectName("new_note_button")
        self.new_button.setAccessibleName(self.tr("Start a new evidence note"))
        self.new_button.setToolTip(self.tr("Start a note for the activity happening now (Ctrl+N)"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda _=False: self.new_note())

        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        heading = QGridLayout()
        heading.addWidget(notes_label, 0, 0)
        heading.addWidget(self.count_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        heading.addWidget(self.new_button, 0, 2)
        layout.addLayout(heading)
        layout.addWidget(self.list, 1)

    def _add_actions(self) -> None:
        def action(text: str, keys: QKeySequence, slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            act.setShortcut(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _=False: slot())
            self.addAction(act)
            return act

        self.new_action = action(
            self.tr("New note"), QKeySequence(QKeySequence.StandardKey.New), self.new_note
        )
        if self.new_action.shortcut().isEmpty():
            self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.find_action = action(
            self.tr("Find"), QKeySequence(QKeySequence.StandardKey.Find), self.focus_find
        )
        if self.find_action.shortcut().isEmpty():
            self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.link_action = action(self.tr("Link to a note"), QKeySequence("Ctrl+L"), self.link_note)
        self.notes_action = action(
            self.tr("Go to the notes"), QKeySequence("Ctrl+E"), self.list.setFocus
        )

    # -- loading -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        """Read everything the page shows (first show, or after the review changed)."""
        self._loaded = True
        detail = reviews.get_review(self.ctx.store, self.ctx.review_id)
        self._activities = {a.id: a for a in detail.activities}
        now = notes_query.activity_at(
            self.ctx.store, self.ctx.review_id, self.clock(), detail.activities
        )
        self.timetable_model.reload(detail.activities, now.id if now else None)
        tree = (
            frameworks.tree(self.ctx.store, detail.framework_version_id)
            if detail.framework_version_id
            else []
        )
        self.framework_model.reload(tree)
        self.tree.expandAll()
        strands = [(s.code, f"{s.code} {s.title}") for _, ss in tree for s in ss]
        self._strand_codes = {s.id: s.code for _, ss in tree for s in ss}
        questions = [
            (qid, self.tr("Q{0} {1}").format(i, text))
            for i, (qid, text) in enumerate(detail.enquiry_questions, 1)
        ]
        self.editor.set_entries(strands, questions)
        self._fill_combo(
            self.strand_filter,
            self.tr("All strands"),
            [(NO_STRAND, self.tr("No strand yet"))]
            + [(s.id, f"{s.code} {s.title}") for _, ss in tree for s in ss],
        )
        self._fill_combo(self.question_filter, self.tr("All questions"), questions)
        self._fill_combo(
            self.author_filter,
            self.tr("All reviewers"),
            notes_query.authors(self.ctx.store, self.ctx.review_id),
        )
        # The counts need a pass over the review's tags: paint the notes first.
        QTimer.singleShot(0, self, self.refresh_counts)
        self.apply_filter()

    def refresh_now(self) -> None:
        activities = self.timetable_model.activities
        now = notes_query.activity_at(self.ctx.store, self.ctx.review_id, self.clock(), activities)
        now_id = now.id if now else None
        if now_id != self.timetable_model.now_id:
            self.timetable_model.reload(activities, now_id)

    def _fill_combo(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for key, label in items:
            combo.addItem(label, key)
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))

    def refresh_counts(self) -> None:
        self.framework_model.set_counts(
            notes_query.strand_counts(self.ctx.store, self.ctx.review_id)
        )

    # -- filtering -----------------------------------------------------------------

    def current_filter(self) -> NoteFilter:
        strand = self.strand_filter.currentData()
        return NoteFilter(
            query=self.search.text(),
            strand_id=strand if strand not in (None, NO_STRAND) else None,
            no_strand=strand == NO_STRAND,
            activity_kind=self.kind_filter.currentData(),
            author_key_id=self.author_filter.currentData(),
            question_id=self.question_filter.currentData(),
        )

    def _search_now(self) -> None:
        self.search_timer.stop()
        self.apply_filter()
        if self.model.rowCount():
            self.list.setFocus()
            self.list.setCurrentIndex(self.model.index(0))

    def apply_filter(self) -> None:
        self.search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._show_count()
        self._reselect()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.has_more():
            text = self.tr("%n+ note(s)", "more are loaded as the list scrolls", shown)
        else:
            text = self.tr("%n note(s)", "", shown)
        self.count_label.setText(text)

    def _reselect(self) -> None:
        note_id = self.editor.note_id
        row = self.model.row_of(note_id) if note_id else None
        selection = self.list.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = self.model.index(row)
        selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        self.list.viewport().update()

    def focus_find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_strand_activated(self, index: QModelIndex) -> None:
        strand_id = index.siblingAtColumn(0).data(STRAND_ROLE)
        if strand_id:
            self.strand_filter.setCurrentIndex(max(0, self.strand_filter.findData(strand_id)))
            self.apply_filter()

    # -- notes ---------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        note_id = current.data(NOTE_ID_ROLE) if current.isValid() else None
        if note_id:
            row = self.model.rows[current.row()]
            self.editor.set_note(note_id, self._activity_title(row.activity_id))

    def _activity_title(self, activity_id: str | None) -> str:
        activity = self._activities.get(activity_id or "")
        return activity.title if activity else ""

    def new_note(self, activity: Activity | None = None) -> str | None:
        """Start a note pre-filled from ``activity`` or the one happening now."""
        self.editor.flush()
        now = self.clock()
        if activity is None:
            activity = notes_query.activity_at(
                self.ctx.store, self.ctx.review_id, now, list(self._activities.values())
            )
        fields: dict[str, object] = {"observed_at": now.isoformat(timespec="seconds")}
        if activity is not None:
            fields.update(
                activity_id=activity.id,
                activity_kind=activity.kind,
                year_group=activity.year_group,
                subject=activity.subject,
                host_leader_id=activity.host_leader_id,
                meeting_with=activity.meeting_with,
            )
        command = commands.NewNoteCommand(self.ctx, fields)
        self.ctx.undo_stack.push(command)
        if command.note_id is None:
            return None
        self.editor.set_note(command.note_id, activity.title if activity else "")
        self._reselect()
        self.editor.text.setFocus()
        return command.note_id

    def _on_activity_activated(self, index: QModelIndex) -> None:
        activity = self._activities.get(index.data(ACTIVITY_ROLE))
        if activity is not None:
            self.new_note(activity)

    def delete_current(self) -> None:
        note_id = self.editor.note_id
        if note_id is None:
            return
        self.editor.flush()
        row = self.model.row_of(note_id)
        self.ctx.undo_stack.push(commands.DeleteNoteCommand(self.ctx, note_id))
        # Move to the neighbour, as a list does after a delete.
        if self.model.rowCount():
            target = min(row if row is not None else 0, self.model.rowCount() - 1)
            self.list.setCurrentIndex(self.model.index(target))
        self.list.setFocus()

    def link_note(self) -> None:
        note_id = self.editor.note_id
        if note_id is None:
            return
        self.editor.flush()
        value, accepted = LinkDialog.get_link(
            self.ctx.store, self.ctx.review_id, note_id, self.window()
        )
        if accepted and value is not None:
            other, kind = value
            self.ctx.undo_stack.push(commands.LinkCommand(self.ctx, note_id, other, kind))

    def flush(self) -> None:
        """Store whatever is typed and not yet stored (the shell calls this on close)."""
        self.editor.flush()

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_current()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # -- changes -------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self._loaded:
            return
        entities = changes.entities
        if entities & _REVIEW_ENTITIES:
            self.load()
            self.editor.apply_changes(changes)
            return
        if entities & {"evidence_note", "note_strand", "note_question", "note_link"}:
            self.model.apply_changes(changes)
            self._show_count()
            self._reselect()
            self.editor.apply_changes(changes)
        created_or_deleted = bool(changes.created.get("evidence_note")) or any(
            e.entity == "evidence_note" and ("deleted" in e.fields or e.op == "delete")
            for e in changes.entries
        )
        if "note_strand" in entities or created_or_deleted:
            self.refresh_counts()

    # -- settings ------------------------------------------------------------------

    def _restore_splitters(self) -> None:
        prefs = settings()
        for key, splitter in (
            (_SPLITTER_KEY, self.splitter),
            (_SIDE_SPLITTER_KEY, self.side_splitter),
        ):
            state = prefs.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        if not isinstance(prefs.value(_SPLITTER_KEY), QByteArray):
            self.splitter.setSizes([280, 420, 400])

    def _save_splitters(self) -> None:
        prefs = settings()
        prefs.setValue(_SPLITTER_KEY, self.splitter.saveState())
        prefs.setValue(_SIDE_SPLITTER_KEY, self.side_splitter.saveState())
