"""The home screen's reminders: report steps overdue or due within two working days, then
actions whose review date has passed and impact reviews due (app/services/impact_due.py),
for the reviews this person is on the team of (app/services/deadlines.py)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app import dates
from app.services import deadlines, impact_due, reviews
from app.services.store import Store


def _impact_words(text: str) -> str:
    return QCoreApplication.translate("services.impact_due", text)


def reminder_lines(store: Store, today: dt.date) -> list[str]:
    """One line per step overdue or due soon: "Overdue since 1 December 2026: Final signed
    report, Peer review: Eastfield Drove"."""
    mine = reviews.my_roles(store)
    shown = [
        r
        for r in reviews.list_reviews(store, include_archived=False)
        if r.id in mine and r.status != "signed"
    ]
    titles = {r.id: r.title for r in shown}
    lines = []
    for review_id, due in deadlines.reminders(store, today, list(titles)):
        when = dates.date_long(due.due.isoformat())
        if due.state(today) == "overdue":
            lines.append(f"Overdue since {when}: {due.label}, {titles[review_id]}")
        else:
            lines.append(f"Due {when}: {due.label}, {titles[review_id]}")
    # After sign-off too: the action plan and its impact reviews come months later.
    lines += [d.line(_impact_words) for d in impact_due.for_me(store, today)]
    return lines


class Reminders(QLabel):
    """A quiet line under the header; hidden when nothing is due."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminders")
        self.setAccessibleName(self.tr("Reminders: report steps, actions and impact reviews due"))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#reminders { border-left: 4px solid #c77700; padding: 4px 8px; }")
        self.lines: list[str] = []
        self.hide()

    def load(self, store: Store, today: dt.date | None = None) -> None:
        self.lines = reminder_lines(store, today or dt.date.today())
        shown = self.lines[:4]
        more = len(self.lines) - len(shown)
        text = "<br>".join(html.escape(line) for line in shown)
        if more:
            text += "<br>" + html.escape(self.tr("and {n} more").format(n=more))
        self.setText(text)
        self.setVisible(bool(self.lines))
