"""The reviewer pool: each reviewer's training, accreditation and refresher, reviews done
and led; a warning above it names every visit that has no trained lead."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services import reviewers, rounds
from app.services.partnership import PartnershipRecord
from app.ui.partnership.rows_model import RowsModel
from app.ui.partnership.tabs import TabHost, make_table

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
        self.table = make_table(self, "reviewers_table", self.tr("Reviewer pool"), self.model)
        for column, width in enumerate((150, 160, 100, 90, 120, 110, 130, 50)):
            self.table.horizontalHeader().resizeSection(column, width)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def load(self, rec: PartnershipRecord) -> None:
        pool = reviewers.pool(self.view.store)
        overdue = self.tr("{0} (overdue)")
        self.model.set_rows(
            [
                [
                    m.name,
                    m.school,
                    m.accreditation.replace("_", " "),
                    m.trained_on or self.tr("not trained"),
                    m.course,
                    m.trainer,
                    overdue.format(m.refresher_due) if m.refresher_overdue else m.refresher_due,
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
                f"{v.host} ({v.round_name}, {v.day or self.tr('no date')})" for v in missing
            )
            self.warning.setText(
                self.tr(
                    "{0} visit(s) have no trained lead: {1}. Choose a lead on the Schedule page."
                ).format(len(missing), visits)
            )
        else:
            self.warning.setText(self.tr("Every scheduled visit has a trained lead."))

    def set_editable(self, editable: bool) -> None:
        """Nothing here is edited in the window: reviewers join with the command line."""
