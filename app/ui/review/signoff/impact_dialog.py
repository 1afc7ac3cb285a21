"""Recording an impact review (decision 0044): when and how it was held, who took part, its
notes, the date of the next, and for each action of the plan its progress in words and
what changed for pupils, read against the action's success criteria.

The actions are a list; the selected one's progress and evidence of impact are edited
under it, so a plan of a dozen actions still fits a 1024 x 600 laptop. Nothing is a
rating: progress is a word, the impact is prose, and the judgement guard reads it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.services import impact
from app.services.impact import Impact, ProgressInput
from app.ui.dialogs.form_dialog import FormDialog, date_field, plain_text_field
from app.ui.widgets.guard_marks import GuardNotice, GuardWatcher

NOT_RECORDED = ""


class ImpactDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, plan: list[Any], existing: Impact | None = None
    ) -> None:
        title = self.tr("Impact review") if existing else self.tr("Add an impact review")
        super().__init__(title, "impact_dialog", 640, parent)
        today = QDate.currentDate().toString("yyyy-MM-dd")
        self.held_on = date_field(
            self, self.tr("Date held"), existing.held_on if existing else today
        )
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("A visit or a meeting"))
        for code, label in impact.KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("services.impact", label), code)
        when = QHBoxLayout()
        when.addWidget(self.held_on)
        when.addWidget(self.kind)
        self.add_row(self.tr("&Held on:"), when, self.held_on)
        self.participants = QLineEdit(self)
        self.participants.setAccessibleName(self.tr("Who took part"))
        self.participants.setPlaceholderText(self.tr("Roles will do: the head, the English lead…"))
        self.add_row(self.tr("Who &took part:"), self.participants)
        self.notes = plain_text_field(self, self.tr("The impact review's notes"), 2)
        self.notes_notice = GuardNotice(self)
        self.notes_watch = GuardWatcher(self.notes, "impact_notes", self.notes_notice)
        self.add_row(self.tr("&Notes:"), self.notes)
        self.form.addRow(self.notes_notice)
        self.has_next = QCheckBox(self.tr("Ne&xt impact review on"), self)
        self.has_next.setAccessibleName(self.tr("There is a next impact review"))
        self.next_on = date_field(
            self,
            self.tr("Date of the next impact review"),
            QDate.currentDate().addMonths(4).toString("yyyy-MM-dd"),
        )
        self.has_next.toggled.connect(self.next_on.setEnabled)
        self.next_on.setEnabled(False)
        following = QHBoxLayout()
        following.addWidget(self.has_next)
        following.addWidget(self.next_on, 1)
        self.form.addRow(following)

        # Each action's progress, edited one at a time under the list.
        self.plan = plan
        self.values: dict[str, tuple[str, str]] = {}  # action id -> (progress, impact)
        self.action_list = QListWidget(self)
        self.action_list.setObjectName("impact_actions")
        self.action_list.setAccessibleName(self.tr("The action plan's actions"))
        # Actions are sentences: wrapped, never scrolled sideways.
        self.action_list.setWordWrap(True)
        self.action_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.action_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        for row in plan:
            item = QListWidgetItem(str(row.action))
            item.setToolTip(str(row.success_criteria))
            self.action_list.addItem(item)
        self.add_row(self.tr("&Actions:"), self.action_list)
        # Read-only text, not a label: long criteria scroll instead of being cut off.
        self.criteria = plain_text_field(self, self.tr("The action's success criteria"), 2)
        self.criteria.setObjectName("success_criteria")
        self.criteria.setReadOnly(True)
        self.criteria.setFrameShape(QFrame.Shape.NoFrame)
        self.add_row(self.tr("Success c&riteria:"), self.criteria)
        self.progress = QComboBox(self)
        self.progress.setObjectName("impact_progress")
        self.progress.setAccessibleName(self.tr("The action's progress"))
        self.progress.addItem(self.tr("(not recorded at this review)"), NOT_RECORDED)
        for code, label in impact.PROGRESS_LABELS.items():
            self.progress.addItem(QCoreApplication.translate("services.impact", label), code)
        self.add_row(self.tr("&Progress:"), self.progress)
        self.impact = plain_text_field(self, self.tr("What changed for pupils"), 3)
        self.impact.setObjectName("impact_text")
        self.impact.setPlaceholderText(
            self.tr("What changed for pupils, against the success criteria, in words")
        )
        self.impact_notice = GuardNotice(self)
        self.impact_watch = GuardWatcher(self.impact, "impact", self.impact_notice)
        self.add_row(self.tr("&What changed:"), self.impact)
        self.form.addRow(self.impact_notice)
        self.finish(self.tr("&Save"))

        if existing is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(existing.kind)))
            self.participants.setText(existing.participants)
            self.notes.setPlainText(existing.notes)
            if existing.next_on:
                self.has_next.setChecked(True)
                self.next_on.setDate(QDate.fromString(existing.next_on, "yyyy-MM-dd"))
            for p in existing.progress:
                self.values[p.action_id] = (p.progress, p.impact)
        self._recorded = set(self.values)
        self._shown: int = -1
        self.action_list.currentRowChanged.connect(self._show_action)
        self.progress.currentIndexChanged.connect(self._keep)
        self.impact.textChanged.connect(self._keep)
        if plan:
            self.action_list.setCurrentRow(0)
        else:
            for w in (self.progress, self.impact):
                w.setEnabled(False)
            self.criteria.setPlainText(self.tr("The plan has no actions yet."))

    def _keep(self) -> None:
        if 0 <= self._shown < len(self.plan):
            action_id = str(self.plan[self._shown].id)
            word = self.progress.currentData()
            self.values[action_id] = (word, self.impact.toPlainText())
            self._label(self._shown)

    def _label(self, row: int) -> None:
        action = self.plan[row]
        word, _ = self.values.get(str(action.id), (NOT_RECORDED, ""))
        label = impact.PROGRESS_LABELS.get(word)
        item = self.action_list.item(row)
        item.setText(
            f"{action.action} — {QCoreApplication.translate('services.impact', label)}"
            if label
            else str(action.action)
        )

    def _show_action(self, row: int) -> None:
        self._shown = -1  # loading: not a change to keep
        action = self.plan[row]
        word, text = self.values.get(str(action.id), (NOT_RECORDED, ""))
        self.criteria.setPlainText(str(action.success_criteria) or self.tr("(none written)"))
        self.progress.setCurrentIndex(max(0, self.progress.findData(word)))
        self.impact.setPlainText(text)
        self.impact_watch.refresh()
        self._shown = row

    def value(self) -> dict[str, Any]:
        self._keep()
        return {
            "held_on": self.held_on.date().toString("yyyy-MM-dd"),
            "kind": self.kind.currentData(),
            "participants": self.participants.text(),
            "notes": self.notes.toPlainText(),
            "next_on": self.next_on.date().toString("yyyy-MM-dd")
            if self.has_next.isChecked()
            else "",
            "progress": [
                ProgressInput(action_id, word, text)
                for action_id, (word, text) in self.values.items()
                if word != NOT_RECORDED
            ],
            # Recorded before and now "not recorded": taken off this impact review.
            "cleared": sorted(
                a for a in self._recorded if self.values.get(a, ("",))[0] == NOT_RECORDED
            ),
        }

    @classmethod
    def ask(
        cls, parent: QWidget | None, plan: list[Any], existing: Impact | None = None
    ) -> tuple[dict[str, Any] | None, bool]:
        dialog = cls(parent, plan, existing)
        return dialog.run(dialog.value)
