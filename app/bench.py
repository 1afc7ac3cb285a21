"""``peerview bench``: the performance suite, on generated data in a temporary folder.

Each figure comes with a baseline measured in the same run on the same machine (a raw
SQLite insert, a bare FTS query), so the ratio means something on a busy, shared or
slow machine where absolute milliseconds do not. Tests never assert timings; this does.
"""

from __future__ import annotations

import importlib
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services import evidence, frameworks, reviews, search
from app.services.store import Store

Progress = Callable[[str], None] | None

# Further suites, one module per capability, each with ``run(ctx: BenchContext) ->
# list[Figure]``: they run after the core figures on the same generated database.
SUITES: tuple[str, ...] = (
    "app.bench_workspace",
    "app.bench_coverage",
    "app.bench_report",
    "app.bench_sync",
    "app.bench_guard",
)

_WORDS = [
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
QUERIES = ("phonics", "feedback writing", "lodz", "decod", "pupils partner talk")


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


def _percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(12, 40))).capitalize() + "."


def _timed(fn: Callable[[], object], samples: int) -> list[float]:
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
                "text": _sentence(rng),
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


def run(notes: int = 100_000, samples: int = 300, progress: Progress = None) -> list[Figure]:
    say = progress or (lambda _msg: None)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="peerview-bench-") as tmp:
        folder = Path(tmp)
        say(f"Generating a database of {notes:,} evidence notes in {folder} ...")
        with Store.open(folder / "data", purpose="peerview bench") as store:
            review = seed(store, notes, progress)
            say("Timing note saves ...")
            figures += _note_save(store, review, folder, samples)
            say("Timing search ...")
            figures += _search(store, review, samples)
            ctx = BenchContext(folder, store, review, notes, samples, say)
            for name in SUITES:
                figures += importlib.import_module(name).run(ctx)
    return figures


def _note_save(store: Store, review: str, folder: Path, samples: int) -> list[Figure]:
    rng = random.Random(11)
    texts = [_sentence(rng) for _ in range(samples)]
    it = iter(texts)
    saved = _timed(lambda: evidence.add_note(store, review, next(it), strand_codes=["C2"]), samples)
    # Baseline: the same text inserted with plain sqlite3 into an indexed table, committed
    # per row, with the same journal settings: the floor for one durable write here.
    raw = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=NORMAL")
    raw.execute("CREATE TABLE note (id TEXT PRIMARY KEY, review_id TEXT, text TEXT)")
    raw.execute("CREATE INDEX ix ON note (review_id)")
    counter = iter(range(samples))

    def raw_insert() -> None:
        i = next(counter)
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO note VALUES (?, ?, ?)", (f"n{i}", review, texts[i]))
        raw.execute("COMMIT")

    baseline = _timed(raw_insert, samples)
    raw.close()
    return [
        Figure("note_save_p50_ms", _percentile(saved, 50), "ms", _percentile(baseline, 50)),
        Figure("note_save_p99_ms", _percentile(saved, 99), "ms", _percentile(baseline, 99), 20.0),
    ]


def _search(store: Store, review: str, samples: int) -> list[Figure]:
    queries = iter(QUERIES * (samples // len(QUERIES) + 1))
    found = _timed(lambda: search.search_notes(store, review, next(queries)), samples)
    # Baseline: the bare FTS5 match for the same terms, without ranking, scoping or snippets.
    raw = sqlite3.connect(f"file:{store.db.path}?mode=ro", uri=True)
    raw_queries = iter(QUERIES * (samples // len(QUERIES) + 1))

    def bare() -> None:
        q = search.fts_query(search.query_terms(next(raw_queries)))
        raw.execute("SELECT rowid FROM note_fts WHERE note_fts MATCH ? LIMIT 50", (q,)).fetchall()

    baseline = _timed(bare, samples)
    raw.close()
    return [
        Figure("search_p50_ms", _percentile(found, 50), "ms", _percentile(baseline, 50)),
        Figure("search_p99_ms", _percentile(found, 99), "ms", _percentile(baseline, 99), 50.0),
    ]


def format_table(figures: list[Figure]) -> str:
    lines = [f"{'figure':<22}{'value':>12}{'baseline':>12}{'ratio':>9}  budget"]
    for f in figures:
        base = f"{f.baseline:.3f}" if f.baseline is not None else "-"
        ratio = f"{f.ratio:.1f}x" if f.ratio is not None else "-"
        limits = []
        if f.budget is not None:
            limits.append(f"<= {f.budget:g} {f.unit}")
        if f.ratio_budget is not None:
            limits.append(f"<= {f.ratio_budget:g}x")
        budget = ""
        if limits:
            verdict = "ok" if f.within_budget else "OVER BUDGET"
            budget = f"{', '.join(limits)}: {verdict}"
        lines.append(f"{f.name:<22}{f.value:>9.3f} {f.unit:<2}{base:>12}{ratio:>9}  {budget}")
    return "\n".join(lines)


__all__ = ["BenchContext", "Figure", "format_table", "run", "seed"]
