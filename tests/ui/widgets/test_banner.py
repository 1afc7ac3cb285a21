"""Confirmations the user must see appear in a banner across the window (not in a status
bar they never read), reachable from the keyboard and named for screen readers; the
data folder lives in About, leaving the status bar free for its messages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.services.store import Store
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.dialogs.safeguarding_dialog import SafeguardingDialog
from tests.ui.keys import focused, press, tab
from tests.ui.workspace_fixtures import Opened

REMINDER = "Pass it on in person today to Mark Greaves"

# The window at this size (tests/ui/conftest.py).
WINDOW_SIZE = (1024, 600)


def record_a_concern(opened: Opened, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: SafeguardingDialog) -> int:
        dialog.text.setPlainText("A pupil in Y4 said something worrying about home.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SafeguardingDialog, "exec", fill)
    opened.window.safeguarding_action.trigger()


def shown_whole(label: QLabel) -> bool:
    """On screen, inside the window, and tall and wide enough for all of its text."""
    if not label.isVisible() or label.width() <= 0:
        return False
    top_left = label.mapTo(label.window(), label.rect().topLeft())
    inside = label.window().rect().contains(label.rect().translated(top_left))
    needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    wide = label.wordWrap() or label.width() >= label.sizeHint().width()
    return inside and wide and label.height() >= needed and label.visibleRegion() == label.rect()


def test_the_safeguarding_reminder_shows_where_the_user_is_looking(
    qtbot: QtBot, opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_a_concern(opened, monkeypatch)
    window = opened.window
    labels = [w for w in window.findChildren(QLabel) if w.isVisible() and REMINDER in w.text()]
    assert labels, "the reminder is nowhere on screen"
    assert all(shown_whole(label) for label in labels)
    banner = window.banner
    assert banner.isVisible()
    assert banner.accessibleName()
    assert REMINDER in banner.accessibleDescription()  # what a screen reader announces

    # It stays while the reviewer moves between pages, until they dismiss it.
    opened.workspace.show_page("planning")
    QApplication.processEvents()
    assert banner.isVisible()


def test_the_banner_is_reached_and_dismissed_from_the_keyboard(
    qtbot: QtBot, opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_a_concern(opened, monkeypatch)
    banner = opened.window.banner
    opened.workspace.show_page("overview")
    opened.workspace.tabs.tabBar().setFocus()
    dismiss = banner.dismiss_button
    reached = False
    for _ in range(60):
        tab(qtbot)
        if focused() is dismiss:
            reached = True
            break
    assert reached, "Tab never reaches the banner's Dismiss button"
    assert dismiss.accessibleName()
    press(qtbot, Qt.Key.Key_Escape)
    assert not banner.isVisible()
    assert focused() is not dismiss  # focus went somewhere useful, not into nothing


def test_status_bar_messages_have_room_and_the_data_folder_is_in_about(
    qtbot: QtBot, opened: Opened, store: Store
) -> None:
    bar = opened.window.statusBar()
    hogs = [
        w
        for w in bar.findChildren(QWidget)
        if w.isVisible() and w.parent() is bar and w.width() > bar.width() // 3
    ]
    assert hogs == [], "a permanent widget leaves no room for the status bar's messages"

    about = AboutDialog(store, opened.window)
    qtbot.addWidget(about)
    about.show()
    folder = str(store.db.data_dir)
    fields = [
        w
        for w in about.findChildren(QLineEdit)
        if w.isVisibleTo(about) and w.text() == folder and w.isReadOnly()
    ]
    assert len(fields) == 1 and fields[0].accessibleName()
    # A person can copy the path, but it never goes into the diagnostics they paste.
    assert folder not in about.diagnostics.as_text()
    assert all(b.accessibleName() for b in about.findChildren(QAbstractButton))
