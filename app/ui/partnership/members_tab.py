"""Members and protocol: the member schools, the agreed protocol, and the two or three
shared priorities of each year; the lead adds a school and a priority here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import partnership
from app.services.errors import PeerviewError
from app.services.partnership import PartnershipRecord
from app.ui.partnership.protocol_documents import ProtocolDocuments
from app.ui.partnership.rows_model import RowsModel
from app.ui.partnership.tabs import TabHost
from app.ui.partnership.timings_box import TimingsBox
from app.ui.partnership.words import day, phase_text
from app.ui.widgets.a11y import name_popups
from app.ui.widgets.tables import list_table


def academic_year(today: dt.date) -> str:
    """The school year a date falls in, as the record writes it: September starts one."""
    start = today.year if today.month >= 9 else today.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


class MembersTab(QWidget):
    def __init__(self, view: TabHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("members_tab")
        self.setAccessibleName(self.tr("Members and protocol"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)  # four rows of controls within 1366 x 768 at 150%
        self.model = RowsModel(
            [
                self.tr("School"),
                self.tr("Phase"),
                self.tr("Pupils"),
                self.tr("Authority or trust"),
                self.tr("Headteacher"),
                self.tr("Contact"),
                self.tr("Protocol agreed"),
            ],
            self,
        )
        self.table = list_table(self, "members_table", self.tr("Member schools"), self.model)
        self.table.horizontalHeader().resizeSection(0, 220)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

        add = QHBoxLayout()
        self.school_name = QLineEdit(self)
        self.school_name.setAccessibleName(self.tr("New school's name"))
        self.school_name.setPlaceholderText(self.tr("School's name"))
        self.phase = QComboBox(self)
        self.phase.setAccessibleName(self.tr("New school's phase"))
        for phase in partnership.PHASES:
            self.phase.addItem(phase_text(phase), phase)
        self.add_school_button = QPushButton(self.tr("Add &school"), self)
        self.add_school_button.setAccessibleName(self.tr("Add school"))
        self.add_school_button.clicked.connect(self.add_school)
        self.school_name.returnPressed.connect(self.add_school)
        label = QLabel(self.tr("&New school:"), self)
        label.setBuddy(self.school_name)
        add.addWidget(label)
        add.addWidget(self.school_name, 1)
        add.addWidget(self.phase)
        add.addWidget(self.add_school_button)
        layout.addLayout(add)

        below = QHBoxLayout()
        protocol = QGroupBox(self.tr("Protocol"), self)
        protocol.setAccessibleName(self.tr("Protocol"))
        box = QVBoxLayout(protocol)
        box.setContentsMargins(4, 4, 4, 4)  # its documents' row fits 1366 x 768 at 150%
        # Read-only text boxes: a protocol runs to paragraphs, and a box scrolls them.
        self.protocol = QPlainTextEdit(protocol)
        self.protocol.setObjectName("protocol_text")
        self.protocol.setReadOnly(True)
        self.protocol.setAccessibleName(self.tr("The agreed protocol"))
        box.addWidget(self.protocol)
        self.documents = ProtocolDocuments(view, protocol)
        box.addWidget(self.documents)
        below.addWidget(protocol, 3)
        priorities = QGroupBox(self.tr("Shared priorities"), self)
        priorities.setAccessibleName(self.tr("Shared priorities"))
        pbox = QVBoxLayout(priorities)
        pbox.setSpacing(4)
        self.priorities = QPlainTextEdit(priorities)
        self.priorities.setObjectName("priorities_text")
        self.priorities.setReadOnly(True)
        self.priorities.setAccessibleName(self.tr("Shared priorities by year"))
        pbox.addWidget(self.priorities)
        row = QHBoxLayout()
        self.year = QLineEdit(academic_year(dt.date.today()), priorities)
        self.year.setAccessibleName(self.tr("Priority's school year"))
        self.year.setMaximumWidth(self.year.fontMetrics().horizontalAdvance("2026-270000"))
        self.priority_text = QLineEdit(priorities)
        self.priority_text.setAccessibleName(self.tr("New priority"))
        self.priority_text.setPlaceholderText(self.tr("Priority, such as Reading"))
        self.priority_text.returnPressed.connect(self.add_priority)
        self.add_priority_button = QPushButton(self.tr("Add &priority"), priorities)
        self.add_priority_button.setAccessibleName(self.tr("Add priority"))
        self.add_priority_button.clicked.connect(self.add_priority)
        row.addWidget(self.year)
        row.addWidget(self.priority_text, 1)
        row.addWidget(self.add_priority_button)
        pbox.addLayout(row)
        below.addWidget(priorities, 2)
        self.timings = TimingsBox(view, self)
        below.addWidget(self.timings, 0)
        layout.addLayout(below)
        lines = self.fontMetrics().lineSpacing()
        for text_box in (self.protocol, self.priorities):
            # The members keep the room; the box scrolls.
            text_box.setMinimumHeight(lines * 2 + 12)
            text_box.setMaximumHeight(lines * 5)
        name_popups(self)
        self._editors: list[QWidget] = [
            self.school_name,
            self.phase,
            self.add_school_button,
            self.year,
            self.priority_text,
            self.add_priority_button,
        ]

    def load(self, rec: PartnershipRecord) -> None:
        self.model.set_rows(
            [
                [
                    s.name,
                    phase_text(s.phase),
                    "" if s.pupils is None else str(s.pupils),
                    s.authority,
                    s.headteacher,
                    s.contact,
                    day(s.protocol_agreed_on, self.tr("Not yet")),
                ]
                for s in rec.schools
            ],
            [s.id for s in rec.schools],
        )
        unset = self.tr("not yet agreed")
        self.protocol.setPlainText(
            self.tr("Purpose: {0}\nConfidentiality and reports: {1}\nData sharing: {2}").format(
                rec.purpose or unset, rec.confidentiality or unset, rec.data_sharing or unset
            )
        )
        lines = [
            f"{year}: {text}" for year, texts in sorted(rec.priorities.items()) for text in texts
        ]
        self.priorities.setPlainText("\n".join(lines) or self.tr("None agreed yet."))
        self.timings.load(rec)
        self.documents.load(rec.id)

    def set_editable(self, editable: bool) -> None:
        for widget in self._editors:
            widget.setEnabled(editable)
        self.timings.set_editable(editable)
        self.documents.set_editable(editable)

    def add_school(self) -> None:
        name = self.school_name.text().strip()
        try:
            changes = partnership.add_school(self.view.store, None, name, self.phase.currentData())[
                -1
            ]
        except PeerviewError as exc:
            self.view.refuse(exc)
            return
        self.school_name.clear()
        self.view.publish(changes, self.tr("{0} joined the partnership.").format(name))

    def add_priority(self) -> None:
        text = self.priority_text.text().strip()
        try:
            changes = partnership.add_priority(self.view.store, None, self.year.text(), text)
        except PeerviewError as exc:
            self.view.refuse(exc)
            return
        self.priority_text.clear()
        self.view.publish(changes, self.tr("Priority added: {0}.").format(text))
