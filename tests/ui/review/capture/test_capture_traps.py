"""Capture traps a new reviewer fell into: starting a note needs a visible button, Ctrl+Z
in the strand and question type-ahead must undo the tag (not bring back typed text), and
type-ahead must rank what was typed as a code before letters inside a title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from app.services import evidence
from app.services.store import Store
from app.ui.home.main_window import MainWindow
from app.ui.review.capture.page import CapturePage
from tests.ui.review.capture.capture_helpers import (
    key,
    open_capture,
    review_with_timetable,
    type_text,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

# The window at this size (tests/ui/conftest.py).
WINDOW_SIZE = (1024, 600)


@pytest.fixture
def page(window: MainWindow, store: Store, qtbot: QtBot) -> CapturePage:
    page = open_capture(window, review_with_timetable(store))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return page


def start_note(page: CapturePage) -> str:
    key(page.list, Qt.Key.Key_N, CTRL)
    assert page.editor.note_id is not None
    return page.editor.note_id


def tag(page: CapturePage, typed: str, field: str = "strands") -> None:
    box = getattr(page.editor, field).input
    box.setFocus()
    type_text(box, typed)
    key(box, Qt.Key.Key_Return)


def test_a_visible_new_note_button_starts_a_note(qtbot: QtBot, page: CapturePage) -> None:
    buttons = [
        b
        for b in page.findChildren(QAbstractButton)
        if b.isVisible() and b.text().replace("&", "").startswith("New note")
    ]
    assert len(buttons) == 1, "Capture shows no New note button"
    button = buttons[0]
    assert button.isEnabled() and button.accessibleName() and button.width() > 0
    assert "Ctrl+N" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    note_id = page.editor.note_id
    assert note_id is not None
    assert QApplication.focusWidget() is page.editor.text
    assert page.model.rows[0].id == note_id
    # The same button from the keyboard: it is in the Tab order, Space presses it.
    button.setFocus()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    key(button, Qt.Key.Key_Space)
    assert page.editor.note_id not in (None, note_id)


def test_ctrl_z_in_the_type_ahead_undoes_the_tag(
    qtbot: QtBot, page: CapturePage, store: Store
) -> None:
    note_id = start_note(page)
    tag(page, "c2")
    tag(page, "l2")
    assert evidence.get_note(store, note_id).strand_codes == ["L2", "C2"]
    strands = page.editor.strands.input
    assert QApplication.focusWidget() is strands and strands.text() == ""
    key(strands, Qt.Key.Key_Z, CTRL)
    assert evidence.get_note(store, note_id).strand_codes == ["C2"]
    assert page.editor.strands.keys() == ["C2"]
    assert strands.text() == ""  # not the "l2" typed earlier
    key(strands, Qt.Key.Key_Z, CTRL | SHIFT)
    assert evidence.get_note(store, note_id).strand_codes == ["L2", "C2"]

    # Typing not yet tagged is undone first, as in any text field; then the tags.
    type_text(strands, "sen")
    key(strands, Qt.Key.Key_Z, CTRL)
    assert strands.text() == ""
    assert evidence.get_note(store, note_id).strand_codes == ["L2", "C2"]
    key(strands, Qt.Key.Key_Z, CTRL)
    assert evidence.get_note(store, note_id).strand_codes == ["C2"]

    # The enquiry questions' type-ahead behaves the same.
    tag(page, "q1", "questions")
    assert len(evidence.get_note(store, note_id).question_ids) == 1
    key(page.editor.questions.input, Qt.Key.Key_Z, CTRL)
    assert evidence.get_note(store, note_id).question_ids == []
    assert page.editor.questions.input.text() == ""


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("I", "I1"),  # a code prefix beats an "i" inside "Vision" (L1)
        ("i3", "I3"),  # the exact code
        ("b", "B1"),  # a code prefix beats "b" inside "belonging" (I3)
        ("at", "I3"),  # "Attendance" starts a word; "evaluation" (L2) only contains it
        ("phon", "C2"),  # a word start, in the title
        ("aluat", "L2"),  # letters inside a word when nothing starts with them
    ],
)
def test_type_ahead_ranks_codes_then_word_starts_then_letters_inside(
    qtbot: QtBot, page: CapturePage, store: Store, typed: str, expected: str
) -> None:
    note_id = start_note(page)
    field = page.editor.strands
    # What Enter will choose is what the list under the field shows first.
    field.input.setFocus()
    type_text(field.input, typed)
    assert field.completer.completionModel().index(0, 0).data().startswith(f"{expected} ")
    key(field.input, Qt.Key.Key_Return)
    assert evidence.get_note(store, note_id).strand_codes == [expected]
