"""Render the documentation screenshots of the main window, light and dark.

Run ``python -m app.ui.screenshots [OUT_DIR]``; by default it writes to docs/screenshots.
Everything happens offscreen in a throwaway data folder and configuration folder, so it
neither needs a display nor touches the person's own reviews or window settings.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.services import evidence, frameworks, reviews
from app.services.store import Store
from app.ui.app import save_screenshot
from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SIZE = (1100, 650)
DEFAULT_OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

# Fictional reviews shown beside the demo, so the list looks like a partnership's year.
_EXTRA_REVIEWS = (
    ("Ysgol Gymraeg Ŵyn", "Peer review: reading for pleasure in KS2", "2026-06-09", "2026-06-10",
     "signed", 38),
    ("St Aidan's CE Primary", "Peer review: inclusion of pupils with SEND", "2026-03-03",
     "2026-03-03", "host_checked", 21),
    ("Marsh Lane Academy", "Triad review: curriculum sequencing in science", "2027-02-02",
     "2027-02-04", "planning", 0),
)  # fmt: skip


def fill(store: Store) -> None:
    """The demo review when that module is present, and a few more around it."""
    try:
        from app.services.demo import create_demo
    except ImportError:
        log.info("No demo module; the screenshot shows the extra reviews only")
    else:
        create_demo(store)
    version_id = frameworks.ensure_default(store)
    for school, title, start, end, status, notes in _EXTRA_REVIEWS:
        with store.write() as tx:
            school_id = reviews.create_school(tx, school, None)
            review_id = reviews.create_review(
                tx,
                host_school_id=school_id,
                framework_version_id=version_id,
                title=title,
                start_date=start,
                end_date=end,
            )
        for n in range(notes):
            evidence.add_note(store, review_id, f"Observation {n + 1}.", strand_codes=["C2"])
        reviews.set_status(store, review_id, status)


def dark_palette() -> QPalette:
    """A neutral dark palette, standing in for a dark system theme offscreen."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#282828",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#333333",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fa8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#333333",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Mid: "#444444",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Light: "#3c3c3c",
        QPalette.ColorRole.Midlight: "#363636",
        QPalette.ColorRole.Shadow: "#101010",
    }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7a7a"))
    return palette


def render(store: Store, path: Path) -> None:
    window = MainWindow(store)
    window.resize(*SIZE)
    window.show()
    if window.proxy.rowCount():
        window.table.selectRow(0)
    window.table.setFocus()
    QApplication.processEvents()
    save_screenshot(window, path)
    window.close()
    window.deleteLater()


def main(out_dir: Path = DEFAULT_OUT) -> None:
    """Write main-window.png, main-window-dark.png and main-window-empty.png to ``out_dir``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    saved_config = os.environ.get("XDG_CONFIG_HOME")
    with tempfile.TemporaryDirectory(prefix="peerview-shots-") as tmp:
        # Keep the person's saved window geometry out of the picture, and theirs untouched.
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        try:
            _render_all(Path(tmp), out_dir)
        finally:
            if saved_config is None:
                os.environ.pop("XDG_CONFIG_HOME", None)
            else:
                os.environ["XDG_CONFIG_HOME"] = saved_config


def _render_all(tmp: Path, out_dir: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with Store.open(tmp / "empty", purpose="Peerview screenshots") as empty:
        render(empty, out_dir / "main-window-empty.png")
    with Store.open(tmp / "Peerview", purpose="Peerview screenshots") as store:
        fill(store)
        render(store, out_dir / "main-window.png")
        original = app.palette()
        hints = QGuiApplication.styleHints()
        hints.setColorScheme(Qt.ColorScheme.Dark)
        # Offscreen has no platform theme to answer the request, so supply the palette.
        if hints.colorScheme() != Qt.ColorScheme.Dark:
            app.setPalette(dark_palette())
        try:
            render(store, out_dir / "main-window-dark.png")
        finally:
            hints.unsetColorScheme()
            app.setPalette(original)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
