"""Add or edit a timetable activity: day, time slot, kind, title, place, year group,
subject, the reviewers on it and the paired host leader.

``ActivityDialog.get_activity(parent, store, review_id, initial)`` returns
``(ActivityInput | None, accepted)``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListView,
    QTimeEdit,
    QWidget,
)

from app import dates
from app.models.review import ACTIVITY_KINDS
from app.services import planning, timetable
from app.services.store import Store
from app.services.timetable import ActivityInput
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.review.planning.timetable_model import kind_labels

_ID = Qt.ItemDataRole.UserRole


class ActivityDialog(FormDialog):
    def __init__(
        self,
        store: Store,
        review_id: str,
        initial: ActivityInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit activity") if initial else self.tr("Add activity")
        super().__init__(title, "activity_dialog", 480, parent)

        self.day = QComboBox(self)
        self.day.setObjectName("day")
        self.day.setAccessibleName(self.tr("Day"))
        for day in timetable.visit_days(store, review_id):
            self.day.addItem(dates.day_heading(day), day)
        self.add_row(self.tr("&Day:"), self.day)
        self.start = self._time("start_time", self.tr("Start time"), QTime(9, 0))
        self.end = self._time("end_time", self.tr("End time"), QTime(9, 40))
        self.add_row(self.tr("&Starts:"), self.start)
        self.add_row(self.tr("&Ends:"), self.end)

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.kind.setAccessibleName(self.tr("Kind of activity"))
        labels = kind_labels()
        for kind in ACTIVITY_KINDS:
            self.kind.addItem(labels[kind], kind)
        self.add_row(self.tr("&Kind:"), self.kind)

        self.title_edit = self._line("title", self.tr("Activity title"))
        self.add_row(self.tr("&Title:"), self.title_edit)
        self.place = self._line("place", self.tr("Place"))
        self.add_row(self.tr("&Place:"), self.place)
        self.year_group = self._line("year_group", self.tr("Year group"))
        self.add_row(self.tr("&Year group:"), self.year_group)
        self.subject = self._line("subject", self.tr("Subject"))
        self.add_row(self.tr("S&ubject:"), self.subject)

        team = planning.team_members(store, review_id)
        self.reviewers_model = QStandardItemModel(self)
        seen: set[str] = set()
        for _, person_id, name, role in team:
            if role in ("lead_reviewer", "reviewer") and person_id not in seen:
                seen.add(person_id)
                item = QStandardItem(name)
                item.setData(person_id, _ID)
                item.setCheckable(True)
                item.setEditable(False)
                self.reviewers_model.appendRow(item)
        self.reviewers = QListView(self)
        self.reviewers.setObjectName("reviewers")
        self.reviewers.setAccessibleName(self.tr("Reviewers on this activity"))
        self.reviewers.setAccessibleDescription(self.tr("Press Space to tick or untick."))
        self.reviewers.setModel(self.reviewers_model)
        self.reviewers.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self.add_row(self.tr("&Reviewers:"), self.reviewers)

        self.host_leader = QComboBox(self)
        self.host_leader.setObjectName("host_leader")
        self.host_leader.setAccessibleName(self.tr("Paired host leader"))
        self.host_leader.addItem(self.tr("(none)"), None)
        for _, person_id, name, role in team:
            if (
                role in ("host_leader", "headteacher", "dsl")
                and self.host_leader.findData(person_id) < 0
            ):
                self.host_leader.addItem(name, person_id)
        self.add_row(self.tr("Paired &host leader:"), self.host_leader)

        self.finish(self.tr("Add activity") if initial is None else self.tr("Save activity"))
        if initial is not None:
            self.set_value(initial)
        self.day.setFocus()

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _time(self, name: str, accessible: str, value: QTime) -> QTimeEdit:
        edit = QTimeEdit(value, self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat("HH:mm")
        return edit

    def set_value(self, value: ActivityInput) -> None:
        index = self.day.findData(value.day)
        if index >= 0:
            self.day.setCurrentIndex(index)
        self.start.setTime(QTime.fromString(value.start_time, "HH:mm"))
        self.end.setTime(QTime.fromString(value.end_time, "HH:mm"))
        self.kind.setCurrentIndex(max(0, self.kind.findData(value.kind)))
        self.title_edit.setText(value.title)
        self.place.setText(value.place)
        self.year_group.setText(value.year_group)
        self.subject.setText(value.subject)
        for row in range(self.reviewers_model.rowCount()):
            item = self.reviewers_model.item(row)
            checked = item.data(_ID) in value.reviewer_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.host_leader.setCurrentIndex(max(0, self.host_leader.findData(value.host_leader_id)))

    def value(self) -> ActivityInput:
        reviewers = tuple(
            str(item.data(_ID))
            for item in (
                self.reviewers_model.item(r) for r in range(self.reviewers_model.rowCount())
            )
            if item.checkState() == Qt.CheckState.Checked
        )
        return ActivityInput(
            day=str(self.day.currentData() or ""),
            start_time=self.start.time().toString("HH:mm"),
            end_time=self.end.time().toString("HH:mm"),
            kind=str(self.kind.currentData()),
            title=self.title_edit.text().strip(),
            place=self.place.text().strip(),
            year_group=self.year_group.text().strip(),
            subject=self.subject.text().strip(),
            reviewer_ids=reviewers,
            host_leader_id=self.host_leader.currentData(),
        )

    def accept(self) -> None:
        value = self.value()
        problem = ""
        if value.end_time <= value.start_time:
            problem = self.tr("The activity must end after it starts.")
        elif not (value.title or value.place or value.subject):
            problem = self.tr("Give the activity a title, a place or a subject.")
        if problem:
            self.show_problem(problem)
            return
        super().accept()

    @classmethod
    def get_activity(
        cls,
        parent: QWidget | None,
        store: Store,
        review_id: str,
        initial: ActivityInput | None = None,
    ) -> tuple[ActivityInput | None, bool]:
        dialog = cls(store, review_id, initial, parent)
        return dialog.run(dialog.value)
