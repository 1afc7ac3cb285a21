"""The main window: what it lists, its empty state, keyboard access, and run_gui."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.models import backups as backup_mod
from app.models.database import DB_NAME, AlreadyOpenError, CorruptDatabaseError
from app.models.lock import DataLock
from app.services import reviews
from app.services.store import Store
from app.ui import app as app_module
from app.ui.app import run_gui
from app.ui.home.main_window import MainWindow
from app.ui.home.review_list_model import Column
from tests.models.test_storage import corrupt_a_note_page, corrupt_middle, digest, fill
from tests.ui.helpers import make_review

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def folder_is_free(folder: Path) -> bool:
    try:
        Store.open(folder).close()
    except AlreadyOpenError:
        return False
    return True


def cell(win: MainWindow, row: int, column: Column) -> str:
    return str(win.proxy.index(row, column).data())


def test_lists_reviews_made_through_services(qtbot: QtBot, store: Store) -> None:
    welsh = make_review(store, "Ysgol Gymraeg Ŵyn", "Adolygiad cymheiriaid", notes=2)
    make_review(
        store,
        "Eastfield Drove Primary",
        "Peer review: Eastfield",
        start="2026-03-02",
        end="2026-03-03",
    )
    reviews.set_status(store, welsh, "team_confirmed")
    win = MainWindow(store)
    qtbot.addWidget(win)

    assert win.proxy.rowCount() == 2
    assert win.stack.currentWidget() is win.table
    # Newest first: the default sort is by dates, descending.
    assert cell(win, 0, Column.REVIEW) == "Adolygiad cymheiriaid"
    assert cell(win, 0, Column.HOST_SCHOOL) == "Ysgol Gymraeg Ŵyn"
    assert cell(win, 0, Column.DATES) == "17 Nov 2026"
    assert cell(win, 0, Column.STATUS) == "Team confirmed"
    assert cell(win, 0, Column.NOTES) == "2"
    assert cell(win, 0, Column.FINDINGS) == "0"
    assert cell(win, 1, Column.DATES) == "2–3 Mar 2026"
    assert cell(win, 1, Column.STATUS) == "Planning"
    assert win.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole) == welsh


def test_empty_state_then_refresh(window: MainWindow, store: Store) -> None:
    assert window.proxy.rowCount() == 0
    assert window.stack.currentWidget() is window.empty_label
    assert window.empty_label.isVisible()
    assert "No reviews yet" in window.empty_label.text()
    assert "Help › Welcome…" in window.empty_label.text()  # words, not a command

    review_id = make_review(store, "Ysgol Gymraeg Ŵyn", "First review")
    window.refresh()
    assert window.stack.currentWidget() is window.table
    assert window.proxy.rowCount() == 1
    window.select_review(review_id)
    window.refresh()
    assert window.selected_review_id() == review_id


def test_every_focusable_widget_has_an_accessible_name(window: MainWindow, store: Store) -> None:
    make_review(store, "Ysgol Gymraeg Ŵyn", "A review")
    window.refresh()
    focusable = [
        w for w in window.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert window.table in focusable
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}" for w in focusable if not w.accessibleName()
    ]
    assert unnamed == []
    menus = [action.menu() for action in window.menuBar().actions()]
    assert menus
    assert all(isinstance(m, QMenu) and m.accessibleName() for m in menus)


def test_table_is_keyboard_first(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    first = make_review(store, "Ysgol Gymraeg Ŵyn", "A review", start="2026-11-17")
    make_review(store, "Eastfield", "Older review", start="2026-01-10", end="2026-01-10")
    window.refresh()
    window.table.setFocus()
    window.table.selectRow(0)
    with qtbot.waitSignal(window.review_activated) as blocker:
        window.table.activated.emit(window.table.currentIndex())
    assert blocker.args == [first]


def test_quit_action_and_shortcut_close_the_window(window: MainWindow, qtbot: QtBot) -> None:
    # The platform's Quit key where it has one (Cmd+Q on macOS), else Ctrl+Q.
    assert window.quit_action.shortcut().matches(QKeySequence("Ctrl+Q"))
    window.activateWindow()
    qtbot.waitActive(window)
    with qtbot.waitSignal(window.quit_action.triggered):
        qtbot.keyClick(window.table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())

    window.show()
    qtbot.waitExposed(window)
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_geometry_is_remembered_in_the_config_folder(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    # Smaller than the offscreen screen (800x600), which restoreGeometry would clamp to.
    first.resize(700, 450)
    first.close()
    assert (tmp_path / "config" / "Peerview" / "Peerview.conf").is_file()

    second = MainWindow(store)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 450)


def test_run_gui_shows_the_window_and_saves_a_screenshot(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "x.png"
    Store.open(data_dir).close()  # an existing database: its check runs in the background
    assert run_gui(data_dir, quit_after_ms=200, screenshot=shot) == 0
    assert shot.read_bytes().startswith(PNG_MAGIC)
    # run_gui closed its store: the folder opens again.
    Store.open(data_dir).close()
    # Collection was off while the check's thread ran (gc_guard.py), and is on again.
    assert gc.isenabled()


def test_garbage_is_not_collected_while_the_integrity_check_runs(
    qtbot: QtBot, data_dir: Path
) -> None:
    Store.open(data_dir).close()
    assert run_gui(data_dir) == 0
    window = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    )
    check = window.store.db.check
    assert check is not None
    if not check.ended:  # usually still running here: nothing may collect meanwhile
        assert not gc.isenabled()
    qtbot.waitUntil(lambda: check.ended and gc.isenabled(), timeout=10_000)
    window.close()
    qtbot.waitUntil(lambda: folder_is_free(data_dir))


def test_run_gui_refuses_a_folder_already_open(
    qtbot: QtBot, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = Store.open(data_dir)
    try:
        assert run_gui(data_dir, quit_after_ms=200) == 1
    finally:
        holder.close()
    assert "already open" in capsys.readouterr().err


def test_unhandled_error_closes_cleanly(
    qtbot: QtBot, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail() -> None:
        raise RuntimeError("boom")

    context = QObject()
    QTimer.singleShot(0, context, fail)
    assert run_gui(data_dir, quit_after_ms=5000) == 1
    assert "boom" in capsys.readouterr().err
    Store.open(data_dir).close()


def test_run_gui_inside_a_running_app_leaves_the_window_open(qtbot: QtBot, data_dir: Path) -> None:
    assert run_gui(data_dir) == 0
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    opened = next(w for w in windows if w.isVisible())
    with pytest.raises(AlreadyOpenError):
        Store.open(data_dir)
    opened.close()
    # The window deletes itself on close, and its store (and the folder's lock) goes with it.
    qtbot.waitUntil(lambda: folder_is_free(data_dir))


def test_run_gui_on_a_damaged_database_says_so_and_writes_nothing(
    qtbot: QtBot, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The window opens while the integrity check runs (decision 0018); when the check
    finds damage, the person gets the usual message with the way back to a backup, and
    neither the file nor the backups change."""
    fill(data_dir)
    with Store.open(data_dir) as store:
        newest = store.db.backup()
    corrupt_middle(data_dir / DB_NAME)
    damaged = digest(data_dir / DB_NAME)
    backups_before = backup_mod.list_backups(data_dir)

    assert run_gui(data_dir, quit_after_ms=10_000) == 1

    err = capsys.readouterr().err
    assert "failed its integrity check" in err
    assert str(newest) in err
    assert "Nothing has been changed" in err
    assert digest(data_dir / DB_NAME) == damaged, "the damaged file was written to"
    assert backup_mod.list_backups(data_dir) == backups_before
    lock = DataLock(data_dir)
    assert lock.acquire("test"), "the window let go of the folder"
    lock.release()


