"""The two small models beside the notes: the visit timetable and the framework tree with
each strand's evidence count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from app import dates
from app.models import Activity, FrameworkArea, FrameworkStrand
from app.ui.review.kinds import activity_label

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1
STRAND_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2


class TimetableModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.activities: list[Activity] = []
        self.now_id: str | None = None
        self._multi_day = False

    def reload(self, activities: list[Activity], now_id: str | None) -> None:
        self.beginResetModel()
        self.activities = activities
        self.now_id = now_id
        self._multi_day = len({a.day for a in activities}) > 1
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.activities)

    def label(self, a: Activity) -> str:
        when = f"{a.start_time}–{a.end_time}"
        if self._multi_day:
            when = f"{dates.date_short(a.day)} {when}"
        kind = activity_label(a.kind)
        # Timetables often name the kind already ("Book look: writing in Y4").
        if a.title.casefold().startswith(kind.casefold()):
            title = a.title
        else:
            title = self.tr("{kind}: {title}").format(kind=kind, title=a.title)
        if a.id == self.now_id:
            return self.tr("{when}  {activity}  ● now").format(when=when, activity=title)
        return f"{when}  {title}"

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        a = self.activities[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.label(a)
        if role == Qt.ItemDataRole.ToolTipRole:
            bits = [a.title, a.place, a.year_group, a.subject]
            return " · ".join(b for b in bits if b)
        if role == Qt.ItemDataRole.FontRole and a.id == self.now_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == ACTIVITY_ROLE:
            return a.id
        return None

    def row_of(self, activity_id: str) -> int | None:
        return next((i for i, a in enumerate(self.activities) if a.id == activity_id), None)


class FrameworkModel(QStandardItemModel):
    """Areas holding strands, each strand labelled with its live evidence count."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._strand_items: dict[str, QStandardItem] = {}
        self._strands: dict[str, FrameworkStrand] = {}
        self.setHorizontalHeaderLabels([self.tr("Framework"), self.tr("Notes")])

    def reload(self, tree: list[tuple[FrameworkArea, list[FrameworkStrand]]]) -> None:
        self.removeRows(0, self.rowCount())
        self._strand_items.clear()
        self._strands.clear()
        for area, strands in tree:
            area_item = QStandardItem(f"{area.code} {area.title}")
            area_item.setEditable(False)
            font = area_item.font()
            font.setBold(True)
            area_item.setFont(font)
            area_count = QStandardItem("")
            area_count.setEditable(False)
            for strand in strands:
                item = QStandardItem(f"{strand.code} {strand.title}")
                item.setEditable(False)
                item.setData(strand.id, STRAND_ROLE)
                item.setData(strand.code, CODE_ROLE)
                item.setToolTip(strand.description or strand.title)
                count = QStandardItem("0")
                count.setEditable(False)
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                count.setData(strand.id, STRAND_ROLE)
                area_item.appendRow([item, count])
                self._strand_items[strand.id] = count
                self._strands[strand.id] = strand
            self.appendRow([area_item, area_count])

    def set_counts(self, counts: dict[str, int]) -> None:
        for strand_id, item in self._strand_items.items():
            n = counts.get(strand_id, 0)
            item.setText(str(n))
            strand = self._strands[strand_id]
            item.setData(
                self.tr("{0}: %n note(s)", "", n).format(strand.code),
                Qt.ItemDataRole.AccessibleTextRole,
            )

    def count_of(self, code: str) -> int:
        for strand_id, strand in self._strands.items():
            if strand.code.upper() == code.upper():
                return int(self._strand_items[strand_id].text())
        raise KeyError(code)
