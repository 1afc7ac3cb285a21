""" "Your identity": create it, show its fingerprint, exchange cards and the roster.

Every action calls the same service functions as the command line
(app/services/identity.py, roster.py); problems show in the dialog's status line rather
than in a message box, so the dialog stays usable from the keyboard and in tests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.org import PERSON_ROLES
from app.services import cards, identity, roster
from app.services.errors import PeerviewError
from app.services.passphrase import check_new
from app.services.store import Store
from app.ui.dialogs.fingerprint_dialog import FingerprintDialog
from app.ui.dialogs.passphrase_dialog import make_ask
from app.ui.dialogs.trusted_people_model import TrustedPeopleModel
from app.ui.messages import window_text
from app.ui.widgets.a11y import labelled_form
from app.ui.widgets.bidi import isolate, line
from app.ui.widgets.labels import role_label

log = logging.getLogger(__name__)

FILE_FILTER = "JSON (*.json);;All files (*)"


class IdentityFields:
    """The fields that make an identity (name, school, role, passphrase twice), shared
    by "Your identity" and the first-run welcome so the two forms cannot drift apart."""

    def __init__(self, page: QWidget) -> None:
        self.name = QLineEdit(page)
        self.school = QLineEdit(page)
        self.role = QComboBox(page)
        for role in PERSON_ROLES:
            self.role.addItem(role_label(role), role)
        self.passphrase = QLineEdit(page)
        self.repeat = QLineEdit(page)
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)


class IdentityDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setObjectName("IdentityDialog")
        self.setWindowTitle(self.tr("Your identity"))
        self.setAccessibleName(self.tr("Your identity"))
        self.resize(860, 520)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_create_page())
        self.stack.addWidget(self._build_overview_page())

        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close")
        )
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.refresh()

    # -- construction --------------------------------------------------------------

    def _build_create_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "This installation has no identity yet. Your identity lets partners check "
                "the bundles and reports you sign, and lets them send you encrypted bundles."
            ),
            page,
        )
        intro.setWordWrap(True)
        fields = IdentityFields(page)
        self.name_edit, self.school_edit, self.role_combo = fields.name, fields.school, fields.role
        self.passphrase_edit, self.repeat_edit = fields.passphrase, fields.repeat
        self.create_button = QPushButton(self.tr("&Create identity"), page)
        self.create_button.setAccessibleName(self.tr("Create identity"))
        self.create_button.clicked.connect(self.create_from_form)

        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Name:"), self.name_edit, self.tr("Your name")),
            (self.tr("&School:"), self.school_edit, self.tr("Your school")),
            (self.tr("&Role:"), self.role_combo, self.tr("Your role")),
            (self.tr("&Passphrase:"), self.passphrase_edit, self.tr("Passphrase")),
            (self.tr("&Again:"), self.repeat_edit, self.tr("Passphrase again")),
        ]
        form = labelled_form(page, rows)
        self.passphrase_edit.setAccessibleDescription(
            self.tr("Protects your keys; kept in the system keyring where there is one")
        )
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        return page

    def _build_overview_page(self) -> QWidget:
        page = QWidget(self)
        self.who_label = QLabel(page)
        self.who_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.who_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.who_label.setFont(font)
        self.who_label.setAccessibleName(self.tr("You"))

        fingerprint_title = QLabel(self.tr("Your fingerprint (read it to partners):"), page)
        self.fingerprint_label = QLabel(page)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.5)
        self.fingerprint_label.setFont(mono)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        fingerprint_title.setBuddy(self.fingerprint_label)

        self.export_card_button = QPushButton(self.tr("&Export my card…"), page)
        self.trust_card_button = QPushButton(self.tr("&Trust a card…"), page)
        self.import_roster_button = QPushButton(self.tr("&Import roster…"), page)
        self.export_roster_button = QPushButton(self.tr("E&xport roster…"), page)
        actions = QHBoxLayout()
        for button, name, slot in (
            (self.export_card_button, self.tr("Export my card"), self._choose_card_export),
            (self.trust_card_button, self.tr("Trust a card"), self._choose_card_to_trust),
            (self.import_roster_button, self.tr("Import roster"), self._choose_roster_import),
            (self.export_roster_button, self.tr("Export roster"), self._choose_roster_export),
        ):
            button.setAccessibleName(name)
            button.setAutoDefault(False)  # Enter closes the dialog, never exports by surprise
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)

        people_title = QLabel(self.tr("&People you trust:"), page)
        self.people_model = TrustedPeopleModel(self)
        self.people_view = QTableView(page)
        self.people_view.setModel(self.people_model)
        self.people_view.setAccessibleName(self.tr("People you trust"))
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.verticalHeader().hide()
        self.people_view.setWordWrap(False)  # a fingerprint must stay on one line
        self.people_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.people_view.horizontalHeader().setStretchLastSection(True)
        self.people_view.horizontalHeader().setMinimumSectionSize(60)
        people_title.setBuddy(self.people_view)

        layout = QVBoxLayout(page)
        layout.addWidget(self.who_label)
        layout.addWidget(fingerprint_title)
        layout.addWidget(self.fingerprint_label)
        layout.addLayout(actions)
        layout.addWidget(people_title)
        layout.addWidget(self.people_view, 1)
        return page

    # -- state ---------------------------------------------------------------------

    def refresh(self) -> None:
        own = identity.get_identity(self._store)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        # Enter in the form creates the identity; afterwards Enter closes the dialog.
        self.create_button.setDefault(own is None)
        close.setDefault(own is not None)
        if own is None:
            self.stack.setCurrentIndex(0)
            self.name_edit.setFocus()
            return
        self.stack.setCurrentIndex(1)
        parts = [isolate(own.name), isolate(own.school), role_label(own.role)]
        self.who_label.setText(line(" · ".join(p for p in parts if p)))
        self.fingerprint_label.setText(own.fingerprint)
        self.fingerprint_label.setAccessibleName(
            self.tr("Your fingerprint: {0}").format(" , ".join(own.fingerprint.split()))
        )
        self.export_roster_button.setVisible(own.role == roster.SIGNER_ROLE)
        self.people_model.set_people(identity.trusted_people(self._store))

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("problem", problem)
        self.status.setAccessibleDescription(self.tr("Problem") if problem else "")

    def _run(self, action: Callable[[], str | None]) -> bool:
        """Run a service call; show its outcome or its error in the status line."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            message = action()
        except PeerviewError as exc:
            self._say(window_text(exc), problem=True)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        if message:
            self._say(message)
        self.refresh()
        return True

    # -- actions (also called directly by tests) ------------------------------------

    def create_from_form(self) -> bool:
        passphrase = self.passphrase_edit.text()
        problem = check_new(passphrase, (self.name_edit.text(), self.school_edit.text()))
        if problem:
            self._say(problem, problem=True)
            return False
        if passphrase != self.repeat_edit.text():
            self._say(self.tr("The two passphrases differ; type them again."), problem=True)
            return False

        def create() -> str:
            card = identity.create_identity(
                self._store,
                self.name_edit.text(),
                self.school_edit.text(),
                str(self.role_combo.currentData()),
                passphrase=passphrase,
            )
            return self.tr("Created your identity. Fingerprint: {0}").format(card.fingerprint)

        done = self._run(create)
        if done:
            self.passphrase_edit.clear()
            self.repeat_edit.clear()
        return done

    def export_card_to(self, path: Path) -> bool:
        def export() -> str:
            identity.export_card(self._store, path, ask=make_ask(self))
            return self.tr(
                "Wrote your card to {0}. Read your fingerprint to whoever trusts it."
            ).format(path)

        return self._run(export)

    def trust_card_from(self, path: Path) -> bool:
        def trust() -> str | None:
            card = cards.load_card(path)
            own = identity.get_identity(self._store)
            if own is not None and own.key_id == card.key_id:
                return self.tr("That is your own card; nothing to do.")
            confirmed, _ = FingerprintDialog.confirm(
                self,
                card,
                self.tr("Ask {0} to read you their fingerprint. Does it match this?").format(
                    card.name
                ),
            )
            if not confirmed:
                return self.tr("Not trusted: the fingerprint was not confirmed.")
            identity.trust_card(self._store, card)
            return self.tr("You now trust {0}.").format(card.name)

        return self._run(trust)

    def import_roster_from(self, path: Path) -> bool:
        return self._run(lambda: import_roster_file(self, self._store, path))

    def export_roster_to(self, path: Path) -> bool:
        def export() -> str:
            made = roster.export_roster(self._store, path, ask=make_ask(self))
            return self.tr("Wrote the roster to {0}: {1} members, {2} revoked keys.").format(
                path, len(made.members), len(made.revoked)
            )

        return self._run(export)

    # -- file choosers -------------------------------------------------------------

    def choose_open_path(self, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, "", FILE_FILTER)
        return Path(name) if name else None

    def choose_save_path(self, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, FILE_FILTER)
        return Path(name) if name else None

    def _choose_card_export(self) -> None:
        own = identity.get_identity(self._store)
        suggested = f"{own.name if own else 'card'}.peerview-card.json"
        path = self.choose_save_path(self.tr("Export your card"), suggested)
        if path:
            self.export_card_to(path)

    def _choose_card_to_trust(self) -> None:
        path = self.choose_open_path(self.tr("Trust the person on a card"))
        if path:
            self.trust_card_from(path)

    def _choose_roster_import(self) -> None:
        path = self.choose_open_path(self.tr("Import a partnership roster"))
        if path:
            self.import_roster_from(path)

    def _choose_roster_export(self) -> None:
        path = self.choose_save_path(self.tr("Export the roster"), "roster.peerview.json")
        if path:
            self.export_roster_to(path)

    @classmethod
    def show_identity(
        cls, store: Store, parent: QWidget | None = None
    ) -> tuple[identity.PublicCard | None, bool]:
        """Open the dialog; returns (this installation's card afterwards, accepted)."""
        dialog = cls(store, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        card = identity.get_identity(store)
        dialog.deleteLater()
        return card, accepted


def import_roster_file(parent: QWidget, store: Store, path: Path) -> str:
    """Import a partnership roster, asking the person to confirm an unknown signer's
    fingerprint first; returns what happened. Raises PeerviewError for a bad roster.
    Shared by "Your identity" and the first-run welcome."""
    read = roster.read_roster(path)
    trusted = roster.signer_is_trusted(store, read)
    if not trusted:
        confirmed, _ = FingerprintDialog.confirm(
            parent,
            read.signer,
            QCoreApplication.translate(
                "roster",
                "This roster is signed by {0}, whom you do not trust yet. Ask them to "
                "read you their fingerprint. Does it match this?",
            ).format(read.signer.name),
        )
        if not confirmed:
            return QCoreApplication.translate(
                "roster", "Roster not imported: the fingerprint was not confirmed."
            )
    result = roster.import_roster(store, read, signer_confirmed=not trusted)
    text = QCoreApplication.translate(
        "roster", "Imported the roster: {0} added, {1} updated, {2} newly revoked."
    )
    text = text.format(len(result.added), len(result.updated), len(result.revoked))
    if result.refused_revoked:
        text += " " + QCoreApplication.translate("roster", "Not trusted (revoked): {0}.").format(
            ", ".join(result.refused_revoked)
        )
    return text
