"""Bench suite for coverage: counting notes, activity kinds and reviewers per
strand and enquiry question on the generated review, against a bare grouped count over
the same tags in raw SQLite, measured in the same run.

The bench review's notes carry no strand tags, so this suite first tags each note with
one or two strands (through the bulk service path), as a real review's notes are.
"""

from __future__ import annotations

import random
import statistics

from sqlalchemy import select

from app.bench.common import BenchContext, Figure, timed
from app.models import EvidenceNote, FrameworkStrand, Review
from app.services import coverage

# Counting runs on a worker thread, so the window never waits on it; this budget is for
# the counts to appear after a change.
BUDGET_MS = 1000.0
SAMPLES = 7


def _tag_every_note(ctx: BenchContext) -> int:
    store = ctx.store
    with store.session() as s:
        version = s.scalar(select(Review.framework_version_id).where(Review.id == ctx.review_id))
        strands = list(
            s.scalars(select(FrameworkStrand.id).where(FrameworkStrand.version_id == version))
        )
        notes = list(
            s.scalars(select(EvidenceNote.id).where(EvidenceNote.review_id == ctx.review_id))
        )
    rng = random.Random(5)
    rows = [
        {"note_id": note, "strand_id": strand}
        for note in notes
        for strand in rng.sample(strands, rng.choice((1, 1, 2)))
    ]
    for start in range(0, len(rows), 20_000):
        with store.write() as tx:
            tx.create_many("note_strand", rows[start : start + 20_000])
    return len(rows)


def run(ctx: BenchContext) -> list[Figure]:
    ctx.say("Tagging notes with strands for the coverage figures ...")
    tags = _tag_every_note(ctx)
    ctx.say(f"Timing coverage ({ctx.notes:,} notes, {tags:,} strand tags) ...")
    counted = timed(lambda: coverage.review_coverage(ctx.store, ctx.review_id), SAMPLES)

    db = ctx.store.db.connect_raw()
    try:
        bare = timed(
            lambda: db.execute(
                "SELECT ns.strand_id, count(*) FROM note_strand ns "
                "JOIN evidence_note n ON n.id = ns.note_id "
                "WHERE n.review_id = ? GROUP BY ns.strand_id",
                (ctx.review_id,),
            ).fetchall(),
            SAMPLES,
        )
    finally:
        db.close()
    return [
        Figure(
            "coverage_p50_ms",
            statistics.median(counted),
            "ms",
            baseline=statistics.median(bare),
            budget=BUDGET_MS,
        )
    ]
