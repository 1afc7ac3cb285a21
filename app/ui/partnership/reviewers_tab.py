"""The reviewer pool: each reviewer's training, accreditation and refresher, reviews done
and led; a warning above it names every visit that has no trained lead. The lead adds a
reviewer after a training day from the row under the list (the course, the trainer and
earlier reviews from the command line)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import reviewers, rounds
from app.services.errors import PeerviewError
from app.services.partnership import PartnershipRecord
from app.ui.partnership.rows_model import RowsModel
from app.ui.partnership.tabs import TabHost
from app.ui.partnership.words import accreditation_text, day, day_long
from app.ui.widgets.a11y import name_popups
from app.ui.widgets.tables import list_table

NO_LEAD = "no trained lead"  # the schedule's warning (app/services/rounds.py)


class ReviewersTab(QWidget):
    def __init__(self, view: TabHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("reviewers_tab")
        self.setAccessibleName(self.tr("Reviewers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.warning = QLabel(self)
        self.warning.setObjectName("no_lead_warning")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Visits without a trained lead"))
        layout.addWidget(self.warning)
        self.model = RowsModel(
            [
                self.tr("Reviewer"),
                self.tr("School"),
                self.tr("Accreditation"),
                self.tr("Trained"),
                self.tr("Course"),
                self.tr("Trainer"),
                self.tr("Refresher due"),
                self.tr("Done"),
                self.tr("Led"),
            ],
            self,
        )
        self.table = list_table(self, "reviewers_table", self.tr("Reviewer pool"), self.model)
        for column, width in enumerate((150, 160, 130, 110, 120, 110, 130, 60)):
            self.table.horizontalHeader().resizeSection(column, width)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

        add = QHBoxLayout()
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("New reviewer's name"))
        self.name.setPlaceholderText(self.tr("Reviewer's name"))
        self.school = QComboBox(self)
        self.school.setAccessibleName(self.tr("New reviewer's school"))
        self.school.setMinimumContentsLength(12)
        self.school.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.lead = QCheckBox(self.tr("Lea&d"), self)
        self.lead.setAccessibleName(self.tr("Accredited as a lead reviewer"))
        self.trained_on = QLineEdit(self)
        self.trained_on.setAccessibleName(self.tr("Trained on"))
        self.trained_on.setPlaceholderText(self.tr("Trained on"))
        self.refresher = QLineEdit(self)
        self.refresher.setAccessibleName(self.tr("Refresher due"))
        self.refresher.setPlaceholderText(self.tr("Refresher due"))
        for field in (self.trained_on, self.refresher):
            field.setToolTip(self.tr("A date, as 2026-09-20"))
            metrics = field.fontMetrics()
            wide = 24 + max(
                metrics.horizontalAdvance(self.tr("Refresher due")),
                metrics.horizontalAdvance(self.tr("Trained on")),
            )
            field.setMinimumWidth(wide)
            field.setMaximumWidth(wide)
        self.add_button = QPushButton(self.tr("&Add reviewer"), self)
        self.add_button.setAccessibleName(self.tr("Add reviewer"))
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        label = QLabel(self.tr("&New:"), self)
        label.setBuddy(self.name)
        row: list[QWidget] = [
            label, self.name, self.school, self.lead, self.trained_on, self.refresher,
            self.add_button,
        ]  # fmt: skip
        for widget in row:
            add.addWidget(widget, 1 if widget is self.name else 0)
        layout.addLayout(add)
        self._editors = row[1:]
        name_popups(self)

    def load(self, rec: PartnershipRecord) -> None:
        chosen = self.school.currentText()
        self.school.clear()
        self.school.addItems([s.name for s in rec.schools])
        if chosen:
            self.school.setCurrentText(chosen)
        pool = reviewers.pool(self.view.store)
        overdue = self.tr("{0} (overdue)")
        self.model.set_rows(
            [
                [
                    m.name,
                    m.school,
                    accreditation_text(m.accreditation),
                    day(m.trained_on, self.tr("Not trained")),
                    m.course,
                    m.trainer,
                    overdue.format(day(m.refresher_due))
                    if m.refresher_overdue
                    else day(m.refresher_due),
                    str(m.reviews_done),
                    str(m.reviews_led),
                ]
                for m in pool
            ],
            [m.id for m in pool],
            {n for n, m in enumerate(pool) if m.refresher_overdue or not m.trained_on},
        )
        missing = [v for v in rounds.schedule(self.view.store) if v.warning == NO_LEAD]
        if missing:
            visits = "; ".join(
                f"{v.host} ({v.round_name}, {day_long(v.day) or self.tr('no date yet')})"
                for v in missing
            )
            self.warning.setText(
                self.tr(
                    "%n visit(s) without a trained lead: {0}. Choose a lead on the Schedule page.",
                    "",
                    len(missing),
                ).format(visits)
            )
        else:
            self.warning.setText(self.tr("Every scheduled visit has a trained lead."))

    def set_editable(self, editable: bool) -> None:
        for widget in self._editors:
            widget.setEnabled(editable)

    def add(self) -> None:
        name = self.name.text().strip()
        try:
            _, changes = reviewers.add_reviewer(
                self.view.store,
                None,
                name,
                self.school.currentText(),
                accreditation="lead_reviewer" if self.lead.isChecked() else "reviewer",
                trained_on=self.trained_on.text().strip(),
                refresher_due=self.refresher.text().strip(),
            )
        except PeerviewError as exc:
            self.view.refuse(exc)
            return
        for field in (self.name, self.trained_on, self.refresher):
            field.clear()
        self.lead.setChecked(False)
        self.view.publish(changes, self.tr("{0} joined the reviewer pool.").format(name))
