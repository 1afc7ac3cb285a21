"""Moderation: each reviewer's position on each finding, recorded by them or by the lead
in their name; "Team confirmed" only with every member's current position and no
disagreement; the board with triangulation and contradicting notes."""

from __future__ import annotations

import pytest

from app.ids import join_id
from app.services import evidence, findings, moderation, moderation_board, reviews, signoff
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync.scope import review_scope
from tests.services.conftest import log_entries


@pytest.fixture
def team(store: Store, review_id: str) -> dict[str, str]:
    """A lead reviewer (this laptop's identity), a reviewer with a key and one without."""
    with store.write() as tx:
        people = {
            "lead": reviews.create_person(
                tx, "Ffion Hughes", None, "reviewer", store.author_key_id
            ),
            "ben": reviews.create_person(tx, "Ben Okafor", None, "reviewer", "key-ben"),
            "sara": reviews.create_person(tx, "Sára Novák", None, "reviewer"),
            "head": reviews.create_person(tx, "Host Head", None, "headteacher"),
        }
        reviews.add_team_member(tx, review_id, people["lead"], "lead_reviewer")
        reviews.add_team_member(tx, review_id, people["ben"], "reviewer")
        reviews.add_team_member(tx, review_id, people["sara"], "reviewer")
        reviews.add_team_member(tx, review_id, people["head"], "headteacher")
    return people


def finding(store: Store, review_id: str, title: str) -> str:
    return findings.create_finding(store, review_id, "strength", title, "Text").finding_id


def to_draft(store: Store, review_id: str) -> None:
    for step in ("visit", "draft"):
        signoff.advance(store, review_id, step)


def agree_with_the_draft(store: Store, review_id: str, team: dict[str, str]) -> None:
    """Each member's agreement with the draft as a whole, recorded by the lead: the other
    half of what Team confirmed needs (app/services/duties.py), so these tests see only
    what positions on findings decide."""
    for who in ("lead", "ben", "sara"):
        signoff.agree(store, review_id, team[who])


def everyone(store: Store, fid: str, team: dict[str, str], position: str = "agree") -> None:
    for who in ("lead", "ben", "sara"):
        moderation.record_position(store, fid, team[who], position)


def test_team_confirmed_needs_every_members_position(
    store: Store, review_id: str, team: dict[str, str]
) -> None:
    reading = finding(store, review_id, "Reading for pleasure")
    maths = finding(store, review_id, "Reasoning in mathematics")
    to_draft(store, review_id)
    agree_with_the_draft(store, review_id, team)
    everyone(store, reading, team)
    moderation.record_position(store, maths, team["lead"], "agree")
    before = log_entries(store)
    with pytest.raises(PeerviewError) as refused:
        signoff.advance(store, review_id, "team_confirmed")
    message = str(refused.value)
    assert "'Reasoning in mathematics': no current position from Ben Okafor, Sára Novák" in message
    assert "Reading for pleasure" not in message and "still to agree" not in message
    assert refused.value.hint_cli and "finding position" in refused.value.hint_cli
    assert log_entries(store) == before
    assert signoff.current_status(store, review_id) == "draft"

    everyone(store, maths, team)
    signoff.advance(store, review_id, "team_confirmed")
    assert signoff.current_status(store, review_id) == "team_confirmed"


def test_a_disagreement_holds_confirmation_until_it_is_resolved(
    store: Store, review_id: str, team: dict[str, str]
) -> None:
    fid = finding(store, review_id, "Feedback in writing")
    to_draft(store, review_id)
    agree_with_the_draft(store, review_id, team)
    everyone(store, fid, team)
    moderation.record_position(
        store, fid, team["ben"], "disagree", "Year 5 books show little redrafting."
    )
    with pytest.raises(PeerviewError, match="Ben Okafor disagrees"):
        signoff.advance(store, review_id, "team_confirmed")
    row = moderation_board.board(store, review_id).rows[0]
    assert row.positions[team["ben"]].comment == "Year 5 books show little redrafting."
    # "Not sure" is recorded and shown, but is not a disagreement.
    moderation.record_position(store, fid, team["ben"], "not_sure", "Ask about Year 5.")
    signoff.advance(store, review_id, "team_confirmed")


