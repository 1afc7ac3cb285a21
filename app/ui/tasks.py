"""Long work off the GUI thread, with a progress dialog and cancel (docs/architecture.md).

``run_task`` runs a plain function on a worker thread. The function receives a
``Progress`` to report through and to learn of a cancel; its result (or its exception)
comes back on the GUI thread. Writes stay safe because every write goes through
``Store.write()``, which serialises writers in this process.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui import gc_guard

log = logging.getLogger(__name__)

# A dialog for work that finishes quickly only flickers: show it after this long.
SHOW_AFTER_MS = 400
POLL_MS = 25

_running: set[TaskHandle] = set()


class TaskCancelled(Exception):
    """Raised inside a task by ``Progress`` once the person has pressed Cancel."""


class Progress:
    """Handed to a task: ``progress(done, total, message)`` or ``progress("message")``.

    Raises TaskCancelled at the next report after a cancel, so a task stops at a point of
    its own choosing (between transactions), never half-way through a write.
    """

    def __init__(self, emit: Callable[[int, int, str], None], cancel: threading.Event) -> None:
        self._emit = emit
        self._cancel = cancel

    def __call__(self, done: int | str = 0, total: int = 0, message: str = "") -> None:
        if isinstance(done, str):
            message, count = done, 0
        else:
            count = done
        if self._cancel.is_set():
            raise TaskCancelled
        self._emit(count, total, message)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class TaskHandle(QObject):
    """A running task. ``done`` fires on the GUI thread once it has finished or failed.

    The worker thread never touches Qt objects: it puts progress and its outcome on a
    queue that a timer on the GUI thread drains. (Queued cross-thread signals were lost
    here when a nested event loop had run before, so the queue is the simpler contract.)
    """

    done = Signal()
    progressed = Signal(int, int, str)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        cancellable: bool,
        quiet: bool = False,
    ) -> None:
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished = False
        self.orphaned = False
        self._on_done = on_done
        self._on_error = on_error
        self._queue: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._gc_hold: gc_guard.Hold | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._drain)
        self.dialog: QProgressDialog | None = None
        if not quiet:
            self.dialog = self._make_dialog(parent, title, cancellable)

    def _make_dialog(
        self, parent: QWidget | None, title: str, cancellable: bool
    ) -> QProgressDialog:
        dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setAccessibleName(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        return dialog

    def start(self, fn: Callable[[Progress], Any]) -> None:
        def emit(done: int, total: int, message: str) -> None:
            self._queue.put(("progress", (done, total, message)))

        def work() -> None:
            try:
                result = fn(Progress(emit, self.cancel_event))
            except BaseException as exc:  # handed to the GUI thread, not lost
                self._queue.put(("failed", exc))
            else:
                self._queue.put(("finished", result))

        self._thread = threading.Thread(target=work, name="peerview-task", daemon=False)
        self._timer.start()
        # No garbage collection on the worker (gc_guard.py); released with the outcome,
        # or if this handle's owner is destroyed first and the outcome never drains (a
        # page closed while it refreshed). Such a task is orphaned: once its thread ends
        # it no longer counts as running, or the window's close and the test teardown
        # would wait for an outcome that no timer will ever deliver.
        held = self._gc_hold = gc_guard.Hold()
        handle = self

        def owner_gone(*_: object) -> None:
            held.release()
            handle.orphaned = True

        self.destroyed.connect(owner_gone)
        self._thread.start()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the worker thread has ended (its outcome is delivered on drain)."""
        if self._thread is not None:
            self._thread.join(timeout_s)
            return not self._thread.is_alive()
        return True

    def thread_alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def cancel(self) -> None:
        self.cancel_event.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Stopping…"))

    def _drain(self) -> None:
        while not self.finished:
            try:
                kind, value = self._queue.get_nowait()
            except queue.Empty:
                return
            if kind == "progress":
                self._on_progress(*value)
            elif kind == "finished":
                self._on_finished(value)
            else:
                self._on_failed(value)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)
        if self.dialog is None:
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message:
            self.dialog.setLabelText(message)

    def _finish(self) -> None:
        self.finished = True
        self._timer.stop()
        if self._gc_hold is not None and self._thread is not None:
            # The outcome is the worker's last act: it has ended, or ends at once.
            self._thread.join()
            self._gc_hold.release()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        _running.discard(self)
        self.done.emit()

    def _on_finished(self, result: Any) -> None:
        self.result = result
        self._finish()
        if self._on_done is not None:
            self._on_done(result)

    def _on_failed(self, exc: BaseException) -> None:
        self.error = exc
        self._finish()
        if isinstance(exc, TaskCancelled):
            log.info("Task cancelled")
            return
        if self._on_error is not None:
            self._on_error(exc)
        else:
            # Unexpected failures go to the application's error hook (it saves and closes).
            QTimer.singleShot(0, lambda: _reraise(exc))


def _reraise(exc: BaseException) -> None:
    raise exc


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    cancellable: bool = True,
    quiet: bool = False,
) -> TaskHandle:
    """Run ``fn(progress)`` on a worker thread; call ``on_done(result)`` or
    ``on_error(exc)`` on the GUI thread. A cancel is not an error: neither is called.
    ``quiet``: no progress dialog (a view refreshing itself in the background)."""
    handle = TaskHandle(parent, title, on_done, on_error, cancellable, quiet)
    _running.add(handle)
    handle.start(fn)
    return handle


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until every worker thread has ended (window close, test teardown)."""
    return all(handle.wait(timeout_ms / 1000) for handle in list(_running))


def running() -> int:
    """Tasks whose outcome is still to come: an orphan (see ``TaskHandle.start``) counts
    only while its thread works on."""
    for handle in [h for h in _running if h.orphaned and not h.thread_alive()]:
        _running.discard(handle)
    return len(_running)
