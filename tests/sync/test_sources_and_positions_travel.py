"""Sources of evidence and moderation positions travel between laptops: the review's
bundle carries them, the other laptop counts them the same way, and digests agree."""

from __future__ import annotations

from pathlib import Path

from app.services import evidence, findings, moderation, moderation_board, reviews
from app.sync.digest import review_digest
from tests.sync.helpers import FakeClock, create_review, deliver, open_replica, snapshot


def test_two_laptops_converge_on_sources_and_positions(tmp_path: Path) -> None:
    clock = FakeClock()
    lead = open_replica(tmp_path / "lead", clock.reader())
    other = open_replica(tmp_path / "other", clock.reader())
    try:
        review = create_review(lead)
        with lead.write() as tx:
            me = reviews.create_person(tx, "Siân Pritchard", None, "reviewer", lead.author_key_id)
            ben = reviews.create_person(tx, "Ben Okafor", None, "reviewer", other.author_key_id)
            reviews.add_team_member(tx, review, me, "lead_reviewer")
            reviews.add_team_member(tx, review, ben, "reviewer")
        seen = evidence.add_note(lead, review, "Pairs read aloud", activity_kind="lesson_visit")
        said = evidence.add_note(
            lead,
            review,
            "Governors described the reading review they led",
            activity_kind="meeting",
            meeting_with="governors",
            sources=["governors", "documents"],
        )
        fid = findings.create_finding(
            lead, review, "strength", "Reading", note_ids=[seen.note_id, said.note_id]
        ).finding_id
        moderation.record_position(lead, fid, me, "agree")
        deliver(snapshot(lead, review), other)
        # Ben records his own position on his laptop; it comes back to the lead.
        moderation.record_position(other, fid, ben, "not_sure", "Only one lesson seen")
        deliver(snapshot(other, review), lead)

        for store in (lead, other):
            note = evidence.get_note(store, said.note_id).note
            assert (note.meeting_with, note.sources) == ("governors", '["governors", "documents"]')
            (row,) = moderation_board.board(store, review).rows
            assert row.finding.triangulation.sources == ("governors", "observation", "documents")
            assert {p: (x.position, x.trusted) for p, x in row.positions.items()} == {
                me: ("agree", True),
                ben: ("not_sure", True),
            }
        assert review_digest(lead, review) == review_digest(other, review)
    finally:
        lead.close()
        other.close()
