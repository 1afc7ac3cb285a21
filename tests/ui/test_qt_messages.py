"""Peerview with no display says where its picture is and nothing else: Qt's size-hints
warning from the offscreen platform is dropped, every other Qt message still shows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.ui.qt_messages import UNSUPPORTED_SIZE_HINTS
from tests import raw_db

# A window with a layout, shown the way Peerview starts: through _application(). Then a
# warning of Qt's own that must still reach standard error.
_SHOW_A_WINDOW = """
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from app.ui.app import _application
app, _ = _application()
window = QWidget()
QVBoxLayout(window).addWidget(QLabel("Peerview"))
window.show()
app.processEvents()
qWarning("a warning that matters")
"""


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in raw_db.child_env().items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PEERVIEW_DATA_DIR"] = str(data_dir)
    return env


def test_no_display_prints_where_the_picture_is_and_no_qt_noise(data_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app"], env=_env(data_dir), capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"saved a picture of it to {data_dir / 'main-window.png'}" in done.stdout
    assert (data_dir / "main-window.png").is_file()
    assert done.stderr == ""


def test_other_qt_warnings_still_show(data_dir: Path) -> None:
    env = {**_env(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _SHOW_A_WINDOW], env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "a warning that matters" in done.stderr
    assert UNSUPPORTED_SIZE_HINTS not in done.stderr
