"""Brokered support on the action plan (decision 0042): which partner schools offer
support towards the selected action and how far each offer has got, in words (``summary``,
which the plan shows under the action's details); a school
of the partnership other than the host is chosen to record an offer, and an offer is
moved on (agreed, under way, completed, declined). Hidden for a review in no
partnership: there is no partner to offer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app import dates
from app.models import ActionItem
from app.models.findings import SUPPORT_STATES
from app.services import support
from app.services.errors import PeerviewError
from app.services.support import Support
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext


def offer_line(offer: Support) -> str:
    """ "Fengate Academy: Under way since 4 May 2026. Two visits (Jo Patel). First
    visit done." A line a person reads aloud at the workshop."""

    translate = QCoreApplication.translate
    # Whole sentences, each one message, so a translation can order its words.
    if offer.state_on:
        parts = [
            translate("SupportBox", "{school}: {state} since {day}.").format(
                school=offer.school,
                state=translate("services.support", offer.state_label),
                day=dates.date_long(offer.state_on),
            )
        ]
    else:
        parts = [
            translate("SupportBox", "{school}: {state}.").format(
                school=offer.school, state=translate("services.support", offer.state_label)
            )
        ]
    if offer.text and offer.contact:
        parts.append(
            translate("SupportBox", "{offer} ({contact}).").format(
                offer=offer.text, contact=offer.contact
            )
        )
    elif offer.text:
        parts.append(f"{offer.text}.")
    elif offer.contact:
        parts.append(translate("SupportBox", "Contact: {contact}.").format(contact=offer.contact))
    if offer.note:
        parts.append(translate("SupportBox", "Latest: {note}").format(note=offer.note))
    return " ".join(parts)


class SupportBox(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("support_box")
        self.setAccessibleName(self.tr("Support from partner schools"))
        self.action_id: str | None = None
        # Read nothing until the plan first loads (a page never reads in its constructor).
        self.active = False
        self.offers: list[Support] = []
        self.school = QComboBox(self)
        self.school.setObjectName("support_school")
        self.school.setAccessibleName(self.tr("Partner school offering support"))
        school_label = QLabel(self.tr("Support fro&m:"), self)
        school_label.setBuddy(self.school)
        self.offer_button = QPushButton(self.tr("Record &offer…"), self)
        self.offer_button.setObjectName("record_offer")
        self.offer_button.setAccessibleName(self.tr("Record this school's offer of support"))
        self.offer_button.clicked.connect(self.record_offer)
        self.offer = QComboBox(self)
        self.offer.setObjectName("support_offer")
        self.offer.setAccessibleName(self.tr("Offer to move on"))
        self.offer.currentIndexChanged.connect(self._suggest_state)
        self.state = QComboBox(self)
        self.state.setObjectName("support_state")
        self.state.setAccessibleName(self.tr("The offer's new state"))
        for key in SUPPORT_STATES:
            self.state.addItem(
                QCoreApplication.translate("services.support", support.STATE_LABELS[key]), key
            )
        state_label = QLabel(self.tr("Offer no&w:"), self)
        state_label.setBuddy(self.offer)
        self.move_button = QPushButton(self.tr("Move o&n…"), self)
        self.move_button.setObjectName("move_offer")
        self.move_button.setAccessibleName(self.tr("Move the chosen offer to the chosen state"))
        self.move_button.clicked.connect(self.move_offer)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(school_label)
        row.addWidget(self.school, 1)
        row.addWidget(self.offer_button)
        row.addSpacing(12)
        row.addWidget(state_label)
        row.addWidget(self.offer, 1)
        row.addWidget(self.state)
        row.addWidget(self.move_button)
        self.summary = ""

    def show_for(self, item: ActionItem | None) -> None:
        """Show the offers towards ``item`` (the plan's selected action)."""
        if not self.active:
            self.hide()
            return
        with self.ctx.store.read() as conn:
            partners = support.partner_schools(conn, self.ctx.review_id)
            offers = support.listed(conn, self.ctx.review_id)
        self.setVisible(bool(partners))
        self.action_id = item.id if item is not None else None
        self.offers = [o for o in offers if o.action_id == self.action_id]
        chosen = self.school.currentData()
        self.school.clear()
        offering = {o.school_id for o in self.offers}
        for school_id, name in partners:
            if school_id not in offering:
                self.school.addItem(name, school_id)
        self.school.setCurrentIndex(max(0, self.school.findData(chosen)))
        kept = self.offer.currentData()
        self.offer.clear()
        for o in self.offers:
            self.offer.addItem(o.school, o.id)
        self.offer.setCurrentIndex(max(0, self.offer.findData(kept)))
        self._suggest_state()
        if item is None or not partners:
            self.summary = ""
        elif not self.offers:
            self.summary = self.tr("Support from partner schools: none offered yet.")
        else:
            self.summary = "\n".join(
                [self.tr("Support from partner schools:")]
                + [f"  {offer_line(o)}" for o in self.offers]
            )
        has_action = item is not None
        self.school.setEnabled(has_action and self.school.count() > 0)
        self.offer_button.setEnabled(has_action and self.school.count() > 0)
        for widget in (self.offer, self.state, self.move_button):
            widget.setEnabled(bool(self.offers))

    def _suggest_state(self) -> None:
        """The state after the chosen offer's own: what a person most often does next."""
        offer = next((o for o in self.offers if o.id == self.offer.currentData()), None)
        if offer is None:
            return
        following = {"offered": "agreed", "agreed": "under_way", "under_way": "completed"}
        self.state.setCurrentIndex(max(0, self.state.findData(following.get(offer.state))))

    def ask_text(self, title: str, prompt: str) -> tuple[str, bool]:
        """A line of text, or not accepted (a test answers for the person)."""
        return QInputDialog.getText(self, title, prompt, QLineEdit.EchoMode.Normal)

    def record_offer(self) -> None:
        school_id = self.school.currentData()
        if self.action_id is None or school_id is None:
            return
        text, accepted = self.ask_text(
            self.tr("Record an offer of support"),
            self.tr("What does {0} offer? (You can leave it empty.)").format(
                self.school.currentText()
            ),
        )
        if not accepted:
            return
        try:
            _, changes = support.offer(self.ctx.store, self.action_id, school_id, text=text)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not recorded"), window_text(exc))
            return
        self.ctx.publish(changes)

    def move_offer(self) -> None:
        offer_id = self.offer.currentData()
        if offer_id is None:
            return
        note, accepted = self.ask_text(
            self.tr("Move the offer on"),
            self.tr("{0}: {1}. Any word on its progress? (You can leave it empty.)").format(
                self.offer.currentText(), self.state.currentText()
            ),
        )
        if not accepted:
            return
        try:
            changes = support.move(self.ctx.store, offer_id, self.state.currentData(), note=note)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), window_text(exc))
            return
        self.ctx.publish(changes)
