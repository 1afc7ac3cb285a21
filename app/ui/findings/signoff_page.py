"""The Sign-off & report page: the status stepper with its history and any "sent back"
note, the action plan, a preview of the report (report_preview.py), and signing as lead
reviewer."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTemporaryDir
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.findings import ACTION_STATUSES
from app.services import actions, signoff
from app.services.errors import PeerviewError
from app.ui.a11y import name_popups
from app.ui.findings.models import ActionsModel
from app.ui.findings.page_base import RefreshingPage
from app.ui.findings.report_preview import PreviewError, ReportPreview
from app.ui.findings.retention_box import RetentionBox
from app.ui.tasks import Progress
from app.ui.workspace.context import WorkspaceContext

log = logging.getLogger(__name__)

_SHOWN = {"review", "action_item", "finding", "next_step", "person", "evidence_note"}


class StatusDelegate(QStyledItemDelegate):
    """Edits an action's status with a list of the allowed statuses."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Action status"))
        for key in ACTION_STATUSES:
            combo.addItem(actions.STATUS_LABELS[key], key)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SignoffPage(RefreshingPage):
    SHOWN = frozenset(_SHOWN)

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("signoff_page")
        self.setAccessibleName(self.tr("Sign-off and report"))
        self._tmp = QTemporaryDir()
        self.status = ""
        self.preview_path: Path | None = None
        self.task: Any = None

        # Stepper
        self.step_labels: dict[str, QLabel] = {}
        steps_row = QHBoxLayout()
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
        steps_row.addStretch(1)
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
        self.history.setColumnWidth(0, 140)
        self.history.setColumnWidth(1, 240)
        history_label = QLabel(self.tr("Histor&y:"), self)
        history_label.setBuddy(self.history)

        status_box = QGroupBox(self.tr("Sign-off"), self)
        status_layout = QVBoxLayout(status_box)
        status_layout.addLayout(steps_row)
        status_layout.addLayout(buttons)
        status_layout.addWidget(self.note_label)
        status_layout.addWidget(history_label)
        status_layout.addWidget(self.history, 1)

        # Action plan
        self.actions_model = ActionsModel(self._edit_action)
        self.actions_model.status_labels = dict(actions.STATUS_LABELS)
        self.actions_view = QTableView(self)
        self.actions_view.setObjectName("action_plan")
        self.actions_view.setAccessibleName(self.tr("Action plan"))
        self.actions_view.setModel(self.actions_model)
        self.actions_view.setItemDelegateForColumn(4, StatusDelegate(self.actions_view))
        self.actions_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        _tidy(self.actions_view)
        self.actions_view.setWordWrap(True)
        for column, width in enumerate((170, 110, 170, 90)):
            self.actions_view.setColumnWidth(column, width)
        self.add_action_button = QPushButton(self.tr("Add act&ion"), self)
        self.add_action_button.setAccessibleName(self.tr("Add an action to the plan"))
        self.add_action_button.clicked.connect(self.add_action)
        self.delete_action_button = QPushButton(self.tr("&Delete action"), self)
        self.delete_action_button.setAccessibleName(self.tr("Remove the selected action"))
        self.delete_action_button.clicked.connect(self.delete_action)
        plan_box = QGroupBox(self.tr("Action plan (after the improvement workshop)"), self)
        plan_layout = QVBoxLayout(plan_box)
        plan_label = QLabel(self.tr("Ac&tions:"), self)
        plan_label.setBuddy(self.actions_view)
        plan_layout.addWidget(plan_label)
        plan_layout.addWidget(self.actions_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_action_button)
        row.addWidget(self.delete_action_button)
        row.addStretch(1)
        plan_layout.addLayout(row)

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
        report_layout.addWidget(self.report_label)
        report_layout.addWidget(self.preview, 1)
        self.retention = RetentionBox(ctx, self)
        report_layout.addWidget(self.retention)

        self.lay_out(status_box, plan_box, report_box, (600, 420))
        name_popups(self)

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        store, review_id = self.ctx.store, self.ctx.review_id
        self.status = signoff.current_status(store, review_id)
        events = signoff.history(store, review_id)
        order = list(signoff.STEPS)
        at = order.index(self.status) if self.status in order else -1
        for n, key in enumerate(order):
            name = signoff.label(key)
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
                self.tr("&Mark as {step}").format(step=signoff.label(following))
            )
            self.next_button.setEnabled(True)
        else:
            self.next_button.setText(self.tr("&Mark as next step"))
            self.next_button.setEnabled(False)
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        self.back_button.setEnabled(self.status in order[1:])
        self.sign_button.setEnabled(self.status == "host_checked")
        note = next((e.sent_back_note for e in reversed(events) if e.sent_back_note), "")
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note) and self.status == "draft")
        self.history_model.removeRows(0, self.history_model.rowCount())
        for e in events:
            self.history_model.appendRow(
                [
                    QStandardItem(e.when.replace("T", " ")[:16]),
                    QStandardItem(signoff.label(e.status)),
                    QStandardItem(e.author),
                ]
            )
        self.actions_model.load(actions.list_actions(store, review_id))
        self.retention.refresh()

    # --- sign-off ----------------------------------------------------------------------

    def take_next_step(self) -> None:
        following = signoff.next_status(self.status)
        if not following:
            return
        try:
            self.ctx.publish(signoff.advance(self.ctx.store, self.ctx.review_id, following))
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))

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
            QMessageBox.warning(self, self.tr("Not sent back"), str(exc))

    # --- action plan ---------------------------------------------------------------------

    def _edit_action(self, action_id: str, field: str, value: str) -> bool:
        try:
            self.ctx.publish(actions.update_action(self.ctx.store, action_id, **{field: value}))
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        return True

    def add_action(self) -> None:
        try:
            _, changes = actions.add_action(
                self.ctx.store, self.ctx.review_id, self.tr("New action")
            )
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not added"), str(exc))
            return
        self.ctx.publish(changes)
        index = self.actions_model.index(self.actions_model.rowCount() - 1, 0)
        self.actions_view.setCurrentIndex(index)
        self.actions_view.setFocus()
        self.actions_view.edit(index)

    def delete_action(self) -> None:
        index = self.actions_view.currentIndex()
        if not index.isValid():
            return
        item = self.actions_model.item(index.row())
        self.ctx.publish(actions.delete_action(self.ctx.store, item.id))

    # --- report ------------------------------------------------------------------------

    def build_preview(self) -> None:
        store, review_id = self.ctx.store, self.ctx.review_id
        out = Path(self._tmp.path()) / "preview.pdf"

        def work(progress: Progress) -> tuple[Path, list[str]]:
            from app import fileio
            from app.reports import content, report

            progress(self.tr("Gathering the findings and evidence…"))
            data = content.gather(store, review_id)
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
        text = self.tr("Preview of the report ({pages} pages).").format(
            pages=self.preview.page_count()
        )
        if warnings:
            text += " " + self.tr("Check before signing:") + " " + "; ".join(warnings)
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
            QMessageBox.warning(self, self.tr("Report"), str(exc))
            return
        log.error("Report task failed", exc_info=exc)
        QMessageBox.critical(
            self,
            self.tr("Report"),
            self.tr("The report could not be made: {error}").format(error=exc),
        )

    def ask_output_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the signed report"), "report.pdf", self.tr("PDF files (*.pdf)")
        )
        return Path(name) if name else None

    def unlock_identity(self) -> tuple[Any, Any]:
        """The lead reviewer's P-256 signing key and certificate, from their identity
        (the passphrase from the keyring, or asked for)."""
        from app.services import identity
        from app.ui.passphrase_dialog import make_ask

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
            out = self.ask_output_path()
            if out is None:
                return
            key, cert = self.unlock_identity()
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not signed"), str(exc))
            return
        since = signoff.latest_hlc(store)

        def work(progress: Progress) -> Any:
            from app.reports import report

            progress(self.tr("Building and signing the report…"))
            return report.make_report(store, review_id, out, key=key, cert=cert)

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
