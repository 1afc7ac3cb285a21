"""The Sign-off & report page: the status stepper with its history and any "sent back"
note, a preview of the report (report_preview.py) and signing as lead reviewer on one tab; the action
plan (action_plan.py) on the other.

Two tabs, because on a 1024 x 600 laptop the three panes side by side left the action
plan two rows; the plan is the improvement workshop's, a different day from sign-off.
The steps wrap (flow_layout.py) instead of setting the page's minimum width.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTemporaryDir
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.services import actions, authors, signoff
from app.services.errors import PeerviewError
from app.ui.fonts import register_app_fonts
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.review.page import ReviewPage
from app.ui.review.signoff.action_plan import ActionPlan
from app.ui.review.signoff.host_round import HostRound
from app.ui.review.signoff.impact_tab import ImpactTab
from app.ui.review.signoff.report_exports import ReportExports
from app.ui.review.signoff.report_language import ReportLanguageChoice
from app.ui.review.signoff.report_preview import PreviewError, ReportPreview
from app.ui.review.signoff.retention_box import RetentionBox
from app.ui.review.signoff.share_box import ShareBox
from app.ui.tasks import Progress
from app.ui.widgets.a11y import name_popups
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.labels import status_label

log = logging.getLogger(__name__)

_SHOWN = {
    "review",
    "action_item",
    "brokered_support",
    "impact_review",
    "impact_progress",
    "improvement_workshop",
    "school",
    "finding",
    "next_step",
    "person",
    "evidence_note",
    "team_member",
    "team_agreement",
    "report_draft",
    "draft_sent",
    "host_response",
    "host_correction",
    "shared_summary",
}


class SignoffPage(ReviewPage):
    WATCHED = frozenset(_SHOWN)

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        register_app_fonts()  # names in Urdu or Arabic, never boxes
        self.setObjectName("signoff_page")
        self.setAccessibleName(self.tr("Sign-off and report"))
        self._tmp = QTemporaryDir()
        self.status = ""
        self.preview_path: Path | None = None
        self.task: Any = None

        # Stepper
        self.step_labels: dict[str, QLabel] = {}
        steps_row = FlowLayout(spacing=4)
        for n, key in enumerate(signoff.STEPS, 1):
            label = QLabel(self)
            label.setObjectName(f"step_{key}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            label.setProperty("step_number", n)
            self.step_labels[key] = label
            steps_row.addWidget(label)
            if n < len(signoff.STEPS):
                arrow = QLabel("→", self)
                arrow.setAccessibleName(self.tr("then"))
                steps_row.addWidget(arrow)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next_step_button")
        self.next_button.clicked.connect(self.take_next_step)
        self.back_button = QPushButton(self.tr("Send &back to draft…"), self)
        self.back_button.setAccessibleName(self.tr("Send the review back to draft, saying why"))
        self.back_button.clicked.connect(self.send_back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("sent_back_note")
        self.note_label.setAccessibleName(self.tr("Why the review went back to draft"))
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(
            "QLabel { border: 1px solid #c77700; border-radius: 4px; padding: 6px; }"
        )
        self.history_model = QStandardItemModel(0, 3, self)
        self.history_model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Step"), self.tr("By")]
        )
        self.history = QTableView(self)
        self.history.setObjectName("status_history")
        self.history.setAccessibleName(self.tr("Sign-off history"))
        self.history.setModel(self.history_model)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _tidy(self.history)
        # Fits the pane's width at any window size: no sideways scrolling for three columns.
        history_header = self.history.horizontalHeader()
        history_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        history_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        history_label = QLabel(self.tr("Histor&y:"), self)
        history_label.setBuddy(self.history)

        status_box = QGroupBox(self.tr("Sign-off"), self)
        status_layout = QVBoxLayout(status_box)
        status_layout.addLayout(steps_row)
        status_layout.addLayout(buttons)
        status_layout.addWidget(self.note_label)
        # The next step's due date (all of them on the Team and host tab).
        self.next_due_label = QLabel(self)
        self.next_due_label.setObjectName("next_due")
        self.next_due_label.setAccessibleName(self.tr("When the next step is due"))
        self.next_due_label.setWordWrap(True)
        status_layout.addWidget(self.next_due_label)
        status_layout.addWidget(history_label)
        status_layout.addWidget(self.history, 1)

        # Action plan
        self.plan = ActionPlan(ctx, self)
        self.actions_model = self.plan.model
        self.actions_view = self.plan.view
        self.action_details = self.plan.details

        # Report
        self.preview = ReportPreview(self)
        self.preview.setObjectName("report_preview")
        self.preview_button = QPushButton(self.tr("Bui&ld preview"), self)
        self.preview_button.setAccessibleName(self.tr("Build a preview of the report"))
        self.preview_button.clicked.connect(self.build_preview)
        self.sign_button = QPushButton(self.tr("Si&gn as lead reviewer…"), self)
        self.sign_button.setObjectName("sign_button")
        self.sign_button.setAccessibleName(self.tr("Sign the report as lead reviewer"))
        self.sign_button.clicked.connect(self.sign_report)
        # The evidence appendix is the host school's copy: off unless asked for, and
        # flagged notes print only after a question (decision 0034).
        self.appendix_box = QCheckBox(self.tr("Add the evidence appendi&x (host's copy)"), self)
        self.appendix_box.setObjectName("evidence_appendix")
        self.appendix_box.setAccessibleName(self.tr("Add the evidence appendix"))
        self.appendix_box.setToolTip(
            self.tr("The evidence notes by strand, for the host school. Off by default.")
        )
        self.appendix_box.setChecked(False)
        self.report_label = QLabel(self)
        self.report_label.setObjectName("report_status")
        self.report_label.setAccessibleName(self.tr("Report status"))
        self.report_label.setWordWrap(True)
        report_box = QGroupBox(self.tr("Report"), self)
        report_layout = QVBoxLayout(report_box)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.sign_button)
        row.addStretch(1)
        report_layout.addLayout(row)
        # One appendix box for everything this page builds: the preview, the signed
        # report and the draft or unsigned copy saved below.
        appendix_row = QHBoxLayout()
        appendix_row.addWidget(self.appendix_box)
        # And one language for them all (report_language.py).
        self.language = ReportLanguageChoice(self)
        appendix_row.addWidget(self.language)
        report_layout.addLayout(appendix_row)
        # Draft PDF, Word copy and feedback summary for the host (report_exports.py).
        self.exports = ReportExports(ctx, self.appendix_choice, self, self.language.code)
        report_layout.addWidget(self.exports)
        report_layout.addWidget(self.report_label)
        report_layout.addWidget(self.preview, 1)
        self.retention = RetentionBox(ctx, self)
        report_layout.addWidget(self.retention)
        # What the host school shares with its partnership, once signed (decision 0043),
        # under the history, where the report's preview keeps its height at 1024x600.
        self.share = ShareBox(ctx, self)
        status_layout.addWidget(self.share)

        signing = QSplitter(Qt.Orientation.Horizontal, self)
        signing.setObjectName("signing_panes")
        signing.addWidget(status_box)
        signing.addWidget(report_box)
        signing.setChildrenCollapsible(False)
        signing.setSizes([480, 520])
        self.sections = QTabWidget(self)
        self.sections.setObjectName("signoff_sections")
        self.sections.setAccessibleName(self.tr("Sign-off and action plan"))
        self.sections.tabBar().setAccessibleName(self.tr("Sign-off and action plan"))
        self.sections.setDocumentMode(True)
        self.sections.addTab(signing, self.tr("Sign-off and &report"))
        self.sections.addTab(self.plan, self.tr("Action &plan"))
        # The workshop and the impact reviews months later (decision 0044).
        self.impact = ImpactTab(ctx, self)
        self.sections.addTab(self.impact, self.tr("Impact && wor&kshop"))
        # The team's agreement, the due dates and the host's factual-accuracy round.
        self.host_round = HostRound(ctx, self)
        self.sections.addTab(self.host_round, self.tr("&Team and host"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.sections)
        name_popups(self)

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        store, review_id = self.ctx.store, self.ctx.review_id
        self.language.follow(store, review_id)
        self.status = signoff.current_status(store, review_id)
        events = signoff.history(store, review_id)
        order = list(signoff.STEPS)
        at = order.index(self.status) if self.status in order else -1
        for n, key in enumerate(order):
            name = status_label(key)
            if n < at:
                mark, state = "✓", self.tr("done")
            elif n == at:
                mark, state = "●", self.tr("current step")
            else:
                mark, state = "○", self.tr("to do")
            label = self.step_labels[key]
            text = html.escape(f"{mark} {name}")
            label.setText(f"<b>{text}</b>" if n == at else text)
            label.setAccessibleName(
                self.tr("Step {n} of {total}: {name}, {state}").format(
                    n=n + 1, total=len(order), name=name, state=state
                )
            )
        following = signoff.next_status(self.status)
        if following and following != "signed":
            self.next_button.setText(
                self.tr("&Mark as {step}").format(step=status_label(following))
            )
            self.next_button.setEnabled(True)
        else:
            self.next_button.setText(self.tr("&Mark as next step"))
            self.next_button.setEnabled(False)
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        self.back_button.setEnabled(self.status in order[1:])
        self.sign_button.setEnabled(self.status == "host_checked")
        self.exports.set_status(self.status)
        note = next((e.sent_back_note for e in reversed(events) if e.sent_back_note), "")
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note) and self.status == "draft")
        self.history_model.removeRows(0, self.history_model.rowCount())
        for e in events:
            self.history_model.appendRow(
                [
                    QStandardItem(dates.date_time(e.when)),
                    QStandardItem(status_label(e.status)),
                    QStandardItem(self.tr("you") if e.author == authors.YOU else e.author),
                ]
            )
        # Rows added to a laid-out view do not widen a column sized to its contents: the
        # dates showed as "2 ..." until the window was next resized.
        self.history.resizeColumnToContents(0)
        items = actions.list_actions(store, review_id)
        self.plan.load(items)
        self.sections.setTabText(
            1,
            self.tr("Action &plan ({0})").format(len(items)) if items else self.tr("Action &plan"),
        )
        self.impact.refresh()
        held = len(self.impact.found)
        self.sections.setTabText(
            2,
            self.tr("Impact && wor&kshop ({0})").format(held)
            if held
            else self.tr("Impact && wor&kshop"),
        )
        self.retention.refresh()
        self.share.refresh(self.status)
        self.host_round.refresh()
        self.next_due_label.setText(self.host_round.next_due_text())

    # --- sign-off ----------------------------------------------------------------------

    def take_next_step(self) -> None:
        following = signoff.next_status(self.status)
        if not following:
            return
        try:
            self.ctx.publish(signoff.advance(self.ctx.store, self.ctx.review_id, following))
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), window_text(exc))

    def ask_reason(self) -> tuple[str, bool]:
        return QInputDialog.getText(
            self,
            self.tr("Send back to draft"),
            self.tr("Why does the review go back to draft? The team will read this."),
            QLineEdit.EchoMode.Normal,
        )

    def send_back(self) -> None:
        reason, accepted = self.ask_reason()
        if not accepted:
            return
        try:
            self.ctx.publish(signoff.send_back(self.ctx.store, self.ctx.review_id, reason))
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not sent back"), window_text(exc))

    # --- action plan ---------------------------------------------------------------------

    def show_action_plan(self) -> None:
        self.sections.setCurrentWidget(self.plan)

    def add_action(self) -> None:
        self.show_action_plan()
        self.plan.add_action()

    def delete_action(self) -> None:
        self.plan.delete_action()

    # --- report ------------------------------------------------------------------------

    def appendix_choice(self) -> tuple[bool, bool] | None:
        """(evidence appendix, include flagged notes) for the next report; None when the
        person cancelled at the question about flagged notes."""
        if not self.appendix_box.isChecked():
            return False, False
        from app.services import text_guard

        flagged = text_guard.flagged_notes(self.ctx.store, self.ctx.review_id)
        if not flagged:
            return True, False
        answer = self.ask_include_flagged(flagged)
        return None if answer is None else (True, answer)

    def ask_include_flagged(self, flagged: list[Any]) -> bool | None:
        """Whether to print the flagged notes (True), leave them out (False) or stop."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Evidence appendix"))
        box.setText(
            self.tr(
                "%n evidence note(s) could identify one teacher or use wording the guards "
                "flag. Print them in the appendix?",
                "",
                len(flagged),
            )
        )
        box.setInformativeText(
            self.tr("Leaving them out is safer; the appendix says how many it leaves out.")
        )
        box.setDetailedText(
            "\n\n".join(
                f"{dates.date_time(n.observed_at)} {n.context}\n" + "\n".join(n.reasons)
                for n in flagged
            )
        )
        leave = box.addButton(self.tr("&Leave them out"), QMessageBox.ButtonRole.AcceptRole)
        include = box.addButton(self.tr("&Print them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(leave)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is include else False if clicked is leave else None

    def build_preview(self) -> None:
        store, review_id = self.ctx.store, self.ctx.review_id
        out = Path(self._tmp.path()) / "preview.pdf"
        choice = self.appendix_choice()
        if choice is None:
            return
        appendix, include_flagged = choice
        language = self.language.code()

        def work(progress: Progress) -> tuple[Path, list[str]]:
            from app import fileio
            from app.reports import content, report

            progress(self.tr("Gathering the findings and evidence…"))
            data = content.gather(
                store,
                review_id,
                evidence_appendix=appendix,
                include_flagged=include_flagged,
                language=language,
            )
            warnings = report.warnings_for(data)
            progress(self.tr("Laying out the pages…"))
            pdf, _pages = report.render(data)
            fileio.write_bytes(out, pdf)
            return out, warnings

        self.task = self.ctx.run_task(
            self.tr("Building the report preview"), work, self._show_preview, self._task_failed
        )

    def _show_preview(self, result: tuple[Path, list[str]]) -> None:
        path, warnings = result
        if not self.load_pdf(path):
            return
        text = self.tr("Preview of the report (%n page(s)).", "", self.preview.page_count())
        if warnings:
            text += " " + self.tr("Check before signing: {0}").format("; ".join(warnings))
        self.report_label.setText(text)

    def load_pdf(self, path: Path) -> bool:
        """Show ``path`` in the preview; when it cannot be shown, say why instead."""
        try:
            self.preview.load(path)
        except PreviewError as exc:
            self.report_label.setText(str(exc))
            return False
        self.preview_path = path
        return True

    def _task_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PeerviewError):
            QMessageBox.warning(self, self.tr("Report"), window_text(exc))
            return
        log.error("Report task failed", exc_info=exc)
        QMessageBox.critical(
            self,
            self.tr("Report"),
            self.tr("The report could not be made: {error}").format(error=exc),
        )

    def ask_output_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the signed report"),
            self.tr("report.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        return Path(name) if name else None

    def unlock_identity(self) -> tuple[Any, Any]:
        """The lead reviewer's P-256 signing key and certificate, from their identity
        (the passphrase from the keyring, or asked for)."""
        from app.services import identity
        from app.ui.dialogs.passphrase_dialog import make_ask

        if identity.get_identity(self.ctx.store) is None:
            raise PeerviewError(
                self.tr("You have no identity to sign with. Create one first (Your identity).")
            )
        unlocked = identity.unlock(self.ctx.store, ask=make_ask(self))
        return unlocked.signing_key, unlocked.certificate

    def sign_report(self) -> None:
        store, review_id = self.ctx.store, self.ctx.review_id
        try:
            signoff.check_can_sign(store, review_id)
            choice = self.appendix_choice()
            if choice is None:
                return
            appendix, include_flagged = choice
            out = self.ask_output_path()
            if out is None:
                return
            key, cert = self.unlock_identity()
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not signed"), window_text(exc))
            return
        since = signoff.latest_hlc(store)
        language = self.language.code()

        def work(progress: Progress) -> Any:
            from app.reports import report

            progress(self.tr("Building and signing the report…"))
            return report.make_report(
                store,
                review_id,
                out,
                evidence_appendix=appendix,
                include_flagged=include_flagged,
                key=key,
                cert=cert,
                language=language,
            )

        def done(result: Any) -> None:
            self.ctx.publish(signoff.changes_since(store, review_id, since))
            self.load_pdf(result.path)
            self.report_label.setText(
                self.tr(
                    "Signed and saved to {path}. Send it to the host headteacher to countersign."
                ).format(path=result.path)
            )

        self.task = self.ctx.run_task(
            self.tr("Signing the report"), work, done, self._task_failed, cancellable=False
        )


def _tidy(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setTabKeyNavigation(False)
