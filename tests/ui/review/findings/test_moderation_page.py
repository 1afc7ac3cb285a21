"""The Moderation page at the team meeting: the demo's emerging findings with their
evidence, contradictions and each reviewer's position; the lead records a missing one,
and a reviewer cannot record another's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import demo, moderation_board
from app.services.store import Store
from app.ui.review.findings.moderation_page import ModerationPage
from app.ui.review.workspace import ReviewWorkspace
from tests.ui.review.findings.findings_helpers import (
    Messages,
    open_workspace,
    record_messages,
    unnamed_controls,
)

CPD = "Phonics professional development: weekly huddles and coaching"
FEEDBACK = "Feedback in writing that is manageable and routinely used"
SIAN = "Siân Pritchard"


@pytest.fixture
def review(store: Store) -> str:
    return demo.create_demo(store)


@pytest.fixture
def workspace(qtbot: QtBot, store: Store, review: str) -> Iterator[ReviewWorkspace]:
    yield from open_workspace(qtbot, store, review)


@pytest.fixture
def page(workspace: ReviewWorkspace) -> ModerationPage:
    shown = workspace.show_page("moderation")
    assert isinstance(shown, ModerationPage)
    return shown


def cell(page: ModerationPage, title: str, column: int) -> str:
    for row in range(page.table.rowCount()):
        if title in page.table.item(row, 0).text():
            return page.table.item(row, column).text()
    raise KeyError(title)


def select(page: ModerationPage, title: str) -> None:
    for row in range(page.table.rowCount()):
        if title in page.table.item(row, 0).text():
            page.table.selectRow(row)
            return
    raise KeyError(title)


def test_the_board_shows_evidence_contradictions_and_positions(page: ModerationPage) -> None:
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers == [
        "Finding",
        "Evidence",
        "Contradicted by",
        SIAN,
        "Priya Natarajan",
        "Tomasz Ł.",  # the whole name is too wide for the column: it is the tooltip
    ]
    tomasz = page.table.horizontalHeaderItem(5)
    assert tomasz.toolTip() == "Tomasz Łukasiewicz"
    assert tomasz.data(Qt.ItemDataRole.AccessibleTextRole) == "Tomasz Łukasiewicz"
    assert cell(page, FEEDBACK, 2) == "Book look"
    assert cell(page, FEEDBACK, 4) == "Disagree"
    assert cell(page, CPD, 5) == "— not yet"
    assert "sources" in cell(page, FEEDBACK, 1)
    assert "still need a position" in page.status.text()
    select(page, FEEDBACK)
    detail = page.detail.text()
    assert "Contradicted by:" in detail and "same for three weeks" in detail
    assert "Priya Natarajan (Disagree)" in detail
    assert unnamed_controls(page) == []


def test_the_lead_records_a_missing_position_in_the_members_name(
    store: Store, review: str, page: ModerationPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    lead = next(m for m in page.board.members if m.name == SIAN)  # type: ignore[union-attr]
    tomasz = next(m for m in page.board.members if m.name.startswith("Tomasz"))  # type: ignore[union-attr]
    messages: Messages = record_messages(monkeypatch)
    # On a laptop that is not the lead's or Tomasz's (the demo's lead is this laptop), the
    # page refuses and says why.
    store.author_key_id = "ab" * 32
    select(page, CPD)
    page.member.setCurrentIndex(page.member.findData(tomasz.person_id))
    page.record.click()
    assert messages.shown and "Only Tomasz Łukasiewicz or the lead reviewer" in messages.shown[0][1]
    # The lead's laptop records it in his name.
    store.author_key_id = lead.key_id
    page.position.setCurrentIndex(page.position.findData("agree"))
    page.comment.setText("Huddles seen in the Y1 debrief and the CPD log.")
    page.record.click()
    assert cell(page, CPD, 5) == "Agree"
    row = next(r for r in moderation_board.board(store, review).rows if r.finding.title == CPD)
    assert row.outstanding == []
    assert row.positions[tomasz.person_id].comment.startswith("Huddles seen")
