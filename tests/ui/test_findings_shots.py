"""The findings and sign-off screenshots render offscreen from a throwaway data folder."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.ui.findings import shots

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_writes_light_and_dark_pictures_of_both_pages(qtbot: QtBot, tmp_path: Path) -> None:
    config_before = os.environ.get("XDG_CONFIG_HOME")
    shots.main(tmp_path)
    for name in ("findings", "signoff", "findings-dark", "signoff-dark"):
        assert (tmp_path / f"{name}.png").read_bytes().startswith(PNG_MAGIC)
    assert os.environ.get("XDG_CONFIG_HOME") == config_before
