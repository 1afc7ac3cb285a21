"""Send to…: whom a bundle is for (people this installation trusts), and whether it
carries everything or only what they have not acknowledged yet."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import identity
from app.services.store import Store
from app.ui.widgets.bidi import isolate
from app.ui.widgets.labels import role_label

KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SendChoice:
    to: list[str]  # key ids
    full: bool


class SendDialog(QDialog):
    def __init__(self, parent: QWidget | None, store: Store, team_keys: set[str]) -> None:
        super().__init__(parent)
        self.setObjectName("SendDialog")
        self.setWindowTitle(self.tr("Send to"))
        self.setAccessibleName(self.tr("Send a bundle"))
        intro = QLabel(
            self.tr(
                "The bundle is signed by you and readable only by the people you tick (and "
                "you). Safeguarding concerns go only when every recipient is a designated "
                "safeguarding lead."
            ),
            self,
        )
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Recipients:"), self)
        self.people = QListWidget(self)
        self.people.setAccessibleName(self.tr("Recipients"))
        self.people.setAccessibleDescription(self.tr("Space ticks or unticks a person"))
        label.setBuddy(self.people)
        for person in identity.trusted_people(store):
            if person.source == "self" or person.revoked:
                continue
            card = person.card
            role = role_label(card.role)
            item = QListWidgetItem(
                f"{isolate(card.name)} ({role}) · {card.fingerprint}", self.people
            )
            item.setData(KEY_ROLE, card.key_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = card.key_id in team_keys
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        if self.people.count():
            self.people.setCurrentRow(0)
        self.empty = QLabel(
            self.tr("You trust nobody yet: exchange cards in Your identity first."), self
        )
        self.empty.setVisible(self.people.count() == 0)
        self.full = QCheckBox(
            self.tr("Send &everything, not only what they have not acknowledged"), self
        )
        self.full.setAccessibleName(self.tr("Send everything"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Write bundle…"))
        self.ok_button.setAccessibleName(self.tr("Write bundle"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.people.itemChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.full)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(560, 360)

    def chosen(self) -> list[str]:
        out = []
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(KEY_ROLE)))
        return out

    def tick(self, key_id: str) -> None:
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.data(KEY_ROLE) == key_id:
                item.setCheckState(Qt.CheckState.Checked)

    def _update(self, *_: object) -> None:
        self.ok_button.setEnabled(bool(self.chosen()))

    def accept(self) -> None:
        if self.chosen():
            super().accept()

    @classmethod
    def get_choice(
        cls, parent: QWidget | None, store: Store, team_keys: set[str]
    ) -> SendChoice | None:
        dialog = cls(parent, store, team_keys)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = SendChoice(dialog.chosen(), dialog.full.isChecked()) if accepted else None
        dialog.deleteLater()
        return choice
