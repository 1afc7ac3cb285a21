"""Render Peerview's app icon from its SVG to every size the installers need.

The SVG in resources/icons/ is the one source. This writes (and the packaging files refer
to) the freedesktop hicolor PNGs, the Windows .ico and the macOS .icns:

    packaging/icons/hicolor/NxN/apps/org.peerview.Peerview.png
    packaging/windows/peerview.ico
    packaging/macos/peerview.icns

Qt's SVG renderer draws the PNGs (PySide6 is already a dependency); Pillow (installed with
ReportLab) writes the .ico and .icns, so no macOS or Windows tool is needed. The outputs are
committed; run this again after changing the SVG: ``.venv/bin/python packaging/make_icons.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.peerview.Peerview"
SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "peerview.ico"
ICNS = ROOT / "packaging" / "macos" / "peerview.icns"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    written = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out)):
            raise SystemExit(f"Could not write {out}")
        written.append(out)
    return written


def write_ico_icns() -> None:
    from PIL import Image

    largest = Image.open(png_path(max(PNG_SIZES))).convert("RGBA")
    ICO.parent.mkdir(parents=True, exist_ok=True)
    # Each size from its own rendering, so small sizes keep Qt's hinting, not a downscale.
    frames = [Image.open(png_path(s)).convert("RGBA") for s in ICO_SIZES]
    frames[-1].save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames)
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    largest.save(ICNS, format="ICNS")


def main() -> int:
    for path in render_pngs():
        print(f"Wrote {path.relative_to(ROOT)}")
    write_ico_icns()
    print(f"Wrote {ICO.relative_to(ROOT)} and {ICNS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
