"""Impact reviews and the improvement workshop: progress in words moves the action on,
evidence of impact is read by the judgement guard, and bad input is refused, naming the
fix, with nothing written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.services import actions, impact, impact_due, workshop
from app.services.errors import PeerviewError
from app.services.impact import ProgressInput
from app.services.store import Store
from tests.services.conftest import ReviewMaker, log_entries


@pytest.fixture
def plan(store: Store, review_id: str) -> tuple[str, str, str]:
    """(review, phonics action, feedback action)."""
    phonics, _ = actions.add_action(
        store, review_id, "Phonics catch-up groups in Year 2",
        success_criteria="Pupils in the groups read Year 2 books fluently by July",
        review_date="2026-09-30",
    )  # fmt: skip
    feedback, _ = actions.add_action(
        store, review_id, "Whole-class feedback in KS2 writing", review_date="2026-10-15"
    )
    return review_id, phonics, feedback


def _status(store: Store, review_id: str) -> dict[str, str]:
    return {a.id: a.status for a in actions.list_actions(store, review_id)}


def test_an_impact_review_records_progress_in_words_and_moves_actions_on(
    store: Store, plan: tuple[str, str, str]
) -> None:
    review, phonics, feedback = plan
    impact_id, _ = impact.add(
        store, review, held_on="2026-11-10", kind="meeting",
        participants="Grace Okafor (head), Siân Pritchard (lead reviewer)",
        notes="Met in the head's office; looked at reading records.", next_on="2027-03-09",
        progress=[
            ProgressInput(phonics, "under way", "Eight of twelve pupils now read Year 2 books."),
            ProgressInput(feedback, "done", "Pupils redraft using the class feedback sheet."),
        ],
    )  # fmt: skip
    (shown,) = impact.for_review(store, review)
    assert (shown.id, shown.held_on, shown.kind_label, shown.next_on) == (
        impact_id, "2026-11-10", "Meeting", "2027-03-09",
    )  # fmt: skip
    by_action = {p.action_id: p for p in shown.progress}
    assert by_action[phonics].progress_label == "Under way"
    assert by_action[phonics].success_criteria.startswith("Pupils in the groups")
    assert by_action[feedback].impact == "Pupils redraft using the class feedback sheet."
    assert _status(store, review) == {phonics: "in_progress", feedback: "done"}
    # A later correction of the same impact review moves the action again.
    impact.update(store, impact_id, progress=[ProgressInput(phonics, "done", "All twelve.")])
    assert _status(store, review)[phonics] == "done"
    # Progress recorded in error is taken off; the action keeps its status.
    impact.update(store, impact_id, cleared=[feedback])
    (shown,) = impact.for_review(store, review)
    assert [p.action_id for p in shown.progress] == [phonics]
    assert _status(store, review)[feedback] == "done"


def test_an_earlier_impact_review_recorded_late_does_not_undo_a_later_word(
    store: Store, plan: tuple[str, str, str]
) -> None:
    review, phonics, _ = plan
    impact.add(store, review, held_on="2027-03-09", progress=[ProgressInput(phonics, "done")])
    impact.add(
        store, review, held_on="2026-11-10", progress=[ProgressInput(phonics, "not started")]
    )
    assert _status(store, review)[phonics] == "done"
    with store.read() as conn:
        latest, on = impact.latest_progress(conn, review)[phonics]
    assert (latest.progress_label, on) == ("Done", "2027-03-09")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"held_on": "10/11/2026"}, "'10/11/2026' is not a date; write it as YYYY-MM-DD"),
        ({"kind": "inspection"}, "use visit or meeting"),
        ({"next_on": "2026-01-01"}, "must come after this one"),
        ({"progress": "amber"}, "'amber' is not a word for an action's progress"),
        ({"progress": "under way", "action": "elsewhere"}, "on this review's action plan"),
        ({"twice": True}, "is given twice"),
        ({"notes": "x" * 20_001}, "keep it under 20,000"),
        ({"notes": "a\u202eb"}, "direction-override"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    store: Store, plan: tuple[str, str, str], make_review: ReviewMaker, kwargs: dict, message: str
) -> None:
    review, phonics, _ = plan
    other = make_review("Another school")
    elsewhere, _ = actions.add_action(store, other, "Not this review's")
    before = len(log_entries(store))
    action = elsewhere if kwargs.pop("action", None) else phonics
    word = kwargs.pop("progress", "done")
    items = [ProgressInput(action, word)] * (2 if kwargs.pop("twice", False) else 1)
    args = {"held_on": "2026-11-10", **kwargs}
    with pytest.raises(PeerviewError, match=message):
        impact.add(store, review, **args, progress=items)
    assert len(log_entries(store)) == before
    assert impact.for_review(store, review) == []


def test_carried_forward_actions_are_reviewed_in_the_later_review(
    store: Store, plan: tuple[str, str, str]
) -> None:
    review, phonics, _ = plan
    actions.update_action(store, phonics, status="carried_forward")
    with pytest.raises(PeerviewError, match="carried forward into a later review"):
        impact.add(store, review, held_on="2026-11-10", progress=[ProgressInput(phonics, "done")])


def test_the_guard_reads_evidence_of_impact_as_it_reads_findings() -> None:
    hits = impact.guard("Writing in Year 5 is now outstanding; RAG rated green.")
    assert {h.guard for h in hits} == {"judgement"}
    assert len(hits) >= 2
    assert impact.guard("Pupils in Year 5 redraft their writing using feedback.") == []


def test_deleting_an_impact_review_takes_its_progress_with_it(
    store: Store, plan: tuple[str, str, str]
) -> None:
    review, phonics, _ = plan
    impact_id, _ = impact.add(
        store, review, held_on="2026-11-10", progress=[ProgressInput(phonics, "done")]
    )
    impact.delete(store, impact_id)
    assert impact.for_review(store, review) == []
    with store.read() as conn:
        assert impact.latest_progress(conn, review) == {}


def test_a_workshop_records_who_led_it_and_the_actions_agreed(
    store: Store, plan: tuple[str, str, str]
) -> None:
    review, phonics, feedback = plan
    workshop_id, _ = workshop.record(
        store, review, held_on="2026-04-21", facilitator="Aled ap Dafydd",
        participants="Head, English lead, Year 2 team", action_ids=[phonics, feedback, phonics],
        agreed="Visit Ysgol Łódź to see their reading groups",
    )  # fmt: skip
    (shown,) = workshop.for_review(store, review)
    assert (shown.id, shown.facilitator, shown.held_on) == (
        workshop_id, "Aled ap Dafydd", "2026-04-21",
    )  # fmt: skip
    assert [a for _, a in shown.actions] == [
        "Phonics catch-up groups in Year 2", "Whole-class feedback in KS2 writing",
    ]  # fmt: skip
    before = len(log_entries(store))
    with pytest.raises(PeerviewError, match="Say who facilitated"):
        workshop.record(store, review, held_on="2026-04-21", facilitator=" ", agreed="x")
    with pytest.raises(PeerviewError, match="Name the actions agreed"):
        workshop.record(store, review, held_on="2026-04-21", facilitator="Aled")
    with pytest.raises(PeerviewError, match="on this review's action plan"):
        workshop.record(store, review, held_on="2026-04-21", facilitator="A", action_ids=["x"])
    assert len(log_entries(store)) == before


def test_overdue_lists_open_actions_past_their_review_date_and_impact_reviews_due(
    store: Store, plan: tuple[str, str, str]
) -> None:
    review, phonics, feedback = plan
    with store.read() as conn:
        assert impact_due.overdue(conn, dt.date(2026, 9, 30)) == []
        due = impact_due.overdue(conn, dt.date(2026, 10, 20))
    assert [(d.kind, d.what, d.due_on) for d in due] == [
        ("action", "Phonics catch-up groups in Year 2", "2026-09-30"),
        ("action", "Whole-class feedback in KS2 writing", "2026-10-15"),
    ]
    assert due[0].line() == (
        "Action to review since 30 September 2026: Phonics catch-up groups in Year 2, Spring review"
    )
    impact.add(
        store, review, held_on="2026-11-10", next_on="2027-03-09",
        progress=[ProgressInput(feedback, "done")],
    )  # fmt: skip
    with store.read() as conn:
        due = impact_due.overdue(conn, dt.date(2027, 3, 10))
    assert [(d.kind, d.due_on) for d in due] == [
        ("action", "2026-09-30"), ("impact_review", "2027-03-09"),
    ]  # fmt: skip
    # A later impact review with no next date settles the reminder.
    impact.add(store, review, held_on="2027-03-11", progress=[ProgressInput(phonics, "done")])
    with store.read() as conn:
        assert impact_due.overdue(conn, dt.date(2027, 4, 1)) == []


def test_the_evidence_purge_keeps_what_followed_the_review_and_the_export_holds_it(
    store: Store, plan: tuple[str, str, str], tmp_path: Path
) -> None:
    from app.services import data_export, erasure
    from tests import raw_db

    review, phonics, _ = plan
    impact.add(
        store, review, held_on="2026-11-10",
        progress=[ProgressInput(phonics, "done", "Twelve pupils read Year 2 books.")],
    )  # fmt: skip
    workshop.record(store, review, held_on="2026-04-21", facilitator="Aled", agreed="Visits")
    erasure.erase_review_evidence(store, review, dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
    (kept,) = impact.for_review(store, review)
    assert kept.progress[0].impact == "Twelve pupils read Year 2 books."
    assert [w.facilitator for w in workshop.for_review(store, review)] == ["Aled"]
    out = tmp_path / "export"
    data_export.export_data(store, out)
    assert "impact_progress each action's progress" in " ".join(
        (out / "README.txt").read_text().split()
    )
    (db,) = [p for p in out.glob("*.sqlite3")]
    conn = raw_db.cipher.connect(db, None)
    try:
        rows = conn.execute("SELECT progress, impact FROM impact_progress").fetchall()
    finally:
        conn.close()
    assert [tuple(r) for r in rows] == [("done", "Twelve pupils read Year 2 books.")]
