"""Sharing the signed review with the partnership (decision 0043): a box on the Sign-off
page for the host school's head, and the dialog that shows what would be shared, in
words, before anything is sent.

Nothing is shared until the head chooses Save bundle… in the dialog: that writes the
summary to the review's shared-summary record and a signed, encrypted bundle for the
partnership lead. Withdraw… blanks the record and writes the bundle that carries the
withdrawal to the lead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.services import share_summary, sharing
from app.services.errors import PeerviewError
from app.services.store import Store
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.widgets.a11y import name_popups

BUNDLE_FILTER = QT_TRANSLATE_NOOP("ShareBox", "Peerview bundle (*.pvbundle)")


def bundle_filter() -> str:
    return QCoreApplication.translate("ShareBox", str(BUNDLE_FILTER))


class ShareDialog(QDialog):
    """The summary in words, the two choices, and Save bundle…."""

    def __init__(self, store: Store, review_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.review_id = store, review_id
        self.report: Path | None = None
        self.saved: Path | None = None
        self.setObjectName("share_dialog")
        self.setWindowTitle(self.tr("Share with the partnership"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "This is what the partnership lead will receive. Nothing is sent until you "
                "save the bundle and give it to them."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("share_preview")
        self.text.setAccessibleName(self.tr("What would be shared, in words"))
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.whole = QCheckBox(self.tr("Send the whole signed &report too…"), self)
        self.whole.setObjectName("share_whole_report")
        self.whole.setAccessibleName(self.tr("Send the whole signed report too"))
        self.whole.toggled.connect(self._whole_toggled)
        self.named = QCheckBox(self.tr("The partnership may &name our school in its figures"), self)
        self.named.setObjectName("share_named")
        self.named.setAccessibleName(self.tr("The partnership may name our school"))
        # Sharing again starts from what was agreed last time.
        held = sharing.state(store, review_id)
        self.named.setChecked(bool(held and held.shared and held.summary and held.summary.named))
        self.named.toggled.connect(lambda _on: self.show_summary())
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save bundle…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("share_save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.whole)
        layout.addWidget(self.named)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        name_popups(self)
        self.show_summary()

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def show_summary(self) -> bool:
        """Show the summary as the current choices make it; False when it cannot be made."""
        try:
            summary, _ = sharing.make(
                self.store, self.review_id, named=self.named.isChecked(), report=self.report
            )
        except PeerviewError as exc:
            self.show_problem(window_text(exc))
            self.save_button.setEnabled(False)
            return False
        self.text.setPlainText("\n".join(share_summary.preview(summary)))
        self.show_problem("")
        self.save_button.setEnabled(True)
        return True

    def choose_report(self) -> str:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The signed report the lead reviewer sent"),
            "",
            self.tr("PDF files (*.pdf)"),
        )
        return chosen

    def _whole_toggled(self, on: bool) -> None:
        if on:
            chosen = self.choose_report()
            if not chosen:
                self.whole.setChecked(False)
                return
            self.report = Path(chosen)
        else:
            self.report = None
        if not self.show_summary() and on:
            # The wrong file: say so, and leave the box unticked.
            problem = self.error.text()
            self.report = None
            self.whole.blockSignals(True)
            self.whole.setChecked(False)
            self.whole.blockSignals(False)
            self.show_summary()
            self.show_problem(problem)

    def choose_bundle(self) -> str:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the bundle for the partnership lead"), "", bundle_filter()
        )
        return chosen

    def save(self) -> None:
        chosen = self.choose_bundle()
        if not chosen:
            return
        if self.save_to(Path(chosen)):
            self.accept()

    def save_to(self, path: Path) -> bool:
        from app.sync.share_bundle import export_share, lead_for

        try:
            lead_for(self.store, self.review_id)
            sharing.share(
                self.store, self.review_id, named=self.named.isChecked(), report=self.report
            )
            export_share(self.store, self.review_id, path)
        except PeerviewError as exc:
            self.show_problem(window_text(exc))
            return False
        self.saved = path
        return True


class ShareBox(QGroupBox):
    """On the Sign-off page: whether the summary is shared, Share… and Withdraw…."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("share_box")
        self.setTitle(self.tr("The partnership"))
        self.info = QLabel(self)
        self.info.setObjectName("share_info")
        self.info.setAccessibleName(self.tr("What the partnership has been sent"))
        self.info.setWordWrap(True)
        self.share_button = QPushButton(self.tr("S&hare with the partnership…"), self)
        self.share_button.setObjectName("share_button")
        self.share_button.setAccessibleName(self.tr("Share a summary with the partnership"))
        self.share_button.clicked.connect(self.open_share)
        self.withdraw_button = QPushButton(self.tr("W&ithdraw…"), self)
        self.withdraw_button.setObjectName("withdraw_button")
        self.withdraw_button.setAccessibleName(self.tr("Withdraw what was shared"))
        self.withdraw_button.clicked.connect(self.withdraw)
        row = QHBoxLayout()
        row.addWidget(self.share_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.info)
        layout.addLayout(row)

    def refresh(self, status: str) -> None:
        store, review_id = self.ctx.store, self.ctx.review_id
        with store.read() as conn:
            row = share_summary.review_row(conn, review_id)
        # Only a signed review of a partnership has anything to share.
        self.setVisible(status == "signed" and bool(row.partnership_id))
        held = sharing.state(store, review_id)
        if held is None:
            text = self.tr(
                "Nothing is shared: the partnership sees this review only if you share it."
            )
        elif held.withdrawn_on:
            text = self.tr("Withdrawn on {date}; nothing of it is kept.").format(
                date=dates.date_long(held.withdrawn_on)
            )
        else:
            text = self.tr("A summary was shared on {date}.").format(
                date=dates.date_long(held.shared_on)
            )
        self.info.setText(text)
        self.withdraw_button.setEnabled(bool(held and held.shared))
        self.share_button.setText(
            self.tr("S&hare again…")
            if held and held.shared
            else self.tr("S&hare with the partnership…")
        )
        self.share_button.setAccessibleName(self.share_button.text().replace("&", "").rstrip("…"))

    def make_dialog(self) -> ShareDialog:
        return ShareDialog(self.ctx.store, self.ctx.review_id, self.ctx.window)

    def open_share(self) -> None:
        dialog = self.make_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            QMessageBox.information(
                self,
                self.tr("Shared"),
                self.tr("Give {file} to the partnership lead; only they can open it.").format(
                    file=dialog.saved.name
                ),
            )
        dialog.deleteLater()
        self.refresh("signed")

    def confirm_withdraw(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw the summary"),
            self.tr(
                "Withdraw what this school shared? This laptop keeps no text of it, and the "
                "lead's laptop erases it when they import the bundle you save next."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_bundle(self) -> str:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the withdrawal for the partnership lead"), "", bundle_filter()
        )
        return chosen

    def withdraw(self) -> None:
        from app.sync.share_bundle import export_share, lead_for

        if not self.confirm_withdraw():
            return
        chosen = self.choose_bundle()
        if not chosen:
            return
        try:
            lead_for(self.ctx.store, self.ctx.review_id)
            sharing.withdraw(self.ctx.store, self.ctx.review_id)
            export_share(self.ctx.store, self.ctx.review_id, Path(chosen))
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not withdrawn"), window_text(exc))
        self.refresh("signed")
