"""The review workspace shell: opening a review from the list, moving between pages by
keyboard, going back, undo following the open review, and background tasks."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid as shiboken_valid

from app.services import reviews
from app.services.store import Store
from app.ui import tasks
from app.ui.home.main_window import MainWindow
from tests.ui.helpers import make_review


def test_enter_opens_the_review_and_back_returns_to_it(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    first = make_review(store, "Ysgol Gymraeg Ŵyn", "Adolygiad cymheiriaid")
    make_review(store, "Marsh Lane Academy", "Triad review", start="2026-01-05", end="2026-01-05")
    window.refresh()
    window.table.setFocus()
    window.select_review(first)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)

    workspace = window.workspace
    assert workspace is not None and workspace.review_id == first
    assert window.views.currentWidget() is workspace
    assert workspace.title_label.text() == "Adolygiad cymheiriaid"
    assert "Ysgol Gymraeg Ŵyn" in workspace.subtitle_label.text()
    overview = workspace.pages["overview"]
    assert "How well does feedback help pupils" in overview.body.text()  # type: ignore[attr-defined]
    assert "Adolygiad cymheiriaid" in window.windowTitle()

    window.back_action.trigger()
    assert window.workspace is None
    assert window.views.currentWidget() is window.home
    assert window.selected_review_id() == first


def test_ctrl_number_moves_between_pages(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    review_id = make_review(store, "Fen Reeve Primary", "Spring review")
    workspace = window.open_review(review_id)
    last = len(workspace.specs)
    workspace.tabs.setCurrentIndex(0)
    qtbot.keyClick(
        workspace.tabs.currentWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier
    )
    assert workspace.tabs.currentIndex() == 0
    if last > 1:
        qtbot.keyClick(
            workspace.tabs.currentWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier
        )
        assert workspace.tabs.currentIndex() == 1


def test_edits_elsewhere_refresh_the_header_and_list(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    review_id = make_review(store, "Fen Reeve Primary", "Spring review")
    workspace = window.open_review(review_id)
    with store.write() as tx:
        tx.upsert("review", review_id, {"title": "Spring review (revised)"})
    window.bus.publish(tx.changes)
    assert workspace.title_label.text() == "Spring review (revised)"
    window.show_home()
    assert window.proxy.index(0, 0).data() == "Spring review (revised)"


class _SetStatus(QUndoCommand):
    def __init__(self, store: Store, review_id: str, old: str, new: str) -> None:
        super().__init__(f"status {new}")
        self.store, self.review_id, self.old, self.new = store, review_id, old, new

    def redo(self) -> None:
        reviews.set_status(self.store, self.review_id, self.new)

    def undo(self) -> None:
        reviews.set_status(self.store, self.review_id, self.old)


def test_edit_menu_undo_follows_the_open_review(window: MainWindow, store: Store) -> None:
    review_id = make_review(store, "Fen Reeve Primary", "Spring review")
    assert not window.undo_action.isEnabled()
    workspace = window.open_review(review_id)
    workspace.undo_stack.push(_SetStatus(store, review_id, "planning", "visit"))
    assert reviews.get_review(store, review_id).summary.status == "visit"
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert reviews.get_review(store, review_id).summary.status == "planning"
    window.redo_action.trigger()
    assert reviews.get_review(store, review_id).summary.status == "visit"
    window.show_home()
    assert not window.undo_action.isEnabled()


def test_task_reports_progress_and_returns_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[int, int, str]] = []
    results: list[object] = []
    gui_thread = threading.current_thread()
    done_in: list[threading.Thread] = []

    def work(progress: tasks.Progress) -> int:
        for i in range(5):
            progress(i + 1, 5, f"step {i + 1}")
        return 42

    def on_done(value: object) -> None:
        results.append(value)
        done_in.append(threading.current_thread())

    handle = tasks.run_task(None, "Counting", work, on_done)
    handle.progressed.connect(lambda d, t, m: seen.append((d, t, m)))
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)
    assert results == [42]
    assert done_in == [gui_thread]
    assert handle.error is None


def test_cancel_stops_a_task_between_steps_without_an_error(qtbot: QtBot) -> None:
    started = threading.Event()
    release = threading.Event()
    steps: list[int] = []
    errors: list[BaseException] = []

    def work(progress: tasks.Progress) -> None:
        started.set()
        release.wait(5)
        for i in range(100):
            progress(i, 100)
            steps.append(i)

    handle = tasks.run_task(None, "Long work", work, on_error=errors.append)
    started.wait(5)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)
    assert steps == []
    assert isinstance(handle.error, tasks.TaskCancelled)
    assert errors == []


def test_a_failing_task_hands_its_error_to_the_gui_thread(qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def work(progress: tasks.Progress) -> None:
        raise ValueError("the bundle is truncated")

    handle = tasks.run_task(None, "Importing", work, on_error=errors.append)
    qtbot.waitUntil(lambda: handle.finished, timeout=5000)
    assert [str(e) for e in errors] == ["the bundle is truncated"]
    assert tasks.wait_for_tasks(1000)


def test_garbage_is_never_collected_on_a_worker_thread(qtbot: QtBot) -> None:
    """A collection on a worker could destroy Qt objects off the GUI thread (gc_guard.py):
    while tasks run, collection is off; it is on again once the last one has ended, also
    when a task's owner is destroyed before its outcome arrives."""
    assert gc.isenabled()
    go = {"First": threading.Event(), "Second": threading.Event()}
    seen_on_worker: list[bool] = []

    def work_for(name: str) -> Callable[[tasks.Progress], None]:
        def work(progress: tasks.Progress) -> None:
            go[name].wait(5)
            seen_on_worker.append(gc.isenabled())

        return work

    first = tasks.run_task(None, "First", work_for("First"))
    owner = QWidget()
    second = tasks.run_task(owner, "Second", work_for("Second"))
    assert not gc.isenabled()
    owner.deleteLater()  # the second outcome will never be drained
    qtbot.waitUntil(lambda: not shiboken_valid(second), timeout=5000)
    go["Second"].set()
    qtbot.waitUntil(lambda: len(seen_on_worker) == 1, timeout=5000)
    assert not gc.isenabled()  # the first is still running
    go["First"].set()
    qtbot.waitUntil(lambda: first.finished, timeout=5000)
    assert seen_on_worker == [False, False]
    assert gc.isenabled()


def test_a_task_whose_page_closed_stops_counting_once_its_thread_ends(qtbot: QtBot) -> None:
    """A page closed while it refreshed never receives its outcome; the window's close (and
    each GUI test's teardown) waits for running() to reach 0, so the orphan must stop
    counting once its thread has ended, and not before."""
    before = tasks.running()
    go = threading.Event()
    owner = QWidget()
    handle = tasks.run_task(owner, "Refreshing", lambda progress: go.wait(5), quiet=True)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken_valid(handle), timeout=5000)
    assert tasks.running() == before + 1  # its thread still reads
    go.set()
    qtbot.waitUntil(lambda: tasks.running() == before, timeout=5000)
    assert tasks.wait_for_tasks(1000)


def test_a_page_that_cannot_read_what_it_shows_is_refused_when_written() -> None:
    from app.ui.review.page import ReviewPage

    with pytest.raises(TypeError, match="must define refresh"):

        class Forgetful(ReviewPage):  # a page that never reads its data
            WATCHED = frozenset({"evidence_note"})
