"""The enquiry questions of a review: add, edit in place (F2), reorder (Alt+Up/Down),
delete (Delete), every change undoable."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import planning, text_guard
from app.services.errors import PeerviewError
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.review.undo import push
from app.ui.widgets.guard_marks import GuardNotice
from app.ui.widgets.shortcuts import on_keys

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class QuestionModel(QAbstractListModel):
    #: (question id, new text) typed into the list by the person
    edited = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []

    def reload(self, rows: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, question_id: str) -> int | None:
        return next((i for i, (q, _) in enumerate(self._rows) if q == question_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        question_id, text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {text}"
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == ID_ROLE:
            return question_id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        question_id, text = self._rows[index.row()]
        if str(value).strip() and str(value).strip() != text:
            # The service decides; the list refreshes from the bus afterwards.
            self.edited.emit(question_id, str(value))
        return False


class QuestionsPanel(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("questions_panel")
        self.model = QuestionModel(self)
        self.model.edited.connect(self.edit_question)
        self.view = QListView(self)
        self.view.setObjectName("questions")
        self.view.setAccessibleName(self.tr("Enquiry questions"))
        self.view.setAccessibleDescription(
            self.tr("F2 edits, Alt+Up and Alt+Down move, Delete removes a question.")
        )
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        on_keys(self.view, "Delete", self.delete_selected)
        on_keys(self.view, "Alt+Up", lambda: self.move_selected(-1))
        on_keys(self.view, "Alt+Down", lambda: self.move_selected(1))
        self.new_question = QLineEdit(self)
        self.new_question.setObjectName("new_question")
        self.new_question.setAccessibleName(self.tr("New enquiry question"))
        self.new_question.setPlaceholderText(self.tr("Type a new question and press Enter"))
        self.new_question.returnPressed.connect(self.add_from_field)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("add_question")
        self.add_button.setAccessibleName(self.tr("Add enquiry question"))
        self.add_button.clicked.connect(self.add_from_field)
        row = QHBoxLayout()
        row.addWidget(self.new_question, 1)
        row.addWidget(self.add_button)
        # The questions print in the report: the guards read them, and the one being typed.
        self.notice = GuardNotice(self)
        self._rows: list[tuple[str, str]] = []
        self.new_question.textChanged.connect(self.check_wording)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        # A label's buddy may be the panel; keyboard focus belongs on the list.
        self.setFocusProxy(self.view)

    def show_questions(self, rows: list[tuple[str, str]]) -> None:
        selected = self.selected_id()
        self.model.reload(rows)
        if selected is not None:
            self.select(selected)
        self._rows = list(rows)
        self.check_wording()

    def check_wording(self) -> None:
        label = self.tr("Question {0}: ")
        hits = [
            (label.format(n), hit)
            for n, (_, text) in enumerate(self._rows, 1)
            for hit in text_guard.check(text, "enquiry_question")
        ]
        typed = text_guard.check(self.new_question.text(), "enquiry_question")
        hits += [(self.tr("New question: "), hit) for hit in typed]
        self.notice.show_hits(hits)

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def select(self, question_id: str) -> None:
        row = self.model.row_of(question_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row))

    def _warn(self, exc: PeerviewError) -> None:
        QMessageBox.warning(self, self.tr("Enquiry questions"), window_text(exc))

    def add_from_field(self) -> str | None:
        text = self.new_question.text()
        if not text.strip():
            return None
        store, review_id = self.ctx.store, self.ctx.review_id
        try:
            question_id, changes = planning.add_question(store, review_id, text)
        except PeerviewError as exc:
            self._warn(exc)
            return None
        position = self.model.rowCount()
        push(
            self.ctx,
            self.tr("add enquiry question"),
            changes,
            lambda: planning.restore_question(store, question_id, position),
            lambda: planning.delete_question(store, question_id),
        )
        self.new_question.clear()
        return question_id

    def edit_question(self, question_id: str, text: str) -> None:
        store = self.ctx.store
        row = self.model.row_of(question_id)
        old = str(self.model.index(row or 0).data(Qt.ItemDataRole.EditRole))
        try:
            changes = planning.edit_question(store, question_id, text)
        except PeerviewError as exc:
            self._warn(exc)
            return
        push(
            self.ctx,
            self.tr("edit enquiry question"),
            changes,
            lambda: planning.edit_question(store, question_id, text),
            lambda: planning.edit_question(store, question_id, old),
        )

    def move_selected(self, step: int) -> None:
        question_id = self.selected_id()
        row = self.model.row_of(question_id) if question_id else None
        if question_id is None or row is None:
            return
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        store = self.ctx.store
        changes = planning.move_question(store, question_id, target)
        push(
            self.ctx,
            self.tr("move enquiry question"),
            changes,
            lambda: planning.move_question(store, question_id, target),
            lambda: planning.move_question(store, question_id, row),
        )
        self.select(question_id)

    def delete_selected(self) -> None:
        question_id = self.selected_id()
        row = self.model.row_of(question_id) if question_id else None
        if question_id is None or row is None:
            return
        store = self.ctx.store
        changes = planning.delete_question(store, question_id)
        push(
            self.ctx,
            self.tr("delete enquiry question"),
            changes,
            lambda: planning.delete_question(store, question_id),
            lambda: planning.restore_question(store, question_id, row),
        )
