"""The main window's way into the framework editor: File, "Edit frameworks…"
(Ctrl+Shift+F). The editor is imported when first opened, not at start-up (decision 0018)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.ui.frameworks.editor import FrameworkEditor
    from app.ui.home.main_window import MainWindow


def install(window: MainWindow, menu: QMenu) -> QAction:
    """Add "Edit frameworks…" to ``menu``; returns the action."""
    action = QAction(QCoreApplication.translate("FrameworkAction", "Edit &frameworks…"), window)
    action.setObjectName("edit_frameworks_action")
    action.setShortcut(QKeySequence(QCoreApplication.translate("FrameworkAction", "Ctrl+Shift+F")))
    action.setStatusTip(
        QCoreApplication.translate(
            "FrameworkAction",
            "Edit a review framework's areas, strands and prompts, and save a new version",
        )
    )
    action.triggered.connect(lambda: open_editor(window))
    menu.addAction(action)
    return action


def open_editor(window: MainWindow) -> FrameworkEditor:
    from app.ui.frameworks.editor import FrameworkEditor

    editor = window.findChild(FrameworkEditor, "framework_editor")
    if editor is None or not editor.isVisible():
        if editor is not None:
            editor.setObjectName("")  # closed: a fresh one lists what is stored now
            editor.deleteLater()
        editor = FrameworkEditor(window.store, window)
        editor.saved.connect(window.bus.publish)
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor
