"""The finding editor's part for an Area of Excellence finding (decision 0039): whether it
validates one of the host's nominations, whether the host consented to share it with the
partnership, and the buttons that record those steps through app/services/excellence.py.

Once the host has nominated anything, an Area of Excellence finding that validates no
nomination does not print as the school's Area of Excellence (``excellence.printable``);
the editor says so plainly rather than letting the report surprise the lead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app import dates
from app.services import excellence
from app.services.errors import PeerviewError
from app.services.excellence import Nomination
from app.services.findings import FindingView
from app.services.store import ChangeSet
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.review.excellence_text import consent_text, people_hosts_first
from app.ui.review.findings.excellence_dialog import ExcellenceDialog


class _FitLabel(QLabel):
    """A wrapped label that asks for the height its text takes at its width: in the
    editor's form (inside a scroll area) a wrapped label is otherwise given the height
    of one guess at its width, and its last line is cut off."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(self.width())
        if height > 0 and height != self.minimumHeight():
            self.setMinimumHeight(height)


class ExcellenceBox(QObject):
    """One editor row (``row``): what the finding validates and the steps to take."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.finding: FindingView | None = None
        self.nominations: list[Nomination] = []
        self.label: QWidget | None = None  # the form's label for the row (editor.py)

        self.row = QWidget(parent)
        self.row.setObjectName("excellence_row")
        self.status = _FitLabel(self.row)
        self.status.setObjectName("excellence_status")
        self.status.setAccessibleName(self.tr("The host's nomination and consent"))
        self.status.setWordWrap(True)
        # Given more height than its lines (the form row's label is taller), it reads
        # from the top, beside the row's label, not adrift in the middle.
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Reachable from the keyboard (Alt+X lands here, Tab goes on to the buttons), so
        # the state is read out even when no step can be taken.
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.status.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.validate_button = self._button(
            self.tr("V&alidate…"),
            self.tr("Validate one of the host's nominations with this finding"),
            self.validate,
        )
        self.consent_button = self._button(
            self.tr("Record &consent…"),
            self.tr("Record the host's consent to share it with the partnership"),
            self.consent,
        )
        self.withdraw_button = self._button(
            self.tr("Withdraw co&nsent"),
            self.tr("Withdraw the host's consent to share it"),
            self.withdraw,
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.validate_button, self.consent_button, self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self.row)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    # --- showing -----------------------------------------------------------------------

    def show_finding(self, view: FindingView) -> None:
        self.finding = view
        self.nominations = excellence.nominations(self.ctx.store, view.review_id)
        self._show(True)
        mine = self.validated_here()
        if mine:
            # Short lines: a wrapped label in the editor's form is given too little height.
            lines = [
                self.tr(
                    "Validates the host's nomination “{title}” ({who}, {day}).\n{consent}."
                ).format(
                    title=n.title,
                    who=n.nominated_by,
                    day=dates.date_short(n.nominated_on),
                    consent=_capital(consent_text(n)),
                )
                for n in mine
            ]
            self.status.setText("\n".join(lines))
        elif self.nominations:
            self.status.setText(
                self.tr(
                    "Validates none of the host's nominations: it will not print as the "
                    "school's Area of Excellence.\nValidate one once its evidence is linked."
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "The host nominated no Area of Excellence: this prints as the review's.\n"
                    "The host's nominations are recorded on the Planning page."
                )
            )
        self.validate_button.setEnabled(any(n.finding_id != view.id for n in self.nominations))
        self.consent_button.setEnabled(any(not n.shared for n in mine))
        self.withdraw_button.setEnabled(any(n.shared for n in mine))

    def validated_here(self) -> list[Nomination]:
        view = self.finding
        return [n for n in self.nominations if view is not None and n.finding_id == view.id]

    def clear(self) -> None:
        """Nothing to show: the row and its label take no room (a 1024 x 600 window)."""
        self.finding = None
        self.nominations = []
        self._show(False)

    def _show(self, shown: bool) -> None:
        self.row.setVisible(shown)
        if self.label is not None:
            self.label.setVisible(shown)

    # --- steps -------------------------------------------------------------------------

    def validate(self) -> None:
        view = self.finding
        if view is None:
            return
        choices = [
            (self._choice_label(n), n.id) for n in self.nominations if n.finding_id != view.id
        ]
        if not choices:
            return
        picked, ok = ExcellenceDialog.ask(
            self.parent_widget,
            self.tr("Validate a nomination"),
            self.tr("&Validate"),
            self.tr(
                "The team validates the host's nomination with this finding and the evidence "
                "linked to it: “{title}”."
            ).format(title=view.title),
            choices,
            day=_today(),
        )
        if ok and picked is not None:
            store, fid = self.ctx.store, view.id
            self._run(
                self.tr("Not validated"),
                lambda: excellence.validate(store, picked.nomination_id, fid, picked.day),
            )

    def consent(self) -> None:
        waiting = [n for n in self.validated_here() if not n.shared]
        if self.finding is None or not waiting:
            return
        store = self.ctx.store
        picked, ok = ExcellenceDialog.ask(
            self.parent_widget,
            self.tr("Record the host's consent"),
            self.tr("&Record consent"),
            self.tr(
                "The host agrees to share this Area of Excellence with the partnership. Only "
                "the headteacher or a host leader on the team can give that consent."
            ),
            [(n.title, n.id) for n in waiting],
            people=people_hosts_first(store, self.ctx.review_id),
            day=_today(),
        )
        if ok and picked is not None:
            self._run(
                self.tr("Consent not recorded"),
                lambda: excellence.consent(store, picked.nomination_id, picked.person, picked.day),
            )

    def withdraw(self) -> None:
        shared = [n for n in self.validated_here() if n.shared]
        if self.finding is None or not shared:
            return
        picked, ok = ExcellenceDialog.ask(
            self.parent_widget,
            self.tr("Withdraw the consent to share"),
            self.tr("&Withdraw consent"),
            self.tr(
                "The host takes back its consent: the partnership no longer sees this Area of "
                "Excellence. The report still prints it."
            ),
            [(f"{n.title} ({consent_text(n)})", n.id) for n in shared],
        )
        if ok and picked is not None:
            store = self.ctx.store
            self._run(
                self.tr("Consent not withdrawn"),
                lambda: excellence.withdraw_consent(store, picked.nomination_id),
            )

    def _choice_label(self, n: Nomination) -> str:
        if n.finding_id:
            return self.tr("{title} (now validated by another finding)").format(title=n.title)
        return n.title

    def _run(self, title: str, step: Callable[[], ChangeSet]) -> bool:
        try:
            changes = step()
        except PeerviewError as exc:
            QMessageBox.warning(self.parent_widget, title, window_text(exc))
            return False
        self.ctx.publish(changes)
        return True


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _today() -> str:
    return dt.date.today().isoformat()
