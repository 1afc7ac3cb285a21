"""The Findings page: findings grouped by kind with next steps, an editor, and the
review's evidence notes to link (pick them, or drag them onto a finding)."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.models import EvidenceNote, FrameworkStrand
from app.services import evidence, findings, frameworks, reviews
from app.services.errors import PeerviewError
from app.services.findings import FindingView
from app.ui.fonts import register_app_fonts
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.review.findings import undo
from app.ui.review.findings.editor import FindingEditor, _tidy_table
from app.ui.review.findings.models import GROUPS, FindingsModel, NotesModel
from app.ui.review.page import ReviewPage
from app.ui.widgets.a11y import name_popups
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.panes import three_panes

EVIDENCE_SHARE = 0.6  # of the findings tree's width, at most, for the evidence column

_SHOWN = {
    "finding",
    "finding_note",
    "finding_strand",
    "finding_question",
    "feedback_response",
    "excellence_nomination",
    "enquiry_question",
    "next_step",
    "evidence_note",
    "review",
    "person",
}


class _EvidenceWidth(QObject):
    """The evidence column as wide as its counts, but never more than EVIDENCE_SHARE of
    the tree: the counts read longer in Welsh, and took all the room from the titles."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.installEventFilter(self)
        model = tree.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.fit)
        model.dataChanged.connect(self.fit)
        tree.expanded.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self, *_: object) -> None:
        room = int(self.tree.viewport().width() * EVIDENCE_SHARE)
        self.tree.header().resizeSection(1, min(self.tree.sizeHintForColumn(1), room))


