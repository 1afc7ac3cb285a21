"""The improvement champion is a team role: chosen from the keyboard in the planning
page's team, stored as such, and shown in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import planning
from app.services.store import Store
from app.ui.widgets.bidi import isolate
from tests.ui.keys import focused, press, tab, type_text
from tests.ui.review.planning.test_planning_page import planning_page
from tests.ui.workspace_fixtures import Opened


def test_the_improvement_champion_joins_the_team_from_the_keyboard(
    qtbot: QtBot, opened: Opened, store: Store
) -> None:
    team = planning_page(opened).team
    labels = [team.role.itemText(n) for n in range(team.role.count())]
    assert "Improvement champion" in labels
    team.person.setFocus()
    type_text("Aled ap Dafydd")
    tab(qtbot)
    assert focused() is team.role
    press(qtbot, Qt.Key.Key_Home)
    while team.role.currentData() != "improvement_champion":
        press(qtbot, Qt.Key.Key_Down)
    team.person.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    members = [(n, r) for _, _, n, r in planning.team_members(store, opened.review_id)]
    assert ("Aled ap Dafydd", "improvement_champion") in members
    shown = [team.model.item(n).text() for n in range(team.model.rowCount())]
    assert f"{isolate('Aled ap Dafydd')} – Improvement champion" in shown
