"""Coverage: the review's framework (areas → strands) and enquiry questions, each with how
many notes, sources of evidence, activities and reviewers bear on it, and where the evidence
is thin."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services import coverage
from app.services.coverage import (
    MIN_ACTIVITIES,
    MIN_NOTES,
    MIN_REVIEWERS,
    MIN_SOURCES,
    Coverage,
    Level,
)
from app.ui import tasks
from app.ui.review.context import WorkspaceContext
from app.ui.review.coverage.model import CoverageColumn, CoverageModel
from app.ui.review.page import ReviewPage
from app.ui.settings import settings

log = logging.getLogger(__name__)

_HEADER_KEY = "coverage/header-sources"  # the columns changed with sources (0040)
# Changes come in bursts while someone types and tags; count once the burst is over.
REFRESH_AFTER_MS = 150
_HEADER_PADDING = 10  # each side of a column's heading, with room for the sort mark


class CoveragePage(ReviewPage):
    #: New counts are on screen.
    updated = Signal()

    # Entities whose change alters a count on this page.
    WATCHED = frozenset(
        {"evidence_note", "note_strand", "note_question", "enquiry_question", "review"}
    )

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("coverage_page")
        self.setAccessibleName(self.tr("Coverage"))
        self.coverage: Coverage | None = None
        self._task: tasks.TaskHandle | None = None
        self._again = False

        self.summary = QLabel(self)
        self.summary.setObjectName("coverage_summary")
        self.summary.setAccessibleName(self.tr("Coverage summary"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.model = CoverageModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("coverage_tree")
        self.tree.setAccessibleName(self.tr("Coverage by strand and enquiry question"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in {
            CoverageColumn.NAME: 420,
            CoverageColumn.NOTES: 60,
            CoverageColumn.SOURCES: 70,
            CoverageColumn.ACTIVITIES: 80,
            CoverageColumn.REVIEWERS: 85,
        }.items():
            # Wide enough for the heading in the window's language (Welsh's are longer).
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            room = header.fontMetrics().horizontalAdvance(heading) + 2 * _HEADER_PADDING
            header.resizeSection(column, max(width, room))
        saved = settings().value(_HEADER_KEY)
        if isinstance(saved, QByteArray):
            header.restoreState(saved)
        header.sectionResized.connect(
            lambda *_: settings().setValue(_HEADER_KEY, header.saveState())
        )

        self.legend = QLabel(
            self.tr(
                "Thin means fewer than {0} notes, or from fewer than {1} sources of evidence "
                "(pupils' talk, observation, documents...), or {2} activities, or {3} "
                "reviewers: not yet triangulated. The team's own meetings never count."
            ).format(MIN_NOTES, MIN_SOURCES, MIN_ACTIVITIES, MIN_REVIEWERS),
            self,
        )
        self.legend.setObjectName("coverage_legend")
        self.legend.setWordWrap(True)
        self.legend.setForegroundRole(self.legend.foregroundRole())

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_AFTER_MS)
        self._timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.legend)
        self.setFocusProxy(self.tree)

    def changed_while_shown(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Count again on a worker thread (a large review takes a moment); the tree
        updates when the counts arrive. A refresh asked for meanwhile runs after it."""
        self._timer.stop()
        if self._task is not None and not self._task.finished:
            self._again = True
            return
        store, review_id = self.ctx.store, self.ctx.review_id
        self._task = tasks.run_task(
            self,
            self.tr("Counting evidence"),
            lambda _progress: coverage.review_coverage(store, review_id),
            self._show,
            self._failed,
            quiet=True,
        )

    def _failed(self, exc: BaseException) -> None:
        log.error("Could not count the evidence: %s", exc)
        self._task = None
        self.summary.setText(self.tr("Could not count the evidence: {0}").format(exc))

    def _show(self, result: Coverage) -> None:
        self._task = None
        self.coverage = result
        self.model.reload(result)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), self.model.is_group(row))
        self.tree.expandAll()
        strands = [s for a in result.areas for s in a.strands]
        levels = [s.counts.level for s in strands]
        text = self.tr(
            "%n strand(s): {0} supported, {1} thin, {2} with no evidence yet.", "", len(strands)
        ).format(
            levels.count(Level.SUPPORTED),
            levels.count(Level.THIN),
            levels.count(Level.NONE),
        )
        if result.untagged_notes:
            untagged = self.tr("%n note(s) have no strand yet.", "", result.untagged_notes)
            text = self.tr("{0} {1}", "one sentence after another").format(text, untagged)
        self.summary.setText(text)
        self.updated.emit()
        if self._again:
            self._again = False
            self.refresh()
