"""Coverage: how well each strand and enquiry question of a review is evidenced.

For each strand of the review's pinned framework version, and each enquiry question:
how many evidence notes bear on it, from how many sources of evidence, activities and
reviewers (authors and co-reviewers), counted as findings count them
(``triangulation.Tally``). Triangulation needs all of them, so a strand is **thin** when

- it has fewer than ``MIN_NOTES`` (3) notes, or
- its notes come from fewer than ``MIN_SOURCES`` (2) sources of evidence, or
- from fewer than ``MIN_ACTIVITIES`` (2) activities, or
- were seen by fewer than ``MIN_REVIEWERS`` (2) reviewers;

and **none** when it has no notes at all. These are the thresholds a lead reviewer
checks by hand ("is this seen in more than one place, by more than one of us?"); see
docs/decisions/0007-coverage-thresholds.md. The team's working notes (its own meetings,
catch-ups and feedback) never count.

Only evidence notes count. Safeguarding concerns live in their own table and never
reach these queries. The work is two grouped queries over indexes and a count (see
``peerview bench``); the coverage page runs it on a worker thread.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.models import (
    EnquiryQuestion,
    EvidenceNote,
    NoteQuestion,
    NoteStrand,
    Person,
    Review,
)
from app.models.review import TEAM_INTERNAL_KINDS
from app.services import frameworks, triangulation
from app.services import sources as src
from app.services.errors import NotFoundError
from app.services.store import Store

MIN_NOTES = 3
MIN_SOURCES = triangulation.MIN_SOURCES
MIN_ACTIVITIES = triangulation.MIN_ACTIVITIES
MIN_REVIEWERS = triangulation.MIN_REVIEWERS


class Level(StrEnum):
    NONE = "none"
    THIN = "thin"
    SUPPORTED = "supported"


@dataclass(frozen=True)
class Counts:
    notes: int = 0
    sources: int = 0
    reviewers: int = 0
    activities: int = 0

    @property
    def level(self) -> Level:
        if self.notes == 0:
            return Level.NONE
        if (
            self.notes < MIN_NOTES
            or self.sources < MIN_SOURCES
            or self.activities < MIN_ACTIVITIES
            or self.reviewers < MIN_REVIEWERS
        ):
            return Level.THIN
        return Level.SUPPORTED

    @property
    def thin(self) -> bool:
        return self.level is not Level.SUPPORTED

    def reasons(self) -> list[str]:
        """Why the evidence is thin, in words a reviewer uses; empty when it is not."""
        if self.notes == 0:
            return ["no notes yet"]
        out = []
        if self.notes < MIN_NOTES:
            out.append(f"fewer than {MIN_NOTES} notes")
        if self.sources < MIN_SOURCES:
            out.append("one source of evidence")
        if self.activities < MIN_ACTIVITIES:
            out.append("one activity")
        if self.reviewers < MIN_REVIEWERS:
            out.append("one reviewer")
        return out


@dataclass(frozen=True)
class StrandCoverage:
    strand_id: str
    code: str
    title: str
    counts: Counts


@dataclass(frozen=True)
class AreaCoverage:
    area_id: str
    code: str
    title: str
    strands: list[StrandCoverage] = field(default_factory=list)

    @property
    def thin(self) -> int:
        """How many of the area's strands are thin or have no evidence."""
        return sum(1 for s in self.strands if s.counts.thin)


@dataclass(frozen=True)
class QuestionCoverage:
    question_id: str
    position: int
    text: str
    counts: Counts


@dataclass(frozen=True)
class Coverage:
    review_id: str
    areas: list[AreaCoverage]
    questions: list[QuestionCoverage]
    untagged_notes: int  # notes with no strand yet

    def strand(self, code: str) -> StrandCoverage:
        for area in self.areas:
            for strand in area.strands:
                if strand.code.upper() == code.upper():
                    return strand
        raise KeyError(code)

    @property
    def thin_strands(self) -> list[StrandCoverage]:
        return [s for a in self.areas for s in a.strands if s.counts.thin]


