"""The finding editor's part for the host: the enquiry questions a finding answers (ticked
in a list, like its strands) and what the host said about it at the end-of-day feedback
meeting (saved as typed, after a pause). Both go through app/services/answers.py."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import answers
from app.services.errors import PeerviewError
from app.services.findings import FindingView
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.review.findings import undo

SAVE_AFTER_MS = 600


class AnswersBox(QObject):
    """Two editor fields side by side in one row (``row``): the enquiry questions and the
    host's response. One row, so that the editor still fits a 1024 x 600 window."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.finding: FindingView | None = None
        self.asked: list[str] = []  # the question ids ticked when shown
        self.said = ""  # the response when shown
        self._loading = False

        self.model = QStandardItemModel(self)
        self.questions = QListView(parent)
        self.questions.setObjectName("finding_questions")
        self.questions.setAccessibleName(self.tr("Enquiry questions this finding answers"))
        self.questions.setModel(self.model)
        # One line per question (elided), the whole question in its tooltip: a wrapped
        # question pushed its tick box out of sight in a list this short.
        self.questions.setWordWrap(False)
        self.questions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.questions.setUniformItemSizes(True)
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions.setResizeMode(QListView.ResizeMode.Adjust)
        # Small at least: the editor must fit a 1024 x 600 window (tests/ui/test_window_fits).
        self.questions.setMinimumHeight(56)
        self.questions.setMaximumHeight(90)
        self.model.itemChanged.connect(self._toggled)

        self.response = QPlainTextEdit(parent)
        self.response.setObjectName("host_response")
        self.response.setAccessibleName(self.tr("The host's response at the feedback meeting"))
        self.response.setPlaceholderText(
            self.tr("What the host said about this finding at the end-of-day feedback")
        )
        self.response.setTabChangesFocus(True)
        self.response.setMinimumHeight(36)
        self.response.setMaximumHeight(70)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_AFTER_MS)
        self.timer.timeout.connect(self.save_response)
        self.response.textChanged.connect(self._typed)

        self.row = QWidget(parent)
        self.row.setObjectName("answers_row")
        self.response_label = QLabel(self.tr("Host's &response at feedback:"), self.row)
        self.response_label.setBuddy(self.response)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(2)
        side.addWidget(self.response_label)
        side.addWidget(self.response)
        layout = QHBoxLayout(self.row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.questions, 3)
        layout.addLayout(side, 2)
        self.response.setParent(self.row)
        self.questions.setParent(self.row)

    # --- showing -----------------------------------------------------------------------

    def show_finding(self, view: FindingView) -> None:
        if self.finding is None or self.finding.id != view.id:
            self.flush()
        self.finding = view
        store = self.ctx.store
        self.asked = answers.questions_by_finding(store, view.review_id).get(view.id, [])
        self.said = answers.responses_by_finding(store, view.review_id).get(view.id, "")
        self._loading = True
        self.model.clear()
        for n, (qid, text) in enumerate(answers.review_questions(store, view.review_id), 1):
            item = QStandardItem(f"{n}. {text}")
            item.setToolTip(f"{n}. {text}")
            item.setData(qid, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            ticked = Qt.CheckState.Checked if qid in self.asked else Qt.CheckState.Unchecked
            item.setCheckState(ticked)
            self.model.appendRow(item)
        if not self.model.rowCount():
            empty = QStandardItem(self.tr("The review has no enquiry questions yet."))
            empty.setEnabled(False)
            self.model.appendRow(empty)
        # Keep what is being typed when our own save comes back.
        if self.response.toPlainText() != self.said and not self.timer.isActive():
            self.response.setPlainText(self.said)
        self._loading = False

    def clear(self) -> None:
        self.flush()
        self.finding = None
        self._loading = True
        self.model.clear()
        self.response.setPlainText("")
        self._loading = False

    # --- editing -----------------------------------------------------------------------

    def _toggled(self, _item: QStandardItem) -> None:
        view = self.finding
        if view is None or self._loading:
            return
        wanted = [
            str(self.model.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.model.rowCount())
            if self.model.item(r).checkState() == Qt.CheckState.Checked
        ]
        old, store, fid = list(self.asked), self.ctx.store, view.id
        self._run(
            self.tr("Change enquiry questions"),
            lambda: answers.set_questions(store, fid, wanted),
            lambda: answers.set_questions(store, fid, old),
        )

    def _typed(self) -> None:
        if not self._loading and self.finding is not None:
            self.timer.start()

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.save_response()

    def save_response(self) -> None:
        view = self.finding
        text = self.response.toPlainText()
        if view is None or text.strip() == self.said:
            return
        old, store, fid = self.said, self.ctx.store, view.id
        if self._run(
            self.tr("Record the host's response"),
            lambda: answers.set_response(store, fid, text),
            lambda: answers.set_response(store, fid, old),
            merge_key=("feedback_response", fid),
        ):
            self.said = text.strip()

    def _run(
        self,
        text: str,
        first: undo.Call,
        back: undo.Call,
        merge_key: tuple[str, ...] | None = None,
    ) -> bool:
        try:
            undo.apply(self.ctx, text, first, back, merge_key=merge_key)
        except PeerviewError as exc:
            QMessageBox.warning(self.parent_widget, self.tr("Not saved"), window_text(exc))
            return False
        return True