def test_rewording_a_finding_asks_for_positions_again(
    store: Store, review_id: str, team: dict[str, str]
) -> None:
    fid = finding(store, review_id, "Phonics")
    to_draft(store, review_id)
    everyone(store, fid, team)
    findings.update_finding(store, fid, text="Phonics is taught daily in Reception and Year 1.")
    row = moderation_board.board(store, review_id).rows[0]
    assert not any(p.current for p in row.positions.values())
    assert row.outstanding == ["no current position from Ffion Hughes, Ben Okafor, Sára Novák"]
    with pytest.raises(PeerviewError, match="no current position"):
        signoff.advance(store, review_id, "team_confirmed")


def test_only_the_member_or_the_lead_records_a_position(
    store: Store, review_id: str, team: dict[str, str]
) -> None:
    fid = finding(store, review_id, "Attendance")
    # The lead records Sára's position in her name (she has no laptop of her own here).
    moderation.record_position(store, fid, team["sara"], "agree")
    store.author_key_id = "key-ben"  # Ben's laptop
    moderation.record_position(store, fid, team["ben"], "agree", "Seen in the registers.")
    before = log_entries(store)
    with pytest.raises(PeerviewError, match="Only Ffion Hughes or the lead reviewer"):
        moderation.record_position(store, fid, team["lead"], "agree")
    with pytest.raises(PeerviewError, match="Only a reviewer on the review's team"):
        moderation.record_position(store, fid, team["head"], "agree")
    with pytest.raises(PeerviewError, match="not a position"):
        moderation.record_position(store, fid, team["ben"], "approve")
    assert log_entries(store) == before


def test_a_position_written_by_someone_else_does_not_count(
    store: Store, review_id: str, team: dict[str, str]
) -> None:
    """A bundle could carry a row claiming the lead recorded it; the signed entry's author
    is what counts."""
    fid = finding(store, review_id, "Curriculum sequencing")
    everyone(store, fid, team)
    saved = store.author_key_id
    store.author_key_id = "key-mallory"
    try:
        with store.write() as tx:
            tx.upsert(
                "finding_position",
                join_id("finding_position", fid, team["sara"]),
                {"position": "disagree", "recorded_by_key_id": saved},
            )
    finally:
        store.author_key_id = saved
    position = moderation_board.board(store, review_id).rows[0].positions[team["sara"]]
    assert position.position == "disagree" and not position.trusted and not position.counts


def test_the_board_shows_triangulation_contradictions_and_travels_with_the_review(
    store: Store, review_id: str, team: dict[str, str]
) -> None:
    seen = evidence.add_note(store, review_id, "Pairs read aloud", activity_kind="lesson_visit")
    against = evidence.add_note(
        store, review_id, "Pupils said they rarely read at home", activity_kind="pupil_voice"
    ).note_id
    evidence.link_notes(store, against, seen.note_id, "contradicts")
    fid = findings.create_finding(
        store, review_id, "strength", "Reading at home", note_ids=[seen.note_id]
    ).finding_id
    moderation.record_position(store, fid, team["ben"], "not_sure", "Pupil voice says otherwise")
    b = moderation_board.board(store, review_id)
    assert [m.name for m in b.members] == ["Ffion Hughes", "Ben Okafor", "Sára Novák"]
    (row,) = b.rows
    assert row.finding.triangulation.single_source
    assert [(c.note_id, c.activity) for c in row.contradicting] == [(against, "Pupil voice")]
    assert row.positions[team["ben"]].label == "Not sure"
    assert not b.confirmable
    with store.read() as conn:
        scope = review_scope(conn, review_id)
    assert scope["finding_position"] == {join_id("finding_position", fid, team["ben"])}
