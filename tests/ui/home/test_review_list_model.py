"""The review table model on its own: roles, alignment, sorting, labels."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.qtbot import QtBot

from app.services.reviews import ReviewSummary
from app.ui.home.review_list_model import SORT_ROLE, Column, ReviewListModel, format_dates


def summary(review_id: str, status: str, notes: int, start: str = "2026-11-17") -> ReviewSummary:
    return ReviewSummary(
        review_id, f"Review {review_id}", "School", start, start, status, notes, 0, False
    )


def test_rows_roles_and_alignment(qtbot: QtBot) -> None:
    model = ReviewListModel()
    model.reload([summary("a", "quality_assured", 12), summary("b", "host_checked", 3)])
    assert model.rowCount() == 2
    assert model.columnCount() == 7
    assert model.review_id(1) == "b"
    assert model.index(0, Column.REVIEW).data(Qt.ItemDataRole.UserRole) == "a"
    assert model.index(0, Column.STATUS).data() == "Quality assured"
    assert model.index(1, Column.STATUS).data() == "Factual accuracy checked by the host"
    numbers = model.index(0, Column.NOTES).data(Qt.ItemDataRole.TextAlignmentRole)
    assert numbers & Qt.AlignmentFlag.AlignRight
    text = model.index(0, Column.REVIEW).data(Qt.ItemDataRole.TextAlignmentRole)
    assert not text & Qt.AlignmentFlag.AlignRight
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == [
        "Review",
        "Host school",
        "Dates",
        "Status",
        "Your role",
        "Evidence notes",
        "Findings",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_numbers_and_status_sort_by_value(qtbot: QtBot) -> None:
    model = ReviewListModel()
    model.reload(
        [summary("a", "signed", 12), summary("b", "planning", 3), summary("c", "draft", 100)]
    )
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(Column.NOTES)
    assert [proxy.index(r, Column.NOTES).data() for r in range(3)] == [3, 12, 100]
    proxy.sort(Column.STATUS)
    assert [proxy.index(r, Column.STATUS).data() for r in range(3)] == [
        "Planning",
        "Draft",
        "Signed",
    ]


def test_archived_and_unknown_status(qtbot: QtBot) -> None:
    model = ReviewListModel()
    archived = ReviewSummary("x", "Old", "School", "2025-01-01", "2025-01-01", "signed", 0, 0, True)
    model.reload([archived, summary("y", "some_new_state", 0)])
    assert model.index(0, Column.STATUS).data() == "Signed (archived)"
    assert model.index(0, Column.REVIEW).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(1, Column.STATUS).data() == "Some new state"


def test_format_dates() -> None:
    assert format_dates("2026-11-17", "2026-11-17") == "17 Nov 2026"
    assert format_dates("2026-11-17", "2026-11-19") == "17–19 Nov 2026"
    assert format_dates("2026-11-30", "2026-12-02") == "30 Nov – 2 Dec 2026"
    assert format_dates("2026-12-31", "2027-01-01") == "31 Dec 2026 – 1 Jan 2027"
    assert format_dates("not a date", "not a date") == "not a date"
