"""The documentation screenshot script runs offscreen and writes its PNGs."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.ui import screenshots

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_writes_light_dark_and_empty(qtbot: QtBot, tmp_path: Path) -> None:
    config_before = os.environ.get("XDG_CONFIG_HOME")
    # The capture and findings scripts have their own tests.
    screenshots.main(tmp_path / "shots", others=False)
    views = ("main-window", "planning", "coverage", "safeguarding")
    names = ["main-window-empty.png"] + [f"{v}{s}.png" for v in views for s in ("", "-dark")]
    for name in names:
        assert (tmp_path / "shots" / name).read_bytes().startswith(PNG_MAGIC)
    assert os.environ.get("XDG_CONFIG_HOME") == config_before
