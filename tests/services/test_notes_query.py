"""Paged, filtered and searched listing of a review's notes for the capture page."""

from __future__ import annotations

import datetime as dt

from app.services import evidence, notes_query, reviews
from app.services.frameworks import strands_by_code
from app.services.notes_query import NoteFilter
from app.services.store import Store
from tests.services.conftest import ReviewMaker, default_version


def _note(store: Store, review: str, text: str, at: str, **kw: object) -> str:
    return evidence.add_note(store, review, text, observed_at=at, **kw).note_id  # type: ignore[arg-type]


def _all(store: Store, review: str, flt: NoteFilter, limit: int = 2) -> list[str]:
    """Every matching note id, walking keyset pages of ``limit`` rows."""
    out: list[str] = []
    after = None
    while True:
        rows = notes_query.page(store, review, flt, after, limit)
        out += [r.id for r in rows]
        if len(rows) < limit:
            return out
        after = rows[-1].key


def test_pages_walk_every_note_newest_first_without_repeats(
    store: Store, make_review: ReviewMaker
) -> None:
    review = make_review()
    ids = [_note(store, review, f"Note {i}", f"2026-03-02T09:{i:02d}:00") for i in range(7)]
    # Two notes at the same minute still both appear, in a stable order.
    ids.append(_note(store, review, "Same minute", "2026-03-02T09:06:00"))
    walked = _all(store, review, NoteFilter(), limit=3)
    assert sorted(walked) == sorted(ids)
    assert len(walked) == len(set(walked))
    times = [r.observed_at for r in notes_query.page(store, review, NoteFilter(), limit=20)]
    assert times == sorted(times, reverse=True)
    assert notes_query.count(store, review) == 8


def test_filters_combine_with_search_and_deleted_notes_vanish(
    store: Store, make_review: ReviewMaker
) -> None:
    review = make_review(questions=("How well does feedback help?",))
    question = reviews.get_review(store, review).enquiry_questions[0][0]
    a = _note(
        store,
        review,
        "Pupils redrafted after feedback in Łódź",
        "2026-03-02T09:00:00",
        strand_codes=["C2"],
        question_ids=[question],
    )
    b = _note(
        store,
        review,
        "Book look: feedback was acted on",
        "2026-03-02T10:00:00",
        activity_kind="book_look",
        strand_codes=["C2"],
    )
    c = _note(
        store,
        review,
        "Learning walk, calm corridors",
        "2026-03-02T11:00:00",
        activity_kind="learning_walk",
    )
    d = _note(store, review, "Feedback deleted note", "2026-03-02T12:00:00")
    evidence.delete_note(store, d)
    c2 = strands_by_code(store, default_version(store))["C2"].id

    def ids(**kw: object) -> set[str]:
        return set(_all(store, review, NoteFilter(**kw)))  # type: ignore[arg-type]

    assert ids() == {a, b, c}
    assert ids(strand_id=c2) == {a, b}
    assert ids(no_strand=True) == {c}
    assert ids(activity_kind="book_look") == {b}
    assert ids(question_id=question) == {a}
    assert ids(query="feedback") == {a, b}
    assert ids(query="feedback", activity_kind="lesson_visit") == {a}
    assert ids(query="lodz") == {a}
    assert ids(author_key_id=store.author_key_id) == {a, b, c}
    assert ids(author_key_id="someone-else") == set()
    assert notes_query.count(store, review, NoteFilter(query="feedback")) == 2
    (hit,) = notes_query.page(store, review, NoteFilter(query="lodz"))
    assert hit.snippet[hit.highlights[0][0] : hit.highlights[0][1]] == "Łódź"
    assert hit.strand_codes == ("C2",)


def test_strand_counts_ignore_deleted_notes_and_tags(
    store: Store, make_review: ReviewMaker
) -> None:
    review = make_review()
    a = _note(store, review, "one", "2026-03-02T09:00:00", strand_codes=["C2", "L1"])
    _note(store, review, "two", "2026-03-02T09:01:00", strand_codes=["C2"])
    gone = _note(store, review, "three", "2026-03-02T09:02:00", strand_codes=["C2"])
    evidence.delete_note(store, gone)
    evidence.set_strands(store, a, ["C2"])
    by_code = strands_by_code(store, default_version(store))
    counts = notes_query.strand_counts(store, review)
    assert counts == {by_code["C2"].id: 2}


def test_the_activity_happening_now(store: Store, make_review: ReviewMaker) -> None:
    review = make_review()
    with store.write() as tx:
        reviews.add_activity(
            tx,
            review,
            day="2026-03-02",
            start_time="09:00",
            end_time="10:00",
            kind="lesson_visit",
            title="Y5 writing",
        )
        reviews.add_activity(
            tx,
            review,
            day="2026-03-02",
            start_time="09:30",
            end_time="10:30",
            kind="book_look",
            title="Y6 books",
        )
        reviews.add_activity(
            tx,
            review,
            day="2026-03-03",
            start_time="09:00",
            end_time="10:00",
            kind="meeting",
            title="SENCO",
        )

    def now(text: str) -> str | None:
        found = notes_query.activity_at(store, review, dt.datetime.fromisoformat(text))
        return found.title if found else None

    assert now("2026-03-02T09:10") == "Y5 writing"
    assert now("2026-03-02T09:45") == "Y6 books"  # overlapping: the later start
    assert now("2026-03-02T10:30") is None  # slots end exclusive
    assert now("2026-03-03T09:59") == "SENCO"
    assert now("2026-03-04T09:10") is None
