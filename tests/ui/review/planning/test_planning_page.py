"""The planning page: text stored as typed (debounced, on focus change, on close), enquiry
questions and the timetable from the keyboard, with undo and redo over the services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.models.review import ACTIVITY_KINDS
from app.services import planning, reviews, timetable
from app.services.store import Store
from app.ui.review.planning.activity_dialog import ActivityDialog
from app.ui.review.planning.page import PlanningPage
from app.ui.review.planning.timetable_model import TimetableColumn
from app.ui.widgets.bidi import isolate
from tests.ui.keys import focused, press, tab, type_text
from tests.ui.workspace_fixtures import Opened


def planning_page(opened: Opened) -> PlanningPage:
    page = opened.page("planning")
    assert isinstance(page, PlanningPage)
    return page


def test_focus_and_self_evaluation_are_stored_as_typed(
    qtbot: QtBot, opened: Opened, store: Store
) -> None:
    page = planning_page(opened)
    page.focus_edit.setFocus()
    page.focus_edit.selectAll()
    type_text("Darllen a llafaredd: ŵ ŷ, and اردو", page.focus_edit)
    # Debounced: stored within about a second, with no Save button.
    qtbot.waitUntil(
        lambda: (
            reviews.get_review(store, opened.review_id).focus
            == "Darllen a llafaredd: ŵ ŷ, and اردو"
        ),
        timeout=2000,
    )
    # Leaving the field stores at once.
    page.self_evaluation.setFocus()
    type_text("214 pupils; 41% pupil premium.", page.self_evaluation)
    tab(qtbot)
    assert reviews.get_review(store, opened.review_id).self_evaluation.endswith(
        "214 pupils; 41% pupil premium."
    )
    # Closing the review stores what is pending, without asking.
    page.focus_edit.setFocus()
    type_text(" More.", page.focus_edit)
    opened.window.show_home()
    assert reviews.get_review(store, opened.review_id).focus.endswith(" More.")


def test_edits_elsewhere_show_but_never_clobber_typing(
    qtbot: QtBot, opened: Opened, store: Store
) -> None:
    page = planning_page(opened)
    opened.window.bus.publish(
        planning.update_review(store, opened.review_id, self_evaluation="From another window")
    )
    assert page.self_evaluation.toPlainText() == "From another window"
    # Sitting in a field without typing: a change from elsewhere is not written over
    # when the field is left.
    page.focus_edit.setFocus()
    opened.window.bus.publish(planning.update_review(store, opened.review_id, focus="Other"))
    page.self_evaluation.setFocus()
    assert reviews.get_review(store, opened.review_id).focus == "Other"
    assert page.focus_edit.toPlainText() == "Other"  # shown once the field is left
    # Typing: the field keeps what is typed, and that is what is stored.
    page.focus_edit.setFocus()
    type_text("typing ", page.focus_edit)
    opened.window.bus.publish(planning.update_review(store, opened.review_id, focus="Third"))
    assert page.focus_edit.toPlainText().startswith("typing ")
    page.flush()
    assert reviews.get_review(store, opened.review_id).focus.startswith("typing ")


def test_enquiry_questions_from_the_keyboard_with_undo(
    qtbot: QtBot, opened: Opened, store: Store
) -> None:
    page = planning_page(opened)
    panel = page.questions
    panel.new_question.setFocus()
    type_text("Sut mae disgyblion yn dewis llyfrau?")
    press(qtbot, Qt.Key.Key_Return)

    def texts() -> list[str]:
        return [t for _, t in reviews.get_review(store, opened.review_id).enquiry_questions]

    assert texts()[-1] == "Sut mae disgyblion yn dewis llyfrau?"
    assert panel.model.rowCount() == 2
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(1))
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert texts()[0] == "Sut mae disgyblion yn dewis llyfrau?"
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert texts() == ["How well does feedback help pupils improve their writing?"]
    opened.window.undo_action.trigger()  # the delete
    opened.window.undo_action.trigger()  # the move
    assert texts()[-1] == "Sut mae disgyblion yn dewis llyfrau?"
    opened.window.undo_action.trigger()  # the add
    assert len(texts()) == 1
    opened.window.redo_action.trigger()
    assert len(texts()) == 2
    # Edit in place: F2, type, Enter.
    panel.view.setCurrentIndex(panel.model.index(0))
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QLineEdit), editor
    assert editor.text() == "How well does feedback help pupils improve their writing?"
    editor.selectAll()
    type_text("Sut mae'r adborth yn helpu?")
    press(qtbot, Qt.Key.Key_Return)  # the view commits on its next event loop pass
    qtbot.waitUntil(lambda: texts()[0] == "Sut mae'r adborth yn helpu?")


def test_add_an_activity_from_the_keyboard_then_edit_delete_and_undo(
    qtbot: QtBot, opened: Opened, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = planning_page(opened)
    seen: dict[str, list[str]] = {}

    def drive(dialog: ActivityDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        dialog.day.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.day)
        press(qtbot, Qt.Key.Key_Down)  # the second day
        tab(qtbot)
        assert focused() is dialog.start
        type_text("1040")
        tab(qtbot)
        type_text("1110")
        tab(qtbot)
        assert focused() is dialog.kind
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Down)  # learning walk
        tab(qtbot)
        type_text("Darllen ar draws CA2 – Łódź corner")
        tab(qtbot)
        type_text("KS2 corridor")
        tab(qtbot)
        type_text("Y5 and Y6")
        tab(qtbot, 2)
        assert focused() is dialog.reviewers
        press(qtbot, Qt.Key.Key_Space)  # tick the one reviewer
        tab(qtbot)
        assert focused() is dialog.host_leader
        press(qtbot, Qt.Key.Key_Down)
        seen["unnamed"] = [
            type(w).__name__
            for w in dialog.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
        ]
        press(qtbot, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(ActivityDialog, "exec", drive)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert seen["unnamed"] == []
    [activity] = timetable.list_activities(store, opened.review_id)
    assert (activity.day, activity.start_time, activity.end_time) == (
        "2026-11-18",
        "10:40",
        "11:10",
    )
    assert activity.kind == "learning_walk"
    assert activity.title == "Darllen ar draws CA2 – Łódź corner"
    assert (activity.place, activity.year_group) == ("KS2 corridor", "Y5 and Y6")
    assert activity.reviewer_ids == f'["{opened.reviewer_id}"]'
    assert activity.host_leader_id == opened.host_id
    model = page.model
    assert model.index(0, TimetableColumn.REVIEWERS).data() == "Priya Natarajan"
    assert model.index(0, TimetableColumn.HOST_LEADER).data() == "Kerry Adebayo"
    assert model.index(0, TimetableColumn.KIND).data() == "Learning walk"
    assert model.index(0, TimetableColumn.TIME).data() == "10:40–11:10"

    def rename(dialog: ActivityDialog) -> int:
        dialog.title_edit.setFocus()
        dialog.title_edit.selectAll()
        type_text("Taith ddysgu: darllen", dialog.title_edit)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActivityDialog, "exec", rename)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter edits the selected activity
    assert timetable.list_activities(store, opened.review_id)[0].title == "Taith ddysgu: darllen"
    assert model.index(0, TimetableColumn.TITLE).data() == "Taith ddysgu: darllen"
    opened.window.undo_action.trigger()
    assert timetable.list_activities(store, opened.review_id)[0].title == activity.title

    # Back in the window the dialog came from, as a person would be after closing it.
    opened.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened.window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert timetable.list_activities(store, opened.review_id) == []
    assert model.rowCount() == 0
    opened.window.undo_action.trigger()
    assert len(timetable.list_activities(store, opened.review_id)) == 1
    assert model.rowCount() == 1
    opened.window.undo_action.trigger()  # the add itself
    assert timetable.list_activities(store, opened.review_id) == []
    opened.window.redo_action.trigger()
    assert len(timetable.list_activities(store, opened.review_id)) == 1


def test_every_activity_kind_can_be_timetabled_in_words(
    qtbot: QtBot, opened: Opened, store: Store
) -> None:
    # The team's own meetings and feedback are timetabled too (their notes are working
    # notes), so the dialog offers every kind, each in words.
    dialog = ActivityDialog(store, opened.review_id)
    qtbot.addWidget(dialog)
    offered = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert offered == list(ACTIVITY_KINDS)
    shown = {dialog.kind.itemData(i): dialog.kind.itemText(i) for i in range(dialog.kind.count())}
    assert shown["team_catch_up"] == "Team catch-up"
    assert all(shown[kind] != kind for kind in ACTIVITY_KINDS)


def test_every_focusable_widget_in_the_workspace_has_an_accessible_name(
    opened: Opened,
) -> None:
    for spec in opened.workspace.specs:
        opened.workspace.show_page(spec.key)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in opened.window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(opened.window)
        and not w.accessibleName()
    ]
    assert unnamed == []


def test_team_from_the_keyboard_with_undo(qtbot: QtBot, opened: Opened, store: Store) -> None:
    page = planning_page(opened)
    team = page.team

    def names() -> list[tuple[str, str]]:
        return [(n, r) for _, _, n, r in planning.team_members(store, opened.review_id)]

    assert ("Priya Natarajan", "reviewer") in names()
    assert team.model.rowCount() == len(names())
    team.person.setFocus()
    type_text("Tomasz Łukasiewicz")
    tab(qtbot)
    assert focused() is team.role
    press(qtbot, Qt.Key.Key_Home)  # lead reviewer
    team.person.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert names()[0] == ("Tomasz Łukasiewicz", "lead_reviewer")
    assert team.model.item(0).text() == f"{isolate('Tomasz Łukasiewicz')} – Lead reviewer"
    team.view.setFocus()
    team.view.setCurrentIndex(team.model.index(0, 0))
    qtbot.keyClick(team.view, Qt.Key.Key_Delete)
    assert ("Tomasz Łukasiewicz", "lead_reviewer") not in names()
    opened.window.undo_action.trigger()
    assert ("Tomasz Łukasiewicz", "lead_reviewer") in names()