class FindingsPage(ReviewPage):
    WATCHED = frozenset(_SHOWN)

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        register_app_fonts()  # names in Urdu or Arabic, never boxes
        self.setObjectName("findings_page")
        self.setAccessibleName(self.tr("Findings"))
        self._strands: list[FrameworkStrand] = []
        self._notes: dict[str, EvidenceNote] = {}

        self.model = FindingsModel(self.link_notes)
        self.tree = QTreeView(self)
        self.tree.setObjectName("findings_tree")
        self.tree.setAccessibleName(self.tr("Findings by kind, and next steps"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(False)
        _EvidenceWidth(self.tree)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.buttons: dict[str, QPushButton] = {}
        # Wraps rather than setting the page's minimum width (about 600 pixels in one row).
        bar = FlowLayout()
        for key, text, name in (
            ("strength", self.tr("Add strength"), self.tr("Add a strength")),
            (
                "area_for_development",
                self.tr("Add area for development"),
                self.tr("Add an area for development"),
            ),
            (
                "area_of_excellence",
                self.tr("Add Area of Excellence"),
                self.tr("Add an Area of Excellence"),
            ),
            ("next_step", self.tr("Add next step"), self.tr("Add a next step")),
            ("delete", self.tr("Delete"), self.tr("Delete the selected finding or next step")),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(name)
            button.setObjectName(f"button_{key}")
            self.buttons[key] = button
            bar.addWidget(button)
        for kind in ("strength", "area_for_development", "area_of_excellence"):
            self.buttons[kind].clicked.connect(lambda _=False, k=kind: self.add_finding(k))
        self.buttons["next_step"].clicked.connect(self.add_next_step)
        self.buttons["delete"].clicked.connect(self.delete_current)
        # Keyboard: Insert adds to the group in focus, Delete removes the selected row.
        shortcuts = (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_current),
            (QKeySequence(Qt.Key.Key_Insert), self.insert_here),
        )
        for sequence, slot in shortcuts:
            action = QAction(self.tree)
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.tree.addAction(action)
        self.buttons["delete"].setToolTip(self.tr("Delete (in the list: the Delete key)"))
        for kind in ("strength", "area_for_development", "area_of_excellence", "next_step"):
            self.buttons[kind].setToolTip(self.tr("In the list, Insert adds to the group in focus"))

        self.editor = FindingEditor(ctx, self)
        self.editor.unlink_requested.connect(self.unlink_notes)

        self.notes_model = NotesModel()
        self.notes_proxy = QSortFilterProxyModel(self)
        self.notes_proxy.setSourceModel(self.notes_model)
        self.notes_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.notes_proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("notes_filter")
        self.filter.setAccessibleName(self.tr("Find evidence notes"))
        self.filter.setPlaceholderText(self.tr("Type to filter the review's evidence notes"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.notes_proxy.setFilterFixedString)
        filter_label = QLabel(self.tr("Fin&d notes:"), self)
        filter_label.setBuddy(self.filter)
        self.notes = QTableView(self)
        self.notes.setObjectName("review_notes")
        self.notes.setAccessibleName(self.tr("The review's evidence notes"))
        self.notes.setModel(self.notes_proxy)
        self.notes.setDragEnabled(True)
        self.notes.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        _tidy_table(self.notes)
        self.link_button = QPushButton(self.tr("&Link selected to finding"), self)
        self.link_button.setAccessibleName(self.tr("Link the selected notes to the finding"))
        self.link_button.clicked.connect(self._link_selected)
        hint = QLabel(self.tr("Or drag notes onto a finding."), self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.tree, 1)
        notes_box = QWidget(self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter, 1)
        notes_layout.addLayout(row)
        notes_layout.addWidget(self.notes, 1)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.link_button)
        notes_layout.addLayout(row)
        three_panes(self, left, notes_box, self.editor, (560, 440))
        name_popups(self)

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        store, review_id = self.ctx.store, self.ctx.review_id
        if not self._strands:
            version = reviews.get_review(store, review_id).framework_version_id
            if version:
                self._strands = [
                    s for _, strands in frameworks.tree(store, version) for s in strands
                ]
        current = self.current_id()
        notes = evidence.list_notes(store, review_id)
        self._notes = {n.id: n for n in notes}
        self.notes_model.load(notes)
        self.model.load(
            findings.list_findings(store, review_id), findings.list_next_steps(store, review_id)
        )
        self.tree.expandAll()
        if current:
            self.select(current)
        else:
            self.editor.clear()

    # --- selection --------------------------------------------------------------------

    def current_id(self) -> str | None:
        item = self.model.item(self.tree.currentIndex())
        return None if item is None else str(item.id)

    def select(self, record_id: str) -> bool:
        index = self.model.index_of(record_id)
        if not index.isValid():
            self.editor.clear()
            return False
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(current)

    def _show(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        if isinstance(item, FindingView):
            self.editor.show_finding(item, self._strands, self._notes)
        elif item is not None:
            self.editor.show_step(item)
        else:
            self.editor.clear()

    # --- actions -----------------------------------------------------------------------

    def add_finding(self, kind: str) -> str | None:
        self.editor.flush()
        store, review_id = self.ctx.store, self.ctx.review_id
        title = {
            "strength": self.tr("New strength"),
            "area_for_development": self.tr("New area for development"),
            "area_of_excellence": self.tr("New Area of Excellence"),
        }.get(kind, kind)
        try:
            result = findings.create_finding(store, review_id, kind, title)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not added"), window_text(exc))
            return None
        fid = result.finding_id
        self.ctx.publish(result.changes)
        self.ctx.undo_stack.push(
            undo.ServiceCommand(
                self.ctx,
                self.tr("Add finding"),
                lambda: findings.delete_finding(store, fid),
                lambda: findings.restore_finding(store, fid),
            )
        )
        self.select(fid)
        self.editor.title.setFocus()
        self.editor.title.selectAll()
        return fid

    def insert_here(self) -> str | None:
        """Add a finding of the kind of the group in focus (or a next step)."""
        index = self.tree.currentIndex()
        if index.parent().isValid():
            index = index.parent()
        group = GROUPS[index.row()] if index.isValid() else "strength"
        return self.add_next_step() if group == "next_steps" else self.add_finding(group)

    def add_next_step(self) -> str | None:
        self.editor.flush()
        item = self.model.item(self.tree.currentIndex())
        finding_id = item.id if isinstance(item, FindingView) else None
        store, review_id = self.ctx.store, self.ctx.review_id
        try:
            result = findings.add_next_step(store, review_id, self.tr("New next step"), finding_id)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not added"), window_text(exc))
            return None
        sid = result.finding_id
        self.ctx.publish(result.changes)
        self.select(sid)
        self.editor.text.setFocus()
        self.editor.text.selectAll()
        return sid

    def delete_current(self) -> None:
        item = self.model.item(self.tree.currentIndex())
        if item is None:
            return
        self.editor.flush()
        store = self.ctx.store
        try:
            if isinstance(item, FindingView):
                fid = item.id
                undo.apply(
                    self.ctx,
                    self.tr("Delete finding"),
                    lambda: findings.delete_finding(store, fid),
                    lambda: findings.restore_finding(store, fid),
                )
            else:
                self.ctx.publish(findings.update_next_step(store, item.id, delete=True))
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), window_text(exc))

    def link_notes(self, finding_id: str, note_ids: list[str]) -> None:
        store = self.ctx.store
        try:
            undo.apply(
                self.ctx,
                self.tr("Link evidence"),
                lambda: findings.link_notes(store, finding_id, note_ids),
                lambda: findings.link_notes(store, finding_id, note_ids, on=False),
            )
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not linked"), window_text(exc))

    def unlink_notes(self, note_ids: list[str]) -> None:
        view = self.editor.finding
        if view is None:
            return
        store, fid = self.ctx.store, view.id
        try:
            undo.apply(
                self.ctx,
                self.tr("Unlink evidence"),
                lambda: findings.link_notes(store, fid, note_ids, on=False),
                lambda: findings.link_notes(store, fid, note_ids),
            )
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not unlinked"), window_text(exc))

    def _link_selected(self) -> None:
        view = self.editor.finding
        if view is None:
            QMessageBox.information(
                self, self.tr("Link evidence"), self.tr("Select a finding first.")
            )
            return
        rows = sorted(
            {
                self.notes_proxy.mapToSource(i).row()
                for i in self.notes.selectionModel().selectedRows()
            }
        )
        ids = [self.notes_model.note(r).id for r in rows]
        if ids:
            self.link_notes(view.id, ids)

    def flush(self) -> None:
        self.editor.flush()
