"""Shared set-up for the findings and sign-off page tests: a window on a review, message
boxes that record instead of blocking, and typing any character."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.services.store import Store
from app.ui import tasks
from app.ui.home.main_window import MainWindow
from app.ui.review.workspace import ReviewWorkspace


@dataclass
class Messages:
    shown: list[tuple[str, str]] = field(default_factory=list)

    def record(self, kind: str):  # type: ignore[no-untyped-def]
        def show(parent: QWidget | None, title: str, text: str, *args: object) -> int:
            self.shown.append((kind, text))
            return int(QMessageBox.StandardButton.Ok)

        return show


def record_messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    """A message box would wait for a click offscreen; these record what was said."""
    found = Messages()
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, found.record(kind))
    return found


def open_workspace(qtbot: QtBot, store: Store, review_id: str) -> Iterator[ReviewWorkspace]:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window.open_review(review_id)
    assert tasks.wait_for_tasks(30_000)
    QApplication.processEvents()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (qtbot.keyClicks aborts on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible controls that take focus but have no accessible name."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if w.parent() is not None and type(w).__name__ in {"QScrollBar", "QSplitterHandle"}:
            continue
        if type(w).__name__ == "QWidget" and w.objectName().startswith("qt_"):
            continue
        if not w.accessibleName() and w.objectName() != "qt_scrollarea_viewport":
            out.append(f"{type(w).__name__}:{w.objectName()}")
    return out
