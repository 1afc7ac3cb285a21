"""Retention of the raw evidence notes after signing, shown at sign-off: purge them a
number of days after the report is signed (this laptop's default, 90 days unless changed
in Settings, until someone chooses), or keep them. Signing fixes the schedule. Findings
keep their triangulation counts (app/services/retention.py); safeguarding concerns have
their own schedule after hand-over."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.services import retention
from app.services.errors import PeerviewError
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext

CHOICES = (None, 30, 90, 365, 730)
#: The item meaning "follow this laptop's default" (until the report is signed).
DEFAULT = "default"


class RetentionBox(QGroupBox):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Evidence notes after signing"))
        self.ctx = ctx
        self._loading = False
        self.state: retention.RetentionState | None = None
        self.schedule = QComboBox(self)
        self.schedule.setObjectName("retention_schedule")
        self.schedule.setAccessibleName(self.tr("Keep or purge the evidence notes after signing"))
        label = QLabel(self.tr("&Keep or purge:"), self)
        label.setBuddy(self.schedule)
        self.purge_button = QPushButton(self.tr("P&urge notes now"), self)
        self.purge_button.setAccessibleName(self.tr("Purge the evidence notes that are due"))
        self.purge_button.clicked.connect(self.purge)
        self.info = QLabel(self)
        self.info.setObjectName("retention_info")
        self.info.setAccessibleName(self.tr("Retention status"))
        self.info.setWordWrap(True)
        # Two lines always fit: the page is tight at 1024x600 and a squeezed label clips.
        self.info.setMinimumHeight(self.info.fontMetrics().lineSpacing() * 2 + 4)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.schedule, 1)
        row.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.info)
        self.schedule.currentIndexChanged.connect(self._chosen)

    def _label(self, days: int | None) -> str:
        if days is None:
            return self.tr("Keep them")
        return self.tr("Purge %n day(s) after signing", "", days)

    def refresh(self) -> None:
        (self.state,) = retention.states(self.ctx.store, self.ctx.review_id)
        days = self.state.retention_days
        self._loading = True
        self.schedule.clear()
        if not self.state.signed_at:
            default = retention.default_days(self.ctx.store)
            self.schedule.addItem(
                self.tr("The default: {choice}").format(choice=self._label(default).lower()),
                DEFAULT,
            )
        for choice in sorted(set(CHOICES) | {days}, key=lambda d: -1 if d is None else d):
            self.schedule.addItem(self._label(choice), choice)
        current = days if self.state.chosen else DEFAULT
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(current)))
        self._loading = False
        now = dt.datetime.now(dt.UTC)
        s = self.state
        if s.purged_at:
            text = self.tr("The notes were purged on {date}; findings keep their counts.").format(
                date=dates.date_long(s.purged_at)
            )
        elif s.due_at:
            text = self.tr("%n note(s) will be purged on {date}.", "", s.notes).format(
                date=dates.date_long(s.due_at)
            )
        elif days is not None:
            text = self.tr(
                "Fixed at signing: notes purged %n day(s) after. Findings, actions and the "
                "signed report are kept.",
                "",
                days,
            )
        else:
            text = self.tr("The notes are kept.")
        self.info.setText(text)
        self.purge_button.setEnabled(s.is_due(now))

    def _chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        choice = self.schedule.itemData(index)
        store, review_id = self.ctx.store, self.ctx.review_id
        try:
            if choice == DEFAULT:
                self.ctx.publish(retention.follow_default(store, review_id))
            else:
                self.ctx.publish(retention.set_retention(store, review_id, choice))
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), window_text(exc))

    def purge(self) -> None:
        try:
            result = retention.purge_review(self.ctx.store, self.ctx.review_id)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not purged"), window_text(exc))
            return
        self.ctx.publish(result.changes)
        # What the erasure reached (attachments, backups, kept bundles), beside the status.
        self.info.setText(self.info.text() + " " + result.summary().capitalize() + ".")
