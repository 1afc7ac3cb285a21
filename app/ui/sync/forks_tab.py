"""The Sync page's list of other histories: a laptop whose data folder was copied or
restored and used twice wrote a second history of its chain, kept here whole with its
text (decision 0029). Take in writes what overwrites nothing as this laptop's own edits;
Set aside drops it once a person has read it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync import forks
from app.sync.forks import OtherHistory
from app.ui.messages import window_text
from app.ui.sync.models import RowsModel
from app.ui.widgets.tables import list_table


class ForksTab(QWidget):
    changed = Signal()  # something was taken in or set aside

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = RowsModel(
            [
                (self.tr("Laptop"), lambda h: h.laptop),
                (self.tr("From its entry"), lambda h: str(h.first_seq)),
                (self.tr("Changes kept"), lambda h: str(len(h.changes))),
            ],
            self,
        )
        self.view = list_table(self, "", self.tr("Other histories"), self.model)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("The changes of the chosen history"))
        explain = QLabel(
            self.tr(
                "A laptop whose data folder was copied, or restored, and then used twice "
                "wrote two histories. The first to arrive was applied; the other is kept "
                "here with its text. Take in writes its changes as your own edits wherever "
                "they overwrite nothing; the rest stays listed, to copy in by hand."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.take_button = QPushButton(self.tr("&Take in"), self)
        self.take_button.setAccessibleName(self.tr("Take in the chosen history"))
        self.take_button.clicked.connect(self.take)
        self.aside_button = QPushButton(self.tr("Set &aside…"), self)
        self.aside_button.setAccessibleName(self.tr("Set aside the chosen history"))
        self.aside_button.clicked.connect(self.set_aside)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("What Take in did"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.outcome, 1)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.aside_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details, 1)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show())

    def refresh(self) -> int:
        with self.store.read() as conn:
            histories = forks.other_histories(self.store, conn)
        self.model.set_items(histories)
        self.view.resizeColumnsToContents()
        if histories:
            self.view.selectRow(0)
        self._show()
        return len(histories)

    def chosen(self) -> OtherHistory | None:
        row = self.view.currentIndex().row()
        return self.model.item(row) if 0 <= row < self.model.rowCount() else None

    def _show(self) -> None:
        history = self.chosen()
        self.take_button.setEnabled(history is not None)
        self.aside_button.setEnabled(history is not None)
        if history is None:
            self.details.setHtml(escape(self.tr("No other history of any laptop is kept here.")))
            return
        items = "".join(f"<li>{escape(change)}</li>" for change in history.whole)
        self.details.setHtml(f"<p><b>{escape(history.laptop)}</b></p><ul>{items}</ul>")

    def take(self) -> None:
        history = self.chosen()
        if history is None:
            return
        try:
            taken = forks.take(self.store, history.device_id)
        except PeerviewError as exc:
            self.outcome.setText(window_text(exc))
            return
        text = self.tr("Took in %n change(s) from {laptop}.", "", taken.taken).format(
            laptop=taken.laptop
        )
        if taken.left:
            text += " " + self.tr(
                "%n would overwrite a later change here and stay listed.", "", len(taken.left)
            )
        self.outcome.setText(text)
        self.changed.emit()

    def set_aside(self) -> None:
        history = self.chosen()
        if history is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Set aside"),
            self.tr(
                "Drop the %n change(s) kept from {laptop}? Their text is then gone from "
                "this laptop.",
                "",
                len(history.changes),
            ).format(laptop=history.laptop),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        forks.set_aside(self.store, history.device_id)
        self.outcome.setText(self.tr("Set aside."))
        self.changed.emit()
