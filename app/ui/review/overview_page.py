"""The review at a glance: host school, dates, status, focus, enquiry questions, team and
timetable, read-only. The place a reviewer checks before the day starts."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app import dates
from app.services import reviews
from app.ui.review.context import WorkspaceContext
from app.ui.review.kinds import activity_label
from app.ui.review.page import ReviewPage
from app.ui.widgets.bidi import isolate, item_dir
from app.ui.widgets.labels import role_label


class OverviewPage(ReviewPage):
    WATCHED = frozenset(
        {"review", "enquiry_question", "team_member", "person", "activity", "school"}
    )

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("overview_page")
        self.setAccessibleName(self.tr("Review overview"))
        self.body = QLabel(self)
        self.body.setObjectName("overview_text")
        self.body.setAccessibleName(self.tr("Review summary"))
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body.setContentsMargins(16, 12, 16, 12)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def refresh(self) -> None:
        detail = reviews.get_review(self.ctx.store, self.ctx.review_id)
        esc = html.escape
        s = detail.summary
        labels = {
            "host": esc(self.tr("Host school")),
            "dates": esc(self.tr("Dates")),
            "framework": esc(self.tr("Framework")),
            "notes": esc(self.tr("Evidence notes")),
            "findings": esc(self.tr("Findings")),
            "focus": esc(self.tr("Focus")),
        }
        parts = [
            f"<h2>{esc(s.title)}</h2>",
            f"<p><b>{labels['host']}:</b> {esc(s.host_school)}<br>"
            f"<b>{labels['dates']}:</b> {esc(dates.date_range(s.start_date, s.end_date))}<br>"
            f"<b>{labels['framework']}:</b> {esc(detail.framework_label)}<br>"
            f"<b>{labels['notes']}:</b> {s.notes} &nbsp; "
            f"<b>{labels['findings']}:</b> {s.findings}</p>",
            f"<h3>{labels['focus']}</h3><p>{esc(detail.focus) or '—'}</p>",
        ]
        if detail.enquiry_questions:
            items = "".join(f"<li>{esc(text)}</li>" for _, text in detail.enquiry_questions)
            heading = esc(self.tr("Enquiry questions"))
            parts.append(f"<h3>{heading}</h3><ol>{items}</ol>")
        if detail.team:
            # Each item keeps the page's direction; the name is isolated (see bidi.py),
            # so an Arabic or Urdu name neither jumps to the right nor flips its role.
            direction = item_dir()
            items = "".join(
                f"<li dir='{direction}'>{esc(isolate(name))} ({esc(role_label(role))})</li>"
                for _, name, role in detail.team
            )
            heading = esc(self.tr("Team"))
            parts.append(f"<h3>{heading}</h3><ul>{items}</ul>")
        if detail.activities:
            rows = "".join(
                f"<tr><td>{esc(dates.weekday_date(a.day))}&nbsp;</td><td>{esc(a.start_time)}–{esc(a.end_time)}&nbsp;</td>"
                f"<td>{esc(activity_label(a.kind))}&nbsp;</td><td>{esc(a.title)}</td></tr>"
                for a in detail.activities
            )
            heading = esc(self.tr("Timetable"))
            parts.append(f"<h3>{heading}</h3><table>{rows}</table>")
        self.body.setText("".join(parts))
