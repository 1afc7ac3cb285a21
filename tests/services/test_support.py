"""Brokered support: a partner school offers support towards an action of the plan and
the offer is moved on in words; the school must be another member of the review's
partnership; bad or hostile input is refused, naming the fix, with nothing written."""

from __future__ import annotations

import pytest

from app.services import actions, frameworks, partnership, reviews, support
from app.services.errors import PeerviewError
from app.services.store import Store
from tests.services.conftest import ReviewMaker, log_entries


@pytest.fixture
def plan(store: Store) -> tuple[str, str]:
    """(review, action): a review of Orton Primary in a three-school partnership."""
    group, _ = partnership.create(store, "Nene Partnership")
    for name in ("Orton Primary", "Fengate Academy", "Ysgol Łódź"):
        partnership.add_school(store, None, name, "primary")
    with store.read() as conn:
        host, _ = partnership.resolve_school(conn, group, "Orton")
    with store.write() as tx:
        review = reviews.create_review(
            tx,
            host_school_id=host,
            framework_version_id=frameworks.ensure_default(store),
            title="Orton, spring 2026",
            start_date="2026-03-02",
            end_date="2026-03-03",
            partnership_id=group,
        )
    action, _ = actions.add_action(store, review, "Phonics catch-up groups in Year 2")
    return review, action


def test_an_offer_is_recorded_and_moved_on_in_words(store: Store, plan: tuple[str, str]) -> None:
    review, action = plan
    with store.read() as conn:
        assert [n for _, n in support.partner_schools(conn, review)] == [
            "Fengate Academy",
            "Ysgol Łódź",
        ]  # fmt: skip  (the host is not among them)
    offer_id, _ = support.offer(
        store, action, "lodz", text="Two staff visits to see phonics groups", contact="Łukasz",
        on="2026-04-20",
    )  # fmt: skip
    (shown,) = support.for_review(store, review)
    assert (shown.school, shown.action, shown.state_label, shown.state_on) == (
        "Ysgol Łódź", "Phonics catch-up groups in Year 2", "Offered", "2026-04-20",
    )  # fmt: skip
    assert shown.text == "Two staff visits to see phonics groups" and shown.contact == "Łukasz"
    support.move(store, offer_id, "agreed", on="2026-04-27")
    support.move(store, offer_id, "Under way", note="First visit done", on="2026-05-11")
    (shown,) = support.for_review(store, review)
    assert (shown.state, shown.state_label, shown.note, shown.state_on) == (
        "under_way", "Under way", "First visit done", "2026-05-11",
    )  # fmt: skip
    support.move(store, offer_id, "completed", on="2026-06-22")
    assert support.for_review(store, review)[0].state_label == "Completed"
    # Another school's offer towards the same action; withdrawn, it can be made again.
    second, _ = support.offer(store, action, "Fengate", on="2026-04-21")
    assert [s.school for s in support.for_review(store, review)] == [
        "Fengate Academy", "Ysgol Łódź",
    ]  # fmt: skip
    support.withdraw(store, second)
    assert [s.school for s in support.for_review(store, review)] == ["Ysgol Łódź"]
    support.offer(store, action, "Fengate", on="2026-04-22")
    assert len(support.for_review(store, review)) == 2
    # Deleting the action takes its offers with it.
    actions.delete_action(store, action)
    assert support.for_review(store, review) == []


@pytest.mark.parametrize(
    ("school", "fields", "said"),
    [
        ("Orton", {}, "Orton Primary is the host school"),
        ("Nowhere", {}, "No member school is called 'Nowhere'"),
        ("", {}, "No member school"),
        ("Fengate", {"text": "x" * 2_001}, "keep it under 2,000"),
        ("Fengate", {"text": "Visit \u202egnirts"}, "direction-override characters"),
        ("Fengate", {"contact": "Jo\x00"}, "control or direction-override"),
        ("Fengate", {"on": "next week"}, "'next week' is not a date; write it as YYYY-MM-DD"),
    ],
)
def test_bad_offers_are_refused_and_nothing_is_written(
    store: Store, plan: tuple[str, str], school: str, fields: dict[str, str], said: str
) -> None:
    review, action = plan
    before = len(log_entries(store))
    with pytest.raises(PeerviewError, match=said.replace("(", r"\(")):
        support.offer(store, action, school, **fields)
    assert len(log_entries(store)) == before
    assert support.for_review(store, review) == []


def test_a_second_offer_from_the_same_school_and_bad_states_are_refused(
    store: Store, plan: tuple[str, str]
) -> None:
    review, action = plan
    offer_id, _ = support.offer(store, action, "Fengate", on="2026-04-20")
    before = len(log_entries(store))
    with pytest.raises(PeerviewError, match="already offers support towards this action"):
        support.offer(store, action, "fengate academy")
    with pytest.raises(
        PeerviewError, match=r"'green' is not a state .* offered, agreed, under way"
    ):
        support.move(store, offer_id, "green")  # words, never a RAG colour
    with pytest.raises(PeerviewError, match="No offer of support"):
        support.move(store, "no-such-offer", "agreed")
    with pytest.raises(PeerviewError, match="No action"):
        support.offer(store, "no-such-action", "Fengate")
    assert len(log_entries(store)) == before
    assert support.for_review(store, review)[0].state == "offered"


def test_a_review_outside_any_partnership_has_no_partner_to_offer(
    store: Store, make_review: ReviewMaker
) -> None:
    review = make_review()
    action, _ = actions.add_action(store, review, "Reading spine")
    before = len(log_entries(store))
    with pytest.raises(PeerviewError, match="belongs to no partnership"):
        support.offer(store, action, "Anyone")
    assert len(log_entries(store)) == before
