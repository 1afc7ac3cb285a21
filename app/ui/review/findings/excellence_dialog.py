"""The small form behind the finding editor's Area of Excellence buttons: which of the
host's nominations, and (when the step needs them) who on the host's side and which day.

``ExcellenceDialog.ask(parent, title, ok_text, intro, choices, people, day)`` returns
``(ExcellenceChoice | None, accepted)``; ``people`` or ``day`` None leaves that row out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.ui.dialogs.form_dialog import FormDialog, date_field


@dataclass(frozen=True)
class ExcellenceChoice:
    nomination_id: str
    person: str
    day: str  # YYYY-MM-DD, or "" when not asked


class ExcellenceDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        ok_text: str,
        intro: str,
        choices: list[tuple[str, str]],
        people: list[str] | None,
        day: str | None,
    ) -> None:
        super().__init__(title, "excellence_dialog", 460, parent)
        top = QLabel(intro, self)
        top.setWordWrap(True)
        self.nomination = QComboBox(self)
        self.nomination.setObjectName("nomination")
        self.nomination.setAccessibleName(self.tr("The host's nomination"))
        for label, nomination_id in choices:
            self.nomination.addItem(label, nomination_id)
        self.add_row(self.tr("&Nomination:"), self.nomination)
        self.person: QComboBox | None = None
        if people is not None:
            self.person = QComboBox(self)
            self.person.setObjectName("person")
            self.person.setAccessibleName(self.tr("Who on the host's side"))
            self.person.addItems(people)
            self.add_row(self.tr("&By:"), self.person)
        self.day = None if day is None else date_field(self, self.tr("Day"), day)
        if self.day is not None:
            self.day.setObjectName("day")
            self.add_row(self.tr("&On:"), self.day)
        self.finish(ok_text, top)
        self.nomination.setFocus()

    def value(self) -> ExcellenceChoice:
        return ExcellenceChoice(
            str(self.nomination.currentData()),
            self.person.currentText() if self.person is not None else "",
            self.day.date().toString("yyyy-MM-dd") if self.day is not None else "",
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        ok_text: str,
        intro: str,
        choices: list[tuple[str, str]],
        people: list[str] | None = None,
        day: str | None = None,
    ) -> tuple[ExcellenceChoice | None, bool]:
        dialog = cls(parent, title, ok_text, intro, choices, people, day)
        return dialog.run(dialog.value)
