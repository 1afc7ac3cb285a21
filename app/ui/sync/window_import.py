"""Importing bundles from anywhere in the main window: File → Import bundle… and files
dropped on the window (home or an open review). Installed on the window as an event
filter, so the window class only creates it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow

from app.services.store import Store
from app.ui.bus import ChangeBus
from app.ui.sync.runner import SyncRunner


def local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class WindowImport(QObject):
    def __init__(self, window: QMainWindow, store: Store, bus: ChangeBus) -> None:
        super().__init__(window)
        self.window = window
        self.runner = SyncRunner(store, bus, window)
        self.runner.status.connect(lambda text: window.statusBar().showMessage(text, 15000))
        self.action = QAction(self.tr("&Import bundle…"), window)
        self.action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+I")))
        self.action.setStatusTip(
            self.tr("Open a sync bundle from a reviewer or the lead (or drop it on the window)")
        )
        self.action.triggered.connect(self.runner.choose_and_import)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            if local_files(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = local_files(event)
            if paths:
                event.acceptProposedAction()
                self.runner.import_files(paths)
                return True
        return super().eventFilter(watched, event)
