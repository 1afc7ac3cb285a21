"""Where Peerview keeps its files: one module so that every path has one source.

Data lives in the platformdirs user data folder; PEERVIEW_DATA_DIR or --data-dir
override it (the CLI sets the variable so every layer sees the same choice).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Peerview"
APP_ID = "org.peerview.Peerview"
ENV_DATA_DIR = "PEERVIEW_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder in force: the explicit override, then the environment, then the platform default."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path.expanduser().resolve()


def font_files() -> dict[str, Path]:
    """The fonts Peerview ships, by the name reports register them under: Noto Sans and
    Noto Sans Arabic, from declared Python dependencies, never the system. Reports
    (app/reports/fonts.py), the window (app/ui/fonts.py), diagnostics and the frozen build
    all use these files, so the list lives here, below every layer."""
    import fontpkg_noto_sans
    import fontpkg_noto_sans_arabic

    # The packages ship variable fonts; ReportLab draws their default instance (Regular,
    # and Italic from the italic file).
    return {
        "PeerviewSans": fontpkg_noto_sans.ROOT / "files" / "NotoSans[wdth,wght].ttf",
        "PeerviewArabic": fontpkg_noto_sans_arabic.ROOT / "files" / "NotoSansArabic[wdth,wght].ttf",
        "PeerviewSans-Italic": fontpkg_noto_sans.ROOT / "files" / "NotoSans-Italic[wdth,wght].ttf",
    }


# The report's bold faces: static instances of the variable fonts above, cut by
# packaging/make_fonts.py and shipped in resources/fonts/ (ReportLab draws only a variable
# font's default instance). Keyed by the name reports register them under.
STATIC_FONTS = {
    "PeerviewSans-Bold": "NotoSans-Bold.ttf",
    "PeerviewArabic-Bold": "NotoSansArabic-Bold.ttf",
}


def static_font_files() -> dict[str, Path]:
    """The report's bold faces (see STATIC_FONTS)."""
    return {name: resource_path("fonts", file) for name, file in STATIC_FONTS.items()}


def font_sources() -> dict[str, tuple[Path, int, str]]:
    """For packaging/make_fonts.py and its test: each static face's variable source file,
    its weight, and the source package's version."""
    from importlib.metadata import version

    regular = font_files()
    return {
        "PeerviewSans-Bold": (regular["PeerviewSans"], 700, version("fontpkg-noto-sans")),
        "PeerviewArabic-Bold": (
            regular["PeerviewArabic"],
            700,
            version("fontpkg-noto-sans-arabic"),
        ),
    }


def resource_path(*parts: str) -> Path:
    """A file shipped with Peerview, from the source tree or from a frozen (PyInstaller) build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
