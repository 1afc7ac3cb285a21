"""Peerview's window carries its own icon, drawn from the SVG the installers also use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.app import run_gui


def test_run_gui_sets_the_app_icon(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    assert run_gui(data_dir, quit_after_ms=100, screenshot=tmp_path / "x.png") == 0
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert (image.width(), image.height()) == (64, 64)
    # The tile's teal at its lower left, not the default (empty) icon.
    corner = QColor(image.pixel(14, 50))
    assert corner.alpha() == 255 and corner.green() > corner.red() + 40
