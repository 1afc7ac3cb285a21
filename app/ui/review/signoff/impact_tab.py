"""The Impact & workshop tab beside the action plan (decision 0044): the improvement
workshop that agreed the plan, and the impact reviews months later, each with every
action's progress in words and what changed for pupils.

The list shows one impact review a row, latest first; the selected one is shown whole
under it, for reading aloud at the next impact review. Adding or changing one opens
ImpactDialog; the workshop opens WorkshopDialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.services import impact, workshop
from app.services.errors import PeerviewError
from app.services.impact import Impact
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.review.signoff.impact_dialog import ImpactDialog
from app.ui.review.signoff.workshop_dialog import WorkshopDialog
from app.ui.widgets.full_text import full_text_label
from app.ui.widgets.guard_marks import GuardNotice


class ImpactTab(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impact_tab")
        self.setAccessibleName(self.tr("Impact reviews and the improvement workshop"))
        self.ctx = ctx
        self.found: list[Impact] = []
        self.workshops: list[workshop.Workshop] = []

        self.workshop_label = QLabel(self)
        self.workshop_label.setObjectName("workshop_summary")
        self.workshop_label.setAccessibleName(self.tr("The improvement workshop"))
        self.workshop_label.setWordWrap(True)
        self.workshop_label.setTextFormat(Qt.TextFormat.PlainText)
        self.workshop_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.workshop_button = QPushButton(self.tr("Record the work&shop…"), self)
        self.workshop_button.setAccessibleName(self.tr("Record or change the improvement workshop"))
        self.workshop_button.clicked.connect(self.record_workshop)
        workshop_row = QHBoxLayout()
        workshop_row.addWidget(self.workshop_label, 1)
        workshop_row.addWidget(self.workshop_button, 0, Qt.AlignmentFlag.AlignTop)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Held"), self.tr("Visit or meeting"), self.tr("Progress"), self.tr("Next")]
        )
        self.view = QTableView(self)
        self.view.setObjectName("impact_reviews")
        self.view.setAccessibleName(self.tr("Impact reviews, latest first"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_details())
        self.view.activated.connect(lambda *_: self.change())
        label = QLabel(self.tr("Rec&orded impact reviews:"), self)
        label.setBuddy(self.view)

        self.details = full_text_label(
            self, "impact_details", self.tr("The selected impact review in full")
        )
        self.notice = GuardNotice(self)

        self.add_button = QPushButton(self.tr("&Add impact review…"), self)
        self.add_button.setAccessibleName(self.tr("Add an impact review"))
        self.add_button.clicked.connect(self.add)
        self.change_button = QPushButton(self.tr("&Change…"), self)
        self.change_button.setAccessibleName(self.tr("Change the selected impact review"))
        self.change_button.clicked.connect(self.change)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected impact review"))
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.change_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(workshop_row)
        layout.addWidget(label)
        # A few rows are enough (one impact review a term); the selected one gets the room.
        self.view.setMaximumHeight(self.view.verticalHeader().defaultSectionSize() * 4 + 32)
        layout.addWidget(self.view)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        store, review_id = self.ctx.store, self.ctx.review_id
        row = self.view.currentIndex().row()
        self.found = impact.for_review(store, review_id)
        self.workshops = workshop.for_review(store, review_id)
        self.model.removeRows(0, self.model.rowCount())
        for i in self.found:
            counts: dict[str, int] = {}
            for p in i.progress:
                counts[p.progress_label] = counts.get(p.progress_label, 0) + 1
            summary = ", ".join(f"{label}: {n}" for label, n in counts.items())
            self.model.appendRow(
                [
                    QStandardItem(dates.date_long(i.held_on)),
                    QStandardItem(self.tr(i.kind_label)),
                    QStandardItem(summary or self.tr("no actions recorded")),
                    QStandardItem(dates.date_long(i.next_on) if i.next_on else ""),
                ]
            )
        if self.found:
            keep = min(max(row, 0), len(self.found) - 1)
            self.view.setCurrentIndex(self.model.index(keep, 0))
        self.show_workshop()
        self.show_details()

    def show_workshop(self) -> None:
        if not self.workshops:
            self.workshop_label.setText(
                self.tr(
                    "No improvement workshop recorded yet: record who led it and what was agreed."
                )
            )
            return
        w = self.workshops[0]
        lines = [
            self.tr("Improvement workshop, {day}, facilitated by {who}").format(
                day=dates.date_long(w.held_on), who=w.facilitator
            )
        ]
        if w.participants:
            lines.append(self.tr("Who took part: {0}").format(w.participants))
        # The actions themselves are on the Action plan tab: a count keeps this short.
        if w.actions:
            lines.append(self.tr("Actions of the plan agreed there: {0}").format(len(w.actions)))
        if w.agreed:
            lines.append(self.tr("Also agreed: {0}").format(w.agreed))
        self.workshop_label.setText("\n".join(lines))

    def current(self) -> Impact | None:
        row = self.view.currentIndex().row()
        return self.found[row] if 0 <= row < len(self.found) else None

    def show_details(self) -> None:
        chosen = self.current()
        self.change_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        if chosen is None:
            self.details.setText(
                self.tr(
                    "No impact review yet. Months after the review, record a visit or meeting "
                    "and each action's progress: not started, under way or done, and what "
                    "changed for pupils."
                )
            )
            self.notice.show_hits([])
            return
        lines = [
            self.tr("{kind} on {day}").format(
                kind=self.tr(chosen.kind_label), day=dates.date_long(chosen.held_on)
            )
        ]
        if chosen.participants:
            lines.append(self.tr("Who took part: {0}").format(chosen.participants))
        if chosen.notes:
            lines.append(self.tr("Notes: {0}").format(chosen.notes))
        for p in chosen.progress:
            lines.append(f"• {self.tr(p.progress_label)}: {p.action}")
            if p.impact:
                lines.append("   " + self.tr("What changed for pupils: {0}").format(p.impact))
        if chosen.next_on:
            lines.append(self.tr("Next impact review: {0}").format(dates.date_long(chosen.next_on)))
        self.details.setText("\n".join(lines))
        hits = [(self.tr("Notes: "), h) for h in impact.guard(chosen.notes)]
        for p in chosen.progress:
            hits += [(f"{p.action}: ", h) for h in impact.guard(p.impact)]
        self.notice.show_hits(hits)

    # --- writing -------------------------------------------------------------------------

    def _plan(self) -> list[object]:
        with self.ctx.store.read() as conn:
            return [
                r for r in impact.review_actions(conn, self.ctx.review_id)
                if r.status != "carried_forward"
            ]  # fmt: skip

    def add(self) -> None:
        value, ok = ImpactDialog.ask(self, self._plan())
        if not ok or value is None:
            return
        value.pop("cleared", None)  # nothing was recorded before a new one
        try:
            _, changes = impact.add(self.ctx.store, self.ctx.review_id, **value)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), window_text(exc))
            return
        self.ctx.publish(changes)
        self.view.setCurrentIndex(self.model.index(0, 0))

    def change(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        value, ok = ImpactDialog.ask(self, self._plan(), chosen)
        if not ok or value is None:
            return
        try:
            changes = impact.update(self.ctx.store, chosen.id, **value)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), window_text(exc))
            return
        self.ctx.publish(changes)

    def delete(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Delete the impact review?"),
            self.tr("Delete the impact review of {0}? The actions keep their status.").format(
                dates.date_long(chosen.held_on)
            ),
        )
        if asked == QMessageBox.StandardButton.Yes:
            self.ctx.publish(impact.delete(self.ctx.store, chosen.id))

    def record_workshop(self) -> None:
        existing = self.workshops[0] if self.workshops else None
        value, ok = WorkshopDialog.ask(self, self._plan(), existing)
        if not ok or value is None:
            return
        try:
            if existing is None:
                _, changes = workshop.record(self.ctx.store, self.ctx.review_id, **value)
            else:
                changes = workshop.update(self.ctx.store, existing.id, **value)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), window_text(exc))
            return
        self.ctx.publish(changes)
