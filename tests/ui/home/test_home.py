"""Reviews home: creating a review through the dialog from the keyboard (a Welsh host
school typed as key events), opening it, your role, archiving and the archived toggle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.services import planning, reviews
from app.services.store import Store
from app.ui.dialogs.review_dialog import NewReviewDialog
from app.ui.home.archiving import ArchiveQuestion
from app.ui.home.main_window import MainWindow
from app.ui.home.review_list_model import Column
from tests.ui.helpers import make_review
from tests.ui.keys import focused, press, tab, type_text

WELSH_SCHOOL = "Ysgol Gymraeg Bro Ŵyn a Llŷn"


def unnamed_focusable(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in [root, *root.findChildren(QWidget)]
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
    ]


def test_create_a_review_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def drive(dialog: NewReviewDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        dialog.school.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.school)
        type_text(WELSH_SCHOOL)
        tab(qtbot, 3)  # title, first day, last day
        assert focused() is dialog.end
        press(qtbot, Qt.Key.Key_Up)  # one more day: a two-day visit
        tab(qtbot, 2)  # framework, focus
        assert focused() is dialog.focus_edit
        type_text("Darllen er pleser yng Nghyfnod Allweddol 2")
        tab(qtbot)
        type_text("Sut mae disgyblion yn dewis llyfrau?")
        press(qtbot, Qt.Key.Key_Return)
        type_text("How well is reading shared at home?")
        tab(qtbot)
        assert focused() is dialog.person
        type_text("Siân Pritchard")
        tab(qtbot)  # role: Lead reviewer is the first
        tab(qtbot)
        assert focused() is dialog.add_member_button
        press(qtbot, Qt.Key.Key_Space)
        assert focused() is dialog.person
        type_text("Gwenllian Ŵyn")
        tab(qtbot)
        press(qtbot, Qt.Key.Key_End)  # the last role: designated safeguarding lead
        seen["unnamed"] = unnamed_focusable(dialog)
        press(qtbot, Qt.Key.Key_Return)  # Create review (a typed name is added first)
        return dialog.result()

    monkeypatch.setattr(NewReviewDialog, "exec", drive)
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["unnamed"] == []
    workspace = window.workspace
    assert workspace is not None, "the new review opens"
    detail = reviews.get_review(store, workspace.review_id)
    assert detail.summary.host_school == WELSH_SCHOOL
    assert detail.summary.title == f"Peer review: {WELSH_SCHOOL}"
    assert detail.summary.start_date < detail.summary.end_date
    assert detail.focus == "Darllen er pleser yng Nghyfnod Allweddol 2"
    assert [t for _, t in detail.enquiry_questions] == [
        "Sut mae disgyblion yn dewis llyfrau?",
        "How well is reading shared at home?",
    ]
    assert sorted((n, r) for _, n, r in detail.team) == [
        ("Gwenllian Ŵyn", "dsl"),
        ("Siân Pritchard", "lead_reviewer"),
    ]
    assert detail.framework_label == "2026.2"
    assert WELSH_SCHOOL in workspace.subtitle_label.text()


def test_cancelled_or_invalid_dialog_creates_nothing(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = NewReviewDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.accept()  # no host school
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "host school" in dialog.error.text()
    monkeypatch.setattr(NewReviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert window.create_review() is None
    assert reviews.list_reviews(store) == []


def test_your_role_column_follows_the_identity(window: MainWindow, store: Store) -> None:
    review_id = make_review(store, "Fen Reeve Primary", "Spring review")
    with store.write() as tx:
        me = reviews.create_person(tx, "Priya Natarajan", None, "reviewer", store.author_key_id)
    planning.add_member(store, review_id, me, "lead_reviewer")
    make_review(store, "Marsh Lane Academy", "Not mine", start="2026-01-05", end="2026-01-05")
    window.refresh()
    roles = {
        window.proxy.index(r, Column.REVIEW).data(): window.proxy.index(r, Column.ROLE).data()
        for r in range(window.proxy.rowCount())
    }
    assert roles == {"Spring review": "Lead reviewer", "Not mine": ""}


def test_open_with_ctrl_o_and_archive_hides_then_toggle_shows(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = make_review(store, "Fen Reeve Primary", "Kept review")
    old = make_review(
        store, "Marsh Lane Academy", "Old review", start="2025-01-05", end="2025-01-05"
    )
    window.refresh()
    window.select_review(old)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is not None and window.workspace.review_id == old
    # Archiving the open review (once confirmed) goes home, and it leaves the list.
    monkeypatch.setattr(ArchiveQuestion, "exec", lambda box: QMessageBox.StandardButton.Yes)
    window.archive_action.trigger()
    assert window.workspace is None
    assert reviews.list_reviews(store, include_archived=False)[0].id == kept
    assert [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())] == [
        "Kept review"
    ]
    window.show_archived_action.trigger()
    assert window.proxy.rowCount() == 2
    window.select_review(old)
    assert window.archive_action.text() == "Un&archive review"
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not any(r.archived for r in reviews.list_reviews(store))


def test_home_menus_and_toolbar_are_named(window: MainWindow, store: Store) -> None:
    make_review(store, "Fen Reeve Primary", "Spring review")
    window.refresh()
    assert unnamed_focusable(window) == []
    assert window.review_menu.accessibleName() == "Review menu"
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts[:3] == ["&New review…", "&Open review", "&Archive review…"]
