"""What Peerview's form dialogs share: labelled rows with buddies, a problem line shown
beside the fields instead of a second dialog, the button box, and ``run`` for the house
``(value, accepted)`` classmethods (a test patches ``exec`` and nothing else)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.a11y import name_popups

T = TypeVar("T")


def plain_text_field(parent: QWidget, name: str, lines: int = 3) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (keyboard users would be trapped otherwise)."""
    field = QPlainTextEdit(parent)
    field.setAccessibleName(name)
    field.setTabChangesFocus(True)
    height = field.fontMetrics().lineSpacing() * lines + 12
    field.setMinimumHeight(height)
    field.setMaximumHeight(height * 2)
    return field


class DateEdit(QDateEdit):
    """A date field that Tab leaves, like every other field (QDateEdit's Tab walks through
    day, month and year first; arrow keys and typing still move between them)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def date_field(parent: QWidget, name: str, day: str) -> DateEdit:
    """A day (YYYY-MM-DD) in words, with a calendar to pick from."""
    field = DateEdit(QDate.fromString(day, "yyyy-MM-dd"), parent)
    field.setAccessibleName(name)
    field.setCalendarPopup(True)
    field.setDisplayFormat("d MMMM yyyy")
    return field


class DateTimeEdit(QDateTimeEdit):
    """A date-and-time field that Tab leaves (see DateEdit)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class FormDialog(QDialog):
    def __init__(self, title: str, name: str, width: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(width)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setWordWrap(True)
        font = self.error.font()
        font.setBold(True)
        self.error.setFont(font)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add_row(self, text: str, field: QWidget | QLayout, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text, self)
        target = buddy if buddy is not None else field
        assert isinstance(target, QWidget)
        label.setBuddy(target)
        self.form.addRow(label, field)
        return label

    def finish(self, ok_text: str, top: QWidget | None = None) -> None:
        """Lay out [top], the form, the problem line and the buttons; name what Qt made."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        if top is not None:
            layout.addWidget(top)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Never narrower than the rows need: a translation's words may be longer than
        # the English the width was chosen for.
        self.setMinimumWidth(max(self.minimumWidth(), layout.minimumSize().width()))
        name_popups(self)

    def show_problem(self, text: str, field: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()

    def run(self, value: Callable[[], T]) -> tuple[T | None, bool]:
        accepted = self.exec() == QDialog.DialogCode.Accepted
        result = value() if accepted else None
        self.deleteLater()
        return result, accepted
