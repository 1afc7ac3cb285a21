"""Starting the desktop app: the QApplication, the store, the main window, the error hook."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QBuffer, QCoreApplication, QEventLoop, QIODevice, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import fileio, paths
from app.models.database import AlreadyOpenError, StorageError
from app.services import frameworks
from app.services.store import Store
from app.ui.main_window import MainWindow
from app.ui.settings import APPLICATION, ORGANISATION
from app.version import __version__

log = logging.getLogger(__name__)

# Platforms with no screen to show a dialog on; a modal box there would wait forever.
_HEADLESS_PLATFORMS = {"offscreen", "minimal"}

# Windows that run_gui left open inside someone else's event loop (see run_gui); held
# here so Python does not garbage-collect them while they are on screen.
_detached: set[MainWindow] = set()

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def run_gui(
    data_dir: Path | None = None,
    *,
    quit_after_ms: int | None = None,
    screenshot: Path | None = None,
) -> int:
    """Show the main window on ``data_dir`` (or the configured folder); return an exit code.

    When this call creates the QApplication, or ``quit_after_ms`` is given, it runs the
    event loop until the window closes. When a QApplication already exists and no quit
    time is given (another window, or pytest-qt's ``qapp``), it leaves the window open
    in that application's loop and returns 0 at once; the store closes with the window.
    """
    app, created = _application()
    folder = paths.data_dir(data_dir)
    try:
        store = Store.open(folder, purpose="Peerview window")
    except AlreadyOpenError as exc:
        # The usual cause is a second click on the launcher: say so kindly, change nothing.
        log.info("Data folder already open: %s", exc)
        show_error(
            QCoreApplication.translate("run_gui", "Peerview is already open"),
            QCoreApplication.translate(
                "run_gui",
                "Peerview is already open on this data folder, so this window will not "
                "open a second copy (two copies could overwrite each other's notes).\n\n"
                "Switch to the Peerview window that is already open. If you cannot find it, "
                "close it from the taskbar, or open another folder with --data-dir.\n\n"
                "Details: {0}",
            ).format(exc),
        )
        return 1
    except StorageError as exc:
        log.error("Cannot open the data folder %s: %s", folder, exc)
        show_error(QCoreApplication.translate("run_gui", "Peerview cannot start"), str(exc))
        return 1
    run_loop = created or quit_after_ms is not None
    try:
        frameworks.ensure_default(store)
        window = MainWindow(store)
    except BaseException:
        store.close()
        raise
    if screenshot is not None:
        # After the loop starts, so the window is laid out and polished before the grab.
        QTimer.singleShot(0, window, lambda: save_screenshot(window, screenshot))
    if not run_loop:
        _detach(window, store)
        window.show()
        return 0

    # When someone else owns the application (a test's qapp), run a loop of our own:
    # quitting QApplication.exec() leaves Qt refusing to run nested loops afterwards.
    loop: QApplication | QEventLoop = app if created else QEventLoop()
    if not created:
        window.closed.connect(lambda: loop.exit(0))
    previous_hook = sys.excepthook
    sys.excepthook = _error_hook(app, loop.exit, previous_hook)
    try:
        window.show()
        if quit_after_ms is not None:
            QTimer.singleShot(quit_after_ms, window, lambda: loop.exit(0))
        return loop.exec()
    finally:
        sys.excepthook = previous_hook
        window.close()  # saves geometry if the loop ended some other way
        window.deleteLater()
        store.close()


def _application() -> tuple[QApplication, bool]:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app, created = existing, False
    else:
        app, created = QApplication(sys.argv[:1]), True
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    # The same reverse-DNS id as the .desktop file, so Wayland docks match the window.
    QGuiApplication.setDesktopFileName(paths.APP_ID)
    # The window icon on X11 and in Alt-Tab; installers give the menus the same drawing.
    app.setWindowIcon(QIcon(str(paths.resource_path("icons", f"{paths.APP_ID}.svg"))))
    _windows_taskbar_id()
    return app, created


def _windows_taskbar_id() -> None:
    """Windows groups the taskbar button with the Start-menu shortcut only when the process
    has the AppUserModelID the installer gave the shortcut (packaging/windows/peerview.iss)."""
    if sys.platform != "win32":
        return
    import ctypes

    try:
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(paths.APP_ID)
    except (AttributeError, OSError):  # pragma: no cover - Windows only, and cosmetic
        log.info("Could not set the Windows AppUserModelID", exc_info=True)


def _detach(window: MainWindow, store: Store) -> None:
    _detached.add(window)

    def closed() -> None:
        # Release the folder as soon as the window closes, not whenever Qt gets round
        # to deleting it: deferred deletes wait for an event loop level to unwind.
        store.close()
        _detached.discard(window)
        window.deleteLater()

    window.closed.connect(closed)


def headless() -> bool:
    return QGuiApplication.platformName() in _HEADLESS_PLATFORMS


def show_error(title: str, message: str, parent: QWidget | None = None) -> None:
    """A critical message box, or standard error when there is no screen to show it on."""
    if headless():
        print(f"{title}: {message}", file=sys.stderr)
        return
    QMessageBox.critical(parent, title, message)


def save_screenshot(window: QWidget, path: Path) -> None:
    """Write what the window shows to ``path`` as PNG, atomically."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not window.grab().save(buffer, "PNG"):
        raise OSError(f"Could not render the window to PNG for {path}")
    fileio.write_bytes(path, bytes(buffer.data().data()))
    log.info("Saved a screenshot to %s", path)


def save_pending_work(app: QApplication) -> None:
    """Ask every open workspace to store what is typed and not yet stored."""
    for widget in app.topLevelWidgets():
        workspace = getattr(widget, "workspace", None)
        flush = getattr(workspace, "flush", None)
        if not callable(flush):
            continue
        try:
            flush()
        except Exception:  # the error being reported may be in the store itself
            log.exception("Could not save pending edits while handling an error")


def _error_hook(
    app: QApplication, exit_loop: Callable[[int], None], previous: ExceptHook
) -> ExceptHook:
    """An excepthook that saves, logs, tells the person, and shuts down cleanly.

    Every change is committed by its own transaction; only typing still inside the
    editor's save delay (under a second) is pending. That is stored first, so the dialog's
    "nothing you entered is lost" is already true when the person reads it.
    """
    handling = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal handling
        if issubclass(exc_type, KeyboardInterrupt) or handling:
            previous(exc_type, exc, tb)
            return
        handling = True
        log.critical("Unhandled error", exc_info=(exc_type, exc, tb))
        save_pending_work(app)
        detail = "".join(traceback.format_exception_only(exc_type, exc)).strip()
        show_error(
            QCoreApplication.translate("run_gui", "Peerview has to close"),
            QCoreApplication.translate(
                "run_gui",
                "Something went wrong that Peerview cannot recover from. Your notes are "
                "saved as you go, so nothing you entered is lost.\n\nDetails: {0}",
            ).format(detail),
            app.activeWindow(),
        )
        QApplication.closeAllWindows()
        exit_loop(1)

    return hook
