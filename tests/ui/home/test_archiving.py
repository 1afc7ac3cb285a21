"""Leaving a review and archiving one, as a new user meets them: a visible way back to the
list, archiving that asks first and can be undone, and home saying where archived
reviews went and how to bring one back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.services import reviews
from app.services.store import Store
from app.ui.home.main_window import MainWindow
from tests.ui.helpers import make_review
from tests.ui.keys import press

CTRL = Qt.KeyboardModifier.ControlModifier

# The window at this size (tests/ui/conftest.py).
WINDOW_SIZE = (1024, 600)


def words(text: str) -> str:
    return text.replace("&", "").rstrip("…").strip()


def visible_buttons(root: QWidget, text: str) -> list[QAbstractButton]:
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if b.isVisible() and words(b.text()) == text and b.width() > 0 and b.height() > 0
    ]


def visible_text(root: QWidget) -> str:
    return "\n".join(label.text() for label in root.findChildren(QLabel) if label.isVisible())


def archived(store: Store, review_id: str) -> bool:
    return next(r for r in reviews.list_reviews(store) if r.id == review_id).archived


class Questions:
    """Answers the archive question as a person would from the keyboard, and keeps what
    it asked."""

    def __init__(self, qtbot: QtBot, answer: Qt.Key) -> None:
        self.qtbot = qtbot
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, box: QMessageBox) -> int:
        box.show()
        self.qtbot.waitExposed(box)
        box.activateWindow()
        self.qtbot.waitUntil(box.isActiveWindow)
        self.asked.append(f"{box.text()}\n{box.informativeText()}")
        names = [b.accessibleName() or words(b.text()) for b in box.buttons()]
        assert all(names), names
        press(self.qtbot, self.answer)
        return box.result()


def back_to(qtbot: QtBot, window: MainWindow) -> None:
    """Focus back in the list, the window active (a closed dialog leaves none offscreen)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()


def ask_with(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, answer: Qt.Key) -> Questions:
    questions = Questions(qtbot, answer)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: questions(box))
    return questions


def test_inside_a_review_a_visible_button_and_alt_left_lead_back_to_all_reviews(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    review_id = make_review(store, "Fen Reeve Primary", "Spring review")
    window.refresh()
    window.open_review(review_id)
    [button] = visible_buttons(window, "All reviews")
    assert button.isEnabled() and button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.workspace is None and window.views.currentWidget() is window.home
    assert window.selected_review_id() == review_id
    assert visible_buttons(window, "All reviews") == []  # nowhere to go back to from home

    window.open_review(review_id)
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.workspace is None and window.views.currentWidget() is window.home


def test_archiving_asks_first_and_no_keeps_the_review(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    review_id = make_review(store, "Fen Reeve Primary", "Spring review")
    window.refresh()
    window.open_review(review_id)
    questions = ask_with(monkeypatch, qtbot, Qt.Key.Key_Escape)
    [button] = visible_buttons(window, "Archive review")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(questions.asked) == 1
    assert "Spring review" in questions.asked[0]
    assert "nothing is deleted" in questions.asked[0].casefold()
    # Cancelled: still open, still listed.
    assert window.workspace is not None and window.workspace.review_id == review_id
    assert not archived(store, review_id)


def test_archive_then_undo_from_the_banner_or_with_ctrl_z(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = make_review(store, "Marsh Lane Academy", "Triad review", start="2026-01-05")
    review_id = make_review(store, "Fen Reeve Primary", "Spring review")
    window.refresh()
    window.open_review(review_id)
    ask_with(monkeypatch, qtbot, Qt.Key.Key_Return)  # Archive is the default answer
    window.archive_action.trigger()
    assert archived(store, review_id)
    assert window.workspace is None
    shown = visible_text(window)
    assert "Spring review" in shown and "archived" in shown.casefold()
    assert "Show archived reviews" in shown  # where it went
    [undo] = visible_buttons(window, "Undo")
    assert undo.accessibleName()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert not archived(store, review_id)
    assert window.selected_review_id() == review_id
    assert visible_buttons(window, "Undo") == []

    # From the keyboard: Ctrl+Shift+A asks, Enter archives, Ctrl+Z brings it back.
    window.select_review(review_id)
    back_to(qtbot, window)
    press(qtbot, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert archived(store, review_id)
    assert window.proxy.rowCount() == 1
    assert window.selected_review_id() == kept or window.selected_review_id() is None
    back_to(qtbot, window)  # the question has closed; offscreen, nothing reactivates
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert not archived(store, review_id)
    assert window.proxy.rowCount() == 2


def test_home_says_where_archived_reviews_are_and_how_to_bring_one_back(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    review_id = make_review(store, "Fen Reeve Primary", "Spring review")
    window.refresh()
    window.select_review(review_id)
    ask_with(monkeypatch, qtbot, Qt.Key.Key_Return)
    window.archive_action.trigger()
    assert archived(store, review_id)
    window.banner.dismiss()

    # The only review is archived: home does not pretend there are none.
    shown = visible_text(window)
    assert "No reviews yet" not in shown
    assert "archived" in shown.casefold()
    [show] = visible_buttons(window, "Show archived reviews")
    assert show.accessibleName()
    back_to(qtbot, window)
    show.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert window.show_archived_action.isChecked()
    assert window.proxy.rowCount() == 1
    assert "(archived)" in str(window.proxy.index(0, 3).data())
    shown = visible_text(window)
    assert "Unarchive review" in shown and "Ctrl+Shift+A" in shown  # how to bring it back

    window.select_review(review_id)
    back_to(qtbot, window)
    assert window.archive_action.text().replace("&", "") == "Unarchive review"
    press(qtbot, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)  # no question
    assert not archived(store, review_id)
    [hide] = visible_buttons(window, "Hide archived reviews")
    qtbot.mouseClick(hide, Qt.MouseButton.LeftButton)
    assert not window.show_archived_action.isChecked()
    assert visible_buttons(window, "Show archived reviews") == []  # none are archived now
