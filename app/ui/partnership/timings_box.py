"""The partnership's report timings (decision 0039): how many working days the draft,
quality assurance, the host's response and the final report each have. The lead sets
them here; every review of the partnership takes its due dates from them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from app.services import deadlines
from app.services.errors import PeerviewError
from app.services.partnership import PartnershipRecord
from app.ui.partnership.tabs import TabHost


class TimingsBox(QGroupBox):
    def __init__(self, view: TabHost, parent: QWidget) -> None:
        super().__init__(self.tr("Report timings, in working days"), parent)
        self.view = view
        self.partnership_id = ""
        self.setObjectName("timings_box")
        self.setAccessibleName(self.tr("Report timings"))
        self.setToolTip(
            self.tr(
                "Working days, Monday to Friday: the draft and the final report count from "
                "the visit's last day, quality assurance from the first draft, the host's "
                "response from the day the draft is sent."
            )
        )
        self.spins: dict[str, QSpinBox] = {}
        # Two rows of two, the Save button under them at the right: the protocol and the
        # priorities beside the box keep the width (the tab fits 1366 x 768 at 150%).
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        grid.setContentsMargins(4, 4, 4, 4)
        # Short labels (the box sits beside two others); the accessible names and the
        # tooltip say them whole.
        mnemonics = {"draft_days": self.tr("&Draft"), "qa_days": self.tr("&QA"),
                     "host_days": self.tr("Host's rep&ly"),
                     "final_days": self.tr("Final rep&ort")}  # fmt: skip
        for field, stored in deadlines.TIMING_LABELS.items():
            label = QCoreApplication.translate("services.deadlines", stored)
            spin = QSpinBox(self)
            spin.setObjectName(f"timing_{field}")
            spin.setRange(1, deadlines.LONGEST)
            spin.setSuffix(self.tr(" day(s)", "", 2))  # sized for the longer suffix
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            spin.valueChanged.connect(lambda value, s=spin: self._suffix(s, value))
            spin.setAccessibleName(self.tr("{0}, working days").format(label))
            self.spins[field] = spin
            buddy = QLabel(mnemonics[field] + ":", self)
            buddy.setBuddy(spin)
            place = {"draft_days": (0, 0), "qa_days": (0, 2), "host_days": (1, 0),
                     "final_days": (1, 2)}[field]  # fmt: skip
            grid.addWidget(buddy, place[0], place[1])
            grid.addWidget(spin, place[0], place[1] + 1)
        self.save_button = QPushButton(self.tr("Save ti&mings"), self)
        self.save_button.setObjectName("save_timings")
        self.save_button.setAccessibleName(self.tr("Save the report timings"))
        self.save_button.clicked.connect(self.save)
        grid.addWidget(self.save_button, 2, 2, 1, 2, Qt.AlignmentFlag.AlignRight)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.setMaximumWidth(self.sizeHint().width())  # the other boxes take the room

    def _suffix(self, spin: QSpinBox, value: int) -> None:
        spin.setSuffix(self.tr(" day(s)", "", value))

    def load(self, rec: PartnershipRecord) -> None:
        self.partnership_id = rec.id
        with self.view.store.read() as conn:
            days = deadlines.timings(conn, rec.id)
        for field, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(days[field])
            spin.blockSignals(False)
            self._suffix(spin, days[field])

    def set_editable(self, editable: bool) -> None:
        for widget in (*self.spins.values(), self.save_button):
            widget.setEnabled(editable)

    def save(self) -> None:
        days = {field: spin.value() for field, spin in self.spins.items()}
        try:
            changes = deadlines.set_timings(self.view.store, self.partnership_id, **days)
        except PeerviewError as exc:
            self.view.refuse(exc)
            return
        self.view.publish(
            changes,
            self.tr(
                "Report timings saved: the partnership's reviews take their due dates from them."
            ),
        )
