"""The host's side in the window: the enquiry questions a finding answers and the host's
response at feedback (finding editor), and saving a draft, a Word copy and the feedback
summary (Sign-off & report page)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.services import answers, demo, findings, signoff
from app.services.store import Store
from app.ui.review.findings.page import FindingsPage
from app.ui.review.signoff.page import SignoffPage
from app.ui.review.workspace import ReviewWorkspace
from tests.reports.helpers import pdftotext, readable
from tests.ui.review.findings.findings_helpers import open_workspace, type_text, unnamed_controls


@pytest.fixture
def review(store: Store) -> str:
    return demo.create_demo(store)


@pytest.fixture
def workspace(qtbot: QtBot, store: Store, review: str) -> Iterator[ReviewWorkspace]:
    yield from open_workspace(qtbot, store, review)


def shown(workspace: ReviewWorkspace, name: str) -> object:
    return workspace.show_page(name)


def test_the_editor_ticks_the_questions_a_finding_answers_and_records_the_response(
    workspace: ReviewWorkspace, store: Store, review: str
) -> None:
    page = shown(workspace, "findings")
    assert isinstance(page, FindingsPage)
    target = next(f for f in findings.list_findings(store, review) if f.title.startswith("How"))
    page.select(target.id)
    box = page.editor.answers
    assert box.model.rowCount() == 2
    ticks = [box.model.item(r).checkState() for r in range(2)]
    assert ticks == [Qt.CheckState.Unchecked, Qt.CheckState.Checked]  # question 2, from the demo
    assert box.response.toPlainText().startswith("Agreed. Asked for the improvement workshop")

    box.model.item(0).setCheckState(Qt.CheckState.Checked)
    q1, q2 = (q for q, _ in answers.review_questions(store, review))
    assert answers.questions_by_finding(store, review)[target.id] == [q1, q2]
    workspace.ctx.undo_stack.undo()
    assert answers.questions_by_finding(store, review)[target.id] == [q2]

    box.response.setFocus()
    box.response.selectAll()
    type_text(box.response, "Partly agreed: ŵ Ł ệ عائشہ")
    page.editor.flush()
    assert answers.responses_by_finding(store, review)[target.id] == "Partly agreed: ŵ Ł ệ عائشہ"
    # Recording the host's words is not a change to the report.
    assert signoff.current_status(store, review) == "draft"

    labels = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    assert box.questions in labels and box.response in labels
    assert unnamed_controls(page) == []


def test_a_next_step_hides_the_question_and_response_fields(
    workspace: ReviewWorkspace, store: Store, review: str
) -> None:
    page = shown(workspace, "findings")
    assert isinstance(page, FindingsPage)
    page.add_next_step()
    assert not page.editor.answers.questions.isVisibleTo(page)
    assert not page.editor.answers.response.isVisibleTo(page)


def save_with(
    qtbot: QtBot, page: SignoffPage, monkeypatch: pytest.MonkeyPatch, button: object, out: Path
) -> str:
    exports = page.exports
    monkeypatch.setattr(exports, "ask_path", lambda *a: out)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: exports.task is not None and exports.task.finished, timeout=60_000)
    assert exports.task.error is None
    QApplication.processEvents()
    return exports.result.text()


def test_the_signoff_page_saves_a_draft_a_word_copy_and_the_feedback_summary(
    qtbot: QtBot,
    workspace: ReviewWorkspace,
    store: Store,
    review: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = shown(workspace, "signoff")
    assert isinstance(page, SignoffPage)
    exports = page.exports
    assert unnamed_controls(page) == []

    plain = tmp_path / "draft.pdf"
    said = save_with(qtbot, page, monkeypatch, exports.draft_button, plain)
    assert "Saved draft 1" in said
    text = readable(pdftotext(plain))
    assert "DRAFT: Draft 1," in text and "Appendix: evidence notes" not in text

    # The page's one appendix box governs the draft too, with the same question about
    # flagged notes as the preview and signing (decision 0034).
    asked: list[bool | None] = [False, None]
    monkeypatch.setattr(page, "ask_include_flagged", lambda flagged: asked.pop(0))
    page.appendix_box.setChecked(True)
    full = tmp_path / "draft with appendix.pdf"
    assert "Saved draft 1" in save_with(qtbot, page, monkeypatch, exports.draft_button, full)
    appendix = " ".join(readable(pdftotext(full)).split())
    assert "Appendix: evidence notes by strand" in appendix
    assert "notes are not printed here" in appendix
    cancelled = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(exports, "ask_path", lambda *a: cancelled)
    before = exports.task
    qtbot.mouseClick(exports.draft_button, Qt.MouseButton.LeftButton)
    assert asked == [] and exports.task is before and not cancelled.exists()
    page.appendix_box.setChecked(False)

    word = tmp_path / "report.docx"
    assert "Word copy" in save_with(qtbot, page, monkeypatch, exports.word_button, word)
    assert "UNSIGNED COPY" in docx.Document(str(word)).sections[0].header.paragraphs[0].text

    summary = tmp_path / "feedback.pdf"
    assert "feedback summary" in save_with(
        qtbot, page, monkeypatch, exports.feedback_button, summary
    )
    assert "Feedback summary" in readable(pdftotext(summary))
    # Saving for the host changed nothing the team reviewed.
    assert signoff.current_status(store, review) == "draft"
