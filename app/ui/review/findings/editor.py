"""The editor beside the findings tree: kind, title, text (saved as typed), the grade
guard's warning with dismiss-with-reason, triangulation, strands and linked evidence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import (
    QStandardItem,
    QStandardItemModel,
    QSyntaxHighlighter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import EvidenceNote, FrameworkStrand, NextStep
from app.models.findings import FINDING_KINDS
from app.services import findings, grade_guard, text_guard
from app.services.errors import PeerviewError
from app.services.findings import FindingView
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.review.findings import undo
from app.ui.review.findings.answers_box import AnswersBox
from app.ui.review.findings.excellence_box import ExcellenceBox
from app.ui.review.findings.models import NotesModel, evidence_summary
from app.ui.review.findings.triangulation_text import triangulation_html
from app.ui.review.kinds import finding_kind_label
from app.ui.widgets.guard_marks import hits_html, underline

SAVE_AFTER_MS = 600


class GuardHighlighter(QSyntaxHighlighter):
    """Underlines judgement language and likely names (text_guard) as they are typed
    (never changes the text); a finding's dismissed judgement terms are left alone."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.dismissed: set[str] = set()
        self.where = "finding"  # or "next_step"

    def highlightBlock(self, text: str) -> None:
        for hit in text_guard.check(text, self.where):
            if hit.guard == "names" or " ".join(hit.term.lower().split()) not in self.dismissed:
                self.setFormat(hit.start, hit.end - hit.start, underline(hit.guard))


