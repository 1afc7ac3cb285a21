"""Bench suite: merging 10,000 entries of one chain whose clocks fall, against the same
entries with rising clocks. A laptop whose clock was set back writes such a chain (and a
hostile one can craft it); the merge must stay linear in the entries.

Baseline, in the same run: the rising chain. Budget: falling within 2x of rising.
"""

from __future__ import annotations

import random
import time
import uuid

from app.bench.common import BenchContext, Figure, seed, sentence
from app.services import changelog, datakey
from app.services.changelog import Entry
from app.services.store import Store
from app.sync.merge import integrate

CHAIN_ENTRIES = 10_000
BUDGET_RATIO = 2.0


def _chain(review: str, count: int, falling: bool) -> list[Entry]:
    rng = random.Random(11)
    device = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    base = 1_790_000_000_000
    prev = changelog.GENESIS
    out = []
    for i in range(count):
        fields = {
            "review_id": review,
            "activity_kind": "lesson_visit",
            "observed_at": "2026-11-17T09:00:00",
            "text": sentence(rng),
            "author_key_id": f"device:{device}",
            "deleted": False,
        }
        ms = base + (count - i if falling else i)
        entry = Entry(
            device_id=device,
            seq=i + 1,
            hlc=changelog.hlc_pack(ms, 0),
            entity="evidence_note",
            entity_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            op="upsert",
            fields=fields,
            prior=dict.fromkeys(fields),
            author_key_id=f"device:{device}",
            prev_hash=prev,
            wall=ms,
            salts=changelog.new_salts(fields),
        )
        entry = Entry(**{**entry.__dict__, "hash": entry.compute_hash()})
        prev = entry.hash
        out.append(entry)
    return out


def _merge_ms(ctx: BenchContext, name: str, falling: bool, count: int) -> float:
    access = datakey.scratch_access()
    with Store.open(ctx.folder / name, purpose="peerview bench", access=access) as store:
        review = seed(store, 0)
        entries = _chain(review, count, falling)
        start = time.perf_counter()
        with store.write() as tx:
            report = integrate(tx, entries)
        elapsed = (time.perf_counter() - start) * 1000
    if len(report.added) != count:
        raise RuntimeError(f"the clock bench applied only {len(report.added)} of {count}")
    return elapsed


def run(ctx: BenchContext) -> list[Figure]:
    count = min(CHAIN_ENTRIES, max(ctx.notes, 100))
    ctx.say(f"Merge: a chain of {count:,} entries with rising, then falling clocks ...")
    rising = _merge_ms(ctx, "clocks-rising", False, count)
    falling = _merge_ms(ctx, "clocks-falling", True, count)
    # The rising chain is the figure's baseline: the ratio is what the budget bounds.
    return [Figure("merge_falling_ms", falling, "ms", rising, ratio_budget=BUDGET_RATIO)]
