"""Accessible names for the parts Qt makes for us (a combo box's drop-down list, its
completer's pop-up, a date field's inner line edit), so a screen reader announces them like every other control."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QListView, QWidget


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
