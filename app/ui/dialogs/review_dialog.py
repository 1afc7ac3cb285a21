"""The New review dialog: host school, dates, framework version, focus, enquiry questions,
and the team with their roles.

Open it with ``NewReviewDialog.get_new_review(parent, store)``, which returns
``(NewReview | None, accepted)``; the caller creates the review through
``planning.create_review``. The dialog checks the value with the same service validation
before it closes, so a mistake is shown beside the fields, not after.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)

from app.models.review import TEAM_ROLES
from app.services import builtin_frameworks, frameworks, planning
from app.services.errors import PeerviewError
from app.services.planning import NewReview, TeamEntry
from app.services.store import Store
from app.ui.dialogs.form_dialog import DateEdit, FormDialog, plain_text_field
from app.ui.home.review_list_model import role_labels
from app.ui.messages import window_text
from app.ui.widgets.shortcuts import on_keys

log = logging.getLogger(__name__)

_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def _name_line(combo: QComboBox, name: str, placeholder: str) -> None:
    line = combo.lineEdit()
    assert line is not None  # the combo is editable
    line.setAccessibleName(name)
    line.setPlaceholderText(placeholder)


class NewReviewDialog(FormDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New review"), "new_review_dialog", 560, parent)
        self.store = store
        self._people = {p.name.casefold(): p for p in planning.list_people(store)}

        self.school = QComboBox(self)
        self.school.setObjectName("host_school")
        self.school.setEditable(True)
        self.school.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.school.setAccessibleName(self.tr("Host school"))
        for school_id, name in planning.list_schools(store):
            self.school.addItem(name, school_id)
        self.school.setCurrentIndex(-1)
        _name_line(self.school, self.tr("Host school"), self.tr("Choose or type a new one"))
        self.add_row(self.tr("&Host school:"), self.school)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("review_title")
        self.title_edit.setAccessibleName(self.tr("Review title"))
        self.title_edit.setPlaceholderText(self.tr("Peer review: the host school's name"))
        self.add_row(self.tr("&Title:"), self.title_edit)

        today = QDate.currentDate()
        self.start = self._date_edit("start_date", self.tr("First day of the visit"), today)
        self.end = self._date_edit("end_date", self.tr("Last day of the visit"), today)
        self.start.dateChanged.connect(self._keep_end_after_start)
        self.add_row(self.tr("&First day:"), self.start)
        self.add_row(self.tr("&Last day:"), self.end)

        self.framework = QComboBox(self)
        self.framework.setObjectName("framework_version")
        self.framework.setAccessibleName(self.tr("Framework version"))
        for f in frameworks.list_frameworks(store):
            self.framework.addItem(f"{f.name} – {f.label}", f.version_id)
        # The shipped default's current version, not an older one that sorts first.
        default = self.framework.findData(builtin_frameworks.default_version_id())
        if default >= 0:
            self.framework.setCurrentIndex(default)
        self.add_row(self.tr("F&ramework:"), self.framework)

        self.focus_edit = plain_text_field(self, self.tr("Focus"), 2)
        self.focus_edit.setObjectName("focus")
        self.add_row(self.tr("F&ocus:"), self.focus_edit)

        self.questions = plain_text_field(self, self.tr("Enquiry questions, one per line"), 3)
        self.questions.setObjectName("enquiry_questions")
        self.questions.setPlaceholderText(self.tr("One question per line"))
        self.add_row(self.tr("&Enquiry questions:"), self.questions)

        self._build_team()

        self.finish(self.tr("Create review"))
        self.school.setFocus()

    # -- construction --------------------------------------------------------------

    def _date_edit(self, name: str, accessible: str, date: QDate) -> QDateEdit:
        edit = DateEdit(date, self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        return edit

    def _build_team(self) -> None:
        self.person = QComboBox(self)
        self.person.setObjectName("team_person")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setAccessibleName(self.tr("Team member's name"))
        for p in sorted(self._people.values(), key=lambda p: p.name.casefold()):
            self.person.addItem(p.name, p.id)
        self.person.setCurrentIndex(-1)
        _name_line(self.person, self.tr("Team member's name"), self.tr("Name"))
        self.role = QComboBox(self)
        self.role.setObjectName("team_role")
        self.role.setAccessibleName(self.tr("Team member's role"))
        self._roles = role_labels(self)
        for role in TEAM_ROLES:
            self.role.addItem(self._roles[role], role)
        # The name matters more than a long role label when they share a row.
        self.role.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role.setMinimumContentsLength(16)
        self.add_member_button = QPushButton(self.tr("&Add to team"), self)
        self.add_member_button.setObjectName("add_member")
        self.add_member_button.setAccessibleName(self.tr("Add to team"))
        self.add_member_button.setAutoDefault(False)
        self.add_member_button.clicked.connect(self.add_member)
        row = QHBoxLayout()
        row.addWidget(self.person, 2)
        row.addWidget(self.role, 1)
        row.addWidget(self.add_member_button)
        self.add_row(self.tr("Tea&m member:"), row, self.person)

        self.team_model = QStandardItemModel(self)
        self.team_view = QListView(self)
        self.team_view.setObjectName("team")
        self.team_view.setAccessibleName(self.tr("Review team"))
        self.team_view.setAccessibleDescription(self.tr("Press Delete to take someone off."))
        self.team_view.setModel(self.team_model)
        self.team_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.team_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self.remove_member_button = QPushButton(self.tr("Ta&ke off team"), self)
        self.remove_member_button.setObjectName("remove_member")
        self.remove_member_button.setAccessibleName(self.tr("Take off team"))
        self.remove_member_button.setAutoDefault(False)
        self.remove_member_button.clicked.connect(self.remove_member)
        on_keys(self.team_view, ["Delete", "Backspace"], self.remove_member)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team_view, 1)
        team_row.addWidget(self.remove_member_button, 0, Qt.AlignmentFlag.AlignTop)
        self.add_row(self.tr("Team:"), team_row, self.team_view)

    # -- behaviour -----------------------------------------------------------------

    def _keep_end_after_start(self, start: QDate) -> None:
        if self.end.date() < start:
            self.end.setDate(start)

    def add_member(self) -> None:
        name = self.person.currentText().strip()
        if not name:
            self.person.setFocus()
            return
        role = str(self.role.currentData())
        known = self._people.get(name.casefold())
        entry = TeamEntry(name, role, known.id if known else None)
        item = QStandardItem(f"{name} – {self._roles[role]}")
        item.setData(entry, _ENTRY_ROLE)
        self.team_model.appendRow(item)
        self.person.setCurrentIndex(-1)
        self.person.clearEditText()
        self.person.setFocus()

    def remove_member(self) -> None:
        index = self.team_view.currentIndex()
        if index.isValid():
            self.team_model.removeRow(index.row())

    def team(self) -> tuple[TeamEntry, ...]:
        return tuple(
            self.team_model.data(self.team_model.index(row, 0, QModelIndex()), _ENTRY_ROLE)
            for row in range(self.team_model.rowCount())
        )

    def value(self) -> NewReview:
        name = self.school.currentText().strip()
        index = self.school.findText(name, Qt.MatchFlag.MatchFixedString)
        school_id = self.school.itemData(index) if index >= 0 else None
        lines = self.questions.toPlainText().splitlines()
        return NewReview(
            host_school=name,
            host_school_id=school_id,
            title=self.title_edit.text().strip(),
            start_date=self.start.date().toString(Qt.DateFormat.ISODate),
            end_date=self.end.date().toString(Qt.DateFormat.ISODate),
            framework_version_id=str(self.framework.currentData() or ""),
            focus=self.focus_edit.toPlainText().strip(),
            enquiry_questions=tuple(line.strip() for line in lines if line.strip()),
            team=self.team(),
        )

    def accept(self) -> None:
        # A name typed but not added is surely meant to be on the team.
        if self.person.currentText().strip():
            self.add_member()
        try:
            planning.validate_new_review(self.value())
        except PeerviewError as exc:
            self.show_problem(window_text(exc))
            return
        super().accept()

    @classmethod
    def get_new_review(cls, parent: QWidget | None, store: Store) -> tuple[NewReview | None, bool]:
        dialog = cls(store, parent)
        return dialog.run(dialog.value)
