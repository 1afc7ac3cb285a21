"""Bench suite: merging 10,000 entries of one chain whose clocks fall, against the same
entries with rising clocks. A laptop whose clock was set back writes such a chain (and a
hostile one can craft it); the merge must stay linear in the entries.

Baseline, in the same run: the rising chain. Budget: falling within 2x of rising.
"""

from __future__ import annotations

import random
import time
import uuid
from typing import Any

from app.bench.common import BenchContext, Figure, seed, sentence
from app.ids import join_id
from app.services import changelog, datakey, reviews
from app.services.changelog import Entry
from app.services.store import Store
from app.sync.merge import integrate

CHAIN_ENTRIES = 10_000
BUDGET_RATIO = 2.0


def _entry(device: str, seq: int, prev: str, ms: int, entity: str, entity_id: str,
           fields: dict[str, Any]) -> Entry:  # fmt: skip
    entry = Entry(
        device_id=device,
        seq=seq,
        hlc=changelog.hlc_pack(ms, 0),
        entity=entity,
        entity_id=entity_id,
        op="upsert",
        fields=fields,
        prior=dict.fromkeys(fields),
        author_key_id=f"device:{device}",
        prev_hash=prev,
        wall=ms,
        salts=changelog.new_salts(fields),
    )
    return Entry(**{**entry.__dict__, "hash": entry.compute_hash()})


def _chain(
    review: str, device: str, seen: dict[str, int], count: int, falling: bool
) -> list[Entry]:
    """A reviewer's chain: a receipt of what their laptop had seen (the review and its
    team: the merge judges each entry by what its author had seen), then ``count`` notes."""
    rng = random.Random(11)
    base = 1_790_000_000_000
    receipt = _entry(
        device,
        1,
        changelog.GENESIS,
        base + count + 1 if falling else base - 1,  # in the same order as the notes
        "sync_receipt",
        join_id("sync_receipt", device),
        {
            "device_id": device,
            "key_id": f"device:{device}",
            "seen": changelog.canonical_json(seen),
            "deleted": False,
        },
    )
    out = [receipt]
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
        entity_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        out.append(_entry(device, i + 2, out[-1].hash, ms, "evidence_note", entity_id, fields))
    return out


def _merge_ms(ctx: BenchContext, name: str, falling: bool, count: int) -> float:
    access = datakey.scratch_access()
    with Store.open(ctx.folder / name, purpose="peerview bench", access=access) as store:
        review = seed(store, 0)
        # The chain's laptop is a reviewer on the team, or the merge refuses its notes.
        device = str(uuid.UUID(int=random.Random(11).getrandbits(128), version=4))
        with store.write() as tx:
            person = reviews.create_person(tx, "Reviewer", None, "reviewer", f"device:{device}")
            reviews.add_team_member(tx, review, person, "reviewer")
        seen = {d: seq for d, (seq, _) in store.heads().items()}
        entries = _chain(review, device, seen, count, falling)
        start = time.perf_counter()
        with store.write() as tx:
            report = integrate(tx, entries)
        elapsed = (time.perf_counter() - start) * 1000
    notes = sum(1 for ref in report.added if ref.startswith("evidence_note:"))
    if notes != count:
        raise RuntimeError(f"the clock bench applied only {notes} of {count}")
    return elapsed


def run(ctx: BenchContext) -> list[Figure]:
    count = min(CHAIN_ENTRIES, max(ctx.notes, 100))
    ctx.say(f"Merge: a chain of {count:,} entries with rising, then falling clocks ...")
    rising = _merge_ms(ctx, "clocks-rising", False, count)
    falling = _merge_ms(ctx, "clocks-falling", True, count)
    # The rising chain is the figure's baseline: the ratio is what the budget bounds.
    return [Figure("merge_falling_ms", falling, "ms", rising, ratio_budget=BUDGET_RATIO)]
