"""The action plan and carrying open actions into the next review of the same school."""

from __future__ import annotations

import pytest

from app.services import actions, frameworks, reviews, signoff
from app.services.errors import PeerviewError
from app.services.store import Store
from tests.services.conftest import current_row, log_entries
from tests.signoff_helpers import take_to


def make_reviews(store: Store, *dates: str) -> list[str]:
    """Reviews of one school, in the order given."""
    version = frameworks.ensure_default(store)
    out = []
    with store.write() as tx:
        school = reviews.create_school(tx, "Ysgol y Wern", None)
    for date in dates:
        with store.write() as tx:
            out.append(
                reviews.create_review(
                    tx,
                    host_school_id=school,
                    framework_version_id=version,
                    title=f"Review {date}",
                    start_date=date,
                    end_date=date,
                )
            )
    return out


def test_add_edit_list_delete_through_the_log(store: Store, review_id: str) -> None:
    before = len(log_entries(store))
    action_id, changes = actions.add_action(
        store,
        review_id,
        "Move the Friday feedback lesson",
        owner="English lead",
        success_criteria="Every pupil attends feedback lessons",
        review_date="2026-06-30",
    )
    assert [e.entity for e in changes.entries] == ["action_item"]
    actions.update_action(store, action_id, status="in_progress", owner="Łucja, English lead")
    (item,) = actions.list_actions(store, review_id)
    assert (item.status, item.owner, item.review_date) == (
        "in_progress",
        "Łucja, English lead",
        "2026-06-30",
    )
    actions.delete_action(store, action_id)
    assert actions.list_actions(store, review_id) == []
    assert len(log_entries(store)) == before + 3


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"action": "  "}, "needs a description"),
        ({"action": "x", "status": "finished"}, "Unknown action status"),
        ({"action": "x", "review_date": "30/06/2026"}, "YYYY-MM-DD"),
    ],
)
def test_bad_action_input_is_refused_and_nothing_written(
    store: Store, review_id: str, fields: dict[str, str], message: str
) -> None:
    before = len(log_entries(store))
    with pytest.raises(PeerviewError, match=message):
        actions.add_action(store, review_id, **fields)  # type: ignore[arg-type]
    assert len(log_entries(store)) == before


def test_an_unknown_field_is_refused(store: Store, review_id: str) -> None:
    action_id, _ = actions.add_action(store, review_id, "Share practice")
    with pytest.raises(PeerviewError, match="no field"):
        actions.update_action(store, action_id, grade="A")


def test_action_edits_do_not_send_a_signed_review_back(store: Store, review_id: str) -> None:
    take_to(store, review_id, "host_checked")
    signoff.mark_signed(store, review_id, "ab" * 32)
    action_id, _ = actions.add_action(store, review_id, "Share phonics huddles")
    actions.update_action(store, action_id, status="done")
    assert signoff.current_status(store, review_id) == "signed"


def test_a_new_review_of_the_same_school_starts_from_the_open_actions(store: Store) -> None:
    (first,) = make_reviews(store, "2026-03-02")
    open_id, _ = actions.add_action(
        store, first, "Plan scaffold reduction", owner="SENCO", review_date="2026-09-01"
    )
    going, _ = actions.add_action(store, first, "Add group comparison", status="in_progress")
    done, _ = actions.add_action(store, first, "Move the lesson", status="done")
    school = current_row(store, "review", first)["host_school_id"]
    version = frameworks.ensure_default(store)
    with store.write() as tx:
        second = reviews.create_review(
            tx,
            host_school_id=school,
            framework_version_id=version,
            title="Impact review",
            start_date="2027-03-01",
            end_date="2027-03-01",
        )
    carried = actions.list_actions(store, second)
    assert sorted((a.action, a.owner, a.status) for a in carried) == [
        ("Add group comparison", "", "in_progress"),
        ("Plan scaffold reduction", "SENCO", "not_started"),
    ]
    statuses = {a.id: a.status for a in actions.list_actions(store, first)}
    assert statuses == {open_id: "carried_forward", going: "carried_forward", done: "done"}


def test_carrying_twice_makes_one_copy(store: Store) -> None:
    first, second = make_reviews(store, "2026-03-02", "2027-03-01")
    action_id, _ = actions.add_action(store, first, "Plan scaffold reduction")
    actions.update_action(store, action_id, status="not_started")
    actions.carry_forward_reviews(store, first, second)
    actions.update_action(store, action_id, status="in_progress")  # re-opened by hand
    actions.carry_forward_reviews(store, first, second)
    assert len(actions.list_actions(store, second)) == 1


def test_previous_review_is_the_latest_earlier_one_of_the_same_school(
    store: Store, make_review
) -> None:
    a, b, c = make_reviews(store, "2025-03-02", "2026-03-02", "2027-03-02")
    other = make_review("Another school")
    with store.read() as conn:
        assert actions.previous_review(conn, c) == b
        assert actions.previous_review(conn, b) == a
        assert actions.previous_review(conn, a) is None
        assert actions.previous_review(conn, other) is None


def test_carry_into_itself_is_refused(store: Store, review_id: str) -> None:
    with pytest.raises(PeerviewError, match="into itself"):
        actions.carry_forward_reviews(store, review_id, review_id)
