"""The action plan on a 1024 x 600 laptop: every word of an action readable (wrapped,
rows as tall as their text), several actions in view at once, and the selected action's
owner, success criteria, review date and status shown whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app import dates
from app.services import actions, demo
from app.services.store import Store
from app.ui import tasks
from app.ui.review.signoff.page import SignoffPage
from tests.ui.helpers import shown_window

# Margins a view draws around a cell's text (the style's focus frame and padding).
CELL_PADDING = 8


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> Iterator[SignoffPage]:
    review_id = demo.create_demo(store)
    window = shown_window(qtbot, store, (1024, 600))
    workspace = window.open_review(review_id)
    shown = workspace.show_page("signoff")
    assert isinstance(shown, SignoffPage)
    shown.show_action_plan()
    QApplication.processEvents()
    yield shown
    assert tasks.wait_for_tasks(30_000)


def needed_height(page: SignoffPage, row: int, column: int) -> int:
    view = page.actions_view
    text = str(page.actions_model.index(row, column).data())
    width = view.columnWidth(column) - CELL_PADDING
    flags = int(Qt.TextFlag.TextWordWrap)
    return view.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), flags, text).height()


def test_every_word_of_every_action_is_readable(page: SignoffPage, store: Store) -> None:
    view = page.actions_view
    model = page.actions_model
    assert model.rowCount() >= 4
    assert view.wordWrap()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            assert view.columnWidth(column) > 40
            assert view.rowHeight(row) >= needed_height(page, row, column), (row, column)
    # Several actions in view at once, not two.
    viewport = view.viewport().height()
    first_three = sum(view.rowHeight(r) for r in range(3))
    assert viewport >= first_three, f"{viewport} px shows fewer than three actions"
    # Nothing runs off the right: the columns fit the table's width.
    total = sum(view.columnWidth(c) for c in range(model.columnCount()))
    assert total <= view.viewport().width()


def test_the_selected_action_is_shown_whole_with_its_details(
    qtbot: QtBot, page: SignoffPage, store: Store
) -> None:
    model = page.actions_model
    item = max((model.item(r) for r in range(model.rowCount())), key=lambda a: len(a.action))
    row = next(r for r in range(model.rowCount()) if model.item(r).id == item.id)
    page.actions_view.setFocus()
    page.actions_view.setCurrentIndex(model.index(row, 0))
    details = page.action_details
    assert isinstance(details, QLabel) and details.isVisible()
    text = details.text()
    for part in (
        item.action,
        item.owner,
        item.success_criteria,
        actions.STATUS_LABELS[item.status],
    ):
        assert part in text
    # The review date in words, as the report prints it, not as stored.
    assert f"Review date: {dates.date_long(item.review_date)}" in text
    assert item.review_date not in text
    assert details.wordWrap()
    assert details.height() >= details.heightForWidth(details.width())
    assert not details.visibleRegion().isEmpty()
    assert details.accessibleName()

    # An edit shows at once in the details.
    assert model.setData(model.index(row, 1), "Helen Marsh, deputy head")
    assert "Helen Marsh, deputy head" in page.action_details.text()
