"""The visit timetable as a table model: one row per activity, by day and time slot."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtCore import QPersistentModelIndex as _PIndex

from app import dates
from app.models import Activity
from app.models.review import ACTIVITY_KINDS
from app.ui.review.kinds import activity_label

_Index = QModelIndex | _PIndex

ID_ROLE = Qt.ItemDataRole.UserRole


class TimetableColumn(IntEnum):
    DAY = 0
    TIME = 1
    KIND = 2
    TITLE = 3
    PLACE = 4
    CONTEXT = 5
    REVIEWERS = 6
    HOST_LEADER = 7


def kind_labels() -> dict[str, str]:
    """Activity kinds in the window's words, for a list to choose from."""
    return {kind: activity_label(kind) for kind in ACTIVITY_KINDS}


class TimetableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Activity] = []
        self._names: dict[str, str] = {}
        self._kinds = kind_labels()
        self._headers = {
            TimetableColumn.DAY: self.tr("Day"),
            TimetableColumn.TIME: self.tr("Time"),
            TimetableColumn.KIND: self.tr("Kind"),
            TimetableColumn.TITLE: self.tr("Activity"),
            TimetableColumn.PLACE: self.tr("Place"),
            TimetableColumn.CONTEXT: self.tr("Year or subject"),
            TimetableColumn.REVIEWERS: self.tr("Reviewers"),
            TimetableColumn.HOST_LEADER: self.tr("Host leader"),
        }

    def reload(self, activities: Sequence[Activity], names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(activities)
        self._names = dict(names)
        self.endResetModel()

    def activity(self, row: int) -> Activity:
        return self._rows[row]

    def row_of(self, activity_id: str) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.id == activity_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TimetableColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(TimetableColumn)
        ):
            return self._headers[TimetableColumn(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        activity = self._rows[index.row()]
        if role == ID_ROLE:
            return activity.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(activity, TimetableColumn(index.column()))
        return None

    def _display(self, a: Activity, column: TimetableColumn) -> str:
        if column == TimetableColumn.DAY:
            return dates.weekday_date(a.day)
        if column == TimetableColumn.TIME:
            return f"{a.start_time}–{a.end_time}"
        if column == TimetableColumn.KIND:
            return self._kinds.get(a.kind, a.kind)
        if column == TimetableColumn.TITLE:
            return a.title
        if column == TimetableColumn.PLACE:
            return a.place
        if column == TimetableColumn.CONTEXT:
            return " · ".join(p for p in (a.year_group, a.subject) if p)
        if column == TimetableColumn.REVIEWERS:
            ids = json.loads(a.reviewer_ids or "[]")
            return ", ".join(self._names.get(i, "?") for i in ids)
        return self._names.get(a.host_leader_id or "", "")