class ReasonDialog(QDialog):
    """Asks why judgement wording stays. ``ask`` returns (reason, accepted)."""

    def __init__(self, parent: QWidget | None, terms: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep this wording"))
        self.setAccessibleName(self.tr("Dismiss the judgement language warning"))
        intro = QLabel(
            self.tr(
                "Peer reviews are developmental. Say why this finding keeps {terms} "
                "(for example: quoting the school's own self-evaluation). The reason is kept "
                "with the finding."
            ).format(terms=terms),
            self,
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        label = QLabel(self.tr("&Reason:"), self)
        label.setBuddy(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.reason, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, terms: str) -> tuple[str, bool]:
        dialog = cls(parent, terms)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.reason.text(), accepted


class FindingEditor(QWidget):
    #: The person asked to unlink these notes from the finding being edited.
    unlink_requested = Signal(list)

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("finding_editor")
        self.setAccessibleName(self.tr("Finding editor"))
        self.finding: FindingView | None = None
        self.step: NextStep | None = None
        self._loading = False

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of finding"))
        for key in FINDING_KINDS:
            self.kind.addItem(finding_kind_label(key), key)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Finding text"))
        self.text.setTabChangesFocus(True)
        self.highlighter = GuardHighlighter(self.text.document())

        self.guard_frame = QFrame(self)
        self.guard_frame.setObjectName("guard_frame")
        self.guard_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.guard_label = QLabel(self.guard_frame)
        self.guard_label.setObjectName("guard_label")
        self.guard_label.setAccessibleName(self.tr("Judgement language warning"))
        self.guard_label.setWordWrap(True)
        self.guard_label.setTextFormat(Qt.TextFormat.RichText)
        self.dismiss_button = QPushButton(self.tr("Dis&miss with reason…"), self.guard_frame)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the warning with a reason"))
        self.dismiss_button.clicked.connect(self.dismiss_guard)
        guard_layout = QHBoxLayout(self.guard_frame)
        guard_layout.addWidget(self.guard_label, 1)
        guard_layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.dismissed_label = QLabel(self)
        self.dismissed_label.setObjectName("dismissed_label")
        self.dismissed_label.setAccessibleName(self.tr("Dismissed warning"))
        self.dismissed_label.setWordWrap(True)

        self.triangulation = QLabel(self)
        self.triangulation.setObjectName("triangulation_label")
        self.triangulation.setAccessibleName(self.tr("Triangulation"))
        self.triangulation.setWordWrap(True)
        self.triangulation.setTextFormat(Qt.TextFormat.RichText)

        self.strand_model = QStandardItemModel(self)
        self.strands = QListView(self)
        self.strands.setAccessibleName(self.tr("Framework strands"))
        self.strands.setModel(self.strand_model)
        self.strands.setMaximumHeight(110)
        self.strand_model.itemChanged.connect(self._strand_toggled)

        self.linked_model = NotesModel()
        self.linked_proxy = QSortFilterProxyModel(self)
        self.linked_proxy.setSourceModel(self.linked_model)
        self.linked = QTableView(self)
        self.linked.setObjectName("linked_notes")
        self.linked.setAccessibleName(self.tr("Evidence notes linked to this finding"))
        self.linked.setModel(self.linked_proxy)
        _tidy_table(self.linked)
        self.unlink_button = QPushButton(self.tr("Unlin&k selected"), self)
        self.unlink_button.setAccessibleName(self.tr("Unlink the selected evidence notes"))
        self.unlink_button.clicked.connect(self._unlink)

        # The enquiry questions it answers and the host's response (answers_box.py).
        self.answers = AnswersBox(ctx, self)
        # An Area of Excellence's nomination and consent (excellence_box.py).
        self.excellence = ExcellenceBox(ctx, self)
        form = QFormLayout()
        self._labels: dict[QWidget, QLabel] = {}
        for text, field in (
            (self.tr("T&ype:"), self.kind),
            (self.tr("T&itle:"), self.title),
            (self.tr("&Text:"), self.text),
            (self.tr("Enquiry &questions:"), self.answers.row),
            (self.tr("Area of E&xcellence:"), self.excellence.row),
            (self.tr("Frame&work strands:"), self.strands),
            (self.tr("S&upporting evidence:"), self.linked),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            self._labels[field] = label
            form.addRow(label, field)
        self._labels[self.answers.row].setBuddy(self.answers.questions)
        self._labels[self.excellence.row].setBuddy(self.excellence.status)
        self.excellence.label = self._labels[self.excellence.row]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(form, 1)
        layout.addWidget(self.guard_frame)
        layout.addWidget(self.dismissed_label)
        layout.addWidget(self.triangulation)
        layout.addWidget(self.unlink_button, 0, Qt.AlignmentFlag.AlignRight)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_AFTER_MS)
        self.timer.timeout.connect(self.save_pending)
        self.title.textEdited.connect(self._typed)
        self.text.textChanged.connect(self._typed)
        self.kind.activated.connect(self._kind_changed)
        self.clear()

    # --- showing -----------------------------------------------------------------------

    def clear(self) -> None:
        self.flush()
        self.answers.clear()
        self.excellence.clear()
        self.finding = self.step = None
        self._loading = True
        self.title.clear()
        self.text.setPlainText("")
        self._loading = False
        self.setEnabled(False)
        self.guard_frame.hide()
        self.dismissed_label.hide()
        self.triangulation.setText(self.tr("Select a finding or a next step to edit it."))

    def show_finding(
        self,
        view: FindingView,
        strands: Sequence[FrameworkStrand],
        notes: dict[str, EvidenceNote],
    ) -> None:
        if self.finding is None or self.finding.id != view.id:
            self.flush()
        self.step = None
        self.finding = view
        self.setEnabled(True)
        self._show_rows(finding=True)
        self._loading = True
        self.kind.setCurrentIndex(FINDING_KINDS.index(view.kind))
        # Only replace what differs, so the cursor stays put when our own save comes back.
        if self.title.text() != view.title and not self.timer.isActive():
            self.title.setText(view.title)
        if self.text.toPlainText() != view.text and not self.timer.isActive():
            self.text.setPlainText(view.text)
        self.strand_model.clear()
        for s in strands:
            item = QStandardItem(f"{s.code}  {s.title}")
            item.setData(s.id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            checked = s.id in view.strand_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.strand_model.appendRow(item)
        ticked = [
            r
            for r in range(self.strand_model.rowCount())
            if self.strand_model.item(r).checkState() == Qt.CheckState.Checked
        ]
        if ticked:
            self.strands.scrollTo(self.strand_model.index(ticked[0], 0))
        self.linked_model.load([notes[n] for n in view.note_ids if n in notes])
        self.answers.show_finding(view)
        if view.kind == "area_of_excellence":
            self.excellence.show_finding(view)
        else:
            self.excellence.clear()
        self._loading = False
        self._show_guard()
        self._show_triangulation()

    def show_step(self, step: NextStep) -> None:
        if self.step is None or self.step.id != step.id:
            self.flush()
        self.answers.clear()
        self.excellence.clear()
        self.finding = None
        self.step = step
        self.setEnabled(True)
        self._show_rows(finding=False)
        self._loading = True
        if self.text.toPlainText() != step.text and not self.timer.isActive():
            self.text.setPlainText(step.text)
        self._loading = False
        self._show_guard()
        self.triangulation.setText("")

    def _show_rows(self, finding: bool) -> None:
        for field in (self.kind, self.title, self.strands, self.linked, self.answers.row):
            field.setVisible(finding)
            self._labels[field].setVisible(finding)
        self.unlink_button.setVisible(finding)

    def _show_guard(self) -> None:
        """Judgement language (less what the finding's dismissal covers) and likely names,
        in the finding's title and text or in the next step's text."""
        view = self.finding
        if view is None and self.step is None:
            return
        title, text = self.title.text(), self.text.toPlainText()
        if view is not None:
            live: list[Any] = findings.active_hits(title, text, view.dismissed_terms)
            names = text_guard.check(findings.guard_text(title, text), "finding")
            live += [h for h in names if h.guard == "names"]
            where, dismissed = "finding", set(view.dismissed_terms)
        else:
            live, where, dismissed = text_guard.check(text, "next_step"), "next_step", set()
        self.dismiss_button.setVisible(
            view is not None and any(getattr(h, "guard", "judgement") != "names" for h in live)
        )
        if (dismissed, where) != (self.highlighter.dismissed, self.highlighter.where):
            self.highlighter.dismissed, self.highlighter.where = dismissed, where
            # Re-formatting the text counts as a change to QPlainTextEdit; it is not typing.
            self.text.blockSignals(True)
            self.highlighter.rehighlight()
            self.text.blockSignals(False)
        if live:
            self.guard_label.setText(
                hits_html(
                    [("", h) for h in live], self.tr("Check the wording"), self.tr("Consider")
                )
            )
            self.guard_frame.show()
        else:
            self.guard_frame.hide()
        if view is not None and view.dismissed_reason:
            self.dismissed_label.setText(
                self.tr("Warning dismissed for {terms}: {reason}").format(
                    terms=", ".join(view.dismissed_terms), reason=view.dismissed_reason
                )
            )
            self.dismissed_label.show()
        else:
            self.dismissed_label.hide()

    def _show_triangulation(self) -> None:
        view = self.finding
        if view is None:
            return
        self.triangulation.setText(
            triangulation_html(self.ctx.store, view.triangulation, evidence_summary(view))
        )

    # --- editing -------------------------------------------------------------------------

    def _typed(self) -> None:
        if self._loading or (self.finding is None and self.step is None):
            return
        self.timer.start()
        self._show_guard()

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.save_pending()
        self.answers.flush()

    def save_pending(self) -> None:
        try:
            if self.finding is not None:
                self._save_finding(self.finding)
            elif self.step is not None:
                self._save_step(self.step)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), window_text(exc))

    def _save_finding(self, view: FindingView) -> None:
        store, fid = self.ctx.store, view.id
        title, text = self.title.text(), self.text.toPlainText()
        if (title, text) == (view.title, view.text):
            return
        old_title, old_text = view.title, view.text
        undo.apply(
            self.ctx,
            self.tr("Edit finding"),
            lambda: findings.update_finding(store, fid, title=title, text=text),
            lambda: findings.update_finding(store, fid, title=old_title, text=old_text),
            merge_key=("finding", fid),
        )

    def _save_step(self, step: NextStep) -> None:
        store, sid, text, old = self.ctx.store, step.id, self.text.toPlainText(), step.text
        if text == old or not text.strip():
            return
        undo.apply(
            self.ctx,
            self.tr("Edit next step"),
            lambda: findings.update_next_step(store, sid, text=text),
            lambda: findings.update_next_step(store, sid, text=old),
            merge_key=("next_step", sid),
        )

    def _kind_changed(self, index: int) -> None:
        view = self.finding
        if view is None or self._loading:
            return
        new, old, store = self.kind.itemData(index), view.kind, self.ctx.store
        if new == old:
            return
        self._run(
            self.tr("Change kind"),
            lambda: findings.update_finding(store, view.id, kind=new),
            lambda: findings.update_finding(store, view.id, kind=old),
        )

    def _strand_toggled(self, _item: QStandardItem) -> None:
        view = self.finding
        if view is None or self._loading:
            return
        wanted = [
            str(self.strand_model.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.strand_model.rowCount())
            if self.strand_model.item(r).checkState() == Qt.CheckState.Checked
        ]
        old, store = list(view.strand_ids), self.ctx.store
        self._run(
            self.tr("Change strands"),
            lambda: findings.set_strands(store, view.id, strand_ids=wanted),
            lambda: findings.set_strands(store, view.id, strand_ids=old),
        )

    def _unlink(self) -> None:
        rows = {
            self.linked_proxy.mapToSource(i).row()
            for i in self.linked.selectionModel().selectedRows()
        }
        ids = [self.linked_model.note(r).id for r in sorted(rows)]
        if ids:
            self.unlink_requested.emit(ids)

    def dismiss_guard(self) -> None:
        view = self.finding
        if view is None:
            return
        self.flush()
        terms = ", ".join(
            f"“{t}”"
            for t in grade_guard.terms_of(
                findings.active_hits(view.title, view.text, view.dismissed_terms)
            )
        )
        reason, accepted = ReasonDialog.ask(self, terms)
        if not accepted:
            return
        store = self.ctx.store
        try:
            self.ctx.publish(findings.dismiss_guard(store, view.id, reason))
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not dismissed"), window_text(exc))

    def _run(self, text: str, first: undo.Call, back: undo.Call) -> None:
        try:
            undo.apply(self.ctx, text, first, back)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), window_text(exc))


def _tidy_table(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.setTabKeyNavigation(False)
