"""Recording the host's response that came by email, as a marked-up PDF or a letter: who
sent it (the headteacher or a host leader on the team), when, the file itself, and what
the host said about each finding (accuracy.record_response)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.ui.dialogs.form_dialog import DateTimeEdit, FormDialog, plain_text_field

_VIA = (
    ("email", QT_TRANSLATE_NOOP("HostResponseDialog", "Email")),
    ("marked_pdf", QT_TRANSLATE_NOOP("HostResponseDialog", "Marked-up PDF")),
    ("letter", QT_TRANSLATE_NOOP("HostResponseDialog", "Letter")),
)


class HostResponseDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, drafts: list[int], hosts: list[str], found: dict[str, str]
    ) -> None:
        super().__init__(self.tr("Record the host's response"), "host_response_dialog", 620, parent)
        self.draft = QSpinBox(self)
        self.draft.setAccessibleName(self.tr("Draft number"))
        self.draft.setRange(min(drafts, default=1), max(drafts, default=1))
        self.draft.setValue(max(drafts, default=1))
        self.add_row(self.tr("&Draft:"), self.draft)
        self.from_box = QComboBox(self)
        self.from_box.setAccessibleName(self.tr("Who sent it"))
        self.from_box.addItems(hosts)
        self.add_row(self.tr("&From:"), self.from_box)
        self.when = DateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setAccessibleName(self.tr("When they sent it"))
        self.when.setDisplayFormat("d MMMM yyyy HH:mm")
        self.add_row(self.tr("&Sent:"), self.when)
        self.via = QComboBox(self)
        self.via.setAccessibleName(self.tr("How it came"))
        for code, text in _VIA:
            self.via.addItem(QCoreApplication.translate("HostResponseDialog", str(text)), code)
        self.add_row(self.tr("&Came as:"), self.via)
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("The email or PDF file"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAccessibleName(self.tr("Choose the email or PDF file"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.add_row(self.tr("F&ile:"), row, self.file)
        self.general = plain_text_field(self, self.tr("The host's general comment"), 2)
        self.add_row(self.tr("&General:"), self.general)
        self.ids = list(found)
        self.table = QTableWidget(len(found), 2, self)
        self.table.setObjectName("host_said_table")
        self.table.setAccessibleName(self.tr("What the host said about each finding"))
        self.table.setHorizontalHeaderLabels([self.tr("Finding"), self.tr("The host said")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for n, title in enumerate(found.values()):
            item = QTableWidgetItem(title)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(n, 0, item)
            self.table.setItem(n, 1, QTableWidgetItem(""))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_row(self.tr("Per &finding:"), self.table)
        self.finish(self.tr("&Record"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("The email or PDF the host sent"))
        if chosen:
            self.file.setText(chosen)

    def value(self) -> dict[str, Any]:
        said = {}
        for n, finding_id in enumerate(self.ids):
            item = self.table.item(n, 1)
            if item is not None and item.text().strip():
                said[finding_id] = item.text()
        return {
            "draft_number": self.draft.value(),
            "from_name": self.from_box.currentText(),
            "sent_at": self.when.dateTime().toString("yyyy-MM-ddTHH:mm"),
            "channel": self.via.currentData(),
            "evidence": Path(self.file.text().strip()),
            "corrections": said,
            "general": self.general.toPlainText(),
        }

    @classmethod
    def ask(
        cls, parent: QWidget | None, drafts: list[int], hosts: list[str], found: dict[str, str]
    ) -> tuple[dict[str, Any] | None, bool]:
        dialog = cls(parent, drafts, hosts, found)
        return dialog.run(dialog.value)
