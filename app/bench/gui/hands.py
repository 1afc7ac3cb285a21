"""A person's hands on the window: key presses, typing in any script, the mouse wheel, a
file dropped on the window, and answering a dialog when it opens. Everything goes through
the application (``QApplication.notify``, shortcut map included), as real input does.

Used by the three-day visit (visit_play.py). Text that is not ASCII rides on key events
with ``Key_unknown`` and the character as their text, as an input method delivers it
(QTest's typing accepts ASCII only).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
# How long a dialog may take to open before the hands give up waiting for it.
DIALOG_WAIT_MS = 30_000


class Hands:
    def __init__(self) -> None:
        self.keys = 0  #: key presses so far (each with its release)
        self.turns = 0  #: wheel notches so far
        self.missed: list[str] = []  #: dialogs that never opened

    # -- keys ----------------------------------------------------------------------------

    def key(
        self,
        key: Qt.Key,
        modifiers: Qt.KeyboardModifier = NO_MODIFIER,
        widget: QWidget | None = None,
    ) -> None:
        """One key press and release on ``widget``, or whatever has the keyboard focus."""
        QTest.keyClick(widget or self.focus(), key, modifiers)
        self.keys += 1

    def type_text(self, text: str, widget: QWidget | None = None) -> None:
        """Types ``text`` into ``widget`` (or the focused widget), one key per character."""
        target = widget or self.focus()
        run = ""
        for ch in text:
            if ch.isascii() and ch.isprintable():
                run += ch
                continue
            if run:
                QTest.keyClicks(target, run)
                run = ""
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown, NO_MODIFIER, ch))
        if run:
            QTest.keyClicks(target, run)
        self.keys += len(text)

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        if widget is None:
            raise RuntimeError("nothing has the keyboard focus")
        return widget

    def tab_to(self, target: QWidget, backwards: bool = False, most: int = 6) -> None:
        """Tab (or Shift+Tab) until ``target`` has the focus, as a person would."""
        for _ in range(most):
            if target.hasFocus():
                return
            self.key(Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
        if not target.hasFocus():
            raise RuntimeError(f"Tab never reached {target.accessibleName() or target}")

    # -- the mouse -----------------------------------------------------------------------

    def wheel(self, widget: QWidget, notches: int) -> None:
        """Turns the wheel over the middle of ``widget``: positive notches scroll down."""
        at = QPointF(widget.rect().center())
        step = QPoint(0, -120 if notches > 0 else 120)
        for _ in range(abs(notches)):
            event = QWheelEvent(
                at,
                QPointF(widget.mapToGlobal(at.toPoint())),
                QPoint(),
                step,
                Qt.MouseButton.NoButton,
                NO_MODIFIER,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            QApplication.sendEvent(widget, event)
            widget.repaint()
            self.turns += 1

    def click(self, widget: QWidget, at: QPoint | None = None) -> None:
        """A click on ``widget`` (in its middle unless ``at``), which also brings its window
        to the front."""
        self.activate(widget.window())
        where = widget.rect().center() if at is None else at
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, NO_MODIFIER, where)

    def activate(self, window: QWidget) -> None:
        """What a desktop's window manager does when a dialog closes or a window is clicked:
        that window becomes the active one again (the offscreen platform leaves it to us)."""
        if QApplication.activeWindow() is not window:
            window.activateWindow()
            wait_until(lambda: QApplication.activeWindow() is window, 2000)

    def drop_file(self, target: QWidget, path: Path) -> bool:
        """Drags ``path`` over ``target`` and drops it; whether the drag was accepted."""
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        at = target.rect().center()
        args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, NO_MODIFIER)
        enter = QDragEnterEvent(at, *args)
        QApplication.sendEvent(target, enter)
        if not enter.isAccepted():
            return False
        QApplication.sendEvent(target, QDropEvent(QPointF(at), *args))
        return True

    # -- dialogs -------------------------------------------------------------------------

    def when_dialog(self, kind: type[QWidget], answer: Callable[[QWidget], None]) -> None:
        """Answers the next modal dialog of ``kind`` once it is open (the call that opens
        it runs its own event loop, so the answer comes from a timer)."""
        waited = 0

        def look() -> None:
            nonlocal waited
            dialog = QApplication.activeModalWidget()
            if dialog is not None and isinstance(dialog, kind) and dialog.isVisible():
                dialog.activateWindow()  # the keys go to the dialog, as on a desktop
                answer(dialog)
                return
            waited += 10
            if waited > DIALOG_WAIT_MS:
                self.missed.append(getattr(kind, "__name__", str(kind)))
                return
            QTimer.singleShot(10, look)

        QTimer.singleShot(0, look)


def wait(ms: int) -> None:
    """Lets ``ms`` of real time pass with the event loop running (timers fire)."""
    QTest.qWait(ms)


def wait_until(done: Callable[[], bool], most_ms: int = 60_000) -> bool:
    waited = 0
    while not done():
        if waited >= most_ms:
            return False
        QTest.qWait(20)
        waited += 20
    return True
