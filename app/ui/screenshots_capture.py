"""Render the capture page with the demo review, light and dark, for docs/screenshots.

Run ``python -m app.ui.screenshots_capture [OUT_DIR]``. Like app/ui/screenshots.py, it
works offscreen in a throwaway data and configuration folder.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.services import datakey, demo, evidence, notes_query
from app.services.notes_query import NoteFilter
from app.services.store import Store
from app.ui.app import save_screenshot
from app.ui.fonts import register_app_fonts
from app.ui.main_window import MainWindow
from app.ui.screenshots import DEFAULT_OUT, dark_palette, scratch_folder
from app.ui.workspace.capture.page import CapturePage

log = logging.getLogger(__name__)

SIZE = (1280, 760)


def render(store: Store, review_id: str, path: Path) -> None:
    window = MainWindow(store)
    window.resize(*SIZE)
    window.show()
    workspace = window.open_review(review_id)
    page = workspace.show_page("capture")
    assert isinstance(page, CapturePage)
    detail_day = page._activities and next(iter(page._activities.values())).day
    if detail_day:
        # A moment in the visit, so the timetable shows an activity happening now.
        page.clock = lambda: dt.datetime.fromisoformat(f"{detail_day}T10:50:00")
        page.load()
    page.search.setText("feedback")
    page.apply_filter()
    if page.model.rowCount():
        page.list.setCurrentIndex(page.model.index(0))
    page.editor.text.setFocus()
    QApplication.processEvents()
    save_screenshot(window, path)
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def main(out_dir: Path = DEFAULT_OUT) -> None:
    """Write capture.png and capture-dark.png to ``out_dir``."""
    with scratch_folder() as tmp:
        _render_all(tmp, out_dir)


def _render_all(tmp: Path, out_dir: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_app_fonts()  # as the real start does, so the pictures match the app
    assert isinstance(app, QApplication)
    with Store.open(
        tmp / "Peerview", purpose="Peerview screenshots", access=datakey.scratch_access()
    ) as store:
        review_id = demo.create_demo(store)
        # One note names a pupil, so the picture shows the privacy reminder.
        first = notes_query.page(store, review_id, NoteFilter(query="feedback"), limit=1)
        if first:
            evidence.update_note(
                store, first[0].id, text=first[0].text + " Jessica Smith explained her redraft."
            )
        render(store, review_id, out_dir / "capture.png")
        original = app.palette()
        hints = QGuiApplication.styleHints()
        hints.setColorScheme(Qt.ColorScheme.Dark)
        if hints.colorScheme() != Qt.ColorScheme.Dark:
            app.setPalette(dark_palette())
        try:
            render(store, review_id, out_dir / "capture-dark.png")
        finally:
            hints.unsetColorScheme()
            app.setPalette(original)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
