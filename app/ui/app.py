"""Starting the desktop app: the QApplication, the store, the main window, the error hook."""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QBuffer, QCoreApplication, QEventLoop, QIODevice, QLocale, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import dates, fileio, paths
from app.models.database import AlreadyOpenError, StorageError
from app.models.integrity import CheckCancelled
from app.services import builtin_frameworks, datakey
from app.services.store import Store
from app.ui import gc_guard, i18n, qt_messages, theme
from app.ui.fonts import register_app_fonts
from app.ui.home import account_actions
from app.ui.home.main_window import MainWindow
from app.ui.messages import window_text
from app.ui.settings import APPLICATION, ORGANISATION, configured_data_dir
from app.version import __version__

log = logging.getLogger(__name__)

# Platforms with no screen to show a dialog on; a modal box there would wait forever.
_HEADLESS_PLATFORMS = {"offscreen", "minimal"}
# How often the window asks whether the background integrity check has answered.
_CHECK_POLL_MS = 50

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
    folder = paths.data_dir(data_dir if data_dir is not None else _chosen_folder())
    # The check's thread must not collect garbage holding Qt objects (gc_guard.py);
    # watch_integrity lets go once the thread has ended.
    check_hold = gc_guard.Hold()
    try:
        # The integrity check runs while the window is built; writes wait for it, and
        # damage it finds closes the window with the usual message (decision 0018).
        store = Store.open(
            folder, purpose="Peerview window", background_check=True, access=_data_access()
        )
    except AlreadyOpenError as exc:
        check_hold.release()
        # The usual cause is a second click on the launcher: say so kindly, change nothing.
        log.info("Data folder already open: %s", exc)
        show_error(
            QCoreApplication.translate("run_gui", "Peerview is already open"),
            QCoreApplication.translate(
                "run_gui",
                "Peerview is already open on this data folder, so this window will not "
                "open a second copy (two copies could overwrite each other's notes).\n\n"
                "Switch to the Peerview window that is already open. If you cannot find it, "
                "close it from the taskbar, or choose another data folder in Settings.\n\n"
                "Details: {0}",
            ).format(exc),
        )
        return 1
    except StorageError as exc:
        check_hold.release()
        log.error("Cannot open the data folder %s: %s", folder, exc)
        show_error(QCoreApplication.translate("run_gui", "Peerview cannot start"), window_text(exc))
        return 1
    run_loop = created or quit_after_ms is not None
    try:
        builtin_frameworks.ensure_builtin(store)
        window = MainWindow(store)
    except Exception as exc:
        damage = damage_found(store)
        store.close()  # joins the check's thread
        check_hold.release()
        if damage is None:
            raise
        # Building the window read a damaged page before the check said so.
        log.error("Damaged database in %s: %s (while opening: %s)", folder, damage, exc)
        show_error(QCoreApplication.translate("run_gui", "Peerview cannot start"), str(damage))
        return 1
    except BaseException:
        store.close()
        check_hold.release()
        raise
    if screenshot is not None:
        # After the loop starts, so the window is laid out and polished before the grab.
        QTimer.singleShot(0, window, lambda: save_screenshot(window, screenshot))
    if not headless():
        # Once the window is on screen, so the welcome opens over it, not before it.
        QTimer.singleShot(0, window, lambda: account_actions.welcome_if_first_run(window))
    if not run_loop:
        _detach(window, store)
        watch_integrity(window, store, lambda: None, check_hold)
        window.show()
        return 0

    # When someone else owns the application (a test's qapp), run a loop of our own:
    # quitting QApplication.exec() leaves Qt refusing to run nested loops afterwards.
    loop: QApplication | QEventLoop = app if created else QEventLoop()
    if not created:
        window.closed.connect(lambda: loop.exit(0))
    previous_hook = sys.excepthook
    sys.excepthook = _error_hook(app, loop.exit, previous_hook)
    watch_integrity(window, store, lambda: loop.exit(1), check_hold)
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


def _data_access() -> datakey.Access | None:
    """How the window gets the data key when the keyring lacks it: the passphrase dialog
    (a new folder: choose one, typed twice and checked). With no screen to show a dialog
    on, the terminal asks, as the commands do (the README's first ``./dev run`` on a
    server); in a script, the default (PEERVIEW_PASSPHRASE), and the refusal says so."""
    if headless():
        if sys.stdin is None or not sys.stdin.isatty():
            return None
        from app.services import passphrase

        return dataclasses.replace(
            datakey.DEFAULT_ACCESS,
            ask=passphrase.terminal_ask,
            ask_new=passphrase.terminal_ask_new,
        )
    from app.ui.dialogs.passphrase_dialog import make_ask, make_ask_new

    return datakey.Access(ask=make_ask(None), ask_new=make_ask_new(None))


def damage_found(store: Store) -> StorageError | None:
    """The background integrity check's refusal, waiting for it if need be; None if the
    check passed (or there was none)."""
    try:
        store.db.require_checked()
    except CheckCancelled:
        return None
    except StorageError as exc:
        return exc
    return None


def watch_integrity(
    window: MainWindow,
    store: Store,
    stopped: Callable[[], None],
    hold: gc_guard.Hold | None = None,
) -> None:
    """Once the background integrity check answers, do nothing if it passed; if it found
    damage, say what the synchronous check would have said and close the window. ``hold``
    is released once the check's thread has ended (the backup after it included).

    Polled, as tasks.py polls its workers: the check's thread knows nothing of Qt.
    Writes already wait for the check (Store.write), so nothing reaches the damaged file.
    """
    check = store.db.check
    if check is None:
        if hold is not None:
            hold.release()
        return
    timer = QTimer(window)
    timer.setInterval(_CHECK_POLL_MS)
    answered = False
    if hold is not None:
        timer.destroyed.connect(lambda *_: hold.release())

    def poll() -> None:
        nonlocal answered
        if not check.done:
            return
        if check.ended:
            timer.stop()
            if hold is not None:
                hold.release()
        if answered:
            return
        answered = True
        damage = damage_found(store)
        if damage is None:
            return
        log.error("Damaged database in %s: %s", store.db.data_dir, damage)
        show_error(
            QCoreApplication.translate("run_gui", "Peerview cannot continue"), str(damage), window
        )
        window.close()
        stopped()

    timer.timeout.connect(poll)
    timer.start()


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
    _date_conventions()
    # Before any window exists, so the first layout already has every script's glyphs.
    register_app_fonts()
    if created:
        qt_messages.quiet_size_hint_warnings()
        i18n.install_translation(app)
        theme.apply_theme()
    return app, created


def _date_conventions() -> None:
    """Dates follow the locale's territory (app/dates.py reads it from the environment).
    Windows and macOS seldom set LANG, so the system's region setting stands in."""
    if not dates.territory(dates.locale_name()):
        os.environ["LC_TIME"] = QLocale.system().name()


def _chosen_folder() -> Path | None:
    """The folder chosen in Settings, unless PEERVIEW_DATA_DIR says otherwise."""
    if os.environ.get(paths.ENV_DATA_DIR):
        return None
    return configured_data_dir()


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
