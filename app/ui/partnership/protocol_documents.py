"""The protocol's documents, inside the Protocol box: which are attached (the signed
data-sharing agreement, say), "Attach document…" on the lead's laptop and "Save a copy…"
on every laptop that holds the record. One row of controls, so the box keeps its height."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QWidget,
)

from app.services import protocol_docs
from app.services.errors import PeerviewError
from app.ui.partnership.tabs import TabHost


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def part_text(label: str) -> str:
    """A part of the protocol (app/services/protocol_docs.py, marked there) in the
    window's words."""
    return QCoreApplication.translate("services.protocol_docs", label)


class ProtocolDocuments(QWidget):
    def __init__(self, view: TabHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("protocol_documents")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.list = QComboBox(self)
        self.list.setObjectName("protocol_documents_list")
        self.list.setAccessibleName(self.tr("Documents attached to the protocol"))
        # The row shares the width with the priorities and the timings at 910 logical pixels
        # (1366 x 768 at 150%): the list gives way, the chosen name is its tooltip.
        self.list.setMinimumContentsLength(1)
        self.list.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000000"))
        self.list.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.attach_button = QPushButton(self.tr("Attach…"), self)
        self.attach_button.setAccessibleName(self.tr("Attach document"))
        self.attach_button.setToolTip(self.tr("Attach a document to the protocol"))
        self.attach_button.clicked.connect(self.attach)
        self.save_button = QPushButton(self.tr("Save a copy…"), self)
        self.save_button.setAccessibleName(self.tr("Save a copy"))
        self.save_button.setToolTip(self.tr("Save a copy of the chosen document"))
        self.save_button.clicked.connect(self.save_copy)
        row.addWidget(self.list, 1)
        row.addWidget(self.attach_button)
        row.addWidget(self.save_button)
        self.docs: list[protocol_docs.Document] = []
        self.partnership_id: str | None = None

    def load(self, partnership_id: str) -> None:
        self.partnership_id = partnership_id
        try:
            self.docs = protocol_docs.documents(self.view.store, partnership_id)
        except PeerviewError:
            self.docs = []
        self.list.clear()
        for d in self.docs:
            shown = (
                self.tr("{name} ({part}, {size})")
                if d.held
                else self.tr("{name} ({part}, {size}), on its way")
            ).format(name=d.filename, part=part_text(d.part_label), size=size_text(d.size))
            self.list.addItem(shown, d.id)
            self.list.setItemData(self.list.count() - 1, d.filename, Qt.ItemDataRole.ToolTipRole)
        if not self.docs:
            self.list.addItem(self.tr("No documents attached"))
        self.list.setEnabled(bool(self.docs))
        self.save_button.setEnabled(bool(self.docs))

    def set_editable(self, editable: bool) -> None:
        self.attach_button.setEnabled(editable)

    def chosen(self) -> protocol_docs.Document | None:
        wanted = self.list.currentData()
        return next((d for d in self.docs if d.id == wanted), None)

    def attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a document to the protocol"))
        if not path:
            return
        labels = [part_text(v) for v in protocol_docs.PART_LABELS.values()]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Attach a document to the protocol"),
            self.tr("Which part of the protocol is {0} for?").format(Path(path).name),
            labels,
            0,
            False,
        )
        if not ok:
            return
        part = next(k for k, v in protocol_docs.PART_LABELS.items() if part_text(v) == label)
        try:
            _doc_id, changes = protocol_docs.attach(
                self.view.store, self.partnership_id, Path(path), part=part
            )
        except PeerviewError as exc:
            self.view.refuse(exc)
            return
        self.view.publish(changes, self.tr("Attached {0} to the protocol.").format(Path(path).name))

    def save_copy(self) -> None:
        doc = self.chosen()
        if doc is None:
            return
        out, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of {0}").format(doc.filename), doc.filename
        )
        if not out:
            return
        try:
            # The dialog has already asked before replacing a file.
            protocol_docs.save_copy(self.view.store, doc, Path(out), force=True)
        except PeerviewError as exc:
            self.view.refuse(exc)
            return
        self.view.say(self.tr("Saved a copy of {0} to {1}.").format(doc.filename, out))
