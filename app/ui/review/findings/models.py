"""Qt models for the findings and sign-off pages: findings grouped by kind (with next
steps), the review's evidence notes, and the action plan. Views never touch the store;
the models read through services and changes go back through services."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app import dates
from app.models import ActionItem, EvidenceNote, NextStep
from app.services.findings import FindingView
from app.services.triangulation import Triangulation
from app.ui.review.findings import triangulation_text
from app.ui.review.kinds import activity_label, finding_kind_label

log = logging.getLogger(__name__)

NOTE_MIME = "application/x-peerview-note-ids"
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# Group rows, in report order; the last group holds next steps.
GROUPS = ("strength", "area_for_development", "area_of_excellence", "next_steps")


def group_label(key: str) -> str:
    return {
        "strength": QCoreApplication.translate("findings", "Strengths (What went well)"),
        "area_for_development": QCoreApplication.translate(
            "findings", "Areas for development (Even better if)"
        ),
        "area_of_excellence": QCoreApplication.translate("findings", "Areas of Excellence"),
        "next_steps": QCoreApplication.translate("findings", "Next steps"),
    }[key]


class EvidenceCounts(QObject):
    """A finding's evidence counted in words. A QObject because pyside6-lupdate reads a
    plural ("1 note", "2 notes") only from ``tr()``, not from a module's translate()."""

    def summary(self, t: Triangulation) -> list[str]:
        parts = [
            self.tr("%n note(s)", "", t.notes),
            self.tr("%n source(s)", "", len(t.sources)),
            self.tr("%n activity(ies)", "", t.activities),
            self.tr("%n reviewer(s)", "", t.reviewers),
        ]
        if t.contradicting:
            parts.append(self.tr("%n contradicting", "", len(t.contradicting)))
        return parts


@cache
def _counts() -> EvidenceCounts:
    return EvidenceCounts()


def evidence_summary(view: FindingView) -> str:
    t = view.triangulation
    parts = _counts().summary(t)
    text = " · ".join(parts)
    if t.single_source:
        text = QCoreApplication.translate("findings", "⚠ single source: {text}").format(text=text)
    return text


def _warning_colour() -> QColor:
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#f0b35a" if dark else "#9a5b00")


