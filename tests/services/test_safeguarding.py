"""Safeguarding concerns: recorded apart from evidence, passed to the DSL, and never in
the notes list, search or coverage."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import coverage, evidence, planning, reviews, safeguarding, search
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import Store
from tests.services.conftest import log_entries

CONCERN = "Y4 pupil said something worrying about home at break; words noted: zephyrine."


def add_dsl(store: Store, review_id: str, name: str = "Mark Greaves") -> None:
    with store.write() as tx:
        person = reviews.create_person(tx, name, None, "dsl")
    planning.add_member(store, review_id, person, "dsl")


def test_defaults_to_the_review_dsl_and_is_logged(store: Store, review_id: str) -> None:
    add_dsl(store, review_id)
    concern_id, changes = safeguarding.record_concern(
        store, review_id, CONCERN, observed_at="2026-03-02T10:45"
    )
    assert changes.entities == {"safeguarding_concern"}
    assert log_entries(store)[-1].entity == "safeguarding_concern"
    [concern] = safeguarding.list_concerns(store, review_id)
    assert (concern.id, concern.text, concern.passed_to) == (concern_id, CONCERN, "Mark Greaves")
    assert concern.passed_on_at == ""
    assert concern.recorded_by_key_id == store.author_key_id
    safeguarding.mark_passed_on(store, concern_id, "2026-03-02T11:00")
    assert safeguarding.list_concerns(store, review_id)[0].passed_on_at == "2026-03-02T11:00"


def test_needs_text_and_someone_to_pass_it_to(store: Store, review_id: str) -> None:
    with pytest.raises(PeerviewError, match="concern is empty"):
        safeguarding.record_concern(store, review_id, "   ")
    with pytest.raises(PeerviewError, match="designated safeguarding lead"):
        safeguarding.record_concern(store, review_id, CONCERN)
    with pytest.raises(PeerviewError, match="YYYY-MM-DDTHH:MM"):
        safeguarding.record_concern(store, review_id, CONCERN, passed_to="LADO", observed_at="x")
    with pytest.raises(NotFoundError):
        safeguarding.record_concern(store, "missing", CONCERN, passed_to="LADO")
    assert safeguarding.list_concerns(store, review_id) == []
    # With no DSL on the team, naming someone (the LADO, say) is enough.
    safeguarding.record_concern(store, review_id, CONCERN, passed_to="Local authority LADO")
    assert safeguarding.list_concerns(store, review_id)[0].passed_to == "Local authority LADO"


def test_never_in_notes_search_or_coverage(store: Store, review_id: str) -> None:
    add_dsl(store, review_id)
    evidence.add_note(
        store, review_id, "Pupils in Y4 read aloud with fluency.", strand_codes=["C2"]
    )
    before = coverage.review_coverage(store, review_id)
    safeguarding.record_concern(store, review_id, CONCERN)

    assert [n.text for n in evidence.list_notes(store, review_id)] == [
        "Pupils in Y4 read aloud with fluency."
    ]
    assert search.search_notes(store, review_id, "zephyrine") == []
    assert search.search_notes(store, review_id, "worrying home") == []
    assert [h.snippet for h in search.search_notes(store, review_id, "Y4")] == [
        "Pupils in Y4 read aloud with fluency."
    ]
    after = coverage.review_coverage(store, review_id)
    assert after == before
    assert reviews.list_reviews(store)[0].notes == 1


def test_never_purged_by_retention(store: Store, review_id: str) -> None:
    from app.services import retention

    add_dsl(store, review_id)
    evidence.add_note(store, review_id, "Pupils in Y4 read aloud.", strand_codes=["C2"])
    concern_id, _ = safeguarding.record_concern(store, review_id, CONCERN)
    with store.write() as tx:
        tx.upsert(
            "review",
            review_id,
            {"status": "signed", "signed_at": "2026-03-03T16:00:00", "retention_days": 30},
        )
    retention.purge_review(store, review_id, dt.datetime(2027, 1, 1))
    assert evidence.list_notes(store, review_id) == []
    assert [c.id for c in safeguarding.list_concerns(store, review_id)] == [concern_id]
    assert safeguarding.list_concerns(store, review_id)[0].text == CONCERN
