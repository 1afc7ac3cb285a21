"""A read-only table of plain rows, shared by the partnership tabs: each tab reads its
rows from a service and hands them over whole (a partnership holds tens of rows)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole


def warning_colour() -> QColor:
    """Amber that keeps its contrast on either theme, as the findings' warnings use."""
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#f0b35a" if dark else "#9a5b00")


class RowsModel(QAbstractTableModel):
    """Rows of text; ``keys`` carries each row's record id for the view's actions, and a
    row listed in ``warned`` is drawn in the warning colour."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []
        self._keys: list[str] = []
        self._warned: set[int] = set()

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        keys: Sequence[str] = (),
        warned: Collection[int] = (),
    ) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._keys = list(keys) or [""] * len(self._rows)
        self._warned = set(warned)
        self.endResetModel()

    def key(self, row: int) -> str:
        return self._keys[row] if 0 <= row < len(self._keys) else ""

    def row_of(self, key: str) -> int | None:
        return self._keys.index(key) if key in self._keys else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[row][column]
        if role == KEY_ROLE:
            return self._keys[row]
        if role == Qt.ItemDataRole.ForegroundRole and row in self._warned:
            return warning_colour()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
