"""The capture screenshots come from a script over the demo review, light and dark."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.ui.screenshots_capture import SIZE, main


def test_the_capture_screenshots_render_light_and_dark(qtbot: QtBot, tmp_path: Path) -> None:
    main(tmp_path)
    light = QImage(str(tmp_path / "capture.png"))
    dark = QImage(str(tmp_path / "capture-dark.png"))
    assert (light.width(), light.height()) == SIZE
    assert (dark.width(), dark.height()) == SIZE
    # The dark one really is dark: its window background is darker than the light one's.
    corner = (SIZE[0] - 5, SIZE[1] // 2)
    assert dark.pixelColor(*corner).lightness() < light.pixelColor(*corner).lightness()
