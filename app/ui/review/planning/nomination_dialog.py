"""Record an Area of Excellence the host put forward before the visit: its title, what
the host wrote, who on the host's side nominated it and when.

``NominationDialog.ask(parent, people, day, visit_start)`` returns
``(NominationInput | None, accepted)``. Who may nominate is the service's call
(``duties.host_named``): the list offers the whole team, the host's people first, and a
refusal is shown as the service words it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from app import dates
from app.ui.dialogs.form_dialog import FormDialog, date_field, plain_text_field


@dataclass(frozen=True)
class NominationInput:
    title: str
    text: str
    nominated_by: str
    nominated_on: str  # YYYY-MM-DD


class NominationDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, people: list[str], day: str, visit_start: str
    ) -> None:
        super().__init__(
            self.tr("Add an Area of Excellence nomination"), "nomination_dialog", 480, parent
        )
        intro = QLabel(
            self.tr(
                "The host school puts its Area of Excellence forward before the visit (the "
                "headteacher or a host leader on the team). The team validates it later, on "
                "the Findings page, with the evidence it found."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("nomination_title")
        self.title_edit.setAccessibleName(self.tr("Title of the Area of Excellence"))
        self.add_row(self.tr("&Title:"), self.title_edit)
        self.text = plain_text_field(self, self.tr("What the host wrote about it"), 3)
        self.text.setObjectName("nomination_text")
        self.add_row(self.tr("&What the host wrote:"), self.text)
        self.person = QComboBox(self)
        self.person.setObjectName("nominated_by")
        self.person.setAccessibleName(self.tr("Who nominated it"))
        self.person.addItems(people)
        self.add_row(self.tr("&Nominated by:"), self.person)
        self.day = date_field(self, self.tr("Day it was nominated"), day)
        self.day.setObjectName("nominated_on")
        label = self.add_row(self.tr("&On:"), self.day)
        if visit_start:
            self.day.setToolTip(
                self.tr("No later than the visit's first day, {day}").format(
                    day=dates.date_long(visit_start)
                )
            )
            label.setToolTip(self.day.toolTip())
        self.finish(self.tr("&Add nomination"), intro)
        self.title_edit.setFocus()

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            self.show_problem(self.tr("Give the Area of Excellence a title."), self.title_edit)
            return
        if not self.person.currentText():
            self.show_problem(
                self.tr("Add the host's headteacher to the review team first."), self.person
            )
            return
        super().accept()

    def value(self) -> NominationInput:
        return NominationInput(
            self.title_edit.text().strip(),
            self.text.toPlainText().strip(),
            self.person.currentText(),
            self.day.date().toString("yyyy-MM-dd"),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, people: list[str], day: str, visit_start: str
    ) -> tuple[NominationInput | None, bool]:
        dialog = cls(parent, people, day, visit_start)
        return dialog.run(dialog.value)
