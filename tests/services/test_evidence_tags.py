"""Enquiry-question tags, unlinking and reading one note back, as the editor uses them."""

from __future__ import annotations

import pytest

from app.services import evidence, reviews
from app.services.errors import NotFoundError
from app.services.store import Store
from tests.services.conftest import ReviewMaker


def test_question_tags_are_set_exactly_and_checked(store: Store, make_review: ReviewMaker) -> None:
    review = make_review(questions=("How well...?", "To what extent...?"))
    other = make_review("Other review", questions=("Elsewhere?",))
    q1, q2 = (qid for qid, _ in reviews.get_review(store, review).enquiry_questions)
    (foreign,) = (qid for qid, _ in reviews.get_review(store, other).enquiry_questions)
    note = evidence.add_note(store, review, "Books show redrafting").note_id
    evidence.set_questions(store, note, [q2, q1])
    assert evidence.get_note(store, note).question_ids == [q1, q2]  # in question order
    evidence.set_questions(store, note, [q2])
    assert evidence.get_note(store, note).question_ids == [q2]
    with pytest.raises(NotFoundError):
        evidence.set_questions(store, note, [foreign])
    assert evidence.get_note(store, note).question_ids == [q2]  # nothing written


def test_links_read_back_both_ways_and_unlink(store: Store, make_review: ReviewMaker) -> None:
    review = make_review()
    a = evidence.add_note(store, review, "a").note_id
    b = evidence.add_note(store, review, "b").note_id
    evidence.link_notes(store, a, b, "contradicts")
    assert evidence.get_note(store, a).links == [(b, "contradicts", "to")]
    assert evidence.get_note(store, b).links == [(a, "contradicts", "from")]
    evidence.unlink_notes(store, a, b)
    assert evidence.get_note(store, a).links == []
    evidence.delete_note(store, a)
    with pytest.raises(NotFoundError):
        evidence.get_note(store, a)
