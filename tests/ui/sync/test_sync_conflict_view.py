"""The Sync page's conflict view: a calm empty state, and rival versions with their
word-level differences marked, in words too, readable in light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services import evidence
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle
from app.textdiff import ADDED, REMOVED
from app.ui import theme
from app.ui.contrast import TEXT_MINIMUM, ratio
from app.ui.sync.diff_view import ground, marked_text
from tests.identity_helpers import cheap_kdf  # noqa: F401
from tests.ui.sync.test_sync_page import Pair, pair, sync_page, window_on  # noqa: F401


def _conflict(pair: Pair, start: str, lead_text: str, reviewer_text: str) -> str:  # noqa: F811
    """The lead and the reviewer each change the same note's text before syncing."""
    note = evidence.add_note(pair.lead.store, pair.review_id, start).note_id
    first = pair.tmp / "note.pvbundle"
    export_bundle(pair.lead.store, pair.review_id, first)
    import_bundle(pair.reviewer.store, first)
    evidence.update_note(pair.lead.store, note, text=lead_text)
    evidence.update_note(pair.reviewer.store, note, text=reviewer_text)
    back = pair.tmp / "edit.pvbundle"
    export_bundle(pair.reviewer.store, pair.review_id, back)
    import_bundle(pair.lead.store, back)
    return note


def test_with_no_conflicts_the_page_says_so_calmly(qtbot: QtBot, pair: Pair) -> None:  # noqa: F811
    page = sync_page(window_on(qtbot, pair.lead.store, pair.review_id))
    assert page.conflict_model.rowCount() == 0
    heading = page.panel.heading.text()
    assert "No conflicts to decide" in heading
    assert "Choose" not in heading
    assert not any(box.isVisible() for box in page.panel.version_boxes)
    assert not page.panel.merge_button.isVisible()


def test_rival_versions_mark_the_words_that_differ(qtbot: QtBot, pair: Pair) -> None:  # noqa: F811
    _conflict(
        pair,
        "Pupils read aloud.",
        "Pupils read aloud with expression.",
        "Most pupils read aloud with expression.",
    )
    page = sync_page(window_on(qtbot, pair.lead.store, pair.review_id))
    panel = page.panel
    first, second = (box.toPlainText() for box in panel.version_boxes)
    # Each box still holds exactly its version, so it can be read and copied as written.
    assert {first, second} == {
        "Pupils read aloud with expression.",
        "Most pupils read aloud with expression.",
    }
    if first.startswith("Pupils"):
        assert marked_text(panel.version_boxes[1], ADDED) == ["Most pupils"]
        assert marked_text(panel.version_boxes[0], REMOVED) == ["Pupils"]
        said = "Version 2 against version 1: adds “Most pupils”; removes “Pupils”."
    else:
        assert marked_text(panel.version_boxes[1], ADDED) == ["Pupils"]
        assert marked_text(panel.version_boxes[0], REMOVED) == ["Most pupils"]
        said = "Version 2 against version 1: adds “Pupils”; removes “Most pupils”."
    # In words as well as marks: on the page and for a screen reader.
    assert panel.differences.isVisible()
    assert panel.differences.text() == said
    assert panel.version_boxes[1].accessibleDescription() == said
    assert "text from the same version" in panel.heading.text()  # a field in words


def test_differences_in_urdu_are_found_by_word(qtbot: QtBot, pair: Pair) -> None:  # noqa: F811
    _conflict(pair, "طلبہ نے پڑھی", "طلبہ نے کہانی پڑھی", "زیادہ تر طلبہ نے کہانی پڑھی")
    panel = sync_page(window_on(qtbot, pair.lead.store, pair.review_id)).panel
    marked = marked_text(panel.version_boxes[1], ADDED) + marked_text(
        panel.version_boxes[0], REMOVED
    )
    assert [m.strip() for m in marked] == ["زیادہ تر"]
    assert "زیادہ تر" in panel.differences.text()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_marked_words_stay_readable(qapp: QApplication, scheme: str) -> None:
    try:
        theme.apply_theme(scheme)
        palette = qapp.palette()
        text = palette.color(QPalette.ColorRole.Text)
        for kind in (ADDED, REMOVED):
            assert ratio(text, ground(kind, palette)) >= TEXT_MINIMUM, (scheme, kind)
    finally:
        theme.apply_theme("system")
        qapp.setPalette(QPalette())
