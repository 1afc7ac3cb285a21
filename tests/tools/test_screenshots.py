"""The screenshot script: every scene in light and dark at its documentation size, a screen
variant as a picture of the whole screen at its pixel size, and a window that cannot
shrink to the screen named with what is cut off."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tools import screenshots, shots_data
from tools.scenes import SCENES
from tools.shots_render import draw_variant, misfit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data(tmp_path: Path) -> shots_data.PictureData:
    return shots_data.build(tmp_path / "data")


@pytest.mark.slow
def test_every_scene_is_drawn_light_and_dark_at_its_size(
    qtbot: QtBot, tmp_path: Path, data: shots_data.PictureData
) -> None:
    config_before = os.environ.get("XDG_CONFIG_HOME")
    out = tmp_path / "shots"
    for name in ("doc", "dark"):
        assert draw_variant(screenshots.BY_NAME[name], "offscreen", data, out, []) == 0
    for scene in SCENES:
        light = QImage(str(out / f"{scene.name}.png"))
        dark = QImage(str(out / f"{scene.name}-dark.png"))
        if scene.name not in ("safeguarding", "framework-editor"):  # dialogs: their own size
            assert (light.width(), light.height()) == scene.size, scene.name
        assert dark.size() == light.size(), scene.name
        # Dark mode really is dark: the window's background, by its right edge.
        corner = (light.width() - 3, light.height() // 2)
        assert dark.pixelColor(*corner).lightness() < light.pixelColor(*corner).lightness()
    # The pictures were taken in a throwaway configuration, and the app is light again.
    assert os.environ.get("XDG_CONFIG_HOME") == config_before
    assert QApplication.palette().window().color().lightness() > 128


def test_a_screen_variant_is_the_whole_screen_in_pixels(
    tmp_path: Path, data: shots_data.PictureData
) -> None:
    variant = screenshots.BY_NAME["1366x768@125"]
    out = tmp_path / "shots"
    env = {
        **os.environ,
        **screenshots.environment(tmp_path),
        "QT_QPA_PLATFORM": screenshots._qt_platform(variant, "offscreen", tmp_path),
        "QT_SCALE_FACTOR": "1.25",
    }
    done = subprocess.run(
        [sys.executable, "-m", "tools.screenshots", "--variant", variant.name,
         "--data", str(data.lead.parent), "--review", data.review_id, "--out", str(out),
         "--only", "main-window"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    picture = QImage(str(out / "main-window-1366x768@125.png"))
    assert (picture.width(), picture.height()) == (1366, 768)
    # The window fills the screen: no black screen shows at its far corner.
    assert picture.pixelColor(1360, 760).lightness() > 128
    assert "does not fit" not in done.stdout


def test_a_window_bigger_than_the_screen_is_named_with_what_is_cut_off(qtbot: QtBot) -> None:
    window = QWidget()
    # Frameless: misfit measures the frame too, and offscreen Qt adds a pretend one.
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint)
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    window.setMinimumSize(screen.width() + 40, screen.height() + 25)
    window.setGeometry(screen)
    window.show()
    found = misfit("capture", [window], window.screen())
    assert found.startswith("capture: the window is ")
    assert f"it asks for at least {screen.width() + 40}×{screen.height() + 25}" in found
    assert "cut off 40 px on the right, 25 px at the bottom" in found
    window.setMinimumSize(10, 10)
    window.setGeometry(screen)
    assert misfit("capture", [window], window.screen()) == ""


def test_an_unknown_scene_is_refused_with_the_list(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as refused:
        screenshots.main(["--only", "nonesuch", "--no-x11"])
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "no scene nonesuch" in err
    assert "capture" in err


def test_a_language_s_pictures_go_to_its_own_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """--language cy: the Welsh window (the start reads PEERVIEW_LANGUAGE), the documentation
    picture and the smallest screen only, into docs/screenshots/cy."""
    asked: dict[str, object] = {}

    def make_all(out: Path, only: list[str], platforms: list[str], variants: object) -> int:
        asked.update(out=out, platforms=platforms, variants=[v.name for v in variants])  # type: ignore[attr-defined]
        asked["language"] = os.environ.get("PEERVIEW_LANGUAGE")
        return 0

    monkeypatch.setattr(screenshots, "make_all", make_all)
    monkeypatch.setattr(screenshots, "DEFAULT_OUT", tmp_path)
    monkeypatch.setenv("PEERVIEW_LANGUAGE", "en")  # restored after the test
    assert screenshots.main(["--language", "cy", "--only", "main-window"]) == 0
    assert asked == {
        "out": tmp_path / "cy",
        "platforms": ["offscreen"],
        "variants": ["doc", "1024x600"],
        "language": "cy",
    }
