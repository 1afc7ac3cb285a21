"""A message banner across the top of the window's content, for confirmations a person
must see ("Concern recorded. Pass it on in person today…", "Review archived. Undo").

Why not the status bar: people do not read it, and a long permanent widget there used to
hide its messages altogether. The banner sits where the person is already looking, stays
until dismissed (an important reminder must not vanish on a timer), offers at most one
action button (Undo), is in the Tab order, closes with Escape, and is announced to screen
readers as an alert when it appears.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)

# Palette roles only, so the banner follows the light or dark scheme it is shown in.
_STYLE = (
    "QFrame#message_banner { border: 1px solid palette(highlight); border-radius: 4px;"
    " background: palette(alternate-base); }"
)


class Banner(QFrame):
    """One message at a time; a new message replaces the one shown."""

    #: The banner closed (Dismiss, Escape or its action); True when it had keyboard focus,
    #: which its owner then gives back to the content.
    dismissed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_banner")
        self.setAccessibleName(self.tr("Message"))
        self.setStyleSheet(_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._on_action: Callable[[], None] | None = None

        self.icon = QLabel(self)
        self.icon.setObjectName("banner_icon")
        self.message = QLabel(self)
        self.message.setObjectName("banner_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setAccessibleName(self.tr("Message"))
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("banner_action")
        self.action_button.setAutoDefault(False)
        self.action_button.setAccessibleName(self.tr("Act on the message"))
        self.action_button.clicked.connect(self._act)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("banner_dismiss")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the message"))
        self.dismiss_button.setToolTip(self.tr("Close this message (Escape)"))
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.clicked.connect(self.dismiss)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.dismiss)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_message(
        self,
        text: str,
        *,
        important: bool = False,
        action: str | None = None,
        on_action: Callable[[], None] | None = None,
    ) -> None:
        """Show ``text``; ``action`` names a button (e.g. "&Undo") that calls ``on_action``
        and then closes the banner. ``important`` marks a reminder with a warning sign."""
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if important
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.message.setText(text)
        self._on_action = on_action if action else None
        self.action_button.setVisible(bool(action))
        if action:
            self.action_button.setText(action)
            self.action_button.setAccessibleName(action.replace("&", ""))
        kind = self.tr("Reminder") if important else self.tr("Message")
        self.setAccessibleName(kind)
        self.setAccessibleDescription(text)
        self.message.setAccessibleName(kind)
        self.show()
        # Screen readers announce it without moving the person's focus away from their work.
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def text(self) -> str:
        return self.message.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        if not self.isVisible():
            return
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        self.hide()
        self._on_action = None
        self.dismissed.emit(had_focus)

    def _act(self) -> None:
        act = self._on_action
        self.dismiss()
        if act is not None:
            act()
