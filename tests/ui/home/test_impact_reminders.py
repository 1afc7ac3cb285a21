"""Home lists the actions whose review date has passed and the impact reviews due, for the
reviews this person is on the team of, signed ones included; recording progress settles
an action's reminder."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from app.services import actions, demo, impact
from app.services.impact import ProgressInput
from app.services.store import Store
from app.ui.home.main_window import MainWindow
from app.ui.home.reminders import Reminders
from tests.signoff_helpers import make_me_lead


def test_home_lists_actions_and_impact_reviews_past_their_date(
    qtbot: QtBot, store: Store, window: MainWindow
) -> None:
    review = demo.create_demo(store)
    make_me_lead(store, review)
    today = dt.date.today()
    past = (today - dt.timedelta(days=12)).isoformat()
    action, _ = actions.add_action(store, review, "Book looks each half term", review_date=past)
    window.refresh()
    reminders = window.findChild(Reminders, "reminders")
    assert reminders is not None and reminders.isVisible()
    (line,) = [x for x in reminders.lines if "Book looks" in x]
    assert line.startswith("Action to review since ") and line.endswith(
        "Book looks each half term, Peer review: Eastfield Drove Primary School"
    )
    # Progress recorded at an impact review: done, so no longer listed; its next date
    # passes in turn and is listed instead.
    impact.add(
        store, review, held_on=(today - dt.timedelta(days=40)).isoformat(),
        next_on=(today - dt.timedelta(days=2)).isoformat(),
        progress=[ProgressInput(action, "done", "Books show redrafting in every class.")],
    )  # fmt: skip
    window.refresh()
    assert not [x for x in reminders.lines if "Book looks" in x]
    assert [x for x in reminders.lines if x.startswith("Impact review due since ")] == [
        "Impact review due since "
        f"{_long(today - dt.timedelta(days=2))}: Peer review: Eastfield Drove Primary School"
    ]


def test_a_signed_review_keeps_its_action_reminders(qtbot: QtBot, store: Store) -> None:
    review = demo.create_demo(store)
    make_me_lead(store, review)
    actions.add_action(store, review, "Phonics groups", review_date="2026-01-05")
    with store.write() as tx:
        tx.upsert("review", review, {"status": "signed"})
    label = Reminders()
    qtbot.addWidget(label)
    label.load(store, dt.date(2026, 1, 6))
    assert "Action to review since 5 January 2026: Phonics groups" in label.lines[-1]
    label.load(store, dt.date(2026, 1, 5))
    assert not any("Phonics groups" in x for x in label.lines)


def _long(day: dt.date) -> str:
    from app import dates

    return dates.date_long(day.isoformat())
