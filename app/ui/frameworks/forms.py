"""The framework editor's three forms (the framework, an area, a strand): each field with
its label, and under it, in words, what is wrong with it as it is typed.

A form reads its fields into the draft's objects (``save_into``) and fills them from one
(``load``); the editor decides which object that is and checks the whole draft.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.framework_edit import Draft, DraftArea, DraftStrand
from app.ui.dialogs.form_dialog import plain_text_field
from app.ui.theme import is_dark
from app.ui.widgets.guard_marks import GuardNotice, GuardWatcher


def problem_colour(widget: QWidget) -> QColor:
    """Red that reads on the theme's ground (a lighter one on dark); the words say the
    same, so colour is never the only sign."""
    return QColor("#ff8080" if is_dark(widget.palette()) else "#c0021a")


class FormPage(QWidget):
    """A form whose fields each have a line for their problem."""

    #: A field changed (typed, pasted or undone).
    edited = Signal()

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(heading, self)
        self.heading.setObjectName("form_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.setStyleSheet(f"QLabel#field_problem {{ color: {problem_colour(self).name()}; }}")

    def _line(self, key: str, text: str, name: str, placeholder: str = "") -> QLineEdit:
        field = QLineEdit(self)
        field.setPlaceholderText(placeholder)
        field.textEdited.connect(self.edited)
        self._add(key, text, field, name)
        return field

    def _text(self, key: str, text: str, name: str, lines: int) -> QPlainTextEdit:
        field = plain_text_field(self, name, lines)
        field.textChanged.connect(self.edited)
        self._add(key, text, field, name)
        return field

    def _add(self, key: str, text: str, field: QLineEdit | QPlainTextEdit, name: str) -> None:
        field.setObjectName(f"{key}_field")
        field.setAccessibleName(name)
        label = QLabel(text, self)
        label.setBuddy(field)
        problem = QLabel(self)
        problem.setObjectName("field_problem")
        problem.setWordWrap(True)
        problem.setTextFormat(Qt.TextFormat.PlainText)
        problem.setAccessibleName(self.tr("Problem with {field}").format(field=name))
        problem.hide()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(problem)
        self.form.addRow(label, box)
        self.fields[key] = field
        self.problem_labels[key] = problem

    def show_problems(self, found: dict[str, str]) -> None:
        """Show each field's problem (``found``: field key to sentence); clear the rest."""
        for key, label in self.problem_labels.items():
            words = found.get(key, "")
            label.setText(words)
            label.setVisible(bool(words))
            # A screen reader hears the problem with the field.
            self.fields[key].setAccessibleDescription(words)

    @staticmethod
    def _set(field: QLineEdit | QPlainTextEdit, value: str) -> None:
        current = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
        if current != value:
            field.blockSignals(True)
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(value)
            else:
                field.setText(value)
            field.blockSignals(False)


class FrameworkForm(FormPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The framework"), parent)
        self.name = self._line("name", self.tr("&Name:"), self.tr("Framework name"))
        self.version = self._line(
            "version", self.tr("&Version label:"), self.tr("Version label"), "2026.1"
        )
        self.description = self._text(
            "description", self.tr("&Description:"), self.tr("Framework description"), 4
        )
        note = QLabel(
            self.tr(
                "Saving makes a new version with this label; reviews made on earlier "
                "versions keep theirs. Titles may be in Welsh and English, Welsh first, "
                "divided by “ / ”."
            ),
            self,
        )
        note.setWordWrap(True)
        self.form.addRow(note)

    def load(self, draft: Draft) -> None:
        self._set(self.name, draft.name)
        self._set(self.version, draft.version)
        self._set(self.description, draft.description)

    def save_into(self, draft: Draft) -> None:
        draft.name = self.name.text()
        draft.version = self.version.text()
        draft.description = self.description.toPlainText()


class AreaForm(FormPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Area"), parent)
        self.code = self._line("code", self.tr("&Code:"), self.tr("Area code"), "L")
        self.title = self._line("title", self.tr("&Title:"), self.tr("Area title"))
        self.description = self._text(
            "description", self.tr("&Description:"), self.tr("Area description"), 4
        )

    def load(self, area: DraftArea) -> None:
        self._set(self.code, area.code)
        self._set(self.title, area.title)
        self._set(self.description, area.description)

    def save_into(self, area: DraftArea) -> None:
        area.code = self.code.text()
        area.title = self.title.text()
        area.description = self.description.toPlainText()


class StrandForm(FormPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Strand"), parent)
        self.code = self._line("code", self.tr("&Code:"), self.tr("Strand code"), "L1")
        self.title = self._line("title", self.tr("&Title:"), self.tr("Strand title"))
        self.description = self._text(
            "description", self.tr("&Description:"), self.tr("Strand description"), 2
        )
        self.prompts = self._text(
            "prompts", self.tr("&Prompts:"), self.tr("Prompts, one on each line"), 4
        )
        self.prompts.setPlaceholderText(self.tr("Questions a reviewer asks, one on each line"))
        self.prompts_notice = GuardNotice(self)
        self.form.addRow(self.prompts_notice)
        self.descriptors = self._text(
            "descriptors", self.tr("Descript&ors:"), self.tr("Descriptors, one on each line"), 3
        )
        self.descriptors.setPlaceholderText(
            self.tr("What effective practice can look like, one on each line")
        )
        self.descriptors_notice = GuardNotice(self)
        self.form.addRow(self.descriptors_notice)
        # The judgement guard marks verdict words, as in every other text that prints.
        self.guards = [
            GuardWatcher(self.prompts, "enquiry_question", self.prompts_notice),
            GuardWatcher(self.descriptors, "enquiry_question", self.descriptors_notice),
        ]

    def load(self, strand: DraftStrand) -> None:
        self._set(self.code, strand.code)
        self._set(self.title, strand.title)
        self._set(self.description, strand.description)
        self._set(self.prompts, "\n".join(strand.prompts))
        self._set(self.descriptors, "\n".join(strand.descriptors))
        for guard in self.guards:
            guard.refresh()

    def save_into(self, strand: DraftStrand) -> None:
        strand.code = self.code.text()
        strand.title = self.title.text()
        strand.description = self.description.toPlainText()
        strand.prompts = self.prompts.toPlainText().split("\n")
        strand.descriptors = self.descriptors.toPlainText().split("\n")
