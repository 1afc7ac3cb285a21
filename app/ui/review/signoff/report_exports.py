"""Saving the report for people other than the team, from the Sign-off & report page:

- **Save draft PDF…**: a numbered draft, marked DRAFT on every page, for the host's check of
  factual accuracy. Once the review is signed, the same button saves an unsigned copy,
  which says so. The evidence appendix follows the page's appendix box, asking first about
  flagged notes as the preview and signing do (decision 0034).
- **Save Word copy…**: the report as an editable Word document, for the host's own
  self-evaluation and governors, marked as an unsigned copy.
- **Feedback summary…**: the one-page summary for the end-of-day feedback meeting.

Each runs in the background (app/ui/tasks.py) and says where it saved the file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import PeerviewError
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.tasks import Progress

log = logging.getLogger(__name__)

# (evidence appendix, include flagged notes), or None when the person cancelled at the
# question about flagged notes (SignoffPage.appendix_choice).
AppendixChoice = Callable[[], tuple[bool, bool] | None]


class ReportExports(QWidget):
    def __init__(
        self,
        ctx: WorkspaceContext,
        appendix_choice: AppendixChoice,
        parent: QWidget | None = None,
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appendix_choice = appendix_choice
        # The page's report language ("en", "cy", "cy+en"): report_language.py.
        self.language = language
        self.setObjectName("report_exports")
        self.setAccessibleName(self.tr("Save the report for the host"))
        self.signed = False
        self.task: Any = None
        self.draft_button = QPushButton(self.tr("S&ave draft PDF…"), self)
        self.draft_button.setObjectName("save_draft_button")
        self.draft_button.clicked.connect(self.save_draft)
        self.word_button = QPushButton(self.tr("Save &Word copy…"), self)
        self.word_button.setObjectName("save_word_button")
        self.word_button.setAccessibleName(self.tr("Save the report as an editable Word copy"))
        self.word_button.clicked.connect(self.save_word)
        self.feedback_button = QPushButton(self.tr("Feedback &summary…"), self)
        self.feedback_button.setObjectName("save_feedback_button")
        self.feedback_button.setAccessibleName(
            self.tr("Save the one-page feedback summary for the end-of-day meeting")
        )
        self.feedback_button.clicked.connect(self.save_feedback)
        self.result = QLabel(self)
        self.result.setObjectName("export_result")
        self.result.setAccessibleName(self.tr("Where the report was saved"))
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.draft_button, self.word_button, self.feedback_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.set_status("draft")

    def set_status(self, status: str) -> None:
        """Before signing, the PDF saved here is a draft; after, an unsigned copy."""
        self.signed = status == "signed"
        if self.signed:
            self.draft_button.setText(self.tr("Save unsigned &copy…"))
            self.draft_button.setAccessibleName(self.tr("Save an unsigned copy of the report"))
        else:
            self.draft_button.setText(self.tr("S&ave draft PDF…"))
            self.draft_button.setAccessibleName(
                self.tr("Save a numbered draft for the host's check of factual accuracy")
            )

    def ask_path(self, title: str, name: str, kind: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, name, kind)
        return Path(chosen) if chosen else None

    def save_draft(self) -> None:
        choice = self.appendix_choice()
        if choice is None:
            return
        appendix, include_flagged = choice
        title = self.tr("Save an unsigned copy") if self.signed else self.tr("Save the draft")
        out = self.ask_path(title, "report-draft.pdf", self.tr("PDF files (*.pdf)"))
        if out is None:
            return
        store, review_id, language = self.ctx.store, self.ctx.review_id, self.language()

        def work(progress: Progress) -> str:
            from app.reports import report

            progress(self.tr("Building the report…"))
            made = report.make_report(
                store,
                review_id,
                out,
                evidence_appendix=appendix,
                include_flagged=include_flagged,
                language=language,
            )
            if made.draft is None:
                return self.tr("Saved an unsigned copy to {path}.").format(path=out)
            return self.tr(
                "Saved draft {n} to {path}, for the host's check of factual accuracy."
            ).format(n=made.draft, path=out)

        self._run(self.tr("Saving the report"), work)

    def save_word(self) -> None:
        out = self.ask_path(
            self.tr("Save a Word copy"), "report.docx", self.tr("Word documents (*.docx)")
        )
        if out is None:
            return
        store, review_id, language = self.ctx.store, self.ctx.review_id, self.language()

        def work(progress: Progress) -> str:
            from app.reports import report

            progress(self.tr("Writing the Word copy…"))
            report.make_report(store, review_id, out, fmt="docx", language=language)
            return self.tr("Saved an editable, unsigned Word copy to {path}.").format(path=out)

        self._run(self.tr("Saving the Word copy"), work)

    def save_feedback(self) -> None:
        out = self.ask_path(
            self.tr("Save the feedback summary"),
            "feedback-summary.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if out is None:
            return
        store, review_id, language = self.ctx.store, self.ctx.review_id, self.language()

        def work(progress: Progress) -> str:
            from app.reports import feedback

            progress(self.tr("Building the feedback summary…"))
            feedback.make_feedback(store, review_id, out, language=language)
            return self.tr("Saved the feedback summary to {path}.").format(path=out)

        self._run(self.tr("Saving the feedback summary"), work)

    def _run(self, title: str, work: Any) -> None:
        self.task = self.ctx.run_task(title, work, self.result.setText, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PeerviewError):
            QMessageBox.warning(self, self.tr("Not saved"), window_text(exc))
            return
        log.error("Saving the report failed", exc_info=exc)
        QMessageBox.critical(
            self,
            self.tr("Not saved"),
            self.tr("The file could not be made: {error}").format(error=exc),
        )
