"""The sign-off history names people and shows dates one way, in local time."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from app.services import signoff
from app.services.store import Store
from app.ui.review.signoff.page import SignoffPage
from app.ui.review.workspace import ReviewWorkspace
from tests.signoff_helpers import team_ready

# "17 Nov 2026, 09:05" in the tests' British conventions (tests/conftest.py).
_DATE_TIME = re.compile(r"^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$")


@pytest.fixture
def review(store: Store, review: str) -> str:
    """The demo led from this Peerview (conftest.py), ready for Team confirmed."""
    team_ready(store, review)
    return review


def test_history_rows_name_a_person_and_a_local_time(
    workspace: ReviewWorkspace, store: Store
) -> None:
    page = workspace.show_page("signoff")
    assert isinstance(page, SignoffPage)
    page.take_next_step()
    model = page.history_model
    assert model.rowCount() >= 2
    for row in range(model.rowCount()):
        when, status, who = (model.item(row, c).text() for c in range(3))
        assert _DATE_TIME.match(when), when
        assert "_" not in status
        # Made here before any identity, by the person the team record names as lead.
        assert who == "Siân Pritchard", who
        assert "device" not in who
    # The dates are read whole, not cut to "2 ...": the column widens with its rows.
    assert page.history.columnWidth(0) >= page.history.sizeHintForColumn(0)
    events = signoff.history(store, workspace.ctx.review_id)
    # What the command line's --json prints keeps ISO 8601 with the offset.
    assert re.search(r"T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", events[-1].when)


def test_action_review_dates_read_as_dates_and_edit_as_iso(workspace: ReviewWorkspace) -> None:
    page = workspace.show_page("signoff")
    assert isinstance(page, SignoffPage)
    model = page.actions_model
    column = model.FIELDS.index("review_date")
    index = model.index(0, column)
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", index.data(Qt.ItemDataRole.EditRole))
    assert re.match(r"^\d{1,2} [A-Z][a-z]{2} \d{4}$", index.data(Qt.ItemDataRole.DisplayRole))
