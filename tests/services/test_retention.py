"""Retention: purging a signed review's notes on its schedule, through the change log,
keeping findings with their triangulation and never touching safeguarding concerns."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models import EvidenceNote, SafeguardingConcern, table
from app.services import changelog, evidence, findings, retention, search, signoff
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync import rules
from tests.services.conftest import current_row, log_entries
from tests.signoff_helpers import take_to

SIGNED_AT = dt.datetime(2026, 3, 20, 12, 0, tzinfo=dt.UTC)


def signed_review(store: Store, review_id: str) -> dict[str, str]:
    """A review with notes, a finding citing them, a safeguarding concern, signed."""
    n1 = evidence.add_note(
        store, review_id, "Y2 pupils blend ŵ and ŷ words; Łucja's group", strand_codes=["C2"]
    ).note_id
    n2 = evidence.add_note(
        store, review_id, "Pupil voice: decodable books match", activity_kind="pupil_voice"
    ).note_id
    gone = evidence.add_note(store, review_id, "Deleted earlier, text still held").note_id
    evidence.delete_note(store, gone)
    evidence.link_notes(store, n1, n2, "corroborates")
    fid = findings.create_finding(
        store, review_id, "strength", "Phonics", "Shared approach.", note_ids=[n1, n2]
    ).finding_id
    with store.write() as tx:
        concern = tx.create(
            "safeguarding_concern",
            {"review_id": review_id, "text": "Passed to the DSL at 10:40", "passed_to": "DSL"},
        )
    take_to(store, review_id, "host_checked")
    store.wall_clock = lambda: int(SIGNED_AT.timestamp() * 1000)
    signoff.mark_signed(store, review_id, "ab" * 32)
    return {"n1": n1, "n2": n2, "gone": gone, "finding": fid, "concern": concern}


def test_by_default_notes_are_purged_90_days_after_signing(store: Store, review_id: str) -> None:
    (before,) = retention.states(store, review_id)
    assert (before.retention_days, before.chosen, before.due_at) == (90, False, "")
    signed_review(store, review_id)
    # Signing wrote the schedule into the review, so every laptop has the same due date.
    review = current_row(store, "review", review_id)
    assert (review["retention_days"], review["retention_chosen"]) == (90, True)
    (state,) = retention.states(store, review_id)
    assert state.due_at == "2026-06-18T12:00:00+00:00"
    assert retention.due(store, SIGNED_AT + dt.timedelta(days=89)) == []
    assert retention.run(store, SIGNED_AT + dt.timedelta(days=89)) == []
    assert [s.review_id for s in retention.due(store, SIGNED_AT + dt.timedelta(days=90))] == [
        review_id
    ]
    (result,) = retention.run(store, SIGNED_AT + dt.timedelta(days=90))
    assert result.notes_purged == 3


def test_the_laptop_default_applies_until_signing_only(store: Store, review_id: str) -> None:
    retention.set_default_days(store, 30)
    assert retention.default_days(store) == 30
    assert retention.states(store, review_id)[0].retention_days == 30
    signed_review(store, review_id)
    # A later change of the default does not move a signed review's due date.
    retention.set_default_days(store, None)
    (state,) = retention.states(store, review_id)
    assert (state.retention_days, state.due_at) == (30, "2026-04-19T12:00:00+00:00")
    with pytest.raises(PeerviewError, match="signed"):
        retention.follow_default(store, review_id)


def test_keep_chosen_before_signing_is_kept(store: Store, review_id: str) -> None:
    retention.set_retention(store, review_id, None)
    signed_review(store, review_id)
    before = len(log_entries(store))
    assert retention.run(store, SIGNED_AT + dt.timedelta(days=3650)) == []
    assert len(log_entries(store)) == before
    (state,) = retention.states(store, review_id)
    assert (state.retention_days, state.chosen, state.due_at) == (None, True, "")
    with pytest.raises(PeerviewError, match="keeps its notes"):
        retention.purge_review(store, review_id, SIGNED_AT + dt.timedelta(days=3650))


def test_not_due_yet_is_not_purged(store: Store, review_id: str) -> None:
    signed_review(store, review_id)
    retention.set_retention(store, review_id, 30)
    assert retention.run(store, SIGNED_AT + dt.timedelta(days=29)) == []
    with pytest.raises(PeerviewError, match="due to be purged on 19 April 2026"):
        retention.purge_review(store, review_id, SIGNED_AT + dt.timedelta(days=29))


def test_purge_clears_and_tombstones_notes_and_keeps_findings(store: Store, review_id: str) -> None:
    ids = signed_review(store, review_id)
    retention.set_retention(store, review_id, 30)
    concern_before = current_row(store, "safeguarding_concern", ids["concern"])
    (result,) = retention.run(store, SIGNED_AT + dt.timedelta(days=30))
    assert (result.notes_purged, result.findings_kept) == (3, 1)

    for key in ("n1", "n2", "gone"):
        row = current_row(store, "evidence_note", ids[key])
        assert row is not None
        assert row["deleted"] is True
        assert row["text"] == ""
    assert evidence.list_notes(store, review_id) == []
    assert search.search_notes(store, review_id, "decodable") == []

    (finding,) = findings.list_findings(store, review_id)
    assert (finding.title, finding.text) == ("Phonics", "Shared approach.")
    tri = finding.triangulation
    assert (tri.notes, tri.activity_kinds, tri.reviewers, tri.retained) == (
        2,
        ("lesson_visit", "pupil_voice"),
        1,
        True,
    )
    # The purge is recorded, and the review stays signed (the report is unchanged).
    review = current_row(store, "review", review_id)
    assert review["status"] == "signed"
    assert review["evidence_purged_at"].startswith("2026-04-19")
    # Safeguarding: untouched, not one entry.
    assert current_row(store, "safeguarding_concern", ids["concern"]) == concern_before
    assert not [e for e in result.changes.entries if e.entity == "safeguarding_concern"]


def test_a_purge_goes_entirely_through_the_change_log(store: Store, review_id: str) -> None:
    signed_review(store, review_id)
    retention.set_retention(store, review_id, 0)
    (result,) = retention.run(store, SIGNED_AT)
    entities = {e.entity for e in result.changes.entries}
    assert entities == {"finding", "evidence_note", "note_strand", "note_link", "review"}
    assert {e.op for e in result.changes.entries if e.entity == "note_strand"} == {"delete"}
    note = table(EvidenceNote)
    with store.write() as tx:
        rules.rebuild(tx.conn)
        texts = tx.conn.execute(select(note.c.text).where(note.c.review_id == review_id)).all()
    assert {t for (t,) in texts} == {""}
    with store.read() as conn:
        assert changelog.verify_chain(conn, store.heads()).ok


def test_safeguarding_concerns_are_never_purged(store: Store, review_id: str) -> None:
    ids = signed_review(store, review_id)
    with store.write() as tx:
        second = tx.create(
            "safeguarding_concern", {"review_id": review_id, "text": "Second concern, ŵ"}
        )
    retention.set_retention(store, review_id, 0)
    retention.run(store, SIGNED_AT + dt.timedelta(days=1))
    concern = table(SafeguardingConcern)
    with store.read() as conn:
        rows = conn.execute(select(concern).where(concern.c.review_id == review_id)).all()
    assert {(r.id, r.text, r.deleted) for r in rows} == {
        (ids["concern"], "Passed to the DSL at 10:40", False),
        (second, "Second concern, ŵ", False),
    }


def test_only_signed_reviews_can_be_purged(store: Store, review_id: str) -> None:
    retention.set_retention(store, review_id, 0)
    with pytest.raises(PeerviewError, match="Only a signed review"):
        retention.purge_review(store, review_id)


def test_a_second_run_changes_nothing(store: Store, review_id: str) -> None:
    signed_review(store, review_id)
    retention.set_retention(store, review_id, 0)
    retention.run(store, SIGNED_AT)
    before = len(log_entries(store))
    assert retention.run(store, SIGNED_AT + dt.timedelta(days=5)) == []
    assert len(log_entries(store)) == before


@pytest.mark.parametrize("days", [-1, 100_000])
def test_bad_schedule_is_refused(store: Store, review_id: str, days: int) -> None:
    with pytest.raises(PeerviewError, match="number of days"):
        retention.set_retention(store, review_id, days)
