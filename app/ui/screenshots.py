"""Render the documentation screenshots from the demo data, light and dark: the reviews
home (``main-window*.png``, the README's picture), and the demo review's planning,
coverage and safeguarding views; then the capture, findings and sign-off pictures
through their own scripts (OTHER_SCRIPTS).

Run ``python -m app.ui.screenshots [OUT_DIR]``; by default it writes to docs/screenshots.
Everything happens offscreen in a throwaway data folder and configuration folder, so it
neither needs a display nor touches the person's own reviews or window settings.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from app.models import Person
from app.services import datakey, evidence, frameworks, reviews
from app.services.store import Store
from app.ui.app import save_screenshot
from app.ui.fonts import register_app_fonts
from app.ui.main_window import MainWindow
from app.ui.safeguarding_dialog import SafeguardingDialog

log = logging.getLogger(__name__)

SIZE = (1100, 650)
# Workspace pages hold more than the list; the capture script uses the same height.
PAGE_SIZE = (1100, 760)
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


# The person the pictures are taken as: the demo's lead reviewer, so "Your role" shows.
_SHOWN_AS = "Siân Pritchard"


def fill(store: Store) -> str | None:
    """The demo review when that module is present, and a few more around it; returns
    the demo review's id."""
    demo_id: str | None = None
    try:
        from app.services.demo import create_demo
    except ImportError:
        log.info("No demo module; the screenshot shows the extra reviews only")
    else:
        demo_id = create_demo(store)
        with store.session() as s:
            me = s.scalar(select(Person.id).where(Person.name == _SHOWN_AS))
        if me is not None:
            with store.write() as tx:
                tx.upsert("person", me, {"key_id": store.author_key_id})
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
    return demo_id


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
    """The reviews home, the first review selected."""
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


def render_page(store: Store, review_id: str, page: str, path: Path) -> bool:
    """One page of the review workspace; False when this build has no such page."""
    window = MainWindow(store)
    window.resize(*PAGE_SIZE)
    window.show()
    workspace = window.open_review(review_id)
    try:
        if page not in workspace.page_keys():
            log.info("No %s page in this build; no screenshot of it", page)
            return False
        shown = workspace.show_page(page)
        _prepare(page, shown)
        QApplication.processEvents()
        save_screenshot(window, path)
        return True
    finally:
        window.close()
        window.deleteLater()


def _prepare(page: str, widget: QWidget) -> None:
    """Put a page in the state a reader should see: a row selected, focus inside."""
    table = getattr(widget, "table", None)
    if page == "planning" and table is not None:
        table.selectRow(1)
        table.setFocus()
    elif page == "coverage":
        # The counts arrive from a worker thread.
        deadline = time.monotonic() + 30
        while getattr(widget, "coverage", None) is None and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        tree = getattr(widget, "tree", None)
        if tree is not None:
            tree.setFocus()
    else:
        widget.setFocus()


def render_safeguarding(store: Store, review_id: str, path: Path) -> None:
    """The safeguarding dialog over the open review, with a concern being written."""
    window = MainWindow(store)
    window.resize(*SIZE)
    window.show()
    window.open_review(review_id)
    dialog = SafeguardingDialog(store, review_id, window)
    dialog.text.setPlainText(
        "At break a Y4 pupil said they were scared to go home because of shouting at "
        "night. Exact words noted: “I don’t want to go home today.” Class teacher present."
    )
    dialog.show()
    dialog.text.setFocus()
    QApplication.processEvents()
    save_screenshot(dialog, path)
    dialog.close()
    dialog.deleteLater()
    window.close()
    window.deleteLater()


# Pages that stage their own scene (a note open, a finding drafted) have their own script;
# this one runs them too, so one command refreshes every picture.
OTHER_SCRIPTS = ("app.ui.screenshots_capture", "app.ui.findings.shots")


def main(out_dir: Path = DEFAULT_OUT, *, others: bool = True) -> None:
    """Write main-window.png (and -dark, -empty), planning, coverage and safeguarding
    (each also -dark) to ``out_dir``; then, with ``others``, the capture, findings and
    sign-off pictures from their own scripts."""
    _main(out_dir)
    if not others:
        return
    for name in OTHER_SCRIPTS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            log.info("No %s in this build", name)
            continue
        module.main(out_dir)


@contextlib.contextmanager
def scratch_folder() -> Iterator[Path]:
    """A throwaway folder for a screenshot script's data, offscreen, with its own
    configuration folder: the person's saved window geometry stays out of the pictures,
    and their settings stay untouched."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    saved_config = os.environ.get("XDG_CONFIG_HOME")
    with tempfile.TemporaryDirectory(prefix="peerview-shots-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        try:
            yield Path(tmp)
        finally:
            if saved_config is None:
                os.environ.pop("XDG_CONFIG_HOME", None)
            else:
                os.environ["XDG_CONFIG_HOME"] = saved_config


def _main(out_dir: Path) -> None:
    with scratch_folder() as tmp:
        _render_all(tmp, out_dir)


def _render_all(tmp: Path, out_dir: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    register_app_fonts()  # as the real start does, so the pictures match the app
    with Store.open(
        tmp / "empty", purpose="Peerview screenshots", access=datakey.scratch_access()
    ) as empty:
        render(empty, out_dir / "main-window-empty.png")
    with Store.open(
        tmp / "Peerview", purpose="Peerview screenshots", access=datakey.scratch_access()
    ) as store:
        demo_id = fill(store)
        _render_scheme(store, demo_id, out_dir, "")
        original = app.palette()
        hints = QGuiApplication.styleHints()
        hints.setColorScheme(Qt.ColorScheme.Dark)
        # Offscreen has no platform theme to answer the request, so supply the palette.
        if hints.colorScheme() != Qt.ColorScheme.Dark:
            app.setPalette(dark_palette())
        try:
            _render_scheme(store, demo_id, out_dir, "-dark")
        finally:
            hints.unsetColorScheme()
            app.setPalette(original)


def _render_scheme(store: Store, demo_id: str | None, out_dir: Path, suffix: str) -> None:
    render(store, out_dir / f"main-window{suffix}.png")
    if demo_id is None:
        return
    for page in ("planning", "coverage"):
        render_page(store, demo_id, page, out_dir / f"{page}{suffix}.png")
    render_safeguarding(store, demo_id, out_dir / f"safeguarding{suffix}.png")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
