"""The window's read-only lists: one way to set up a table of rows the person selects a
row of (reviews, the timetable, sync's conflicts, the partnership's records)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def list_table(
    parent: QWidget, name: str, accessible: str, model: QAbstractItemModel, description: str = ""
) -> QTableView:
    """A table of whole-row, single selection, edited through dialogs rather than in its
    cells; columns the person can resize, the last taking what width is left."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    if description:
        table.setAccessibleDescription(description)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as keyboard users expect.
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table
