"""The capture page driven like a reviewer drives it: the keyboard only, Welsh and Urdu
text, strands tagged by type-ahead, undo and redo, search, the privacy reminder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.services import evidence, notes_query, sources
from app.services.store import Store
from app.ui.home.main_window import MainWindow
from app.ui.review.capture.link_dialog import LinkDialog
from app.ui.review.capture.page import CapturePage
from tests.ui.review.capture.capture_helpers import (
    NOW,
    key,
    open_capture,
    review_with_timetable,
    type_text,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
WELSH = "Disgyblion yn trafod ŵyn a ŷd; "
URDU = "طلبہ نے اپنی تحریر دوبارہ لکھی"

# The window at this size (tests/ui/conftest.py).
WINDOW_SIZE = (1280, 760)


@pytest.fixture
def page(window: MainWindow, store: Store, qtbot: QtBot) -> CapturePage:
    page = open_capture(window, review_with_timetable(store))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return page


def stored_text(store: Store, note_id: str) -> str:
    return evidence.get_note(store, note_id).note.text


def test_the_whole_capture_flow_from_the_keyboard(
    qtbot: QtBot, page: CapturePage, store: Store
) -> None:
    # One keystroke starts a note, pre-filled from the activity happening now (10:05).
    key(page.list, Qt.Key.Key_N, CTRL)
    note_id = page.editor.note_id
    assert note_id is not None
    assert QApplication.focusWidget() is page.editor.text
    note = evidence.get_note(store, note_id).note
    assert (note.activity_kind, note.year_group, note.subject) == ("book_look", "Y5", "English")
    assert note.observed_at == "2026-11-17T10:05:00"

    type_text(page.editor.text, WELSH + URDU)
    # Stored within about a second, with no Save button and no focus change.
    qtbot.waitUntil(lambda: stored_text(store, note_id) == WELSH + URDU, timeout=1500)

    # Tab to the strands field; tag two strands by type-ahead on code and on name.
    key(page.editor.text, Qt.Key.Key_Tab)
    strands_input = page.editor.strands.input
    assert QApplication.focusWidget() is strands_input
    type_text(strands_input, "c2")
    key(strands_input, Qt.Key.Key_Return)
    type_text(strands_input, "self-eval")
    key(strands_input, Qt.Key.Key_Return)
    assert evidence.get_note(store, note_id).strand_codes == ["L2", "C2"]
    assert page.framework_model.count_of("C2") == 1

    # Tab on past the chosen strands to the enquiry questions; tag one by its number.
    key(strands_input, Qt.Key.Key_Tab)
    key(page.editor.strands.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.editor.questions.input
    type_text(page.editor.questions.input, "q1")
    key(page.editor.questions.input, Qt.Key.Key_Return)
    (question_id,) = evidence.get_note(store, note_id).question_ids
    assert page.editor.questions.keys() == [question_id]
    key(page.editor.questions.input, Qt.Key.Key_Backtab, SHIFT)
    key(page.editor.strands.list, Qt.Key.Key_Backtab, SHIFT)

    # Back to the text (Shift+Tab), then undo and redo the last tag with the keyboard.
    key(strands_input, Qt.Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is page.editor.text
    key(page.editor.text, Qt.Key.Key_Z, CTRL)
    assert evidence.get_note(store, note_id).question_ids == []
    key(page.editor.text, Qt.Key.Key_Z, CTRL)
    assert evidence.get_note(store, note_id).strand_codes == ["C2"]
    assert page.editor.strands.keys() == ["C2"]
    key(page.editor.text, Qt.Key.Key_Z, CTRL | SHIFT)
    assert evidence.get_note(store, note_id).strand_codes == ["L2", "C2"]
    assert stored_text(store, note_id) == WELSH + URDU

    # Find it: Ctrl+F, type, and the note is in the list with the word highlighted.
    key(page.editor.text, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is page.search
    type_text(page.search, "ŵyn")
    qtbot.waitUntil(lambda: page.model.filter.query == "ŵyn")
    assert [r.id for r in page.model.rows] == [note_id]
    row = page.model.rows[0]
    (start, end), *_ = row.highlights
    assert row.snippet[start:end] == "ŵyn"
    key(page.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.list
    assert page.list.currentIndex().row() == 0


def test_typing_is_one_undo_step_per_burst_and_undo_reaches_the_new_note(
    qtbot: QtBot, page: CapturePage, store: Store
) -> None:
    key(page.list, Qt.Key.Key_N, CTRL)
    note_id = page.editor.note_id
    assert note_id is not None
    type_text(page.editor.text, "Pupils used ")
    qtbot.waitUntil(lambda: stored_text(store, note_id) == "Pupils used ", timeout=1500)
    type_text(page.editor.text, "word mats.")
    qtbot.waitUntil(lambda: stored_text(store, note_id) == "Pupils used word mats.", timeout=1500)

    # An autosave never moves the cursor: typing in the middle stays in the middle.
    page.editor.text.moveCursor(page.editor.text.textCursor().MoveOperation.Start)
    type_text(page.editor.text, "All ")
    qtbot.waitUntil(lambda: stored_text(store, note_id).startswith("All "), timeout=1500)
    assert page.editor.text.textCursor().position() == 4
    assert stored_text(store, note_id) == "All Pupils used word mats."

    key(page.editor.text, Qt.Key.Key_Z, CTRL)
    assert stored_text(store, note_id) == ""
    assert page.editor.text.toPlainText() == ""
    key(page.editor.text, Qt.Key.Key_Z, CTRL)  # the new note itself
    assert notes_query.count(store, page.ctx.review_id) == 0
    assert page.editor.note_id is None
    page.ctx.undo_stack.redo()
    page.ctx.undo_stack.redo()
    assert stored_text(store, note_id) == "All Pupils used word mats."


def test_pending_typing_is_stored_on_focus_change_and_on_close(
    qtbot: QtBot, window: MainWindow, page: CapturePage, store: Store
) -> None:
    key(page.list, Qt.Key.Key_N, CTRL)
    note_id = page.editor.note_id
    assert note_id is not None
    type_text(page.editor.text, "Calm transitions")
    page.search.setFocus()  # leaving the text stores it at once
    assert stored_text(store, note_id) == "Calm transitions"
    page.editor.text.setFocus()
    type_text(page.editor.text, " between lessons")
    window.close()  # never asks "save changes?"
    assert stored_text(store, note_id) == "Calm transitions between lessons"


def test_delete_from_the_list_and_undo_brings_it_back(
    qtbot: QtBot, page: CapturePage, store: Store
) -> None:
    first = evidence.add_note(store, page.ctx.review_id, "Reading corner in use").note_id
    evidence.add_note(store, page.ctx.review_id, "Phonics catch-up group")
    page.apply_filter()
    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index(page.model.row_of(first) or 0))
    assert page.editor.note_id == first
    key(page.list, Qt.Key.Key_Delete)
    assert page.model.row_of(first) is None
    assert page.count_label.text() == "1 note"
    key(page.list, Qt.Key.Key_Z, CTRL)  # the Edit menu's undo, from the list
    assert page.model.row_of(first) is not None
    assert stored_text(store, first) == "Reading corner in use"


def test_the_privacy_reminder_appears_for_a_name_and_can_be_dismissed(
    qtbot: QtBot, page: CapturePage, store: Store
) -> None:
    key(page.list, Qt.Key.Key_N, CTRL)
    type_text(page.editor.text, "Jessica Smith read her redraft aloud.")
    qtbot.waitUntil(page.editor.banner.isVisible, timeout=1500)
    assert "Jessica Smith" in page.editor.banner.message.text()
    assert "initials (J.S.)" in page.editor.banner.message.text()
    # It never blocks: typing carries on with the reminder showing.
    assert QApplication.focusWidget() is page.editor.text
    type_text(page.editor.text, " A pupil in Y5 chose a harder task.")
    page.editor.banner.dismiss.click()
    assert not page.editor.banner.isVisible()
    assert QApplication.focusWidget() is page.editor.text
    page.editor.check_privacy()
    assert not page.editor.banner.isVisible()  # stays dismissed for that name


def test_filters_narrow_the_list(qtbot: QtBot, page: CapturePage, store: Store) -> None:
    review = page.ctx.review_id
    evidence.add_note(store, review, "Tagged", strand_codes=["C2"])
    evidence.add_note(store, review, "Untagged book look", activity_kind="book_look")
    page.load()
    assert page.model.rowCount() == 2

    def choose(combo: QComboBox, data: object) -> None:
        combo.setCurrentIndex(combo.findData(data))
        page.apply_filter()

    choose(page.strand_filter, "__no_strand__")
    assert [r.text for r in page.model.rows] == ["Untagged book look"]
    choose(page.strand_filter, None)
    choose(page.kind_filter, "lesson_visit")
    assert [r.text for r in page.model.rows] == ["Tagged"]
    # Enter on a strand in the framework tree lists that strand's notes.
    choose(page.kind_filter, None)
    area = page.framework_model.index(1, 0)  # C Curriculum and teaching
    c2 = page.framework_model.index(1, 0, area)
    assert c2.data().startswith("C2")
    page.tree.setFocus()
    page.tree.setCurrentIndex(c2)
    key(page.tree, Qt.Key.Key_Return)
    assert [r.text for r in page.model.rows] == ["Tagged"]


def test_notes_link_and_unlink_with_undo(
    qtbot: QtBot, page: CapturePage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = page.ctx.review_id
    a = evidence.add_note(store, review, "Books show redrafting after feedback").note_id
    b = evidence.add_note(store, review, "Pupils said feedback helps them redraft").note_id
    page.apply_filter()
    page.list.setCurrentIndex(page.model.index(page.model.row_of(a) or 0))

    def pick(dialog: LinkDialog) -> int:
        dialog.query.setText("pupils said")
        dialog.kind.setCurrentIndex(dialog.kind.findData("corroborates"))
        return 1

    monkeypatch.setattr(LinkDialog, "exec", pick)
    key(page.editor.text, Qt.Key.Key_L, CTRL)
    assert evidence.get_note(store, a).links == [(b, "corroborates", "to")]
    assert "corroborates" in page.editor._links_model.stringList()[0]
    page.editor.links.setFocus()
    page.editor.links.setCurrentIndex(page.editor._links_model.index(0))
    key(page.editor.links, Qt.Key.Key_Delete)
    assert evidence.get_note(store, a).links == []
    page.ctx.undo_stack.undo()
    assert evidence.get_note(store, a).links == [(b, "corroborates", "to")]


def test_the_list_loads_lazily(qtbot: QtBot, page: CapturePage, store: Store) -> None:
    with store.write() as tx:
        tx.create_many(
            "evidence_note",
            [
                {
                    "review_id": page.ctx.review_id,
                    "text": f"note {i}",
                    "observed_at": f"2026-11-17T09:{i // 60:02d}:{i % 60:02d}",
                    "activity_kind": "lesson_visit",
                    "author_key_id": store.author_key_id,
                }
                for i in range(450)
            ],
        )
    page.model.page_size = 200
    page.apply_filter()
    assert page.model.rowCount() == 200
    assert page.count_label.text() == "200+ notes"
    page.list.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 200)
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 450
    assert len({r.id for r in page.model.rows}) == 450


def test_every_control_is_named_and_every_field_has_a_label(page: CapturePage) -> None:
    page.editor.set_note(
        evidence.add_note(page.ctx.store, page.ctx.review_id, "x").note_id  # body visible
    )
    labels = page.findChildren(QLabel)
    buddies = {label.buddy() for label in labels if label.buddy() is not None}
    fields = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QPlainTextEdit)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(w.parent(), QComboBox | QAbstractItemView)
        and w.objectName() != "qt_scrollarea_viewport"
    ]
    assert len(fields) >= 8
    for view in (page.timetable, page.tree, page.list, page.editor.links):
        assert view in buddies
    for w in page.findChildren(QWidget):
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(page):
            if isinstance(w.parent(), QComboBox | QAbstractItemView):
                continue  # Qt's internal parts of a combo box or view
            assert w.accessibleName(), f"{type(w).__name__} {w.objectName()} has no name"
    for field in fields:
        if field.isVisibleTo(page) and field.window() is page.window():
            assert field in buddies, f"{field.accessibleName()} has no label buddy"


def test_enter_on_a_timetable_activity_starts_a_note_for_it(
    qtbot: QtBot, page: CapturePage, store: Store
) -> None:
    assert page.timetable_model.now_id is not None  # 10:05 is in the book look
    assert "now" in page.timetable_model.index(1).data()
    page.clock = lambda: NOW.replace(hour=9, minute=10)
    page.refresh_now()  # the day moves on (a timer does this every half minute)
    assert "now" in page.timetable_model.index(0).data()
    assert "now" not in page.timetable_model.index(1).data()
    page.timetable.setFocus()
    page.timetable.setCurrentIndex(page.timetable_model.index(0))  # the opening meeting
    key(page.timetable, Qt.Key.Key_Return)
    note_id = page.editor.note_id
    assert note_id is not None
    assert evidence.get_note(store, note_id).note.activity_kind == "meeting"
    assert "Opening meeting" in page.editor.meta.text()
    assert QApplication.focusWidget() is page.editor.text


def test_during_the_visit_a_review_opens_on_capture(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    from app.services import reviews

    review_id = review_with_timetable(store)
    reviews.set_status(store, review_id, "visit")
    workspace = window.open_review(review_id)
    assert workspace.current_page_key() == "capture"
    workspace.show_page("overview")
    window.show_home()
    assert window.open_review(review_id).current_page_key() == "capture"
    # After the visit, the review opens on the page the person last chose.
    reviews.set_status(store, review_id, "draft")
    window.show_home()
    assert window.open_review(review_id).current_page_key() == "overview"


def test_changing_the_activity_kind_from_the_keyboard_is_undoable(
    qtbot: QtBot, page: CapturePage, store: Store
) -> None:
    note_id = evidence.add_note(store, page.ctx.review_id, "Reading corner").note_id
    page.apply_filter()
    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index(0))
    key(page.list, Qt.Key.Key_Return)  # Enter opens the note for typing
    assert QApplication.focusWidget() is page.editor.text
    # Back past the sources of evidence (ticked as the activity implies) to the kind.
    key(page.editor.text, Qt.Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is page.editor.source_boxes["documents"]
    assert page.editor.source_boxes["observation"].isChecked()
    for _ in range(len(page.editor.source_boxes)):
        key(QApplication.focusWidget(), Qt.Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is page.editor.kind_box
    key(page.editor.kind_box, Qt.Key.Key_Down)
    assert evidence.get_note(store, note_id).note.activity_kind == "joint_observation"
    assert "Joint observation" in page.model.data(page.model.index(0))
    page.ctx.undo_stack.undo()
    assert evidence.get_note(store, note_id).note.activity_kind == "lesson_visit"
    assert page.editor.kind_box.currentData() == "lesson_visit"


def test_sources_follow_the_activity_and_are_ticked_by_the_reviewer(
    page: CapturePage, store: Store
) -> None:
    key(page.list, Qt.Key.Key_N, CTRL)  # a book look is happening now
    note_id = page.editor.note_id
    assert note_id is not None
    boxes = page.editor.source_boxes
    assert [s for s, b in boxes.items() if b.isChecked()] == ["pupils_work"]
    assert "As the activity implies" in page.editor.sources_note.text()
    assert not page.editor.with_box.isVisible()
    boxes["pupils_talk"].click()  # the reviewer talked with pupils over their books
    note = evidence.get_note(store, note_id).note
    assert sources.of_note(note.activity_kind, note.meeting_with, note.sources) == (
        "pupils_talk",
        "pupils_work",
    )
    page.ctx.undo_stack.undo()
    assert evidence.get_note(store, note_id).note.sources == ""
    # A meeting asks who it was with; a governors' meeting is the governors' view.
    page.editor.kind_box.setCurrentIndex(page.editor.kind_box.findData("meeting"))
    page.editor.kind_box.activated.emit(page.editor.kind_box.currentIndex())
    assert page.editor.with_box.isVisible()
    page.editor.with_box.setCurrentIndex(page.editor.with_box.findData("governors"))
    page.editor.with_box.activated.emit(page.editor.with_box.currentIndex())
    assert [s for s, b in boxes.items() if b.isChecked()] == ["governors"]
    # The team's own catch-up is a working note: no sources, nothing to tick.
    page.editor.kind_box.setCurrentIndex(page.editor.kind_box.findData("team_catch_up"))
    page.editor.kind_box.activated.emit(page.editor.kind_box.currentIndex())
    assert not any(b.isChecked() or b.isEnabled() for b in boxes.values())
    assert "never counts as evidence" in page.editor.sources_note.text()
    assert evidence.get_note(store, note_id).note.meeting_with == ""
