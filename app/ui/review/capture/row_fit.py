"""Short lists beside the note text (chosen strands, questions, links) sized to what they
hold, so the text box keeps the height: a list fixed at two or three empty lines used to
take room the note needs on a 1024 x 600 laptop."""

from __future__ import annotations

from PySide6.QtWidgets import QListView


def fit_to_rows(view: QListView, most: int) -> None:
    """As tall as the view's rows: at least one line, at most ``most`` rows (it scrolls
    beyond that)."""
    line = view.fontMetrics().lineSpacing() + 4
    shown = range(min(view.model().rowCount(), most))
    rows = sum(max(view.sizeHintForRow(row), line) for row in shown) or line
    view.setFixedHeight(rows + 2 * view.frameWidth())
