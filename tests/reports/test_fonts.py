"""The report's bold faces: cut from the installed variable fonts, and really bold."""

from __future__ import annotations

import json
import struct
from importlib.metadata import version
from pathlib import Path

from app import paths
from app.reports import fonts


def weight_class(path: Path) -> int:
    """The OS/2 table's usWeightClass of a TrueType file (400 regular, 700 bold)."""
    data = path.read_bytes()
    (tables,) = struct.unpack(">H", data[4:6])
    for n in range(tables):
        tag, _, offset, _ = struct.unpack(">4sIII", data[12 + 16 * n : 28 + 16 * n])
        if tag == b"OS/2":
            return int(struct.unpack(">H", data[offset + 4 : offset + 6])[0])
    raise AssertionError(f"{path} has no OS/2 table")


def test_bold_faces_match_the_installed_fonts_and_are_bold() -> None:
    folder = paths.resource_path("fonts")
    made = json.loads((folder / "versions.json").read_text())
    assert made == {
        "NotoSans-Bold.ttf": version("fontpkg-noto-sans"),
        "NotoSansArabic-Bold.ttf": version("fontpkg-noto-sans-arabic"),
    }, "the fontpkg packages changed: run packaging/make_fonts.py"
    for name, path in fonts.static_font_files().items():
        assert weight_class(path) == 700, name
    assert weight_class(fonts.font_files()["PeerviewSans"]) == 400
    # The licence travels with the derived fonts.
    assert (folder / "LICENSE-fontpkg_noto_sans.txt").read_text().count("SIL Open Font") >= 1


def test_bold_faces_cover_what_the_regular_faces_cover() -> None:
    fonts.register()
    for ch in "ŵŷŁệÀß":
        assert fonts.covers(fonts.SANS_BOLD, ch), ch
    for ch in "عائشہملکے":
        assert fonts.covers(fonts.ARABIC_BOLD, ch), ch
