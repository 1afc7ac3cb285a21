"""A small review on any framework version: the test fixture every shipped framework has.

Two notes tagged to strands of different areas, and a strength that cites both notes and
both strands, made through the services a reviewer's typing goes through. ``read_back``
returns what the services show of it, so a test can compare it with what was written.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services import evidence, findings, frameworks, reviews
from app.services.store import Store


@dataclass(frozen=True)
class FrameworkReview:
    review_id: str
    version_id: str
    strand_codes: tuple[str, str]  # the first strand of the first and of the last area
    note_ids: tuple[str, str]
    finding_id: str


def review_on(store: Store, version_id: str, school: str = "Ysgol y Bont") -> FrameworkReview:
    tree = frameworks.tree(store, version_id)
    first, last = tree[0][1][0].code, tree[-1][1][0].code
    with store.write() as tx:
        school_id = reviews.create_school(tx, school, None, town="Bangor")
        review_id = reviews.create_review(
            tx,
            host_school_id=school_id,
            framework_version_id=version_id,
            title=f"Peer review: {school}",
            start_date="2026-03-02",
            end_date="2026-03-03",
            focus="How leaders know that the curriculum is taught as intended",
        )
    # Lower case, as reviewers type codes: tags match regardless of case.
    lesson = evidence.add_note(
        store,
        review_id,
        "Learners in Y8 explained how today's task built on last week's reading.",
        strand_codes=[first.lower()],
    ).note_id
    meeting = evidence.add_note(
        store,
        review_id,
        "The deputy head described how governors asked about the new plan's effect.",
        activity_kind="meeting",
        meeting_with="senior_leaders",
        strand_codes=[last],
    ).note_id
    finding = findings.create_finding(
        store,
        review_id,
        "strength",
        "Learners connect new learning to earlier work",
        "Learners and leaders described the same links between units.",
        strand_codes=[first, last],
        note_ids=[lesson, meeting],
    ).finding_id
    return FrameworkReview(review_id, version_id, (first, last), (lesson, meeting), finding)


@dataclass(frozen=True)
class ReadBack:
    framework_version_id: str
    note_strands: tuple[tuple[str, ...], ...]
    finding_strands: tuple[str, ...]
    finding_notes: frozenset[str]


def read_back(store: Store, made: FrameworkReview) -> ReadBack:
    review = reviews.get_review(store, made.review_id)
    notes = tuple(tuple(evidence.get_note(store, n).strand_codes) for n in made.note_ids)
    finding = findings.get_finding(store, made.finding_id)
    return ReadBack(
        review.framework_version_id,
        notes,
        tuple(finding.strand_codes),
        frozenset(finding.note_ids),
    )
