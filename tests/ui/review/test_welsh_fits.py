"""In Welsh, whose words run longer than English, the review's pages still fit the small
laptops reviewers carry: at 1024 x 600 no page of the review needs scrolling sideways,
and at every screen size of tests/ui/test_window_fits.py no control is squashed or cut
off (the capture page with a note open, the finding editor with an Area of Excellence's
nomination showing)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from app.services import demo, findings
from app.services.store import Store
from app.ui.home.main_window import MainWindow
from tests.ui import test_window_fits as fits
from tests.ui.welsh import welsh_interface

pytestmark = pytest.mark.slow

PAGES = ("overview", "planning", "capture", "coverage", "findings", "moderation")


def _show(window: MainWindow, store: Store, review_id: str, key: str) -> None:
    workspace = window.workspace
    assert workspace is not None
    page = workspace.show_page(key)
    fits.settle()
    if key == "capture":
        page.new_note()  # type: ignore[attr-defined]  # the editor's fields showing
    if key == "findings":
        listed = findings.list_findings(store, review_id)
        page.select(next(f.id for f in listed if f.kind == "area_of_excellence"))  # type: ignore[attr-defined]
    for _ in range(3):  # wrapped labels take their height a few layout passes later
        fits.settle()


def test_no_review_page_scrolls_sideways_at_1024_by_600(window: MainWindow, store: Store) -> None:
    review_id = demo.create_demo(store)
    with welsh_interface():
        window.refresh()
        window.resize(1024, 600)
        workspace = window.open_review(review_id)
        sideways = []
        for key in PAGES:
            _show(window, store, review_id, key)
            area = workspace.findChild(QScrollArea, f"{key}_scroll")
            assert area is not None
            if area.horizontalScrollBar().isVisible():
                sideways.append(f"{key} ({workspace.pages[key].minimumSizeHint().width()} px)")
    assert sideways == []


@pytest.mark.parametrize("screen_name", list(fits.SCREENS))
def test_no_review_page_cuts_off_a_control(
    window: MainWindow, store: Store, screen_name: str
) -> None:
    review_id = demo.create_demo(store)
    with welsh_interface():
        window.refresh()
        size = fits.room(fits.SCREENS[screen_name])
        window.resize(*size)
        fits.settle()
        window.open_review(review_id)
        problems = []
        for key in PAGES:
            _show(window, store, review_id, key)
            assert (window.width(), window.height()) == size, f"{key} made the window grow"
            problems += fits.clipped(window, key)
    assert problems == [], "\n".join(problems)