def test_a_window_already_up_closes_when_the_check_finds_damage(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(data_dir)
    corrupt_a_note_page(data_dir / DB_NAME)
    damaged = digest(data_dir / DB_NAME)
    shown: list[str] = []
    monkeypatch.setattr(
        app_module, "show_error", lambda _t, message, _p=None: shown.append(message)
    )
    store = Store.open(data_dir, background_check=True)
    try:
        win = MainWindow(store)
        qtbot.addWidget(win)
        stopped: list[bool] = []
        app_module.watch_integrity(win, store, lambda: stopped.append(True))
        win.show()
        qtbot.waitUntil(lambda: bool(stopped))
        assert not win.isVisible()
        assert "failed its integrity check" in shown[0]
        with pytest.raises(CorruptDatabaseError), store.write() as tx:
            reviews.create_school(tx, "Never written", None)
    finally:
        store.close()
    assert digest(data_dir / DB_NAME) == damaged


class _Terminal:
    """stdin as a person's terminal: what ``isatty`` answers is all the start reads."""

    def isatty(self) -> bool:
        return True


def test_with_no_screen_a_new_folder_asks_for_its_passphrase_at_the_terminal(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's first ``./dev run`` on a server: no display, no keyring, a terminal.
    The passphrase is asked there (typed twice), not refused with advice to use a terminal."""
    import getpass

    from app.services import datakey

    chosen = "a field day in Llandrindod"
    typed: list[str] = []

    def person(prompt: str) -> str:
        typed.append(prompt)
        return chosen

    monkeypatch.setattr(datakey, "DEFAULT_ACCESS", datakey.Access(use_keyring=False))
    monkeypatch.setattr(getpass, "getpass", person)
    monkeypatch.setattr("sys.stdin", _Terminal())
    shot = tmp_path / "first.png"
    assert run_gui(data_dir, quit_after_ms=200, screenshot=shot) == 0
    assert len(typed) == 2  # chosen, then typed again to check
    assert shot.read_bytes().startswith(PNG_MAGIC)
    Store.open(data_dir, access=datakey.Access(passphrase=chosen, use_keyring=False)).close()
