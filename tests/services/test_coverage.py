"""Coverage per strand and enquiry question: counts, the thin classification, what is
left out (deleted notes and tags, other reviews), and agreement with a count by hand."""

from __future__ import annotations

import random
from collections import defaultdict

from app.ids import join_id
from app.models.review import ACTIVITY_KINDS, TEAM_INTERNAL_KINDS
from app.services import coverage, evidence, frameworks, planning, reviews, sources
from app.services.coverage import Counts, Level
from app.services.evidence import strand_ids_for_codes
from app.services.store import Store
from tests.services.conftest import ReviewMaker


def add(store: Store, review_id: str, kind: str, author: str, strands: list[str],
        questions: tuple[str, ...] = ()) -> str:  # fmt: skip
    saved = store.author_key_id
    store.author_key_id = author  # another reviewer's laptop, as far as the note is concerned
    try:
        return evidence.add_note(
            store,
            review_id,
            f"{kind} note by {author}",
            activity_kind=kind,
            strand_codes=strands,
            question_ids=questions,
        ).note_id
    finally:
        store.author_key_id = saved


def test_thresholds() -> None:
    # Counts(notes, sources, reviewers, activities)
    assert Counts().level is Level.NONE
    assert Counts(2, 2, 2, 2).level is Level.THIN
    assert Counts(3, 1, 3, 3).level is Level.THIN
    assert Counts(3, 3, 1, 3).level is Level.THIN
    assert Counts(3, 2, 2, 1).level is Level.THIN
    assert Counts(3, 2, 2, 2).level is Level.SUPPORTED
    assert Counts(3, 1, 1, 1).reasons() == [
        "one source of evidence",
        "one activity",
        "one reviewer",
    ]
    assert Counts().reasons() == ["no notes yet"]
    assert Counts(5, 2, 2, 2).reasons() == []


def test_counts_per_strand_area_and_question(store: Store, make_review: ReviewMaker) -> None:
    review_id = make_review(questions=("How well do pupils read?", "Is feedback acted on?"))
    other = make_review("Another review")
    q1, q2 = (q for q, _ in reviews.get_review(store, review_id).enquiry_questions)
    add(store, review_id, "lesson_visit", "a", ["C2"], (q1,))
    add(store, review_id, "book_look", "b", ["C2", "C3"], (q1,))
    add(store, review_id, "lesson_visit", "b", ["C2"])
    add(store, review_id, "meeting", "a", ["L1"])
    add(store, review_id, "meeting", "a", [])
    gone = add(store, review_id, "pupil_voice", "c", ["C3"], (q2,))
    evidence.delete_note(store, gone)
    untagged_c3 = add(store, review_id, "pupil_voice", "c", ["C3"])
    evidence.set_strands(store, untagged_c3, [])
    add(store, other, "pupil_voice", "z", ["C2"])

    cov = coverage.review_coverage(store, review_id)
    assert cov.strand("C2").counts == Counts(3, 2, 2, 3)
    assert cov.strand("C2").counts.level is Level.SUPPORTED
    assert cov.strand("C3").counts == Counts(1, 1, 1, 1)
    assert cov.strand("L1").counts == Counts(1, 1, 1, 1)
    assert cov.strand("I1").counts == Counts()
    curriculum = next(a for a in cov.areas if a.code == "C")
    assert curriculum.thin == 3  # C2 is supported; C1, C3 and C4 are not
    assert [(q.text, q.counts) for q in cov.questions] == [
        ("How well do pupils read?", Counts(2, 2, 2, 2)),
        ("Is feedback acted on?", Counts()),
    ]
    assert cov.untagged_notes == 2
    assert "C2" not in {s.code for s in cov.thin_strands}
    assert {"C3", "L1", "I1"} <= {s.code for s in cov.thin_strands}
    # Every strand of the pinned framework is listed, with or without evidence.
    pinned = reviews.get_review(store, review_id).framework_version_id
    assert pinned is not None
    assert sum(len(a.strands) for a in cov.areas) == len(frameworks.strands_by_code(store, pinned))
    assert sum(len(a.strands) for a in cov.areas) == 23

    planning.delete_question(store, q1)
    assert [q.text for q in coverage.review_coverage(store, review_id).questions] == [
        "Is feedback acted on?"
    ]


def test_agrees_with_a_count_by_hand_on_many_notes(store: Store, review_id: str) -> None:
    rng = random.Random(7)
    codes = ["C1", "C2", "C3", "I1", "L2", "B1"]
    rows = [
        {
            "review_id": review_id,
            "activity_kind": rng.choice(ACTIVITY_KINDS),
            "author_key_id": rng.choice(["a", "b", "c", "d"]),
            "text": f"note {n}",
            "observed_at": "2026-03-02T10:00:00",
        }
        for n in range(1500)
    ]
    expected: dict[str, tuple[set[str], set[str], set[str]]] = defaultdict(
        lambda: (set(), set(), set())
    )
    with store.write() as tx:
        ids = tx.create_many("evidence_note", rows)
        version = evidence._review_version(tx, review_id)
        strand_of = dict(zip(codes, strand_ids_for_codes(tx, version, codes), strict=True))
        tags = []
        for note_id, row in zip(ids, rows, strict=True):
            for code in rng.sample(codes, rng.randint(0, 2)):
                tags.append({"note_id": note_id, "strand_id": strand_of[code]})
                kind = str(row["activity_kind"])
                if kind in TEAM_INTERNAL_KINDS:
                    continue  # working notes never count
                notes, found, authors = expected[code]
                notes.add(note_id)
                found.update(sources.implied(kind))
                authors.add(str(row["author_key_id"]))
        for tag in tags:
            tx.upsert("note_strand", join_id("note_strand", tag["note_id"], tag["strand_id"]), tag)
    cov = coverage.review_coverage(store, review_id)
    for code in codes:
        notes, found, authors = expected[code]
        # No note has a timetabled activity, so each is an activity of its own.
        assert cov.strand(code).counts == Counts(len(notes), len(found), len(authors), len(notes))
