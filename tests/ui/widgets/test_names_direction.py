"""Arabic and Urdu names in left-to-right lists: every item starts at the same edge, each
name runs in its own direction, and a mixed name is not mirrored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.services import identity, planning
from app.services.store import Store
from app.ui.dialogs.trusted_people_model import Column, TrustedPeopleModel
from app.ui.review.planning.team_panel import TeamPanel
from app.ui.sync.send_dialog import SendDialog
from app.ui.widgets.bidi import first_strong
from tests.identity_helpers import cheap_kdf, exchange_cards, make_identity  # noqa: F401
from tests.ui.workspace_fixtures import open_review

ARABIC = "سارة القحطاني"
URDU = "عائشہ خان"
MIXED_LTR = "Aisha عائشة Khan"  # starts in Latin: reads left to right
MIXED_RTL = "عائشة Aisha Khan"  # starts in Arabic: reads right to left


def _x(layout: QTextLayout, position: int) -> float:
    line = layout.lineForTextPosition(position)
    return float(line.cursorToX(position)[0])


def _laid_out(text: str, width: float = 900) -> QTextLayout:
    """A line as an item view lays it out: the view's (left-to-right) direction."""
    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return layout


def _visual_order(text: str, words: list[str]) -> list[str]:
    """``words`` of ``text`` from left to right as drawn. A cursor inside a word is
    unambiguous, unlike one at the border of two runs of opposite directions."""
    layout = _laid_out(text)
    return sorted(words, key=lambda w: _x(layout, text.index(w) + 1))


# How each name must look, left to right, in a left-to-right list; then its role.
DRAWN = {
    MIXED_LTR: ["Aisha", "عائشة", "Khan"],
    MIXED_RTL: ["Aisha", "Khan", "عائشة"],
}


def _drawn_right(text: str, name: str, role: str) -> bool:
    words = [*DRAWN[name], role]
    return _visual_order(text, words) == words


def test_first_strong_character_decides() -> None:
    assert first_strong(ARABIC) == "rtl"
    assert first_strong(URDU) == "rtl"
    assert first_strong(MIXED_LTR) == "ltr"
    assert first_strong(MIXED_RTL) == "rtl"
    assert first_strong("(123) –") is None


def test_overview_team_items_line_up_whatever_the_script(qtbot: QtBot, store: Store) -> None:
    opened = open_review(qtbot, store)
    for name in (ARABIC, URDU, MIXED_LTR, MIXED_RTL):
        planning.add_person_to_team(store, opened.review_id, name, "reviewer", None)
    page = opened.page("overview")
    page.refresh()  # the services' changes were not published on the window's bus
    label = page.findChild(QLabel, "overview_text")
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setHtml(label.text())
    doc.setTextWidth(900)
    doc.documentLayout().documentSize()  # lays the document out
    lefts: dict[str, float] = {}
    lines: dict[str, str] = {}
    block = doc.begin()
    while block.isValid():
        for name in (ARABIC, URDU, MIXED_LTR, MIXED_RTL, "Priya Natarajan"):
            if name in block.text():
                lefts[name] = block.layout().lineAt(0).naturalTextRect().left()
                lines[name] = block.text()
        block = block.next()
    assert set(lefts) == {ARABIC, URDU, MIXED_LTR, MIXED_RTL, "Priya Natarajan"}
    latin = lefts["Priya Natarajan"]
    for name, left in lefts.items():
        assert abs(left - latin) < 2, f"{name} starts at {left}, the list at {latin}"
    for name in DRAWN:
        assert _drawn_right(lines[name], name, "Reviewer"), lines[name]
    assert "(Designated safeguarding lead)" in label.text()  # a role in words, not "dsl"


def test_team_panel_keeps_each_name_in_its_own_direction(qtbot: QtBot, store: Store) -> None:
    opened = open_review(qtbot, store)
    for name in (MIXED_RTL, MIXED_LTR):
        planning.add_person_to_team(store, opened.review_id, name, "reviewer", None)
    panel = opened.page("planning").findChild(TeamPanel)
    texts = [panel.model.item(r).text() for r in range(panel.model.rowCount())]
    for name in (MIXED_RTL, MIXED_LTR):
        text = next(t for t in texts if name in t)
        assert _drawn_right(text, name, "Reviewer"), text


@pytest.mark.usefixtures("cheap_kdf")
def test_trusted_people_and_recipients_keep_names_in_their_own_direction(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    make_identity(store, "Siân Pritchard", "Eastfield Drove", "lead_reviewer")
    other = Store.open(tmp_path / "other")
    try:
        make_identity(other, MIXED_RTL, "Al-Noor Primary", "host_leader")
        exchange_cards(store, other)
    finally:
        other.close()
    model = TrustedPeopleModel()
    model.set_people(identity.trusted_people(store))
    row = next(r for r in range(model.rowCount()) if MIXED_RTL in model.person(r).card.name)
    shown = model.data(model.index(row, Column.NAME))
    assert _visual_order(shown, DRAWN[MIXED_RTL]) == DRAWN[MIXED_RTL]
    assert model.data(model.index(row, Column.ROLE)) == "Host leader"
    dialog = SendDialog(None, store, set())
    qtbot.addWidget(dialog)
    item = dialog.people.item(0)
    assert "(Host leader)" in item.text()
    assert _drawn_right(item.text(), MIXED_RTL, "Host"), item.text()
