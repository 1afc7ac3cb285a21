"""Record a safeguarding concern: what was seen or heard, when, and who it goes to.

Deliberately unlike the evidence-note editor (its own dialog, its own wording, no strands,
no activity), so nobody mistakes a concern for evidence or evidence for a concern. Open
it with ``SafeguardingDialog.get_concern(parent, store, review_id)``, which returns
``(ConcernInput | None, accepted)``; the caller stores it with
``safeguarding.record_concern``.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFrame,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.services import safeguarding
from app.services.store import Store
from app.ui.dialogs.form_dialog import DateTimeEdit, FormDialog, plain_text_field

log = logging.getLogger(__name__)

_ISO_MINUTES = "yyyy-MM-ddTHH:mm"


@dataclass(frozen=True)
class ConcernInput:
    text: str
    observed_at: str
    passed_to: str
    passed_on_at: str


class SafeguardingDialog(FormDialog):
    def __init__(self, store: Store, review_id: str, parent: QWidget | None = None) -> None:
        title = self.tr("Record a safeguarding concern")
        super().__init__(title, "safeguarding_dialog", 540, parent)
        self.dsl = safeguarding.designated_lead(store, review_id)

        self.reminder = QLabel(self)
        self.reminder.setObjectName("reminder")
        self.reminder.setAccessibleName(self.tr("Reminder"))
        self.reminder.setWordWrap(True)
        self.reminder.setTextFormat(Qt.TextFormat.RichText)
        self.reminder.setFrameShape(QFrame.Shape.Box)
        self.reminder.setContentsMargins(8, 6, 8, 6)
        who = html.escape(self.dsl) if self.dsl else self.tr("the host school's DSL")
        self.reminder.setText(
            self.tr(
                "<b>Pass this on in person today</b> to {0}, the designated safeguarding "
                "lead (or the local authority designated officer if it concerns the "
                "headteacher). Writing it down here does not replace telling them."
            ).format(who)
            + "<br><br>"
            + self.tr(
                "This record is kept apart from evidence: it never appears in notes, search, "
                "coverage or the report."
            )
        )

        self.text = plain_text_field(self, self.tr("What you saw or heard"), 5)
        self.text.setObjectName("concern_text")
        self.text.setPlaceholderText(
            self.tr("Facts only, in the words used. Context, not pupils' names where you can.")
        )
        self.add_row(self.tr("&What you saw or heard:"), self.text)

        now = QDateTime.currentDateTime()
        self.observed = self._when("observed_at", self.tr("When you saw or heard it"), now)
        self.add_row(self.tr("W&hen:"), self.observed)

        self.passed_to = QLineEdit(self.dsl, self)
        self.passed_to.setObjectName("passed_to")
        self.passed_to.setAccessibleName(self.tr("Pass it to"))
        self.passed_to.setPlaceholderText(self.tr("The host school's designated safeguarding lead"))
        self.add_row(self.tr("&Pass it to:"), self.passed_to)

        self.passed_on = QCheckBox(self.tr("I have &already passed it on"), self)
        self.passed_on.setObjectName("passed_on")
        self.passed_on.setAccessibleName(self.tr("Already passed on"))
        self.passed_on_at = self._when("passed_on_at", self.tr("When it was passed on"), now)
        self.passed_on_at.setEnabled(False)
        self.passed_on.toggled.connect(self.passed_on_at.setEnabled)
        self.form.addRow(self.passed_on)
        self.add_row(self.tr("Passed &on at:"), self.passed_on_at)

        self.finish(self.tr("Record concern"), self.reminder)
        self.text.setFocus()

    def _when(self, name: str, accessible: str, value: QDateTime) -> QDateTimeEdit:
        edit = DateTimeEdit(value, self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy HH:mm")
        return edit

    def value(self) -> ConcernInput:
        passed_on = self.passed_on_at.dateTime().toString(_ISO_MINUTES)
        return ConcernInput(
            text=self.text.toPlainText().strip(),
            observed_at=self.observed.dateTime().toString(_ISO_MINUTES),
            passed_to=self.passed_to.text().strip(),
            passed_on_at=passed_on if self.passed_on.isChecked() else "",
        )

    def accept(self) -> None:
        value = self.value()
        problem = ""
        if not value.text:
            problem = self.tr("Write what you saw or heard.")
            self.text.setFocus()
        elif not value.passed_to:
            problem = self.tr("Say who it goes to: the host school's designated safeguarding lead.")
            self.passed_to.setFocus()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    @classmethod
    def get_concern(
        cls, parent: QWidget | None, store: Store, review_id: str
    ) -> tuple[ConcernInput | None, bool]:
        dialog = cls(store, review_id, parent)
        return dialog.run(dialog.value)
