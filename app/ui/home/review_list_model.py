"""The table model behind "Your reviews": one row per review summary."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app import dates
from app.models.review import REVIEW_STATUSES
from app.services.reviews import ReviewSummary
from app.ui.widgets import labels

log = logging.getLogger(__name__)

# The lifecycle order, so sorting by status follows the review's progress, not the alphabet.
STATUS_ORDER = REVIEW_STATUSES

# Views sort on this role so dates and counts sort by value rather than display text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    REVIEW = 0
    HOST_SCHOOL = 1
    DATES = 2
    STATUS = 3
    ROLE = 4
    NOTES = 5
    FINDINGS = 6


NUMERIC_COLUMNS = frozenset({Column.NOTES, Column.FINDINGS})


class ReviewListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReviewSummary] = []
        self._headers = {
            Column.REVIEW: self.tr("Review"),
            Column.HOST_SCHOOL: self.tr("Host school"),
            Column.DATES: self.tr("Dates"),
            Column.STATUS: self.tr("Status"),
            Column.ROLE: self.tr("Your role"),
            Column.NOTES: self.tr("Evidence notes"),
            Column.FINDINGS: self.tr("Findings"),
        }
        self._status_labels = labels.status_labels()
        self._role_labels = labels.role_labels()

    # -- data in -------------------------------------------------------------------

    def reload(self, rows: Sequence[ReviewSummary]) -> None:
        """Replace every row; views keep their sort through the proxy."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def review_id(self, row: int) -> str:
        return self._rows[row].id

    def summary(self, row: int) -> ReviewSummary:
        return self._rows[row]

    def row_of(self, review_id: str) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == review_id:
                return row
        return None

    def status_label(self, status: str) -> str:
        # An unknown status (from a newer Peerview, say) still shows rather than vanishing.
        return labels.status_label(status)

    # -- QAbstractTableModel -------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and summary.archived:
            return self.tr("Archived review")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.STATUS:
            return self._display(summary, column)  # the words may be cut in a narrow column
        if role == Qt.ItemDataRole.FontRole and summary.archived:
            # Archived reviews stay listed but recede, without relying on colour.
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, summary: ReviewSummary, column: Column) -> str | int:
        if column == Column.REVIEW:
            return summary.title
        if column == Column.HOST_SCHOOL:
            return summary.host_school
        if column == Column.DATES:
            return format_dates(summary.start_date, summary.end_date)
        if column == Column.STATUS:
            label = self.status_label(summary.status)
            return self.tr("{0} (archived)").format(label) if summary.archived else label
        if column == Column.ROLE:
            return self._role_labels.get(summary.role, summary.role.replace("_", " "))
        if column == Column.NOTES:
            return summary.notes
        return summary.findings

    def _sort_key(self, summary: ReviewSummary, column: Column) -> str | int:
        if column == Column.DATES:
            return f"{summary.start_date}/{summary.end_date}"
        if column == Column.STATUS:
            known = summary.status in STATUS_ORDER
            return STATUS_ORDER.index(summary.status) if known else len(STATUS_ORDER)
        if column in NUMERIC_COLUMNS:
            return summary.notes if column == Column.NOTES else summary.findings
        return str(self._display(summary, column)).casefold()


def role_labels(obj: QObject) -> dict[str, str]:
    """Team roles in words (app/ui/widgets/labels.py)."""
    return labels.role_labels()


def _alignment(column: Column) -> Qt.AlignmentFlag:
    horizontal = (
        Qt.AlignmentFlag.AlignRight if column in NUMERIC_COLUMNS else Qt.AlignmentFlag.AlignLeft
    )
    return horizontal | Qt.AlignmentFlag.AlignVCenter


def format_dates(start: str, end: str) -> str:
    """A short range in the person's conventions (app/dates.py): "17 Nov 2026",
    "17–19 Nov 2026", "30 Nov – 2 Dec 2026"."""
    return dates.date_range(start, end)
