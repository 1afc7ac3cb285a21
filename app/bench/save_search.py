"""Bench figures for the core of capture: saving one note with the generated review in the
database, and full-text search over it. Baselines: plain sqlite3 inserting the same text
into an indexed table, and the bare FTS5 match for the same terms, in the same run."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from app.bench.common import BenchContext, Figure, percentile, sentence, timed
from app.services import evidence, search
from app.services.store import Store

QUERIES = ("phonics", "feedback writing", "lodz", "decod", "pupils partner talk")
SAVE_BUDGET_MS = 20.0  # p99 with 100,000 notes in the database (ARCHITECTURE.md)
SEARCH_BUDGET_MS = 50.0


def run(ctx: BenchContext) -> list[Figure]:
    ctx.say("Timing note saves ...")
    figures = _note_save(ctx.store, ctx.review_id, ctx.folder, ctx.samples)
    ctx.say("Timing search ...")
    return figures + _search(ctx.store, ctx.review_id, ctx.samples)


def _note_save(store: Store, review: str, folder: Path, samples: int) -> list[Figure]:
    rng = random.Random(11)
    texts = [sentence(rng) for _ in range(samples)]
    it = iter(texts)
    saved = timed(lambda: evidence.add_note(store, review, next(it), strand_codes=["C2"]), samples)
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

    baseline = timed(raw_insert, samples)
    raw.close()
    return [
        Figure("note_save_p50_ms", percentile(saved, 50), "ms", percentile(baseline, 50)),
        Figure(
            "note_save_p99_ms",
            percentile(saved, 99),
            "ms",
            percentile(baseline, 99),
            SAVE_BUDGET_MS,
        ),
    ]


def _search(store: Store, review: str, samples: int) -> list[Figure]:
    queries = iter(QUERIES * (samples // len(QUERIES) + 1))
    found = timed(lambda: search.search_notes(store, review, next(queries)), samples)
    # Baseline: the bare FTS5 match for the same terms, without ranking, scoping or snippets.
    raw = store.db.connect_raw()
    raw_queries = iter(QUERIES * (samples // len(QUERIES) + 1))

    def bare() -> None:
        q = search.fts_query(search.query_terms(next(raw_queries)))
        raw.execute("SELECT rowid FROM note_fts WHERE note_fts MATCH ? LIMIT 50", (q,)).fetchall()

    baseline = timed(bare, samples)
    raw.close()
    return [
        Figure("search_p50_ms", percentile(found, 50), "ms", percentile(baseline, 50)),
        Figure(
            "search_p99_ms", percentile(found, 99), "ms", percentile(baseline, 99), SEARCH_BUDGET_MS
        ),
    ]
