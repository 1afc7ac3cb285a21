"""Accessible names for the parts Qt makes for us (a combo box's drop-down list, its
completer's pop-up, a date field's inner line edit), so a screen reader announces them like every other control, and forms whose fields all
have label buddies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QWidget,
)


def name_popups(root: QWidget) -> None:
    """Name every combo box's list after the combo box itself. Call once built."""
    for combo in root.findChildren(QComboBox):
        name = combo.accessibleName() or combo.objectName()
        choices = QCoreApplication.translate("a11y", "{0}: choices").format(name)
        combo.view().setAccessibleName(choices)
        completer = combo.completer()
        if completer is not None:
            # The completer makes its pop-up only when first needed: give it a named one.
            popup = QListView()
            popup.setAccessibleName(
                QCoreApplication.translate("a11y", "{0}: suggestions").format(name)
            )
            completer.setPopup(popup)
    for spin in root.findChildren(QAbstractSpinBox):
        # Date and time fields type into an inner line edit; it speaks for the field.
        for line in spin.findChildren(QLineEdit):
            line.setAccessibleName(spin.accessibleName())


def labelled_form(page: QWidget, rows: list[tuple[str, QWidget, str]]) -> QFormLayout:
    """A form whose every field has a label buddy (its mnemonic) and an accessible name.

    ``rows``: (label text with its &mnemonic, the field, the field's accessible name).
    """
    form = QFormLayout()
    for text, widget, name in rows:
        label = QLabel(text, page)
        label.setBuddy(widget)
        widget.setAccessibleName(name)
        form.addRow(label, widget)
    return form
