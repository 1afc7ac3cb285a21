"""The guards in the window (decision 0034): every editor whose text can reach the report
underlines what the name guard and the judgement guard find and says why; the sign-off
page's evidence appendix is off by default and asks before printing flagged notes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.services import actions, demo, evidence, planning
from app.services.store import Store
from app.ui.home.main_window import MainWindow
from app.ui.review.findings.page import FindingsPage
from app.ui.review.planning.page import PlanningPage
from app.ui.review.signoff.page import SignoffPage
from app.ui.review.workspace import ReviewWorkspace
from tests.reports.helpers import pdftotext, readable
from tests.ui.review.capture.capture_helpers import key, open_capture, review_with_timetable
from tests.ui.review.findings.findings_helpers import open_workspace, type_text


def underlined(edit: QPlainTextEdit) -> list[str]:
    text = edit.toPlainText()
    return [
        text[s.cursor.selectionStart() : s.cursor.selectionEnd()]  # type: ignore[attr-defined]
        for s in edit.extraSelections()
    ]


@pytest.fixture
def review(store: Store) -> str:
    review_id = demo.create_demo(store)
    planning.update_review(store, review_id, self_evaluation="We are an outstanding school.")
    planning.add_question(store, review_id, "Are we ready for Ofsted in reading?")
    return review_id


@pytest.fixture
def workspace(qtbot: QtBot, store: Store, review: str) -> Iterator[ReviewWorkspace]:
    yield from open_workspace(qtbot, store, review)


def test_the_note_editor_underlines_and_explains_judgement_language(
    qtbot: QtBot, store: Store
) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    page = open_capture(window, review_with_timetable(store))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    key(page.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor.note_id is not None
    type_text(editor.text, "Teaching in Y5 is good. Mr Jones modelled it.")
    qtbot.waitUntil(editor.banner.isVisible, timeout=1500)
    assert "“good”" in editor.banner.message.text()
    assert "Ofsted grade" in editor.banner.message.text()
    assert "1 more underlined" in editor.banner.message.text()
    assert underlined(editor.text) == ["good", "Mr Jones"]
    assert QApplication.focusWidget() is editor.text  # it never takes the keyboard
    editor.banner.dismiss.click()
    assert not editor.banner.isVisible() and underlined(editor.text) == []


def test_a_finding_and_a_next_step_show_names_and_judgement_language(
    workspace: ReviewWorkspace,
) -> None:
    page = workspace.show_page("findings")
    assert isinstance(page, FindingsPage)
    page.add_finding("strength")
    editor = page.editor
    editor.text.setPlainText("Jessica Smith's group read fluently.")
    assert editor.guard_frame.isVisibleTo(page)
    assert "Jessica Smith" in editor.guard_label.text()
    assert not editor.dismiss_button.isVisibleTo(page)  # a name is not dismissed with a reason
    editor.flush()

    page.add_next_step()
    editor.text.setPlainText("Get the school ready for Ofsted by the summer.")
    assert editor.guard_frame.isVisibleTo(page)
    assert "ready for Ofsted" in editor.guard_label.text()
    assert "stand-in for inspection" in editor.guard_label.text()
    editor.text.setPlainText("Share the Y2 keep-up model with the KS2 team.")
    assert not editor.guard_frame.isVisibleTo(page)


def test_the_self_evaluation_focus_and_questions_are_checked(
    qtbot: QtBot, workspace: ReviewWorkspace
) -> None:
    page = workspace.show_page("planning")
    assert isinstance(page, PlanningPage)
    # What is stored is checked on opening.
    notice = page.self_evaluation_notice
    assert notice.isVisibleTo(page) and "outstanding" in notice.text()
    assert underlined(page.self_evaluation) == ["outstanding"]
    assert not page.focus_notice.isVisibleTo(page)
    # What is typed is checked a moment after typing stops.
    page.focus_edit.setFocus()
    type_text(page.focus_edit, " Pupils say it is the best school in the trust.")
    qtbot.waitUntil(lambda: page.focus_notice.isVisibleTo(page), timeout=2000)
    assert "best" in page.focus_notice.text()
    assert "Ranks schools" in page.focus_notice.text()

    questions = page.questions.notice
    assert "Question" in questions.text() and "ready for Ofsted" in questions.text()
    page.questions.new_question.setText("How well do pupils in Y4 rank in the county?")
    assert "New question" in questions.text()


def test_the_action_plan_checks_the_selected_action(
    workspace: ReviewWorkspace, store: Store, review: str
) -> None:
    actions.add_action(
        store, review, "Mrs Hughes to RAG rate each strand", success_criteria="Rated green"
    )
    page = workspace.show_page("signoff")
    assert isinstance(page, SignoffPage)
    page.refresh()
    model = page.actions_model
    row = next(r for r in range(model.rowCount()) if "Hughes" in model.item(r).action)
    page.actions_view.setCurrentIndex(model.index(row, 0))
    notice = page.plan.notice
    assert notice.isVisibleTo(page.plan)
    for part in ("Action: ", "Mrs Hughes", "RAG", "Success criteria: ", "green"):
        assert part in notice.text(), part
    clean = next(r for r in range(model.rowCount()) if r != row)
    page.actions_view.setCurrentIndex(model.index(clean, 0))
    assert not notice.isVisibleTo(page.plan)


def _preview(qtbot: QtBot, page: SignoffPage) -> str:
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is not None and page.task.finished, timeout=60_000)
    assert page.preview_path is not None
    return " ".join(readable(pdftotext(Path(page.preview_path))).split())


def test_the_evidence_appendix_is_off_by_default_and_asks_about_flagged_notes(
    qtbot: QtBot,
    workspace: ReviewWorkspace,
    store: Store,
    review: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    marker = "Mrs Patel's Y3 lesson was outstanding."
    evidence.add_note(store, review, marker, activity_kind="meeting", strand_codes=["L1"])
    page = workspace.show_page("signoff")
    assert isinstance(page, SignoffPage)
    assert not page.appendix_box.isChecked()
    assert "Appendix: evidence notes by strand" not in _preview(qtbot, page)

    asked: list[int] = []
    answers: list[bool | None] = [False, True, None]

    def ask(flagged: list[object]) -> bool | None:
        asked.append(len(flagged))
        return answers.pop(0)

    monkeypatch.setattr(page, "ask_include_flagged", ask)
    page.appendix_box.setChecked(True)
    left_out = _preview(qtbot, page)
    assert "Appendix: evidence notes by strand" in left_out
    assert "Mrs Patel" not in left_out and "notes are not printed here" in left_out
    assert asked and asked[0] > 1  # the Patel note and the demo's one-class lessons

    assert "Mrs Patel" in _preview(qtbot, page)  # asked to print them

    before = page.task
    page.build_preview()  # cancelled at the question: nothing is built
    assert page.task is before and len(asked) == 3
