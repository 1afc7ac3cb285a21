"""Planning: the focus, the self-evaluation summary, the enquiry questions and the visit
timetable of one review.

Text is stored as it is typed (debounced, and at once when the field loses focus or the
review closes: ``flush``), never through a Save button. Questions and activities change
through undoable commands over the planning services (undo.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models import Activity
from app.services import planning, reviews, timetable
from app.services.errors import PeerviewError
from app.services.timetable import ActivityInput
from app.ui.dialogs.form_dialog import plain_text_field
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.review.page import ReviewPage
from app.ui.review.planning.activity_dialog import ActivityDialog
from app.ui.review.planning.excellence_panel import ExcellencePanel
from app.ui.review.planning.questions_panel import QuestionsPanel
from app.ui.review.planning.team_panel import TeamPanel
from app.ui.review.planning.timetable_model import ID_ROLE, TimetableColumn, TimetableModel
from app.ui.review.undo import push
from app.ui.settings import settings
from app.ui.widgets.guard_marks import GuardNotice, GuardWatcher
from app.ui.widgets.shortcuts import on_keys
from app.ui.widgets.tables import list_table

log = logging.getLogger(__name__)

SAVE_AFTER_MS = 700
_SPLITTER_KEY = "planning/splitter"
_HEADER_KEY = "planning/timetable_header"


class DebouncedText(QObject):
    """Stores a text field through ``save(text)`` shortly after typing stops, when the
    field loses focus, and on ``flush()``."""

    def __init__(
        self,
        edit: QPlainTextEdit,
        save: Callable[[str], None],
        left: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self._save = save
        self._left = left  # after the field lost focus: show what is stored now
        self.saved = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_AFTER_MS)
        self.timer.timeout.connect(self.flush)
        edit.textChanged.connect(self.timer.start)
        edit.installEventFilter(self)

    @property
    def pending(self) -> bool:
        return self.edit.toPlainText() != self.saved

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
            # Not while the page is going away (closing the review or the window).
            if self._left is not None and self.edit.isVisible():
                self._left()
        return False

    def flush(self) -> None:
        self.timer.stop()
        text = self.edit.toPlainText()
        if text != self.saved:
            self._save(text)
            self.saved = text

    def show_stored(self, text: str) -> None:
        """Show the stored value, unless the person is typing in the field."""
        if text == self.edit.toPlainText():
            self.saved = text
            return
        # Never under the person's cursor: what they have (typed or not) stays, and is
        # stored only if they change it, so another window's edit is not written over.
        if self.pending or self.edit.hasFocus():
            return
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self.saved = text


class PlanningPage(ReviewPage):
    WATCHED = frozenset(
        {
            "review",
            "enquiry_question",
            "activity",
            "team_member",
            "person",
            "excellence_nomination",
            "finding",  # a validated nomination names its finding
        }
    )

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("planning_page")
        self.setAccessibleName(self.tr("Planning"))

        self.focus_edit = plain_text_field(self, self.tr("Focus"), 2)
        self.focus_edit.setObjectName("focus")
        self.self_evaluation = plain_text_field(self, self.tr("Self-evaluation summary"), 4)
        self.self_evaluation.setObjectName("self_evaluation")
        self.self_evaluation.setMaximumHeight(16_777_215)
        self.focus_edit.setMaximumHeight(16_777_215)
        self._texts = {
            "focus": DebouncedText(
                self.focus_edit, lambda t: self._save(focus=t), self._show_stored_texts
            ),
            "self_evaluation": DebouncedText(
                self.self_evaluation,
                lambda t: self._save(self_evaluation=t),
                self._show_stored_texts,
            ),
        }
        # The focus and the self-evaluation print in the report: the guards read them too.
        self.focus_notice, self.self_evaluation_notice = GuardNotice(self), GuardNotice(self)
        self._guards = [
            GuardWatcher(self.focus_edit, "focus", self.focus_notice),
            GuardWatcher(self.self_evaluation, "self_evaluation", self.self_evaluation_notice),
        ]
        self.questions = QuestionsPanel(ctx, self)
        self.team = TeamPanel(ctx, self)
        self.excellence = ExcellencePanel(ctx, self)

        top = QWidget(self)
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        first = QVBoxLayout()
        first.addWidget(self._titled(self.tr("F&ocus"), self.focus_edit, self.focus_notice), 2)
        first.addWidget(self._titled(self.tr("Review tea&m"), self.team), 3)
        row.addLayout(first, 2)
        # The host's nominations beside its self-evaluation, where they usually come from.
        second = QVBoxLayout()
        second.addWidget(
            self._titled(
                self.tr("&Self-evaluation summary"),
                self.self_evaluation,
                self.self_evaluation_notice,
            ),
            3,
        )
        second.addWidget(self.excellence, 3)
        row.addLayout(second, 3)
        row.addWidget(self._titled(self.tr("Enquiry &questions"), self.questions), 3)

        self.timetable = self._build_timetable()
        bottom = QWidget(self)
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 0, 0, 0)
        self.timetable_label = QLabel(self.tr("Visit &timetable"), bottom)
        self.timetable_label.setBuddy(self.table)
        font = self.timetable_label.font()
        font.setBold(True)
        self.timetable_label.setFont(font)
        column.addWidget(self.timetable_label)
        column.addWidget(self.timetable, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("planning_splitter")
        self.splitter.setAccessibleName(self.tr("Planning areas"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.splitterMoved.connect(self._remember_layout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.splitter)
        state = settings().value(_SPLITTER_KEY)
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    def _titled(self, title: str, field: QWidget, notice: QWidget | None = None) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title, box)
        # A panel (the team, the nominations) takes no focus itself: QLabel's mnemonic
        # skips a buddy with no focus policy, so it points at what the panel proxies.
        label.setBuddy(field.focusProxy() or field)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        column.addWidget(label)
        column.addWidget(field, 1)
        if notice is not None:
            column.addWidget(notice)
        return box

    def _build_timetable(self) -> QWidget:
        self.model = TimetableModel(self)
        table = list_table(
            self,
            "timetable",
            self.tr("Visit timetable"),
            self.model,
            self.tr("Insert adds an activity, Enter edits it, Delete removes it."),
        )
        header = table.horizontalHeader()
        # Fits the default 1100-pixel window; the paired host leader takes what is left.
        widths = {
            TimetableColumn.DAY: 85,
            TimetableColumn.TIME: 90,
            TimetableColumn.KIND: 125,
            TimetableColumn.TITLE: 225,
            TimetableColumn.PLACE: 140,
            TimetableColumn.CONTEXT: 115,
            TimetableColumn.REVIEWERS: 165,
        }
        for col, width in widths.items():
            header.resizeSection(col, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        saved = settings().value(_HEADER_KEY)
        if isinstance(saved, QByteArray):
            header.restoreState(saved)
        header.sectionResized.connect(self._remember_layout)
        table.activated.connect(lambda _index: self.edit_activity())
        on_keys(table, "Delete", self.delete_activity)
        self.table = table

        self.add_button = self._button(self.tr("&Add activity…"), "add_activity", self.add_activity)
        self.edit_button = self._button(
            self.tr("Edit activit&y…"), "edit_activity", self.edit_activity
        )
        self.delete_button = self._button(
            self.tr("&Delete"), "delete_activity", self.delete_activity
        )
        # Buttons under the table, so the table has the page's whole width.
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(table, 1)
        column.addLayout(buttons)
        on_keys(table, "Insert", self.add_activity)
        return box

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _=False: slot())
        return button

    # -- data ----------------------------------------------------------------------

    def refresh(self) -> None:
        detail = reviews.get_review(self.ctx.store, self.ctx.review_id)
        self._show_texts(detail.focus, detail.self_evaluation)
        self.questions.show_questions(detail.enquiry_questions)
        self.team.show_team()
        self.excellence.show_nominations()
        selected = self.selected_activity_id()
        names = dict(
            (pid, name)
            for _, pid, name, _ in planning.team_members(self.ctx.store, self.ctx.review_id)
        )
        ids = {i for a in detail.activities for i in _people_of(a)} - set(names)
        names.update(timetable.people_by_id(self.ctx.store, sorted(ids)))
        self.model.reload(detail.activities, names)
        if selected is not None:
            self.select_activity(selected)
        has_rows = self.model.rowCount() > 0
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def _show_stored_texts(self) -> None:
        detail = reviews.get_review(self.ctx.store, self.ctx.review_id)
        self._show_texts(detail.focus, detail.self_evaluation)

    def _show_texts(self, focus: str, self_evaluation: str) -> None:
        self._texts["focus"].show_stored(focus)
        self._texts["self_evaluation"].show_stored(self_evaluation)
        for guard in self._guards:
            guard.refresh()  # show_stored sets the text with its signals blocked

    def _save(self, **fields: str) -> None:
        try:
            changes = planning.update_review(self.ctx.store, self.ctx.review_id, **fields)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), window_text(exc))
            return
        self.ctx.publish(changes)

    def flush(self) -> None:
        for text in self._texts.values():
            text.flush()

    # -- timetable -----------------------------------------------------------------

    def selected_activity_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else None

    def select_activity(self, activity_id: str) -> None:
        row = self.model.row_of(activity_id)
        if row is not None:
            self.table.selectRow(row)

    def add_activity(self) -> str | None:
        value, ok = ActivityDialog.get_activity(self, self.ctx.store, self.ctx.review_id)
        if not ok or value is None:
            return None
        return self.apply_new_activity(value)

    def apply_new_activity(self, value: ActivityInput) -> str | None:
        store = self.ctx.store
        try:
            activity_id, changes = timetable.add_activity(store, self.ctx.review_id, value)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Cannot add the activity"), window_text(exc))
            return None
        push(
            self.ctx,
            self.tr("add activity"),
            changes,
            lambda: timetable.restore_activity(store, activity_id),
            lambda: timetable.delete_activity(store, activity_id),
        )
        self.select_activity(activity_id)
        self.table.setFocus()
        return activity_id

    def edit_activity(self) -> None:
        activity_id = self.selected_activity_id()
        if activity_id is None:
            return
        row = self.model.row_of(activity_id)
        assert row is not None
        old = ActivityInput.of(self.model.activity(row))
        value, ok = ActivityDialog.get_activity(self, self.ctx.store, self.ctx.review_id, old)
        if ok and value is not None:
            self.apply_activity_edit(activity_id, old, value)

    def apply_activity_edit(self, activity_id: str, old: ActivityInput, new: ActivityInput) -> None:
        store = self.ctx.store
        try:
            changes = timetable.update_activity(store, activity_id, new)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Cannot change the activity"), window_text(exc))
            return
        push(
            self.ctx,
            self.tr("edit activity"),
            changes,
            lambda: timetable.update_activity(store, activity_id, new),
            lambda: timetable.update_activity(store, activity_id, old),
        )
        self.select_activity(activity_id)

    def delete_activity(self) -> None:
        activity_id = self.selected_activity_id()
        if activity_id is None:
            return
        store = self.ctx.store
        changes = timetable.delete_activity(store, activity_id)
        push(
            self.ctx,
            self.tr("delete activity"),
            changes,
            lambda: timetable.delete_activity(store, activity_id),
            lambda: timetable.restore_activity(store, activity_id),
        )

    def _remember_layout(self, *_: object) -> None:
        prefs = settings()
        prefs.setValue(_SPLITTER_KEY, self.splitter.saveState())
        prefs.setValue(_HEADER_KEY, self.table.horizontalHeader().saveState())


def _people_of(activity: Activity) -> list[str]:
    value = ActivityInput.of(activity)
    return [*value.reviewer_ids, *([value.host_leader_id] if value.host_leader_id else [])]
