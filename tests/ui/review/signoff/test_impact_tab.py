"""The Impact & workshop tab: an impact review recorded through its dialog from the
keyboard, each action's progress in words and what changed for pupils; the selected
review read in full with its judgement words flagged; the workshop recorded; a refusal
from the service shown with nothing stored."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import actions, impact, workshop
from app.services.impact import ProgressInput
from app.services.store import Store
from app.ui.review.signoff.impact_dialog import ImpactDialog
from app.ui.review.signoff.page import SignoffPage
from app.ui.review.signoff.workshop_dialog import WorkshopDialog
from tests.services.conftest import log_entries


@pytest.fixture
def page(page: SignoffPage) -> SignoffPage:
    """The Sign-off & report page (the demo, this Peerview's person its lead) on its
    Impact & workshop tab."""
    page.sections.setCurrentWidget(page.impact)
    return page


def _filling(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Callable[[QDialog], None]
) -> None:
    """The dialog opens, ``fill`` types into it as a person would, and it is accepted."""

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cls, "exec", exec_)


def test_an_impact_review_is_recorded_from_the_keyboard(
    page: SignoffPage, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = page.impact
    review = page.ctx.review_id
    plan = actions.list_actions(store, review)
    assert "No impact review yet" in tab.details.text()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ImpactDialog)
        dialog.held_on.setDate(QDate(2027, 3, 9))
        dialog.kind.setCurrentIndex(dialog.kind.findData("meeting"))
        dialog.participants.setFocus()
        qtbot.keyClicks(dialog.participants, "Head, English lead")
        dialog.action_list.setFocus()
        dialog.action_list.setCurrentRow(0)
        dialog.progress.setFocus()
        dialog.progress.setCurrentIndex(dialog.progress.findData("in_progress"))
        dialog.impact.setFocus()
        qtbot.keyClicks(dialog.impact, "Pupils now outstanding at reading aloud")
        qtbot.keyClick(dialog.action_list, Qt.Key.Key_Down)  # the next action, from the keyboard
        assert dialog.action_list.currentRow() == 1
        assert dialog.impact.toPlainText() == ""
        dialog.progress.setCurrentIndex(dialog.progress.findData("done"))
        dialog.has_next.setChecked(True)
        dialog.next_on.setDate(QDate(2027, 7, 6))

    _filling(monkeypatch, ImpactDialog, fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    (saved,) = impact.for_review(store, review)
    assert (saved.held_on, saved.kind, saved.participants, saved.next_on) == (
        "2027-03-09", "meeting", "Head, English lead", "2027-07-06",
    )  # fmt: skip
    by_action = {p.action_id: p for p in saved.progress}
    assert by_action[plan[0].id].progress_label == "Under way"
    assert by_action[plan[0].id].impact == "Pupils now outstanding at reading aloud"
    assert by_action[plan[1].id].progress_label == "Done"
    statuses = {a.id: a.status for a in actions.list_actions(store, review)}
    assert (statuses[plan[0].id], statuses[plan[1].id]) == ("in_progress", "done")
    # The tab lists it, reads it whole, and flags the judgement word.
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.item(0, 0).text() == "9 March 2027"
    assert "Under way: 1" in tab.model.item(0, 2).text()
    assert "What changed for pupils: Pupils now outstanding at reading aloud" in (
        tab.details.text()
    )
    assert tab.notice.isVisible() and any(h.term == "outstanding" for _, h in tab.notice.hits)
    assert "(1)" in page.sections.tabText(page.sections.indexOf(tab))


def test_the_workshop_is_recorded_with_the_actions_agreed(
    page: SignoffPage, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = page.impact
    review = page.ctx.review_id
    plan = actions.list_actions(store, review)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, WorkshopDialog)
        dialog.held_on.setDate(QDate(2026, 12, 8))
        qtbot.keyClicks(dialog.facilitator, "Aled ap Dafydd")
        dialog.action_list.setFocus()
        dialog.action_list.setCurrentRow(1)
        qtbot.keyClick(dialog.action_list, Qt.Key.Key_Space)  # ticks the action
        qtbot.keyClicks(dialog.agreed, "Visit a partner school's reading groups")

    _filling(monkeypatch, WorkshopDialog, fill)
    tab.workshop_button.click()
    (saved,) = workshop.for_review(store, review)
    assert (saved.facilitator, saved.held_on) == ("Aled ap Dafydd", "2026-12-08")
    assert [a for a, _ in saved.actions] == [plan[1].id]
    qtbot.waitUntil(lambda: "facilitated by Aled ap Dafydd" in tab.workshop_label.text())
    assert "Visit a partner school's reading groups" in tab.workshop_label.text()


def test_a_refusal_is_shown_and_nothing_is_stored(
    page: SignoffPage, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ImpactDialog)
        dialog.held_on.setDate(QDate(2027, 3, 9))
        dialog.has_next.setChecked(True)
        dialog.next_on.setDate(QDate(2027, 1, 1))  # before the review itself

    _filling(monkeypatch, ImpactDialog, fill)
    before = len(log_entries(store))
    page.impact.add()
    assert said and "must come after this one" in said[0]
    assert len(log_entries(store)) == before


def test_an_impact_review_is_corrected_and_progress_taken_off(
    page: SignoffPage, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = page.impact
    review = page.ctx.review_id
    plan = actions.list_actions(store, review)
    _, changes = impact.add(
        store, review, held_on="2027-03-09",
        progress=[ProgressInput(plan[0].id, "under way"), ProgressInput(plan[1].id, "done")],
    )  # fmt: skip
    page.ctx.publish(changes)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 0))

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ImpactDialog)
        assert dialog.progress.currentData() == "in_progress"  # the first action, as stored
        dialog.progress.setCurrentIndex(dialog.progress.findData("done"))
        dialog.action_list.setCurrentRow(1)
        dialog.progress.setCurrentIndex(0)  # (not recorded at this review)

    _filling(monkeypatch, ImpactDialog, fill)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # Enter on the row opens it
    (saved,) = impact.for_review(store, review)
    assert [(p.action_id, p.progress) for p in saved.progress] == [(plan[0].id, "done")]
