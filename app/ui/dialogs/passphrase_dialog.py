"""Asking for the passphrase where there is no OS keyring, or choosing a new one.

``PassphraseDialog.get_passphrase`` opens the dialog and returns ``(value, accepted)``;
``make_ask`` turns it into the ``ask`` callable that ``identity.unlock`` and the data key
(``datakey.Access``) take, and ``make_ask_new`` into the one that chooses a new
passphrase (typed twice, checked for strength), so the services decide when to ask and
the GUI only decides how.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.identity import PassphraseAsk
from app.services.passphrase import NewPassphraseAsk, check_new


class PassphraseDialog(QDialog):
    """One passphrase field, or two (``confirm``) when a new passphrase is chosen."""

    def __init__(
        self,
        parent: QWidget | None,
        prompt: str,
        *,
        confirm: bool = False,
        hints: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self._hints = hints
        self.setObjectName("PassphraseDialog")
        self.setWindowTitle(self.tr("Passphrase"))
        self.setAccessibleName(self.tr("Passphrase"))
        self._confirm = confirm

        self.prompt_label = QLabel(prompt, self)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setAccessibleName(prompt)

        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(
            self.tr("The passphrase that protects your keys; it is not shown as you type")
        )
        form = QFormLayout()
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)

        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        repeat_label = QLabel(self.tr("&Again:"), self)
        repeat_label.setBuddy(self.repeat)
        if confirm:
            form.addRow(repeat_label, self.repeat)
        else:
            self.repeat.hide()
            repeat_label.hide()

        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem with the passphrase"))
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Unlock") if not confirm else self.tr("&OK"))
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.textChanged.connect(self._update)
        self._update()

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.passphrase.text()))

    def problem(self) -> str | None:
        """Why the typed passphrase cannot be accepted yet, or None."""
        if not self.passphrase.text():
            return self.tr("Type the passphrase.")
        if self._confirm:
            # Length and strength (zxcvbn), with the reason and a suggestion.
            weak = check_new(self.passphrase.text(), self._hints)
            if weak:
                return weak
            if self.repeat.text() != self.passphrase.text():
                return self.tr("The two passphrases differ.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            self.message.show()
            return
        super().accept()

    @classmethod
    def get_passphrase(
        cls,
        parent: QWidget | None,
        prompt: str,
        *,
        confirm: bool = False,
        hints: tuple[str, ...] = (),
    ) -> tuple[str, bool]:
        dialog = cls(parent, prompt, confirm=confirm, hints=hints)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.passphrase.text() if accepted else ""
        dialog.deleteLater()
        return value, accepted


def make_ask(parent: QWidget | None) -> PassphraseAsk:
    """The ``ask`` callable for ``identity.unlock``: None when the person cancels."""

    def ask(prompt: str) -> str | None:
        with _cursor_released():
            value, accepted = PassphraseDialog.get_passphrase(parent, prompt)
        return value if accepted else None

    return ask


def make_ask_new(parent: QWidget | None) -> NewPassphraseAsk:
    """Choosing a new passphrase (a new data folder): typed twice and checked in the
    dialog; None when the person cancels."""

    def ask_new(prompt: str, hints: tuple[str, ...]) -> str | None:
        with _cursor_released():
            value, accepted = PassphraseDialog.get_passphrase(
                parent, prompt, confirm=True, hints=hints
            )
        return value if accepted else None

    return ask_new


@contextlib.contextmanager
def _cursor_released() -> Iterator[None]:
    # A busy cursor set around the service call would hide that typing is wanted.
    busy = 0
    while QApplication.overrideCursor() is not None:
        QApplication.restoreOverrideCursor()
        busy += 1
    try:
        yield
    finally:
        for _ in range(busy):
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
