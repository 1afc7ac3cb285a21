"""Reviews made through the services, the way the GUI tests need them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services import evidence, frameworks, reviews
from app.services.store import Store
from app.ui.home.main_window import MainWindow


def make_review(
    store: Store,
    school: str,
    title: str,
    *,
    start: str = "2026-11-17",
    end: str = "2026-11-17",
    notes: int = 0,
) -> str:
    version_id = frameworks.ensure_default(store)
    with store.write() as tx:
        school_id = reviews.create_school(tx, school, None)
        review_id = reviews.create_review(
            tx,
            host_school_id=school_id,
            framework_version_id=version_id,
            title=title,
            start_date=start,
            end_date=end,
            focus="Feedback in KS2 writing",
            enquiry_questions=["How well does feedback help pupils improve their writing?"],
        )
    for n in range(notes):
        evidence.add_note(
            store,
            review_id,
            f"Pupils in Y5 redrafted a paragraph after feedback ({n}).",
            activity_kind="lesson_visit",
            strand_codes=["C2"],
        )
    return review_id


def shown_window(qtbot: QtBot, store: Store, size: tuple[int, int] | None = None) -> MainWindow:
    """The main window on screen and active (keys go to it), at ``size`` if given."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
