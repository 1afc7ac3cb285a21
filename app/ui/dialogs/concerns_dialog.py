"""The safeguarding concerns recorded for a review: when, who they go to, and whether they
have been passed on yet, with "Passed on now" for the ones still waiting and "Hand over…",
which writes the hand-over record (a PDF for the host DSL's own system) and records the
hand-over; the concern is then erased from this computer 7 days later, keeping only who
it went to and when.

Open it with ``ConcernsDialog.show_concerns(parent, store, review_id, publish)``. Like the
recording dialog it is apart from the evidence pages: concerns never appear there.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.reports import handover
from app.services import safeguarding
from app.services.errors import PeerviewError
from app.services.safeguarding import Concern
from app.services.store import ChangeSet, Store
from app.ui.messages import window_text

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


class ConcernColumn(IntEnum):
    SEEN = 0
    PASSED_TO = 1
    PASSED_ON = 2
    TEXT = 3


class ConcernModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Concern] = []
        self._headers = {
            ConcernColumn.SEEN: self.tr("Seen or heard"),
            ConcernColumn.PASSED_TO: self.tr("Goes to"),
            ConcernColumn.PASSED_ON: self.tr("Passed on"),
            ConcernColumn.TEXT: self.tr("What was seen or heard"),
        }

    def reload(self, rows: list[Concern]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def concern(self, row: int) -> Concern:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ConcernColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self._headers.get(ConcernColumn(section)) if section < len(ConcernColumn) else None
            )
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        concern = self._rows[index.row()]
        column = ConcernColumn(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and column == ConcernColumn.TEXT:
            return concern.text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == ConcernColumn.SEEN:
            return dates.date_time(concern.observed_at)
        if column == ConcernColumn.PASSED_TO:
            return concern.passed_to
        if column == ConcernColumn.PASSED_ON:
            if concern.erased_at:
                return self.tr("{when}; erased here").format(
                    when=dates.date_time(concern.passed_on_at)
                )
            if concern.passed_on_at:
                return self.tr("{when}; erased here {due}").format(
                    when=dates.date_time(concern.passed_on_at),
                    due=dates.date_short(concern.erase_due_at),
                )
            return self.tr("Not yet: pass it on today")
        if concern.erased_at:
            return self.tr("(erased on {date}; the school's DSL has the record)").format(
                date=dates.date_long(concern.erased_at)
            )
        return concern.text.splitlines()[0] if concern.text else ""


class ConcernsDialog(QDialog):
    def __init__(
        self,
        store: Store,
        review_id: str,
        publish: Callable[[ChangeSet], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.review_id, self._publish = store, review_id, publish
        title = self.tr("Safeguarding concerns")
        self.setObjectName("concerns_dialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(760, 320)
        note = QLabel(
            self.tr(
                "Recorded on this computer for this review, apart from the evidence. Each "
                "must be passed on in person to the designated safeguarding lead the same day. "
                "Hand over… saves a record for the school's own system; this computer then "
                "erases its copy 7 days later, keeping only who it went to and when."
            ),
            self,
        )
        note.setWordWrap(True)
        self.model = ConcernModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("concerns")
        self.table.setAccessibleName(title)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)  # one line per concern; the tooltip has it all
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 130), (1, 150), (2, 290)):
            header.resizeSection(column, width)
        self.passed_on_button = QPushButton(self.tr("&Passed on now"), self)
        self.passed_on_button.setObjectName("passed_on_now")
        self.passed_on_button.setAccessibleName(self.tr("Passed on now"))
        self.passed_on_button.clicked.connect(self.mark_passed_on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.hand_over_button = QPushButton(self.tr("&Hand over…"), self)
        self.hand_over_button.setObjectName("hand_over")
        self.hand_over_button.setAccessibleName(
            self.tr("Hand over: save the record for the school's DSL")
        )
        self.hand_over_button.clicked.connect(self.choose_and_hand_over)
        buttons.addButton(self.hand_over_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.passed_on_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        self.status.setObjectName("handover_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        self.model.reload(safeguarding.list_concerns(self.store, self.review_id))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update()

    def selected(self) -> Concern | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.concern(rows[0].row()) if rows else None

    def _update(self, *_: object) -> None:
        concern = self.selected()
        self.passed_on_button.setEnabled(concern is not None and not concern.passed_on_at)
        self.hand_over_button.setEnabled(concern is not None and not concern.erased_at)

    def choose_and_hand_over(self) -> Path | None:
        concern = self.selected()
        if concern is None:
            return None
        start = Path.home() / f"safeguarding-concern-{concern.id[-8:]}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the hand-over record (not in Peerview's data folder)"),
            str(start),
            self.tr("PDF (*.pdf)"),
        )
        return self.hand_over(Path(name)) if name else None

    def hand_over(self, out: Path) -> Path | None:
        """Write the record to ``out`` and record the hand-over of the selected concern."""
        concern = self.selected()
        if concern is None:
            return None
        try:
            written, record, changes = handover.hand_over(self.store, concern.id, out)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not handed over"), window_text(exc))
            return None
        self._publish(changes)
        row = self.table.currentIndex().row()
        self.refresh()
        self.table.selectRow(max(0, row))
        self.status.setText(
            self.tr(
                "Saved {file} for {name}. Give it to them (or print it) for the school's own "
                "system; this computer erases its copy on {date}."
            ).format(
                file=written.name, name=record.passed_to, date=dates.date_long(record.erase_on)
            )
        )
        return written

    def mark_passed_on(self) -> None:
        concern = self.selected()
        if concern is None or concern.passed_on_at:
            return
        row = self.table.currentIndex().row()
        now = dt.datetime.now().isoformat(timespec="minutes")
        self._publish(safeguarding.mark_passed_on(self.store, concern.id, now))
        self.refresh()
        self.table.selectRow(max(0, row))

    @classmethod
    def show_concerns(
        cls,
        parent: QWidget | None,
        store: Store,
        review_id: str,
        publish: Callable[[ChangeSet], None],
    ) -> tuple[None, bool]:
        dialog = cls(store, review_id, publish, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return None, accepted