class FindingsModel(QAbstractItemModel):
    """A two-level tree: a row per group, and under it the findings of that kind (or the
    next steps). Column 0 is the title, column 1 the evidence (triangulation).

    A child index carries its group's number + 1 as internal id; a group row carries 0.
    Evidence notes dropped on a finding are linked through ``on_link_notes``.
    """

    def __init__(self, on_link_notes: Callable[[str, list[str]], None] | None = None) -> None:
        super().__init__()
        self._children: dict[str, list[Any]] = {g: [] for g in GROUPS}
        self._on_link_notes = on_link_notes

    def load(self, findings: Sequence[FindingView], steps: Sequence[NextStep]) -> None:
        self.beginResetModel()
        self._children = {g: [] for g in GROUPS}
        for f in findings:
            self._children.setdefault(f.kind, []).append(f)
        self._children["next_steps"] = list(steps)
        self.endResetModel()

    # --- structure -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(GROUPS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._children[GROUPS[parent.row()]])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("findings", "Finding"),
                QCoreApplication.translate("findings", "Evidence"),
            )[section]
        return None

    def item(self, index: Index) -> Any:
        """The FindingView or NextStep at a child index; None for a group row."""
        if not index.isValid() or index.internalId() == 0:
            return None
        rows = self._children[GROUPS[int(index.internalId()) - 1]]
        return rows[index.row()] if index.row() < len(rows) else None

    def index_of(self, record_id: str) -> QModelIndex:
        for g, group in enumerate(GROUPS):
            for row, item in enumerate(self._children[group]):
                if item.id == record_id:
                    return self.index(row, 0, self.index(g, 0))
        return QModelIndex()

    def group_index(self, key: str) -> QModelIndex:
        return self.index(GROUPS.index(key), 0)

    # --- data -----------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            key = GROUPS[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == 0:
                    return QCoreApplication.translate("findings", "{group} ({count})").format(
                        group=group_label(key), count=len(self._children[key])
                    )
                return None
            if role == Qt.ItemDataRole.FontRole and index.column() == 0:
                font = QApplication.font()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return group_label(key)
            return None
        item = self.item(index)
        if item is None:
            return None
        if isinstance(item, FindingView):
            return self._finding_data(item, index.column(), role)
        if (
            role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and index.column() == 0
        ):
            return item.text
        return None

    def _finding_data(self, f: FindingView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f.title or QCoreApplication.translate("findings", "(untitled)")
            return evidence_summary(f)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f.title, evidence_summary(f)]
            if f.triangulation.single_source:
                lines.append("; ".join(triangulation_text.reasons(f.triangulation)))
            if f.guard_hits:
                lines.append(
                    QCoreApplication.translate("findings", "Judgement language: {terms}").format(
                        terms=", ".join(h.term for h in f.guard_hits)
                    )
                )
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and f.triangulation.single_source:
            return _warning_colour()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("findings", "{kind}: {title}. {evidence}").format(
                kind=finding_kind_label(f.kind), title=f.title, evidence=evidence_summary(f)
            )
        return None

    # --- drag and drop: notes onto a finding -------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if isinstance(self.item(index), FindingView):
            base |= Qt.ItemFlag.ItemIsDropEnabled
        return base

    def mimeTypes(self) -> list[str]:
        return [NOTE_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(NOTE_MIME) and isinstance(self.item(parent), FindingView)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self.item(parent)
        if not data.hasFormat(NOTE_MIME) or not isinstance(target, FindingView):
            return False
        ids = bytes(data.data(NOTE_MIME).data()).decode("utf-8").split()
        if ids and self._on_link_notes is not None:
            self._on_link_notes(target.id, ids)
        return bool(ids)


class NotesModel(QAbstractTableModel):
    """Evidence notes of the review (time, activity, text); drag rows to link them."""

    COLUMNS = ("time", "activity", "text")

    def __init__(self) -> None:
        super().__init__()
        self._notes: list[EvidenceNote] = []

    def load(self, notes: Sequence[EvidenceNote]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    def note(self, row: int) -> EvidenceNote:
        return self._notes[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("findings", "Time"),
                QCoreApplication.translate("findings", "Activity"),
                QCoreApplication.translate("findings", "Evidence note"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        n = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return dates.weekday_time(n.observed_at)
            if index.column() == 1:
                return activity_label(n.activity_kind)
            return " ".join(n.text.split())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return n.text
        if role == Qt.ItemDataRole.UserRole:
            return n.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [NOTE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = dict.fromkeys(self._notes[i.row()].id for i in indexes if i.isValid())
        data = QMimeData()
        data.setData(NOTE_MIME, QByteArray(" ".join(ids).encode("utf-8")))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction


class ActionsModel(QAbstractTableModel):
    """The action plan, editable in place; each edit goes through ``on_edit``."""

    FIELDS = ("action", "owner", "success_criteria", "review_date", "status")

    def __init__(self, on_edit: Callable[[str, str, str], bool]) -> None:
        super().__init__()
        self._items: list[ActionItem] = []
        self._on_edit = on_edit
        self.status_labels: dict[str, str] = {}

    def load(self, items: Sequence[ActionItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> ActionItem:
        return self._items[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("findings", "Action"),
                QCoreApplication.translate("findings", "Owner"),
                QCoreApplication.translate("findings", "Success criteria"),
                QCoreApplication.translate("findings", "Review date"),
                QCoreApplication.translate("findings", "Status"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        name = self.FIELDS[index.column()]
        value = getattr(item, name)
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "review_date" and value:
                return dates.date_short(value)  # edited as an ISO date (EditRole)
            return self.status_labels.get(value, value) if name == "status" else value
        if role == Qt.ItemDataRole.ToolTipRole and name == "status":
            return self.status_labels.get(value, value)
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._items[index.row()]
        name = self.FIELDS[index.column()]
        if str(value) == getattr(item, name):
            return False
        # The page saves through the service; a refused value leaves the row as it was.
        return self._on_edit(item.id, name, str(value))
