"""The action plan agreed at the improvement workshop: a table edited in place, and the
selected action shown whole underneath.

Actions are sentences, not labels: the table wraps every cell and sizes each row to its
text (on a 1024-pixel laptop it used to cut each action after three words and show two
rows), and the details under it give the selected action's owner, success criteria,
review date and status in full, for reading aloud at the workshop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.models import ActionItem
from app.models.findings import ACTION_STATUSES
from app.services import actions, text_guard
from app.services.errors import PeerviewError
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.review.findings.models import ActionsModel
from app.ui.review.signoff.support_box import SupportBox
from app.ui.widgets.full_text import full_text_label
from app.ui.widgets.guard_marks import GuardNotice

STATUS_COLUMN = 4


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
            combo.addItem(
                QCoreApplication.translate("services.actions", actions.STATUS_LABELS[key]), key
            )
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ActionPlan(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action_plan_panel")
        self.ctx = ctx
        self.model = ActionsModel(self._edit)
        self.model.status_labels = {
            k: QCoreApplication.translate("services.actions", v)
            for k, v in actions.STATUS_LABELS.items()
        }
        self.view = QTableView(self)
        self.view.setObjectName("action_plan")
        self.view.setAccessibleName(self.tr("Action plan"))
        self.view.setAccessibleDescription(
            self.tr("One row per action; type or press F2 to edit the selected cell.")
        )
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(STATUS_COLUMN, StatusDelegate(self.view))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.verticalHeader().hide()
        # Every row as tall as its longest cell, recomputed as the columns change width.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        # The two sentences share the width; the short fields keep what they need.
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.view.setColumnWidth(1, 150)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_details())
        self.model.dataChanged.connect(lambda *_: self.show_details())
        self.model.modelReset.connect(self.show_details)

        label = QLabel(self.tr("Ac&tions:"), self)
        label.setBuddy(self.view)
        self.details = full_text_label(
            self, "action_details", self.tr("The selected action in full")
        )
        # Actions print in the report: the guards read the selected one.
        self.notice = GuardNotice(self)
        # Partner schools' support towards the selected action (decision 0042).
        self.support = SupportBox(ctx, self)

        self.add_button = QPushButton(self.tr("Add act&ion"), self)
        self.add_button.setAccessibleName(self.tr("Add an action to the plan"))
        self.add_button.clicked.connect(self.add_action)
        self.delete_button = QPushButton(self.tr("&Delete action"), self)
        self.delete_button.setAccessibleName(self.tr("Remove the selected action"))
        self.delete_button.clicked.connect(self.delete_action)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.support, 1)
        buttons.addStretch(0)  # takes the room only while support is hidden

        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.show_details()

    def load(self, items: list[ActionItem]) -> None:
        current = self.view.currentIndex()
        self.support.active = True
        self.model.load(items)
        if current.isValid() and current.row() < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))

    def current(self) -> ActionItem | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def show_details(self) -> None:
        item = self.current()
        self.support.show_for(item)
        self.notice.show_hits(
            []
            if item is None
            else [(self.tr("Action: "), h) for h in text_guard.check(item.action, "action")]
            + [
                (self.tr("Success criteria: "), h)
                for h in text_guard.check(item.success_criteria, "success_criteria")
            ]
        )
        if item is None:
            count = self.model.rowCount()
            self.details.setText(
                self.tr("Select an action to read it in full here.")
                if count
                else self.tr("No actions yet. Add the actions agreed at the workshop.")
            )
            return
        status = QCoreApplication.translate(
            "services.actions", actions.STATUS_LABELS.get(item.status, item.status)
        )
        none = self.tr("not set")
        self.details.setText(
            "\n".join(
                (
                    self.tr("Action: {0}").format(item.action),
                    self.tr("Owner: {0}").format(item.owner or none),
                    self.tr("Success criteria: {0}").format(item.success_criteria or none),
                    self.tr("Review date: {0}").format(
                        dates.date_long(item.review_date) if item.review_date else none
                    ),
                    self.tr("Status: {0}").format(status),
                    *([self.support.summary] if self.support.summary else []),
                )
            )
        )

    def _edit(self, action_id: str, field: str, value: str) -> bool:
        try:
            self.ctx.publish(actions.update_action(self.ctx.store, action_id, **{field: value}))
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), window_text(exc))
            return False
        return True

    def add_action(self) -> None:
        try:
            _, changes = actions.add_action(
                self.ctx.store, self.ctx.review_id, self.tr("New action")
            )
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not added"), window_text(exc))
            return
        self.ctx.publish(changes)
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def delete_action(self) -> None:
        item = self.current()
        if item is not None:
            self.ctx.publish(actions.delete_action(self.ctx.store, item.id))
