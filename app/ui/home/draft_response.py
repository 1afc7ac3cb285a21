"""The host's side of the factual-accuracy round, from the home window: open the draft's
findings file the lead sent, say what the school says about any finding and in general,
and save the response signed with this Peerview's identity (decision 0039). The lead
imports that file on the review's Team and host tab.

Everything the file holds is shown as plain text: it comes from another laptop, and a
title written as HTML must read as the characters it is, not render as markup. Reading
the file, the checks on the response and the signature are the services'
(app/services/response_file.py); this module only asks and shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.findings import FINDING_LABELS
from app.services.errors import PeerviewError
from app.services.store import Store
from app.ui.dialogs.form_dialog import plain_text_field
from app.ui.messages import window_text
from app.ui.widgets.a11y import name_popups
from app.ui.widgets.bidi import isolate, line

if TYPE_CHECKING:
    # Imported where used: the home window imports this module at start-up, and signing
    # brings identity, age and X.509 with it (tests/ui/test_cold_start_imports.py).
    from app.services import identity, response_file
    from app.services.response_file import DraftFindings
    from app.ui.home.main_window import MainWindow

SUFFIX = ".peerview-response.json"


def _plain(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DraftResponseDialog(QDialog):
    """One draft's findings, each with a box for what the host says about it."""

    def __init__(self, store: Store, draft: DraftFindings, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.store = store
        self.draft = draft
        self.written: Path | None = None
        title = self.tr("Respond to draft {n}").format(n=draft.draft_number)
        self.setObjectName("draft_response_dialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(560)

        heading = _plain(
            line(
                self.tr("{school}: draft {n} of “{title}”").format(
                    school=isolate(draft.school or self.tr("(no school named)")),
                    n=draft.draft_number,
                    title=isolate(draft.title),
                )
            ),
            self,
            self.tr("The draft report"),
        )
        heading.setObjectName("draft_heading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        intro = _plain(
            self.tr(
                "Write what your school says about any finding that is not accurate (or "
                "leave it empty), and a general comment. Your response is signed with your "
                "identity; send the saved file to the lead reviewer."
            ),
            self,
            self.tr("What to do"),
        )

        inner = QWidget(self)
        inner.setObjectName("findings_list")
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        self.boxes: dict[str, QPlainTextEdit] = {}
        for n, finding in enumerate(draft.findings, 1):
            column.addWidget(self._finding_frame(inner, n, finding))
        if not draft.findings:
            column.addWidget(
                _plain(self.tr("This draft lists no findings."), inner, self.tr("No findings"))
            )
        column.addStretch(1)
        self.findings_area = QScrollArea(self)
        self.findings_area.setObjectName("findings_scroll")
        self.findings_area.setAccessibleName(self.tr("The draft's findings"))
        self.findings_area.setWidgetResizable(True)
        self.findings_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_area.setWidget(inner)

        general_label = QLabel(self.tr("&General comment:"), self)
        self.general = plain_text_field(self, self.tr("General comment on the draft"), 3)
        self.general.setObjectName("general_comment")
        # The findings take the height a small screen has; the comment keeps three lines.
        self.general.setMaximumHeight(self.general.minimumHeight())
        general_label.setBuddy(self.general)

        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        bold = self.error.font()
        bold.setBold(True)
        self.error.setFont(bold)
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Sign and save…"))
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.buttons.accepted.connect(self.sign_and_save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.findings_area, 1)
        layout.addWidget(general_label)
        layout.addWidget(self.general)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        name_popups(self)
        # Fits a 1024x600 screen with its frame; the findings scroll inside.
        self.resize(760, 540)

    def _finding_frame(
        self, parent: QWidget, n: int, finding: response_file.DraftFinding
    ) -> QFrame:
        frame = QFrame(parent)
        frame.setObjectName(f"finding_{n}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        kind = QCoreApplication.translate(
            "models.findings", FINDING_LABELS.get(finding.kind, finding.kind)
        )
        head = _plain(
            line(f"{n}. {kind}: {isolate(finding.title)}"),
            frame,
            self.tr("Finding {n}").format(n=n),
        )
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        box.addWidget(head)
        box.addWidget(_plain(finding.text, frame, self.tr("Finding {n}, text").format(n=n)))
        said = plain_text_field(frame, self.tr("What you say about finding {n}").format(n=n), 2)
        said.setPlaceholderText(self.tr("Your correction or comment (optional)"))
        said.setMaximumHeight(said.minimumHeight())
        box.addWidget(said)
        self.boxes[finding.id] = said
        return frame

    def said(self) -> dict[str, str]:
        return {fid: box.toPlainText() for fid, box in self.boxes.items() if box.toPlainText()}

    def ask_output(self) -> Path | None:
        """Where to save the signed response (a test answers this instead)."""
        name = f"response to draft {self.draft.draft_number}{SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the signed response"),
            name,
            self.tr("Peerview response (*{suffix});;All files (*)").format(suffix=SUFFIX),
        )
        return Path(chosen) if chosen else None

    def make_ask(self) -> identity.PassphraseAsk:
        """The passphrase prompt, as every signing action in the windows asks it."""
        from app.ui.dialogs.passphrase_dialog import make_ask

        return make_ask(self)

    def sign_and_save(self) -> None:
        """Sign with this Peerview's identity and save; a refusal stays in the dialog,
        beside what the person wrote, and nothing is saved."""
        from app.services import response_file

        out = self.ask_output()
        if out is None:
            return
        try:
            self.written = response_file.write_response(
                self.store,
                self.draft,
                self.said(),
                out,
                general=self.general.toPlainText(),
                ask=self.make_ask(),
            )
        except PeerviewError as exc:
            self.error.setText(window_text(exc))
            self.error.show()
            return
        self.accept()


