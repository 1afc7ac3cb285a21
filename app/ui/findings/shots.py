"""Render the Findings and Sign-off & report pages to PNG, light and dark.

Run ``python -m app.ui.findings.shots [OUT_DIR]`` (default docs/screenshots): the demo
review in a throwaway data folder, with one finding that rests on a single source and
uses judgement language, and the review sent back to draft after a late edit, so the
pictures show what those pages warn about.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.services import datakey, demo, evidence, findings, signoff
from app.services.store import Store
from app.ui.app import save_screenshot
from app.ui.fonts import register_app_fonts
from app.ui.main_window import MainWindow
from app.ui.screenshots import DEFAULT_OUT, dark_palette, scratch_folder

log = logging.getLogger(__name__)
SIZE = (1280, 800)


def fill(store: Store) -> str:
    review_id = demo.create_demo(store)
    note = evidence.list_notes(store, review_id)[3]
    findings.create_finding(
        store,
        review_id,
        "strength",
        "Early reading in Reception",
        "Teaching of early reading is outstanding: adults model each sound clearly.",
        note_ids=[note.id],
        strand_codes=["C2"],
    )
    for step in ("team_confirmed", "quality_assured"):
        signoff.advance(store, review_id, step)
    first = findings.list_findings(store, review_id)[0]
    findings.update_finding(store, first.id, text=first.text + " Keep-up groups meet daily.")
    return review_id


def render(store: Store, review_id: str, out_dir: Path, suffix: str) -> None:
    window = MainWindow(store)
    window.resize(*SIZE)
    window.show()
    workspace = window.open_review(review_id)
    page = workspace.show_page("findings")
    view = next(f for f in findings.list_findings(store, review_id) if f.title.startswith("Early"))
    page.select(view.id)  # type: ignore[attr-defined]
    QApplication.processEvents()
    save_screenshot(window, out_dir / f"findings{suffix}.png")
    sign = workspace.show_page("signoff")
    _preview(store, review_id, sign, out_dir)
    _settle(1.5)
    save_screenshot(window, out_dir / f"signoff{suffix}.png")
    window.close()
    window.deleteLater()


def _settle(seconds: float) -> None:
    # QPdfView renders pages in the background: let it finish before the picture.
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def _preview(store: Store, review_id: str, page: object, out_dir: Path) -> None:
    from app import fileio
    from app.reports import content, report

    pdf, _ = report.render(content.gather(store, review_id))
    path = Path(tempfile.gettempdir()) / f"peerview-shot-{os.getpid()}.pdf"
    fileio.write_bytes(path, pdf)
    page.load_pdf(path)  # type: ignore[attr-defined]


def main(out_dir: Path = DEFAULT_OUT) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_app_fonts()  # as the real start does, so the pictures match the app
    assert isinstance(app, QApplication)
    with (
        scratch_folder() as tmp,
        Store.open(
            tmp / "data", purpose="Peerview screenshots", access=datakey.scratch_access()
        ) as store,
    ):
        review_id = fill(store)
        render(store, review_id, out_dir, "")
        original = app.palette()
        hints = QGuiApplication.styleHints()
        hints.setColorScheme(Qt.ColorScheme.Dark)
        if hints.colorScheme() != Qt.ColorScheme.Dark:
            palette = dark_palette()
            # Disabled buttons must look disabled in the picture, as on a dark desktop.
            for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
                palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
            app.setPalette(palette)
        try:
            render(store, review_id, out_dir, "-dark")
        finally:
            hints.unsetColorScheme()
            app.setPalette(original)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
