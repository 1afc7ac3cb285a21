"""Importing bundles from anywhere in the main window: File → Import bundle… and files
dropped on the window (home or an open review).

An application event filter, so the window class only creates it. Bundle files are taken
wherever they are dropped in the window, text fields included (which would otherwise
paste the file's path into a note); other files dropped on a text field are left to it,
and dropped anywhere else they get a message saying they are not bundles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from app.services.store import Store
from app.sync import bundle_format as fmt
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
        # The filter sees every event of the app; the thousands while the window is first
        # built and painted need not pass through Python (decision 0018).
        QTimer.singleShot(0, self._watch_drops)

    def _watch_drops(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def _ours(self, watched: QObject, event: QDropEvent) -> list[Path]:
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return []
        paths = local_files(event)
        if watched is self.window or any(p.suffix == fmt.SUFFIX for p in paths):
            return paths
        return []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)  # QDragEnterEvent is a QDragMoveEvent is one
            paths = self._ours(watched, event)
            if paths:
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self.runner.import_files(paths)
                return True
        return super().eventFilter(watched, event)
