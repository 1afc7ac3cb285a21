"""Recording the improvement workshop (decision 0044): when, who facilitated it, who took
part, which actions of the plan were agreed there (ticked) and anything else agreed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.services.workshop import Workshop
from app.ui.dialogs.form_dialog import FormDialog, date_field, plain_text_field
from app.ui.widgets.guard_marks import GuardNotice, GuardWatcher


class WorkshopDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, plan: list[Any], existing: Workshop | None = None
    ) -> None:
        super().__init__(self.tr("Improvement workshop"), "workshop_dialog", 560, parent)
        day = existing.held_on if existing else QDate.currentDate().toString("yyyy-MM-dd")
        self.held_on = date_field(self, self.tr("Date of the workshop"), day)
        self.add_row(self.tr("&Held on:"), self.held_on)
        self.facilitator = QLineEdit(self)
        self.facilitator.setAccessibleName(self.tr("Who facilitated it"))
        self.add_row(self.tr("&Facilitator:"), self.facilitator)
        self.participants = QLineEdit(self)
        self.participants.setAccessibleName(self.tr("Who took part"))
        self.add_row(self.tr("Who &took part:"), self.participants)
        self.action_list = QListWidget(self)
        self.action_list.setObjectName("workshop_actions")
        self.action_list.setAccessibleName(self.tr("Actions agreed at the workshop (Space ticks)"))
        # Actions are sentences: wrapped, never scrolled sideways.
        self.action_list.setWordWrap(True)
        self.action_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.action_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        agreed_ids = {a for a, _ in existing.actions} if existing else set()
        for row in plan:
            item = QListWidgetItem(str(row.action))
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = str(row.id) in agreed_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.action_list.addItem(item)
        self.add_row(self.tr("&Actions agreed:"), self.action_list)
        self.agreed = plain_text_field(self, self.tr("Anything else agreed"), 2)
        self.notice = GuardNotice(self)
        self.watch = GuardWatcher(self.agreed, "action", self.notice)
        self.add_row(self.tr("Also a&greed:"), self.agreed)
        self.form.addRow(self.notice)
        if existing is not None:
            self.facilitator.setText(existing.facilitator)
            self.participants.setText(existing.participants)
            self.agreed.setPlainText(existing.agreed)
        self.finish(self.tr("&Save"))

    def value(self) -> dict[str, Any]:
        ticked = [
            str(self.action_list.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.action_list.count())
            if self.action_list.item(n).checkState() == Qt.CheckState.Checked
        ]
        return {
            "held_on": self.held_on.date().toString("yyyy-MM-dd"),
            "facilitator": self.facilitator.text(),
            "participants": self.participants.text(),
            "agreed": self.agreed.toPlainText(),
            "action_ids": ticked,
        }

    @classmethod
    def ask(
        cls, parent: QWidget | None, plan: list[Any], existing: Workshop | None = None
    ) -> tuple[dict[str, Any] | None, bool]:
        dialog = cls(parent, plan, existing)
        return dialog.run(dialog.value)
