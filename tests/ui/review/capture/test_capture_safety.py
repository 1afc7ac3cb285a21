"""Never lose a note: a kill mid-typing, a crash, and a second copy of Peerview."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.database import DB_NAME
from app.services import evidence
from app.services.store import Store
from app.ui import app as app_module
from app.ui.app import run_gui
from app.ui.home.main_window import MainWindow
from tests import raw_db
from tests.ui.review.capture.capture_helpers import open_capture, review_with_timetable, type_text
from tests.ui.review.capture.capture_writer import TEXT

ROOT = Path(__file__).resolve().parents[4]


@pytest.mark.slow  # a window typing in a child process
def test_a_killed_writer_loses_at_most_the_last_second(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        review_id = review_with_timetable(store)
    env = raw_db.child_env(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.review.capture.capture_writer", str(data_dir), review_id],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
    )
    assert proc.stdout is not None
    lines: list[str] = []
    first_typed: float | None = None
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if line.startswith("TYPED") and first_typed is None:
                first_typed = time.monotonic()
            # Kill mid-typing, a few save intervals in.
            if first_typed is not None and time.monotonic() - first_typed > 2.2:
                break
        killed_at = time.time()
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        rest, _ = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    lines += rest.splitlines()
    note_id = next(line.split()[1] for line in lines if line.startswith("NOTE"))
    typed = [
        (int(parts[1]), float(parts[2]))
        for parts in (line.split() for line in lines)
        if parts and parts[0] == "TYPED"
    ]
    total = max(count for count, _ in typed)
    assert total < len(TEXT), "the writer finished before the kill; type more text"
    safe = max((count for count, at in typed if at <= killed_at - 1.0), default=0)
    assert safe > 20, "the writer had barely started typing"

    db = data_dir / DB_NAME
    check = raw_db.connect(db, read_only=True)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        check.close()
    with Store.open(data_dir) as store:
        stored = evidence.get_note(store, note_id).note.text
    assert stored.startswith(TEXT[:safe])
    assert TEXT.startswith(stored)


def test_a_crash_saves_pending_typing_before_the_error_dialog(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(data_dir) as store:
        review_id = review_with_timetable(store)
    seen: dict[str, str] = {}
    state: dict[str, object] = {}

    def show_error(title: str, message: str, parent: object = None) -> None:
        # What the store holds at the moment the person reads the message.
        window = state["window"]
        assert isinstance(window, MainWindow)
        note_id = str(state["note"])
        seen["stored"] = evidence.get_note(window.store, note_id).note.text
        seen["message"] = message

    def reviewer_types_then_something_breaks() -> None:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        page = open_capture(window, review_id)
        state["window"], state["note"] = window, page.new_note()
        type_text(page.editor.text, "Ysgrifennu annibynnol ")  # still inside the save delay
        raise RuntimeError("a bug in a slot")

    monkeypatch.setattr(app_module, "show_error", show_error)
    context = QObject()
    QTimer.singleShot(50, context, reviewer_types_then_something_breaks)
    assert run_gui(data_dir, quit_after_ms=10_000) == 1
    assert seen["stored"] == "Ysgrifennu annibynnol "
    assert "nothing you entered is lost" in seen["message"]
    assert "a bug in a slot" in seen["message"]


def test_a_second_copy_is_refused_kindly(
    qtbot: QtBot, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = Store.open(data_dir, purpose="Peerview window")
    try:
        assert run_gui(data_dir, quit_after_ms=200) == 1
    finally:
        holder.close()
    err = capsys.readouterr().err
    assert "Peerview is already open" in err
    assert "Switch to the Peerview window that is already open" in err
    assert "Traceback" not in err
