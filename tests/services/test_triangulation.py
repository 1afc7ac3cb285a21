"""Triangulation by sources of evidence: one source however many activities, the team's
working notes never counting, contradicting notes beside the finding, and coverage
counting the same way."""

from __future__ import annotations

import json

import pytest

from app.services import coverage, evidence, findings, reviews, sources, triangulation
from app.services.errors import PeerviewError
from app.services.store import Store
from tests.services.conftest import log_entries


def note(store: Store, review_id: str, kind: str, author: str, **fields: object) -> str:
    saved = store.author_key_id
    store.author_key_id = author  # another reviewer's laptop, as far as the note goes
    try:
        return evidence.add_note(
            store, review_id, f"{kind} by {author}", activity_kind=kind, **fields
        ).note_id
    finally:
        store.author_key_id = saved


def activity(store: Store, review_id: str, kind: str, title: str) -> str:
    with store.write() as tx:
        return reviews.add_activity(
            tx,
            review_id,
            day="2026-03-02",
            start_time="09:00",
            end_time="10:00",
            kind=kind,
            title=title,
        )


def tri_of(store: Store, review_id: str, ids: list[str]) -> triangulation.Triangulation:
    fid = findings.create_finding(store, review_id, "strength", "Reading", note_ids=ids)
    return findings.get_finding(store, fid.finding_id).triangulation


def test_one_source_is_single_source_however_many_activities(store: Store, review_id: str) -> None:
    visits = [
        note(
            store,
            review_id,
            kind,
            author,
            strand_codes=["C2"],
            activity_id=activity(store, review_id, kind, f"{kind} {author}"),
        )
        for kind, author in (
            ("lesson_visit", "key-a"),
            ("joint_observation", "key-b"),
            ("learning_walk", "key-c"),
        )
    ]
    tri = tri_of(store, review_id, visits)
    assert (tri.notes, tri.sources, tri.activities, tri.reviewers) == (3, ("observation",), 3, 3)
    assert tri.single_source
    assert tri.reasons == ["all from one source of evidence (observation of practice)"]
    # Coverage says the same of the strand the three notes share.
    counts = coverage.review_coverage(store, review_id).strand("C2").counts
    assert counts == coverage.Counts(3, 1, 3, 3) and counts.thin
    assert counts.reasons() == ["one source of evidence"]

    # Pupils' talk from a second activity makes it triangulated.
    voice = note(store, review_id, "pupil_voice", "key-a", strand_codes=["C2"])
    tri = tri_of(store, review_id, [*visits, voice])
    assert tri.sources == ("pupils_talk", "observation") and not tri.single_source
    assert not coverage.review_coverage(store, review_id).strand("C2").counts.thin


def test_team_working_notes_never_count(store: Store, review_id: str) -> None:
    seen = note(store, review_id, "lesson_visit", "key-a", strand_codes=["C2"])
    catch_up = note(store, review_id, "team_catch_up", "key-b", strand_codes=["C2"])
    feedback = note(store, review_id, "feedback_to_host", "key-c", strand_codes=["C2"])
    tri = tri_of(store, review_id, [seen, catch_up, feedback])
    assert (tri.notes, tri.reviewers, tri.working_notes) == (1, 1, 2)
    assert tri.single_source
    only_working = tri_of(store, review_id, [catch_up, feedback])
    assert only_working.notes == 0
    assert only_working.reasons == [
        "no evidence notes are linked (the team's working notes do not count)"
    ]
    cov = coverage.review_coverage(store, review_id)
    assert cov.strand("C2").counts == coverage.Counts(1, 1, 1, 1)


def test_a_working_note_cannot_be_given_sources(store: Store, review_id: str) -> None:
    before = log_entries(store)
    with pytest.raises(PeerviewError, match="working note"):
        note(store, review_id, "team_meeting", "key-a", sources=["leaders"])
    assert log_entries(store) == before
    # Nor can a forged column make one count: a team-internal kind has no sources.
    assert sources.of_note("team_catch_up", "", json.dumps(["leaders"])) == ()


def test_sources_default_from_the_activity_and_are_editable(store: Store, review_id: str) -> None:
    governors = note(store, review_id, "meeting", "key-a", meeting_with="governors")
    n = evidence.get_note(store, governors).note
    assert n.sources == "" and sources.of_note(n.activity_kind, n.meeting_with, n.sources) == (
        "governors",
    )
    evidence.update_note(store, governors, sources=["governors", "documents"])
    n = evidence.get_note(store, governors).note
    assert sources.of_note(n.activity_kind, n.meeting_with, n.sources) == (
        "governors",
        "documents",
    )
    # Leaving the meeting clears who it was with; a working note loses its sources.
    evidence.update_note(store, governors, activity_kind="team_meeting")
    n = evidence.get_note(store, governors).note
    assert (n.meeting_with, n.sources) == ("", "")
    before = log_entries(store)
    with pytest.raises(PeerviewError, match="not a source"):
        evidence.update_note(store, governors, activity_kind="meeting", sources=["rumour"])
    with pytest.raises(PeerviewError, match="Only a meeting"):
        evidence.update_note(store, governors, meeting_with="parents")
    with pytest.raises(PeerviewError, match="not who a meeting"):
        evidence.update_note(store, governors, activity_kind="meeting", meeting_with="pupils")
    assert log_entries(store) == before
    assert sources.implied("meeting", "senco") == ("leaders",)
    assert sources.implied("book_look") == ("pupils_work",)


def test_contradicting_notes_appear_beside_the_finding(store: Store, review_id: str) -> None:
    a = note(store, review_id, "lesson_visit", "key-a")
    b = note(store, review_id, "book_look", "key-b")
    against = note(store, review_id, "pupil_voice", "key-c")
    unrelated = note(store, review_id, "meeting", "key-c")
    evidence.link_notes(store, against, a, "contradicts")
    evidence.link_notes(store, unrelated, b, "corroborates")
    tri = tri_of(store, review_id, [a, b])
    assert tri.contradicting == (against,)
    assert tri.as_dict()["contradicting"] == [against]
    evidence.delete_note(store, against)
    assert tri_of(store, review_id, [a, b]).contradicting == ()


def test_counts_kept_before_sources_existed_imply_them() -> None:
    old = json.dumps({"notes": 4, "activity_kinds": ["lesson_visit", "book_look"], "reviewers": 2})
    kept = triangulation.retained(old)
    assert kept is not None
    assert kept.sources == ("pupils_work", "observation") and kept.activities == 4
    assert not kept.single_source
