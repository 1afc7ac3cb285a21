"""Checking a fingerprint before trusting someone: the digits large, and a tick that says
the person read them out, before the Trust button works."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.cards import PublicCard
from app.ui.widgets.bidi import isolate, line
from app.ui.widgets.labels import role_label


class FingerprintDialog(QDialog):
    def __init__(self, parent: QWidget | None, card: PublicCard, question: str) -> None:
        super().__init__(parent)
        self.setObjectName("FingerprintDialog")
        self.setWindowTitle(self.tr("Check the fingerprint"))
        self.setAccessibleName(self.tr("Check the fingerprint"))

        who = QLabel(question, self)
        who.setWordWrap(True)
        who.setAccessibleName(question)
        details = ", ".join(
            x for x in (isolate(card.name), isolate(card.school), role_label(card.role)) if x
        )
        self.person_label = QLabel(line(details), self)
        self.person_label.setAccessibleName(self.tr("Person: {0}").format(details))
        bold = QFont(self.person_label.font())
        bold.setBold(True)
        self.person_label.setFont(bold)

        self.fingerprint_label = QLabel(card.fingerprint, self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        self.fingerprint_label.setFont(mono)
        # Read aloud digit by digit by screen readers, group by group.
        self.fingerprint_label.setAccessibleName(
            self.tr("Fingerprint: {0}").format(" , ".join(card.fingerprint.split()))
        )
        self.fingerprint_label.setTextInteractionFlags(
            self.fingerprint_label.textInteractionFlags()
            | self.fingerprint_label.textInteractionFlags().TextSelectableByMouse
        )

        self.checked = QCheckBox(
            self.tr("&Yes, {0} read me exactly these digits (in person or by phone)").format(
                card.name
            ),
            self,
        )
        self.checked.setAccessibleName(self.tr("The fingerprint was read to me and matches"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Trust"))
        self.ok_button.setAccessibleName(self.tr("Trust"))
        self.ok_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.checked.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.person_label)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.checked)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if self.checked.isChecked():  # Enter must not trust without the tick
            super().accept()

    @classmethod
    def confirm(cls, parent: QWidget | None, card: PublicCard, question: str) -> tuple[bool, bool]:
        """(the fingerprint was confirmed, the dialog was accepted)"""
        dialog = cls(parent, card, question)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = accepted and dialog.checked.isChecked()
        dialog.deleteLater()
        return value, accepted