def ask_findings_file(window: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate(
            "draft_response", "The draft's findings file from the lead reviewer"
        ),
        "",
        QCoreApplication.translate("draft_response", "Draft findings (*.json);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def respond(window: MainWindow) -> Path | None:
    """The whole round on the host's side; the path of the saved response, or None."""
    from app.services import identity, response_file

    store = window.store
    if identity.get_identity(store) is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("draft_response", "Create your identity first"),
            QCoreApplication.translate(
                "draft_response",
                "Your response is signed so the lead reviewer knows it comes from you. "
                "This Peerview has no identity yet: create one in Your identity (File "
                "menu), give your card to the lead reviewer, then respond to the draft.",
            ),
        )
        return None
    path = ask_findings_file(window)
    if path is None:
        return None
    try:
        draft = response_file.read_findings(path)
    except PeerviewError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("draft_response", "Cannot open the draft"),
            window_text(exc),
        )
        return None
    dialog = DraftResponseDialog(store, draft, window)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    written = dialog.written if accepted else None
    dialog.deleteLater()
    if written is not None:
        window.banner.show_message(
            QCoreApplication.translate(
                "draft_response", "Signed response saved to {path}. Send it to the lead reviewer."
            ).format(path=written)
        )
    return written


def install(window: MainWindow, file_menu: QMenu) -> QAction:
    """The File menu's "Respond to a draft report…" (the window adds it after Import
    bundle, and to the home toolbar)."""
    action = QAction(
        QCoreApplication.translate("draft_response", "Respond to a &draft report…"), window
    )
    action.setShortcut(QKeySequence(QCoreApplication.translate("draft_response", "Ctrl+Shift+R")))
    action.setStatusTip(
        QCoreApplication.translate(
            "draft_response", "As the host: answer the draft report the lead reviewer sent, signed"
        )
    )
    action.setToolTip(
        QCoreApplication.translate("draft_response", "Respond to a draft report (Ctrl+Shift+R)")
    )
    action.triggered.connect(lambda: respond(window))
    file_menu.addAction(action)
    return action
