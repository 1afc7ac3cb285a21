"""What the partnership tabs share: the view they sit in, as they use it (so no tab imports
the view that imports the tabs), and the look of their tables."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.services.partnership import PartnershipRecord
from app.services.store import ChangeSet, Store
from app.ui.partnership.rows_model import RowsModel


class TabHost(Protocol):
    """The partnership view, as a tab uses it."""

    store: Store

    def publish(self, changes: ChangeSet, said: str) -> None: ...
    def refuse(self, exc: BaseException) -> None: ...


class Tab(Protocol):
    def load(self, rec: PartnershipRecord) -> None: ...
    def set_editable(self, editable: bool) -> None: ...


def make_table(parent: QWidget, name: str, accessible: str, model: RowsModel) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
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
