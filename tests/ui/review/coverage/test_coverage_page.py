"""The coverage page: counts rise when a tagged note is added and published, thin strands
are marked in words as well as colour, and the tints keep their contrast light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from app.services import evidence, reviews
from app.services.coverage import Level
from app.services.store import Store
from app.ui.review.coverage.model import MIN_CONTRAST, CoverageColumn, contrast, tint
from app.ui.review.coverage.page import CoveragePage
from app.ui.theme import dark_palette
from tests.ui.workspace_fixtures import Opened


def coverage_page(qtbot: QtBot, opened: Opened) -> CoveragePage:
    page = opened.page("coverage")
    assert isinstance(page, CoveragePage)
    # The counts come from a worker thread.
    qtbot.waitUntil(lambda: page.coverage is not None)
    return page


def row_of(page: CoveragePage, code: str) -> tuple[QModelIndex, list[str]]:
    model = page.model
    for area in range(model.rowCount()):
        parent = model.index(area, 0)
        for r in range(model.rowCount(parent)):
            name = str(model.index(r, 0, parent).data())
            if name.startswith(f"{code} "):
                cells = [str(model.index(r, c, parent).data()) for c in CoverageColumn]
                return model.index(r, 0, parent), cells
    raise KeyError(code)


def test_counts_rise_when_a_tagged_note_is_published(
    qtbot: QtBot, opened: Opened, store: Store
) -> None:
    page = coverage_page(qtbot, opened)
    _, cells = row_of(page, "C2")
    assert cells[1:] == ["0", "0", "0", "0", "None yet"]
    question_id = reviews.get_review(store, opened.review_id).enquiry_questions[0][0]

    for n, (kind, author) in enumerate(
        [("lesson_visit", "a"), ("book_look", "b"), ("pupil_voice", "b")]
    ):
        store.author_key_id = author
        result = evidence.add_note(
            store,
            opened.review_id,
            f"Disgyblion Bl5 yn ailddrafftio ({n}).",
            activity_kind=kind,
            strand_codes=["C2", "C3"] if n == 0 else ["C2"],
            question_ids=[question_id],
        )
        opened.window.bus.publish(result.changes)
        expected = str(n + 1)
        qtbot.waitUntil(lambda expected=expected: row_of(page, "C2")[1][1] == expected)

    index, cells = row_of(page, "C2")
    # Three sources (observation, pupils' work, pupils' talk), three activities, two reviewers.
    assert cells[1:] == ["3", "3", "3", "2", "Supported"]
    assert index.data(Qt.ItemDataRole.UserRole + 2) == "supported"
    c3_index, c3 = row_of(page, "C3")
    assert c3[1:] == [
        "1",
        "1",
        "1",
        "1",
        "Thin: few notes, one source, one activity, one reviewer",
    ]
    assert c3_index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1 supported" in page.summary.text()
    questions = page.model.index(page.model.rowCount() - 1, 0)
    assert questions.data() == "Enquiry questions  ·  0 of 1 questions thin"
    assert page.model.index(0, CoverageColumn.NOTES, questions).data() == 3


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_thin_tints_keep_the_text_readable(qtbot: QtBot, scheme: str) -> None:
    palette = QPalette(QColor("#efefef")) if scheme == "light" else dark_palette()
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    for level in (Level.THIN, Level.NONE):
        colour = tint(palette, level)
        assert colour is not None
        assert contrast(colour, text) >= MIN_CONTRAST
        assert colour != base  # still visibly marked
    assert tint(palette, Level.SUPPORTED) is None
