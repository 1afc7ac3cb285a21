"""The review team on the planning page: who is on it and in which role. Add someone by
name (a new name makes a new person), take someone off with Delete; both undoable."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.review import TEAM_ROLES
from app.services import planning
from app.services.errors import PeerviewError
from app.ui.home.review_list_model import role_labels
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.review.undo import push
from app.ui.widgets.a11y import name_popups
from app.ui.widgets.bidi import isolate
from app.ui.widgets.shortcuts import on_keys

log = logging.getLogger(__name__)

_MEMBER = Qt.ItemDataRole.UserRole  # (member id, person id, role)


class TeamPanel(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("team_panel")
        self._roles = role_labels(self)
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setObjectName("team")
        self.view.setAccessibleName(self.tr("Review team"))
        self.view.setAccessibleDescription(self.tr("Delete takes the selected person off."))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        on_keys(self.view, ["Delete", "Backspace"], self.remove_selected)

        self.person = QComboBox(self)
        self.person.setObjectName("team_person")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setAccessibleName(self.tr("Name of the person to add"))
        line = self.person.lineEdit()
        assert line is not None
        line.setAccessibleName(self.tr("Name of the person to add"))
        line.setPlaceholderText(self.tr("Name"))
        line.returnPressed.connect(self.add_member)
        self.role = QComboBox(self)
        self.role.setObjectName("team_role")
        self.role.setAccessibleName(self.tr("Role of the person to add"))
        for role in TEAM_ROLES:
            self.role.addItem(self._roles[role], role)
        # Share the narrow column with the name, which matters more than a long role.
        self.role.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role.setMinimumContentsLength(12)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person.setMinimumContentsLength(14)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("add_member")
        self.add_button.setAccessibleName(self.tr("Add to team"))
        self.add_button.clicked.connect(self.add_member)
        row = QHBoxLayout()
        row.addWidget(self.person, 3)
        row.addWidget(self.role, 2)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.setFocusProxy(self.view)
        name_popups(self)

    def show_team(self) -> None:
        members = planning.team_members(self.ctx.store, self.ctx.review_id)
        self.model.clear()
        for member_id, person_id, name, role in members:
            item = QStandardItem(f"{isolate(name)} – {self._roles.get(role, role)}")
            item.setData((member_id, person_id, role), _MEMBER)
            self.model.appendRow(item)
        typed = self.person.currentText()
        self.person.clear()
        for p in planning.list_people(self.ctx.store):
            self.person.addItem(p.name, p.id)
        self.person.setCurrentIndex(-1)
        self.person.setEditText(typed)

    def add_member(self) -> None:
        name = self.person.currentText().strip()
        if not name:
            return
        index = self.person.findText(name, Qt.MatchFlag.MatchFixedString)
        person_id = self.person.itemData(index) if index >= 0 else None
        role = str(self.role.currentData())
        store, review_id = self.ctx.store, self.ctx.review_id
        try:
            member_id, person_id, changes = planning.add_person_to_team(
                store, review_id, name, role, person_id
            )
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Review team"), window_text(exc))
            return
        self.person.setEditText("")
        added = str(person_id)
        push(
            self.ctx,
            self.tr("add to team"),
            changes,
            lambda: planning.add_member(store, review_id, added, role)[1],
            lambda: planning.remove_member(store, member_id),
        )

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        member_id, person_id, role = index.data(_MEMBER)
        store, review_id = self.ctx.store, self.ctx.review_id
        changes = planning.remove_member(store, member_id)
        push(
            self.ctx,
            self.tr("take off team"),
            changes,
            lambda: planning.remove_member(store, member_id),
            lambda: planning.add_member(store, review_id, person_id, role)[1],
        )
