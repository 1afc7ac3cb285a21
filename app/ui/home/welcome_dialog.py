"""The first-run welcome: at most three screens, each one skippable.

1. Your name on your work (name, school, role, passphrase): it opens with what the person
   gets, in plain words; keys, encryption and fingerprints are behind a "Why?" disclosure.
   Where there is an OS keyring the passphrase is kept in it; where there is none, the
   screen says that Peerview will ask for the passphrase when it needs it.
2. Your partnership's roster: import it, or skip.
3. Explore the demo review, plan a real one, or just look around.

Everything here is also in the menus (File: Your identity, Import partnership roster,
New review; Help: Welcome), so skipping loses nothing. Open it with
``WelcomeDialog.run_welcome(store, parent)``, which returns ``(Choice, accepted)``; the
main window carries the choice out. ``should_show`` decides whether it opens at start.
"""

from __future__ import annotations

import enum
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services import identity, reviews
from app.services.errors import PeerviewError
from app.services.passphrase import check_new, keyring_available
from app.services.store import Store
from app.ui.dialogs.identity_dialog import FILE_FILTER, IdentityFields, import_roster_file
from app.ui.messages import window_text
from app.ui.settings import settings
from app.ui.widgets.a11y import labelled_form

log = logging.getLogger(__name__)

WELCOME_DONE_KEY = "welcome/done"


class Choice(enum.Enum):
    """What the person chose on the last screen."""

    NOTHING = "nothing"
    DEMO = "demo"
    NEW_REVIEW = "new_review"


def should_show(store: Store) -> bool:
    """Only on a fresh installation: no identity, no reviews, and not welcomed before."""
    if settings().value(WELCOME_DONE_KEY, False, type=bool):
        return False
    if identity.get_identity(store) is not None:
        return False
    return not reviews.list_reviews(store, include_archived=True)


def mark_done() -> None:
    prefs = settings()
    prefs.setValue(WELCOME_DONE_KEY, True)
    prefs.sync()


class WelcomeDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.choice = Choice.NOTHING
        self.has_keyring = keyring_available()
        self.setObjectName("WelcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Peerview"))
        self.setAccessibleName(self.tr("Welcome to Peerview"))
        self.setMinimumWidth(620)

        self.step_label = QLabel(self)
        self.step_label.setAccessibleName(self.tr("Step"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._identity_page())
        self.stack.addWidget(self._roster_page())
        self.stack.addWidget(self._start_page())

        self.status = QLabel("", self)
        self.status.setObjectName("welcome_status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.back_button = QPushButton(self.tr("&Back"), self)
        self.skip_button = QPushButton(self.tr("&Skip this step"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.close_button = QPushButton(self.tr("C&lose"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.skip_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        for button in (self.back_button, self.skip_button, self.next_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.show_step(0)

    # -- pages ---------------------------------------------------------------------

    def _intro(self, page: QWidget, text: str) -> QLabel:
        label = QLabel(text, page)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _identity_page(self) -> QWidget:
        page = QWidget(self)
        # What the person gets first, in their words; how it works only if they ask.
        intro = self._intro(
            page,
            self.tr(
                "Put your name on your work. Peerview adds your name to your evidence notes "
                "and to the reports you sign, and your team can trust that what you send "
                "them came from you and was not changed on the way."
            ),
        )
        intro.setObjectName("welcome_intro")
        if self.has_keyring:
            where = self.tr(
                "Choose a passphrase only you know. This computer remembers it for you, so "
                "you will not have to type it again."
            )
        else:
            where = self.tr(
                "Choose a passphrase only you know and will remember. This computer cannot "
                "store it, so Peerview will ask you for it when you sign a report or send "
                "your work to the team."
            )
        self.keyring_label = self._intro(page, where)
        self.keyring_label.setObjectName("keyring_note")
        self.keyring_label.setAccessibleName(self.tr("Your passphrase"))
        why_row = self._why(page)

        fields = IdentityFields(page)
        self.name_edit, self.school_edit, self.role_combo = fields.name, fields.school, fields.role
        self.passphrase_edit, self.repeat_edit = fields.passphrase, fields.repeat
        if self._store.session_passphrase:
            # Chosen moments ago to protect the data: one passphrase, not a second one.
            for edit in (self.passphrase_edit, self.repeat_edit):
                edit.setText(self._store.session_passphrase)
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Name:"), self.name_edit, self.tr("Your name")),
            (self.tr("S&chool:"), self.school_edit, self.tr("Your school")),
            (self.tr("&Role:"), self.role_combo, self.tr("Your role")),
            (self.tr("&Passphrase:"), self.passphrase_edit, self.tr("Passphrase")),
            (self.tr("&Again:"), self.repeat_edit, self.tr("Passphrase again")),
        ]
        form = labelled_form(page, rows)
        self.done_label = self._intro(page, "")
        self.done_label.setObjectName("identity_done")
        self.done_label.setAccessibleName(self.tr("Your identity"))
        self.identity_form = QWidget(page)
        self.identity_form.setLayout(form)

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(why_row)
        layout.addWidget(self.why_text)
        layout.addWidget(self.keyring_label)
        layout.addWidget(self.identity_form)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        return page

    def _why(self, page: QWidget) -> QHBoxLayout:
        """The "Why?" disclosure: a toggle button and the detail it shows or hides."""
        self.why_button = QToolButton(page)
        self.why_button.setObjectName("why_button")
        self.why_button.setText(self.tr("Why?"))
        self.why_button.setCheckable(True)
        self.why_button.setArrowType(Qt.ArrowType.RightArrow)
        self.why_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.why_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.why_button.setAccessibleName(self.tr("Why? How Peerview protects what you send"))
        self.why_button.toggled.connect(self._show_why)
        detail = self.tr(
            "Peerview makes a set of keys for you, locked by your passphrase. They sign the "
            "evidence bundles and reports you send, so partners can check that these came "
            "from you and were not changed, and they let partners send you encrypted bundles "
            "that only you can open. A partner checks that a key is really yours by its "
            "fingerprint, a row of digits Peerview shows you after this step and that you "
            "read to them."
        )
        if self.has_keyring:
            detail += " " + self.tr("The passphrase is kept in this computer's keyring.")
        else:
            detail += " " + self.tr("This computer has no keyring to keep the passphrase in.")
        self.why_text = self._intro(page, detail)
        self.why_text.setObjectName("why_text")
        self.why_text.setAccessibleName(self.tr("Why Peerview asks for this"))
        self.why_text.hide()
        row = QHBoxLayout()
        row.addWidget(self.why_button)
        row.addStretch(1)
        return row

    def _show_why(self, shown: bool) -> None:
        self.why_text.setVisible(shown)
        self.why_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _roster_page(self) -> QWidget:
        page = QWidget(self)
        intro = self._intro(
            page,
            self.tr(
                "If your partnership lead has sent you the partnership's roster (a file "
                "ending .peerview.json), import it now: Peerview then trusts the bundles and "
                "reports of everyone on it. No roster yet? Skip this step; you can import it "
                "later from File, Import partnership roster."
            ),
        )
        self.import_button = QPushButton(self.tr("&Import the roster…"), page)
        self.import_button.setAccessibleName(self.tr("Import the roster"))
        self.import_button.clicked.connect(self._choose_roster)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _start_page(self) -> QWidget:
        page = QWidget(self)
        intro = self._intro(
            page,
            self.tr(
                "Ready. Explore a realistic demo review (a fictional school, its plan, "
                "evidence notes and findings) to see how Peerview works, or plan your own "
                "review now. Both stay in File and Help for later."
            ),
        )
        self.demo_button = QPushButton(self.tr("Open the &demo review"), page)
        self.new_button = QPushButton(self.tr("Plan a &new review…"), page)
        for button, choice in (
            (self.demo_button, Choice.DEMO),
            (self.new_button, Choice.NEW_REVIEW),
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _=False, c=choice: self.finish(c))
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    # -- navigation ----------------------------------------------------------------

    def show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        titles = (
            self.tr("Step 1 of 3: your name on your work"),
            self.tr("Step 2 of 3: your partnership's roster"),
            self.tr("Step 3 of 3: start"),
        )
        self.step_label.setText(titles[index])
        self.back_button.setEnabled(index > 0)
        last = index == self.stack.count() - 1
        self.skip_button.setVisible(not last)
        self.next_button.setVisible(not last)
        self.status.clear()
        own = identity.get_identity(self._store)
        if index == 0:
            self._show_identity(own)
        elif index == 2:
            self.demo_button.setDefault(True)
        self.next_button.setDefault(not last)
        self._focus_first()

    def _show_identity(self, own: identity.PublicCard | None) -> None:
        self.identity_form.setVisible(own is None)
        self.keyring_label.setVisible(own is None)
        self.done_label.setVisible(own is not None)
        self.next_button.setText(self.tr("Create and &next") if own is None else self.tr("&Next"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        if own is not None:
            self.done_label.setText(
                self.tr("Your identity: {0}\nYour fingerprint: {1}").format(
                    " · ".join(p for p in (own.name, own.school) if p), own.fingerprint
                )
            )

    def _focus_first(self) -> None:
        index = self.stack.currentIndex()
        if index == 0 and self.identity_form.isVisible():
            self.name_edit.setFocus()
        elif index == 1:
            self.import_button.setFocus()
        elif index == 2:
            self.demo_button.setFocus()
        else:
            self.next_button.setFocus()

    def back(self) -> None:
        self.show_step(max(0, self.stack.currentIndex() - 1))

    def skip(self) -> None:
        self.show_step(min(self.stack.count() - 1, self.stack.currentIndex() + 1))

    def next(self) -> None:
        if (
            self.stack.currentIndex() == 0
            and identity.get_identity(self._store) is None
            and not self.create_identity()
        ):
            return
        self.skip()

    def finish(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def done(self, result: int) -> None:
        # Closed either way: the welcome has been seen and does not open at start again.
        mark_done()
        super().done(result)

    # -- actions (also called by tests) --------------------------------------------

    def _problem(self, text: str, field: QWidget | None = None) -> bool:
        self.status.setText(text)
        self.status.setAccessibleDescription(self.tr("Problem"))
        if field is not None:
            field.setFocus()
        return False

    def create_identity(self) -> bool:
        name = self.name_edit.text().strip()
        if not name:
            return self._problem(
                self.tr("Type your name, or choose Skip this step to do this later."),
                self.name_edit,
            )
        passphrase = self.passphrase_edit.text()
        problem = check_new(passphrase, (name, self.school_edit.text().strip()))
        if problem:
            return self._problem(problem, self.passphrase_edit)
        if passphrase != self.repeat_edit.text():
            return self._problem(
                self.tr("The two passphrases differ; type them again."), self.repeat_edit
            )
        # Making the keys takes a second or two (the passphrase is stretched on purpose).
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            identity.create_identity(
                self._store,
                name,
                self.school_edit.text().strip(),
                str(self.role_combo.currentData()),
                passphrase=passphrase,
            )
        except PeerviewError as exc:
            return self._problem(window_text(exc))
        finally:
            QApplication.restoreOverrideCursor()
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        return True

    def import_roster_from(self, path: Path) -> bool:
        try:
            message = import_roster_file(self, self._store, path)
        except PeerviewError as exc:
            return self._problem(window_text(exc), self.import_button)
        self.show_step(2)
        self.status.setText(message)
        return True

    def _choose_roster(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a partnership roster"), "", FILE_FILTER
        )
        if name:
            self.import_roster_from(Path(name))

    @classmethod
    def run_welcome(cls, store: Store, parent: QWidget | None = None) -> tuple[Choice, bool]:
        """Open the welcome; returns (what to do next, whether a choice was made)."""
        dialog = cls(store, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = dialog.choice if accepted else Choice.NOTHING
        dialog.deleteLater()
        return choice, accepted
