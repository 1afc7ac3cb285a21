"""Brokered support on the action plan: the selected action's offers read in words
(states capitalised, dates in words), a partner school other than the host records an
offer, an offer is moved on, and a refusal from the service is shown with nothing
stored. A review in no partnership shows no support controls."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import actions, demo, partnership, support
from app.services.store import Store
from app.ui import tasks
from app.ui.review.signoff.page import SignoffPage
from tests.services.conftest import log_entries
from tests.ui.helpers import shown_window


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


def answer(page: SignoffPage, text: str, accepted: bool = True) -> None:
    page.plan.support.ask_text = lambda *_: (text, accepted)  # type: ignore[method-assign]


def test_an_offer_is_recorded_and_moved_on_from_the_action_plan(
    page: SignoffPage, store: Store, qtbot: QtBot
) -> None:
    box = page.plan.support
    review = page.ctx.review_id
    page.actions_view.selectRow(0)
    action = page.plan.current()
    assert action is not None
    assert box.isVisible()
    assert page.action_details.text().endswith("\nSupport from partner schools: none offered yet.")
    host = partnership.record(store).schools
    with store.read() as conn:
        partners = [name for _, name in support.partner_schools(conn, review)]
    # The host is not among the schools that may offer.
    assert [box.school.itemText(i) for i in range(box.school.count())] == partners
    assert len(partners) == len(host) - 1
    assert not box.move_button.isEnabled()  # nothing to move on yet
    box.school.setCurrentIndex(box.school.findText(partners[0]))
    answer(page, "Two visits from our phonics lead")
    box.offer_button.click()
    (offer,) = support.for_review(store, review)
    assert (offer.school, offer.action_id, offer.state) == (partners[0], action.id, "offered")
    assert f"\nSupport from partner schools:\n  {partners[0]}: Offered since " in (
        page.action_details.text()
    )
    assert "Two visits from our phonics lead." in page.action_details.text()
    # The school now offering is no longer offered as a choice; it is the one to move on.
    assert partners[0] not in [box.school.itemText(i) for i in range(box.school.count())]
    assert box.offer.currentText() == partners[0] and box.move_button.isEnabled()
    assert box.state.currentText() == "Agreed"  # the step after "Offered", suggested
    box.state.setCurrentIndex(box.state.findData("under_way"))
    answer(page, "First visit done")
    box.move_button.click()
    (offer,) = support.for_review(store, review)
    assert (offer.state, offer.note) == ("under_way", "First visit done")
    assert f"{partners[0]}: Under way since " in page.action_details.text()
    assert "under_way" not in page.action_details.text()  # words, never the stored code
    assert page.action_details.text().endswith("Latest: First visit done")
    # Cancelled: nothing is written.
    before = len(log_entries(store))
    answer(page, "", accepted=False)
    box.move_button.click()
    assert len(log_entries(store)) == before
    # Another action shows its own offers: none.
    page.actions_view.selectRow(1)
    assert page.action_details.text().endswith("\nSupport from partner schools: none offered yet.")


def test_a_refusal_is_shown_and_nothing_is_stored(
    page: SignoffPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = page.plan.support
    page.actions_view.selectRow(0)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    before = len(log_entries(store))
    answer(page, "x" * 2_001)
    box.offer_button.click()
    assert said and "keep it under 2,000" in said[0]
    assert len(log_entries(store)) == before
    assert support.for_review(store, page.ctx.review_id) == []


def test_a_review_in_no_partnership_shows_no_support(qtbot: QtBot, store: Store) -> None:
    from app.services import reviews
    from tests.services.conftest import default_version

    with store.write() as tx:
        school = reviews.create_school(tx, "Lone School", None)
        review = reviews.create_review(
            tx,
            host_school_id=school,
            framework_version_id=default_version(store),
            title="Lone review",
            start_date="2026-03-02",
            end_date="2026-03-03",
        )
    actions.add_action(store, review, "Reading spine")
    window = shown_window(qtbot, store, (1024, 600))
    shown = window.open_review(review).show_page("signoff")
    assert isinstance(shown, SignoffPage)
    shown.show_action_plan()
    shown.actions_view.selectRow(0)
    assert not shown.plan.support.isVisible()
    assert tasks.wait_for_tasks(30_000)
