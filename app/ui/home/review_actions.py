"""The review actions of the main window: create, open, archive and bring back a review
(asked first, undoable: archiving.py), and record a safeguarding concern for the open one.
MainWindow builds on this class; it is split out to keep each file to one idea."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStyle, QTableView, QToolButton

from app.services import planning, safeguarding
from app.services.errors import PeerviewError
from app.services.store import Store
from app.ui.bus import ChangeBus
from app.ui.home.archiving import ArchiveCommand, ArchiveQuestion
from app.ui.home.review_list_model import ReviewListModel
from app.ui.messages import window_text
from app.ui.review.workspace import ReviewWorkspace
from app.ui.settings import settings
from app.ui.widgets.banner import Banner

log = logging.getLogger(__name__)

ARCHIVED_KEY = "main_window/show_archived"


class ReviewActions(QMainWindow):
    """Needs, from the subclass: the store, bus, list model and table, the open
    workspace, and open_review / show_home / refresh / selected_review_id."""

    review_activated: SignalInstance  # declared by MainWindow
    _store: Store
    bus: ChangeBus
    model: ReviewListModel
    table: QTableView
    workspace: ReviewWorkspace | None
    banner: Banner
    home_undo: QUndoStack
    # Methods MainWindow defines, declared here (not defined) so that this class cannot
    # shadow them and a type checker knows them.
    open_review: Callable[[str], ReviewWorkspace]
    show_home: Callable[[], None]
    refresh: Callable[[], None]
    selected_review_id: Callable[[], str | None]
    select_review: Callable[[str], bool]
    _name_toolbar_buttons: Callable[[], None]

    def _build_review_actions(self) -> None:
        self.new_review_action = QAction(self.tr("&New review…"), self)
        # Ctrl+N is "new" where you are: a review at home, an evidence note inside one
        # (capture). The action is disabled inside a review, so the keys never clash.
        # Ctrl+Shift+N too, as agreed with capture (its "go to the notes" moved to Ctrl+E).
        self.new_review_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.New), QKeySequence(self.tr("Ctrl+Shift+N"))]
        )
        self.new_review_action.setStatusTip(self.tr("Plan a new peer review"))
        self.new_review_action.triggered.connect(self.create_review)

        self.open_action = QAction(self.tr("&Open review"), self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.setStatusTip(self.tr("Open the selected review"))
        self.open_action.triggered.connect(self._open_selected)

        self.archive_action = QAction(self.tr("&Archive review…"), self)
        self.archive_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+A")))
        self.archive_action.setStatusTip(
            self.tr("Take the review off the list (asks first; nothing is deleted)")
        )
        self.archive_action.triggered.connect(self.toggle_archived)

        self.show_archived_action = QAction(self.tr("Show a&rchived reviews"), self)
        self.show_archived_action.setCheckable(True)
        self.show_archived_action.setChecked(bool(settings().value(ARCHIVED_KEY, False, type=bool)))
        self.show_archived_action.toggled.connect(self._on_show_archived)

        self.safeguarding_action = QAction(self.tr("Record a &safeguarding concern…"), self)
        self.safeguarding_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+S")))
        self.safeguarding_action.setStatusTip(
            self.tr("Kept apart from evidence, for the host's designated safeguarding lead")
        )
        self.safeguarding_action.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        self.safeguarding_action.triggered.connect(self.record_concern)
        self.safeguarding_action.setEnabled(False)

        self.concerns_action = QAction(self.tr("Concerns &recorded for this review…"), self)
        self.concerns_action.setStatusTip(
            self.tr("Safeguarding concerns of the open review, and whether each is passed on")
        )
        self.concerns_action.triggered.connect(self.show_concerns)
        self.concerns_action.setEnabled(False)

    def current_review_id(self) -> str | None:
        """The open review, or else the one selected in the list."""
        if self.workspace is not None:
            return self.workspace.review_id
        return self.selected_review_id()

    def _update_actions(self, *_: object) -> None:
        review_id = self.current_review_id()
        archived = False
        if review_id is not None:
            row = self.model.row_of(review_id)
            archived = row is not None and self.model.summary(row).archived
        self.archive_action.setEnabled(review_id is not None)
        self.archive_action.setText(
            self.tr("Un&archive review") if archived else self.tr("&Archive review…")
        )
        self.open_action.setEnabled(self.workspace is None and review_id is not None)
        self.safeguarding_action.setEnabled(self.workspace is not None)
        self.concerns_action.setEnabled(self.workspace is not None)
        self.new_review_action.setEnabled(self.workspace is None)
        self._name_toolbar_buttons()

    def _open_selected(self) -> None:
        review_id = self.selected_review_id()
        if review_id is not None and self.workspace is None:
            self.review_activated.emit(review_id)

    def create_review(self) -> str | None:
        """Ask for a new review's plan, create it, and open it."""
        from app.ui.dialogs.review_dialog import NewReviewDialog  # loaded when first used

        value, accepted = NewReviewDialog.get_new_review(self, self._store)
        if not accepted or value is None:
            return None
        try:
            review_id, changes = planning.create_review(self._store, value)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Cannot create the review"), window_text(exc))
            return None
        self.bus.publish(changes)
        self.open_review(review_id)
        return review_id

    def toggle_archived(self) -> None:
        """Archive the current review (after asking) or bring an archived one back; either
        can be undone (Ctrl+Z at home, or Undo in the banner)."""
        review_id = self.current_review_id()
        if review_id is None:
            return
        row = self.model.row_of(review_id)
        summary = self.model.summary(row) if row is not None else None
        archive = not (summary is not None and summary.archived)
        title = summary.title if summary is not None else ""
        if archive and not ArchiveQuestion.confirm(title, self)[1]:
            return
        if self.workspace is not None:
            self.show_home()
        command = ArchiveCommand(self._store, self.bus, review_id, title, archive, self._archived)
        self.home_undo.push(command)  # pushing does it

    def _archived(self, command: ArchiveCommand, archived: bool) -> None:
        """Say what an archive command did, where the person is looking."""
        self.refresh()
        if archived and command.archive:
            self.banner.show_message(
                command.message(True),
                action=self.tr("&Undo"),
                on_action=lambda: self._undo_archive(command),
            )
            return
        self.banner.show_message(command.message(archived))
        if not archived:
            self.select_review(command.review_id)

    def _undo_archive(self, command: ArchiveCommand) -> None:
        stack = self.home_undo
        if stack.canUndo() and stack.command(stack.index() - 1) is command:
            stack.undo()

    def _on_show_archived(self, shown: bool) -> None:
        settings().setValue(ARCHIVED_KEY, shown)
        self.refresh()

    def _add_safeguarding_button(self, workspace: ReviewWorkspace) -> None:
        # Apart from the pages and the evidence: at the right of the review's header.
        button = QToolButton(workspace)
        button.setObjectName("safeguarding_button")
        button.setDefaultAction(self.safeguarding_action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAccessibleName(self.tr("Record a safeguarding concern"))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        workspace.header_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        workspace.safeguarding_button = button  # type: ignore[attr-defined]

    def show_concerns(self) -> None:
        if self.workspace is not None:
            from app.ui.dialogs.concerns_dialog import ConcernsDialog  # loaded when first used

            ConcernsDialog.show_concerns(
                self, self._store, self.workspace.review_id, self.bus.publish
            )

    def record_concern(self) -> str | None:
        """Record a safeguarding concern for the open review, apart from its evidence."""
        if self.workspace is None:
            return None
        review_id = self.workspace.review_id
        self.workspace.flush()
        from app.ui.dialogs.safeguarding_dialog import SafeguardingDialog  # loaded when first used

        value, accepted = SafeguardingDialog.get_concern(self, self._store, review_id)
        if not accepted or value is None:
            return None
        try:
            concern_id, changes = safeguarding.record_concern(
                self._store,
                review_id,
                value.text,
                observed_at=value.observed_at,
                passed_to=value.passed_to,
                passed_on_at=value.passed_on_at,
            )
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Cannot record the concern"), window_text(exc))
            return None
        self.bus.publish(changes)
        # Stays until dismissed: this is the one thing the reviewer must not miss today.
        self.banner.show_message(
            self.tr("Concern recorded. Pass it on in person today to {0}.").format(value.passed_to),
            important=True,
        )
        return concern_id