def _grouped(
    s: Session,
    tag: type[NoteStrand | NoteQuestion],
    key: Any,
    live_note: tuple[Any, ...],
    keys: dict[str, str | None],
) -> dict[str, Counts]:
    """Counts of the review's live notes per strand (or question), through a tag table.

    One grouped pass by (strand, and what makes a note's sources, reviewers and
    activity), read from indexes only (schema steps 5 and 13), then folded here with
    ``triangulation.Tally``, the way findings count. count(DISTINCT ...) would sort once
    per count and is about three times slower. A note's live tag to one strand is one row
    (tags have name-based ids), so summing the groups counts each note once. ``keys``
    maps co-reviewers' person ids to their key ids.
    """
    note = EvidenceNote
    columns = (
        note.activity_kind,
        note.meeting_with,
        note.sources,
        note.author_key_id,
        note.co_reviewer_id,
        note.activity_id,
    )
    query = (
        select(key.label("key"), *columns, func.count())
        .select_from(note)
        .join(tag, and_(tag.note_id == note.id, tag.deleted.is_(False)))
        .where(*live_note)
        .group_by(key, *columns)
    )
    tallies: dict[str, triangulation.Tally] = defaultdict(triangulation.Tally)
    for target, kind, meeting_with, stored, author, co_id, activity_id, count in s.execute(query):
        people = set()
        if author is not None:
            people.add(author)
        if co_id:
            people.add(keys.get(co_id) or f"person:{co_id}")
        tallies[target].add(
            count, kind, src.of_note(kind, meeting_with, stored), people, activity_id
        )
    return {
        t: Counts(v.notes, len(v.sources), len(v.reviewers), v.activities)
        for t, v in tallies.items()
        if v.notes
    }


def review_coverage(store: Store, review_id: str) -> Coverage:
    note = EvidenceNote
    live_note = (note.review_id == review_id, note.deleted.is_(False))
    with store.session() as s:
        review = s.get(Review, review_id)
        if review is None or review.deleted:
            raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")
        version_id = review.framework_version_id
        co_reviewers = select(note.co_reviewer_id).where(*live_note).distinct()
        keys: dict[str, str | None] = {
            r.id: r.key_id
            for r in s.execute(select(Person.id, Person.key_id).where(Person.id.in_(co_reviewers)))
        }
        by_strand = _grouped(s, NoteStrand, NoteStrand.strand_id, live_note, keys)
        questions = s.execute(
            select(EnquiryQuestion.id, EnquiryQuestion.position, EnquiryQuestion.text)
            .where(EnquiryQuestion.review_id == review_id, EnquiryQuestion.deleted.is_(False))
            .order_by(EnquiryQuestion.position, EnquiryQuestion.id)
        ).all()
        by_question = _grouped(s, NoteQuestion, NoteQuestion.question_id, live_note, keys)
        has_strand = (
            select(NoteStrand.id)
            .where(NoteStrand.note_id == note.id, NoteStrand.deleted.is_(False))
            .exists()
        )
        evidence = note.activity_kind.not_in(sorted(TEAM_INTERNAL_KINDS))
        untagged = s.scalar(select(func.count()).where(*live_note, evidence, ~has_strand)) or 0
    areas = []
    for area, strands in frameworks.tree(store, version_id) if version_id else []:
        areas.append(
            AreaCoverage(
                area.id,
                area.code,
                area.title,
                [
                    StrandCoverage(st.id, st.code, st.title, by_strand.get(st.id, Counts()))
                    for st in strands
                ],
            )
        )
    return Coverage(
        review_id,
        areas,
        [
            QuestionCoverage(q.id, i, q.text, by_question.get(q.id, Counts()))
            for i, q in enumerate(questions)
        ],
        int(untagged),
    )
