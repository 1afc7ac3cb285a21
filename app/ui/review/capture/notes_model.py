"""The notes of a review as a lazy Qt list model: one keyset page at a time.

``fetchMore`` asks the service for the next page after the last row held, so a review of
100,000 notes opens and filters at the cost of one page, and scrolling loads pages as the
view needs them. Edits the reviewer is typing update their rows in place; only changes that
add, remove or retag notes reload (as many rows as were loaded, so the view keeps its place).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app import dates
from app.services import notes_query
from app.services.notes_query import NoteFilter, NoteRow
from app.services.store import ChangeSet, Store
from app.ui.review.kinds import activity_label

log = logging.getLogger(__name__)

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_RETAG = {"note_strand", "note_question", "note_link"}
Index = QModelIndex | QPersistentModelIndex


def heading(row: NoteRow) -> str:
    """The first line of a note in the list: time, activity kind, strands."""
    parts = [
        dates.weekday_time(row.observed_at),
        activity_label(row.activity_kind),
    ]
    if row.strand_codes:
        parts.append(" ".join(row.strand_codes))
    return " · ".join(parts)


class NotesModel(QAbstractListModel):
    def __init__(
        self, store: Store, review_id: str, parent: QObject | None = None, page_size: int = 0
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.review_id = review_id
        self.page_size = page_size or notes_query.PAGE_SIZE
        self.filter = NoteFilter()
        self.rows: list[NoteRow] = []
        self._row_of: dict[str, int] = {}
        self._more = False

    # -- loading -------------------------------------------------------------------

    def set_filter(self, flt: NoteFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self, at_least: int = 0) -> None:
        """Read the first page again (or as many rows as ``at_least``)."""
        limit = max(self.page_size, at_least)
        self.beginResetModel()
        self.rows = notes_query.page(self.store, self.review_id, self.filter, None, limit)
        self._more = len(self.rows) == limit
        self._index_rows()
        self.endResetModel()

    def _index_rows(self) -> None:
        self._row_of = {r.id: i for i, r in enumerate(self.rows)}

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or not self.rows:
            return
        more = notes_query.page(
            self.store, self.review_id, self.filter, self.rows[-1].key, self.page_size
        )
        self._more = len(more) == self.page_size
        if not more:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.rows.extend(more)
        for i, r in enumerate(more, start=first):
            self._row_of[r.id] = i
        self.endInsertRows()

    def apply_changes(self, changes: ChangeSet) -> None:
        """Bring the list up to date after a commit (typing, tagging, undo, another page)."""
        notes = changes.ids("evidence_note")
        created = changes.created.get("evidence_note", set())
        deleted = {e.entity_id for e in changes.entries if e.op == "delete"}
        revived = {e.entity_id for e in changes.entries if e.fields.get("deleted") is False} & notes
        if created or deleted or revived or changes.entities & _RETAG:
            self.reload(len(self.rows))
            return
        shown = [n for n in notes if n in self._row_of]
        if not shown:
            return
        fresh = notes_query.rows_by_id(self.store, self.review_id, shown, self.filter)
        if len(fresh) != len(shown) or any(
            fresh[n].key != self.rows[self._row_of[n]].key for n in fresh
        ):
            # A note left the filter or moved in the order (its time changed).
            self.reload(len(self.rows))
            return
        for note_id, row in fresh.items():
            i = self._row_of[note_id]
            self.rows[i] = row
            index = self.index(i)
            self.dataChanged.emit(index, index)

    # -- reading -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{heading(row)}\n{row.snippet or row.text}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{heading(row)}. {row.snippet or row.text}"
        if role == NOTE_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def row_of(self, note_id: str) -> int | None:
        return self._row_of.get(note_id)

    def has_more(self) -> bool:
        return self._more
