"""What every bench figure shares: the figure itself, the context a suite runs in, the
generated review, and the timing helpers. Qt-free."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services import frameworks, reviews
from app.services.store import Store

Progress = Callable[[str], None] | None

WORDS = [
    "pupils",
    "teacher",
    "phonics",
    "reading",
    "writing",
    "feedback",
    "book",
    "sentence",
    "sounds",
    "blending",
    "segmenting",
    "vocabulary",
    "question",
    "answer",
    "group",
    "adult",
    "support",
    "scaffold",
    "modelled",
    "partner",
    "talk",
    "independent",
    "disadvantaged",
    "SEND",
    "routine",
    "transition",
    "lesson",
    "worked",
    "example",
    "misconception",
    "edit",
    "redraft",
    "handwriting",
    "spelling",
    "grapheme",
    "decodable",
    "fluency",
    "comprehension",
    "retrieval",
    "number",
    "bonds",
    "Łódź",
    "Ŵyn",
    "Cymraeg",
    "tiếng",
    "Việt",
    "intervention",
    "keep-up",
    "catch-up",
    "library",
    "oracy",
    "response",
    "improvement",
]


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    baseline: float | None = None
    budget: float | None = None  # in ``unit``
    ratio_budget: float | None = None  # times the baseline

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def within_budget(self) -> bool | None:
        """Whether every budget the figure has is met; None when it has none."""
        checks = []
        if self.budget is not None:
            checks.append(self.value <= self.budget)
        if self.ratio_budget is not None:
            checks.append(self.ratio is not None and self.ratio <= self.ratio_budget)
        return all(checks) if checks else None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "value": round(self.value, 3), "unit": self.unit}
        if self.baseline is not None:
            out["baseline"] = round(self.baseline, 3)
            out["ratio"] = round(self.ratio or 0.0, 2)
        if self.budget is not None:
            out["budget"] = self.budget
        if self.ratio_budget is not None:
            out["ratio_budget"] = self.ratio_budget
        if self.within_budget is not None:
            out["within_budget"] = self.within_budget
        return out


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 40))).capitalize() + "."


def timed(fn: Callable[[], object], samples: int) -> list[float]:
    out = []
    for _ in range(samples):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def seed(store: Store, notes: int, progress: Progress = None) -> str:
    """A review holding ``notes`` generated notes, written through the bulk service path."""
    version = frameworks.ensure_default(store)
    with store.write() as tx:
        school = reviews.create_school(tx, "Bench Primary School", None)
        review = reviews.create_review(
            tx,
            host_school_id=school,
            framework_version_id=version,
            title="Benchmark review",
            start_date="2026-11-17",
            end_date="2026-11-18",
        )
    rng = random.Random(7)
    batch = 5000
    for start in range(0, notes, batch):
        rows = [
            {
                "review_id": review,
                "activity_kind": rng.choice(("lesson_visit", "book_look", "learning_walk")),
                "observed_at": f"2026-11-17T{9 + (i % 7):02d}:{i % 60:02d}:00",
                "text": sentence(rng),
                "author_key_id": store.author_key_id,
            }
            for i in range(start, min(notes, start + batch))
        ]
        with store.write() as tx:
            tx.create_many("evidence_note", rows)
        if progress:
            progress(f"  generated {min(notes, start + batch):,} of {notes:,} notes")
    return review


@dataclass
class BenchContext:
    """What a suite gets: a scratch folder, the open store holding a review of ``notes``
    generated notes, and how many timed repetitions to make."""

    folder: Path
    store: Store
    review_id: str
    notes: int
    samples: int
    say: Callable[[str], None]
