"""Driving the capture page the way a reviewer does: keys only, text of any script."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.services import reviews
from app.services.store import Store
from app.ui.home.main_window import MainWindow
from app.ui.review.capture.page import CapturePage
from tests.ui.helpers import make_review

DAY = "2026-11-17"
NOW = dt.datetime.fromisoformat(f"{DAY}T10:05:00")


def type_text(widget: QWidget, text: str) -> None:
    """Key events that carry their text: works for Welsh, Urdu, anything (qtbot.keyClicks
    aborts the run on non-ASCII characters)."""
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def key(
    widget: QWidget, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press and release, through the shortcut map like a real key."""
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, k, mods)


def review_with_timetable(store: Store) -> str:
    review_id = make_review(store, "Ysgol Gymraeg Ŵyn", "Adolygiad cymheiriaid", start=DAY, end=DAY)
    with store.write() as tx:
        reviews.add_activity(
            tx,
            review_id,
            day=DAY,
            start_time="09:00",
            end_time="09:40",
            kind="meeting",
            title="Opening meeting",
        )
        reviews.add_activity(
            tx,
            review_id,
            day=DAY,
            start_time="09:50",
            end_time="10:30",
            kind="book_look",
            title="Writing in Y5",
            year_group="Y5",
            subject="English",
        )
    return review_id


def open_capture(window: MainWindow, review_id: str) -> CapturePage:
    workspace = window.open_review(review_id)
    page = workspace.pages["capture"]
    assert isinstance(page, CapturePage)
    page.clock = lambda: NOW
    workspace.show_page("capture")
    page.load()
    window.activateWindow()
    page.list.setFocus()
    return page
