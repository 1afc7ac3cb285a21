"""A write inside a write joins it: several service calls, one all-or-nothing transaction
(app/services/store.py). The demo is built this way."""

from __future__ import annotations

import threading

import pytest

from app.services import evidence, findings, reviews
from app.services.changelog import verify_chain
from app.services.errors import PeerviewError
from app.services.store import Store
from tests.services.conftest import log_entries


def test_service_calls_inside_a_write_commit_together_in_one_chain(
    store: Store, review_id: str
) -> None:
    before = log_entries(store)
    with store.write() as outer:
        first = evidence.add_note(store, review_id, "Pupils read aloud", strand_codes=["C2"])
        finding = findings.create_finding(
            store, review_id, "strength", "Reading", "What went well", note_ids=[first.note_id]
        )
        # The outer transaction sees what the inner calls wrote, before any commit.
        assert (
            outer.conn.exec_driver_sql(
                "SELECT count(*) FROM finding_note WHERE finding_id = ?", (finding.finding_id,)
            ).scalar()
            == 1
        )
        outer.upsert("review", review_id, {"focus": "Reading"})

    # Each call's ChangeSet is its own; the outer one has everything, in order.
    assert first.changes.entities == {"evidence_note", "note_strand"}
    assert finding.changes.ids("finding") == {finding.finding_id}
    assert "evidence_note" not in finding.changes.entities
    assert outer.changes.entries == [
        *first.changes.entries,
        *finding.changes.entries,
        outer.changes.entries[-1],
    ]
    assert outer.changes.created["evidence_note"] == {first.note_id}
    after = log_entries(store)
    assert after[: len(before)] == before
    assert [e.seq for e in after] == list(range(1, len(after) + 1))
    with store.read() as conn:
        assert verify_chain(conn, store.heads()).ok


def test_a_refusal_inside_rolls_back_everything_the_outer_write_did(
    store: Store, review_id: str
) -> None:
    before = log_entries(store)
    with pytest.raises(PeerviewError, match="Strand 'ZZ9'"), store.write() as outer:
        outer.upsert("review", review_id, {"focus": "Never saved"})
        evidence.add_note(store, review_id, "Saved, then rolled back")
        evidence.add_note(store, review_id, "Refused", strand_codes=["ZZ9"])
    assert log_entries(store) == before
    assert evidence.list_notes(store, review_id) == []
    assert reviews.get_review(store, review_id).focus == "Early reading"
    # The chain carries on from where it was: the next write links to the last entry.
    evidence.add_note(store, review_id, "Kept")
    with store.read() as conn:
        assert verify_chain(conn, store.heads()).ok


def test_the_outer_and_inner_transactions_may_interleave_their_writes(
    store: Store, review_id: str
) -> None:
    with store.write() as outer, store.write() as inner:
        outer.upsert("review", review_id, {"focus": "One"})
        inner.upsert("review", review_id, {"title": "Two"})
        outer.upsert("review", review_id, {"self_evaluation": "Three"})
    assert [e.fields for e in outer.changes.entries] == [
        {"focus": "One"},
        {"title": "Two"},
        {"self_evaluation": "Three"},
    ]
    assert [e.fields for e in inner.changes.entries] == [{"title": "Two"}]
    with store.read() as conn:
        assert verify_chain(conn, store.heads()).ok


def test_another_thread_does_not_join_this_threads_write(store: Store, review_id: str) -> None:
    """Another thread waits for the lock and writes its own transaction after this one."""
    order: list[str] = []
    with store.write() as tx:
        worker = threading.Thread(
            target=lambda: (
                evidence.add_note(store, review_id, "From a worker"),
                order.append("worker"),
            )
        )
        worker.start()
        worker.join(0.3)
        assert worker.is_alive()  # waiting for this transaction
        tx.upsert("review", review_id, {"focus": "First"})
        order.append("main")
    worker.join(10)
    assert order == ["main", "worker"]
    assert [e.entity for e in log_entries(store)[-2:]] == ["review", "evidence_note"]
