"""The user guide: every picture it shows exists, and the script that takes its own
pictures writes them from the demo."""

from __future__ import annotations

import os
import re
from pathlib import Path

import keyring
from pytestqt.qtbot import QtBot

from tools import guide_shots

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
ROLE_PAGES = (
    "reviewer-on-the-day.md",
    "lead-reviewer.md",
    "host-headteacher.md",
    "partnership-lead.md",
    "moving-bundles.md",
    "lost-laptop.md",
)


def referenced_images() -> list[tuple[Path, Path]]:
    found = []
    for page in sorted(GUIDE.glob("*.md")):
        for target in IMAGE.findall(page.read_text(encoding="utf-8")):
            found.append((page, (page.parent / target).resolve()))
    return found


def test_every_picture_the_guide_shows_exists() -> None:
    images = referenced_images()
    assert len(images) >= 10
    for page, image in images:
        assert image.is_file(), f"{page.name} shows {image}, which is missing"
        assert image.read_bytes().startswith(PNG_MAGIC), image


def test_every_role_has_a_page_linked_from_the_index() -> None:
    index = (GUIDE / "README.md").read_text(encoding="utf-8")
    for page in ROLE_PAGES:
        assert (GUIDE / page).is_file()
        assert f"({page})" in index


def test_guide_pictures_come_from_the_script(qtbot: QtBot, tmp_path: Path) -> None:
    config_before = os.environ.get("XDG_CONFIG_HOME")
    keyring_before = keyring.get_keyring()
    written = guide_shots.main(tmp_path / "images")
    assert [p.name for p in written] == list(guide_shots.IMAGES)
    for path in written:
        assert path.read_bytes().startswith(PNG_MAGIC)
        # The committed copy the guide shows is there too.
        assert (GUIDE / "images" / path.name).is_file()
    assert os.environ.get("XDG_CONFIG_HOME") == config_before
    assert keyring.get_keyring() is keyring_before
