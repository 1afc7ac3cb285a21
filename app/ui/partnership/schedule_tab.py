"""The schedule: propose a round of visits for a date window, see every visit with what
needs the lead's attention named beside it (an unmet rule, no trained lead), adjust a
visit's day or lead, and move its status along."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.partnership import REVIEW_STATUSES
from app.services import reviewers, rounds
from app.services.errors import PeerviewError
from app.services.partnership import PartnershipRecord
from app.services.rounds import RoundResult
from app.ui import tasks
from app.ui.partnership.rows_model import RowsModel
from app.ui.partnership.tabs import TabHost
from app.ui.partnership.words import date_format, day, day_long, status_text, warning_text
from app.ui.widgets.a11y import name_popups
from app.ui.widgets.tables import list_table


def date_field(parent: QWidget, name: str, when: dt.date) -> QDateEdit:
    field = QDateEdit(QDate(when.year, when.month, when.day), parent)
    field.setCalendarPopup(True)
    field.setDisplayFormat(date_format())  # the day in words; iso() reads it as stored
    field.setAccessibleName(name)
    return field


def iso(field: QDateEdit) -> str:
    return str(field.date().toString("yyyy-MM-dd"))


class ScheduleTab(QWidget):
    def __init__(self, view: TabHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("schedule_tab")
        self.setAccessibleName(self.tr("Schedule"))
        self.task: tasks.TaskHandle | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        today = dt.date.today()
        propose = QHBoxLayout()
        self.round_name = QLineEdit(self)
        self.round_name.setAccessibleName(self.tr("Round's name"))
        self.round_name.setPlaceholderText(self.tr("such as Spring 2027"))
        self.first = date_field(self, self.tr("Round's first day"), today)
        self.last = date_field(self, self.tr("Round's last day"), today + dt.timedelta(days=27))
        self.propose_button = QPushButton(self.tr("&Propose round"), self)
        self.propose_button.setAccessibleName(self.tr("Propose round"))
        self.propose_button.clicked.connect(self.propose)
        self.round_name.returnPressed.connect(self.propose)
        fields: list[tuple[str, QWidget]] = [
            (self.tr("&Round:"), self.round_name),
            (self.tr("Fr&om:"), self.first),
            (self.tr("&To:"), self.last),
        ]
        for text, widget in fields:
            label = QLabel(text, self)
            label.setBuddy(widget)
            propose.addWidget(label)
            propose.addWidget(widget, 1 if widget is self.round_name else 0)
        propose.addWidget(self.propose_button)
        layout.addLayout(propose)

        self.model = RowsModel(
            [
                self.tr("Round"),
                self.tr("Host"),
                self.tr("Reviewing school"),
                self.tr("Day"),
                self.tr("Lead"),
                self.tr("Status"),
                self.tr("Needs attention"),
            ],
            self,
        )
        self.table = list_table(self, "schedule_table", self.tr("Scheduled visits"), self.model)
        for column, width in enumerate((95, 150, 150, 85, 115, 130)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        # What a proposal could not meet, as it said when proposed: every rule it broke and
        # where (a repeat of last round's pair shows only here; the rest also beside the
        # visit). A box that scrolls, shown only when a round left something unmet.
        self.unmet = QPlainTextEdit(self)
        self.unmet.setObjectName("unmet_rules")
        self.unmet.setReadOnly(True)
        self.unmet.setAccessibleName(self.tr("Rules the proposals could not meet"))
        lines = self.fontMetrics().lineSpacing()
        self.unmet.setMinimumHeight(lines * 2 + 12)
        self.unmet.setMaximumHeight(lines * 4)
        self.unmet.hide()
        layout.addWidget(self.unmet)

        adjust = QHBoxLayout()
        self.day = date_field(self, self.tr("Visit's day"), today)
        self.move_button = QPushButton(self.tr("&Move"), self)
        self.move_button.setAccessibleName(self.tr("Move the visit to this day"))
        self.move_button.clicked.connect(self.move_visit)
        self.lead = QComboBox(self)
        self.lead.setAccessibleName(self.tr("Visit's lead reviewer"))
        self.lead.setMinimumContentsLength(14)
        self.lead_button = QPushButton(self.tr("Set &lead"), self)
        self.lead_button.setAccessibleName(self.tr("Set the visit's lead"))
        self.lead_button.clicked.connect(self.set_lead)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Visit's status"))
        # Sized for a short status: a longer one (in Welsh, say) scrolls in its popup.
        self.status.setMinimumContentsLength(11)
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for status in REVIEW_STATUSES:
            self.status.addItem(status_text(status), status)
        self.status_button = QPushButton(self.tr("Set st&atus"), self)
        self.status_button.setAccessibleName(self.tr("Set the visit's status"))
        self.status_button.clicked.connect(self.set_status)
        day_label = QLabel(self.tr("Da&y:"), self)
        day_label.setBuddy(self.day)
        lead_label = QLabel(self.tr("Lea&d:"), self)
        lead_label.setBuddy(self.lead)
        status_label = QLabel(self.tr("Stat&us:"), self)
        status_label.setBuddy(self.status)
        row: list[QWidget] = [
            day_label,
            self.day,
            self.move_button,
            lead_label,
            self.lead,
            self.lead_button,
            status_label,
            self.status,
            self.status_button,
        ]
        for widget in row:
            adjust.addWidget(widget)
        adjust.addStretch(1)
        layout.addLayout(adjust)
        name_popups(self)
        self._proposers = [self.round_name, self.first, self.last, self.propose_button]
        self._adjusters = [
            self.day,
            self.move_button,
            self.lead,
            self.lead_button,
            self.status,
            self.status_button,
        ]
        self._editable = False

    # -- reading -------------------------------------------------------------------

    def load(self, rec: PartnershipRecord) -> None:
        selected = self.selected_visit()
        self.visits = rounds.schedule(self.view.store)
        self.model.set_rows(
            [
                [
                    v.round_name,
                    v.host,
                    v.reviewer_school,
                    day(v.day, self.tr("No date yet")),
                    v.lead or self.tr("None yet"),
                    status_text(v.status),
                    warning_text(v.warning),
                ]
                for v in self.visits
            ],
            [v.id for v in self.visits],
            {n for n, v in enumerate(self.visits) if v.warning},
        )
        unmet = rounds.unmet_by_round(self.view.store)
        self.unmet.setPlainText(
            "\n".join(
                self.tr("{0} could not meet: {1}").format(name, line)
                for name, texts in unmet.items()
                for line in texts
            )
        )
        self.unmet.setVisible(bool(unmet))
        people = sorted({m.name for m in reviewers.pool(self.view.store)}, key=str.casefold)
        self.lead.clear()
        self.lead.addItems(people)
        if selected is not None and (row := self.model.row_of(selected)) is not None:
            self.table.selectRow(row)
        self._enable()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._enable()

    def _enable(self) -> None:
        idle = self.task is None
        for widget in self._proposers:
            widget.setEnabled(self._editable and idle)
        chosen = self.selected_visit() is not None
        for widget in self._adjusters:
            widget.setEnabled(self._editable and chosen)

    def selected_visit(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def _selected(self) -> None:
        visit_id = self.selected_visit()
        visit = next((v for v in getattr(self, "visits", []) if v.id == visit_id), None)
        if visit is not None:
            if visit.day:
                self.day.setDate(QDate.fromString(visit.day, "yyyy-MM-dd"))
            self.lead.setCurrentText(visit.lead)
            self.status.setCurrentIndex(max(0, self.status.findData(visit.status)))
        self._enable()

    # -- writing -------------------------------------------------------------------

    def propose(self) -> None:
        """Propose a round on a worker: the proposer tries many pairings and dates."""
        if self.task is not None or not self._editable:
            return
        store, name, first, last = (
            self.view.store,
            self.round_name.text(),
            iso(self.first),
            iso(self.last),
        )
        self.task = tasks.run_task(
            self,
            self.tr("Proposing a round"),
            lambda progress: rounds.propose_round(store, None, name, first, last),
            self._proposed,
            self._failed,
            cancellable=False,
        )
        self._enable()

    def _proposed(self, result: RoundResult) -> None:
        self.task = None
        self.round_name.clear()
        unmet = len(result.proposal.unmet)
        visits = len(result.proposal.reviews)
        said = (
            self.tr("Round proposed: %n visit(s), every rule met.", "", visits)
            if not unmet
            else self.tr("Round proposed: %n visit(s).", "", visits)
            + " "
            + self.tr("%n rule(s) could not be met, named beside the visits below.", "", unmet)
        )
        self.view.publish(result.changes, said)
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.view.refuse(exc)
        self._enable()

    def _change(self, call: object, said: str) -> None:
        visit_id = self.selected_visit()
        if visit_id is None:
            return
        try:
            changes = call(visit_id)  # type: ignore[operator]
        except PeerviewError as exc:
            self.view.refuse(exc)
            return
        self.view.publish(changes, said)

    def move_visit(self) -> None:
        chosen = iso(self.day)
        self._change(
            lambda v: rounds.adjust(self.view.store, v, day=chosen),
            self.tr("The visit moved to {0}.").format(day_long(chosen)),
        )

    def set_lead(self) -> None:
        lead = self.lead.currentText()
        self._change(
            lambda v: rounds.adjust(self.view.store, v, lead=lead),
            self.tr("{0} leads the visit.").format(lead),
        )

    def set_status(self) -> None:
        status = str(self.status.currentData())
        self._change(
            lambda v: rounds.set_status(self.view.store, v, status),
            self.tr("The visit's status is now: {0}.").format(status_text(status)),
        )
