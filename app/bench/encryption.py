"""What encryption at rest costs: note save and search, encrypted beside plaintext.

The bench's own store is encrypted like every data folder (decision 0026). This suite
seeds a plaintext store with the same generated notes (the same count and seed, through
the same service path) and times the same operations on both, interleaved sample by
sample so that a busy moment on a shared machine hits both alike. Each figure's value is
the encrypted time and its baseline the plaintext one; the budget is 1.5x
(ARCHITECTURE.md, "Performance budgets").

The plaintext store is opened with no key (``open_database(..., None)``), which only the
bench and the migration of an old plaintext folder ever do.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from app.bench.common import BenchContext, Figure, percentile, seed, sentence
from app.bench.save_search import QUERIES
from app.models.database import open_database
from app.services import evidence, search
from app.services.store import Store

RATIO_BUDGET = 1.5


def run(ctx: BenchContext) -> list[Figure]:
    ctx.say(f"Encryption: a plaintext copy of the {ctx.notes:,}-note review for comparison ...")
    plain = Store(open_database(ctx.folder / "plaintext", None, purpose="peerview bench"))
    try:
        plain_review = seed(plain, ctx.notes)
        ctx.say("Timing note saves and search, encrypted and plaintext ...")
        saves = _pairs(ctx, plain, plain_review, _saver)
        searches = _pairs(ctx, plain, plain_review, _searcher)
    finally:
        plain.close()
    figures = []
    for name, (encrypted, plaintext) in (("note_save", saves), ("search", searches)):
        for pct in (50, 99):
            figures.append(
                Figure(
                    f"enc_{name}_p{pct}_ms",
                    percentile(encrypted, pct),
                    "ms",
                    percentile(plaintext, pct),
                    ratio_budget=RATIO_BUDGET,
                )
            )
    return figures


Operation = Callable[[Store, str, int], None]


def _pairs(
    ctx: BenchContext, plain: Store, plain_review: str, make: Callable[[int], Operation]
) -> tuple[list[float], list[float]]:
    """``ctx.samples`` timings of one operation on each store, alternating which goes
    first; the same inputs on both."""
    operation = make(ctx.samples)
    encrypted: list[float] = []
    plaintext: list[float] = []
    for i in range(ctx.samples):
        runs = [(ctx.store, ctx.review_id, encrypted), (plain, plain_review, plaintext)]
        for store, review, out in runs if i % 2 == 0 else reversed(runs):
            start = time.perf_counter()
            operation(store, review, i)
            out.append((time.perf_counter() - start) * 1000)
    return encrypted, plaintext


def _saver(samples: int) -> Operation:
    rng = random.Random(13)
    texts = [sentence(rng) for _ in range(samples)]

    def save(store: Store, review: str, i: int) -> None:
        evidence.add_note(store, review, texts[i], strand_codes=["C2"])

    return save


def _searcher(_samples: int) -> Operation:
    def find(store: Store, review: str, i: int) -> None:
        search.search_notes(store, review, QUERIES[i % len(QUERIES)])

    return find
