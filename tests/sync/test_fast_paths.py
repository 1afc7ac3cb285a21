"""The fast paths write what the ordinary ones would (decision 0002).

``Tx.create_many`` (the demo-sized and benchmark-sized bulk path) and the sync batch
(app/sync/batch.py: brand-new records in a bundle, with executemany) both bypass
``apply_entry``. Whatever they save in time, the result must be the same rows, log
entries, field versions and search index as ``Tx.create`` and ``apply_entry``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from app.models import TABLES, FieldVersion, table
from app.services import demo, evidence
from app.services.changelog import Entry, verify_chain
from app.services.store import Store
from app.sync import rules
from app.sync.batch import Batch
from tests.services.conftest import log_entries
from tests.sync.helpers import FakeClock, create_review, deliver, open_replica, snapshot

_fv = table(FieldVersion)

NOTES: list[dict[str, Any]] = [
    {
        "activity_kind": kind,
        "observed_at": f"2026-03-02T09:{n:02d}:00",
        "text": text_,
        "year_group": year,
        "class_group": "",
        "deleted": deleted,
    }
    for n, (kind, text_, year, deleted) in enumerate(
        [
            ("lesson_visit", "Pupils in Łódź read aloud", "Y1", False),
            ("book_look", "Ŵyl books: redrafted paragraphs after feedback", "Y5", False),
            ("pupil_voice", "Six of eight named a target; نعم", "Y6", False),
            ("meeting", "Withdrawn before saving", "", True),
            ("learning_walk", "Calm corridors, Nguyễn's class reading", "KS2", False),
        ]
        * 4
    )
]


def state(store: Store, entities: set[str], ids: set[str] | None = None) -> dict[str, Any]:
    """Every row of these entities (only ``ids`` when given), their field versions, and
    the search index as (note, review, folded body)."""
    out: dict[str, Any] = {}
    with store.read() as conn:
        for entity in sorted(entities):
            t = TABLES[entity]
            rows = [dict(r._mapping) for r in conn.execute(select(t))]
            out[entity] = sorted(
                (sorted(r.items()) for r in rows if ids is None or r["id"] in ids), key=repr
            )
        out["field_version"] = sorted(
            tuple(r)
            for r in conn.execute(select(_fv)).all()
            if r.entity in entities and (ids is None or r.entity_id in ids)
        )
        out["search"] = sorted(
            tuple(r)
            for r in conn.execute(
                text(
                    "SELECT s.note_id, s.review_id, f.body FROM note_search s "
                    "JOIN note_fts f ON f.rowid = s.rowid"
                )
            ).all()
        )
        # Every index row belongs to a search row and the other way round.
        assert conn.execute(text("SELECT count(*) FROM note_fts")).scalar() == len(out["search"])
    if ids is not None:
        out["search"] = [s for s in out["search"] if s[0] in ids]
    return out


def relabel(value: Any, names: dict[str, str]) -> Any:
    """Ids (and the device id inside an author) replaced by their names in ``names``."""
    if isinstance(value, str):
        for raw, name in names.items():
            value = value.replace(raw, name)
        return value
    if isinstance(value, (list, tuple)):
        return type(value)(relabel(v, names) for v in value)
    if isinstance(value, dict):
        return {relabel(k, names): relabel(v, names) for k, v in value.items()}
    return value


def entry_shape(entry: Entry, names: dict[str, str]) -> tuple[Any, ...]:
    """An entry apart from its place in time and in the chain."""
    return relabel(
        (entry.entity, entry.entity_id, entry.op, entry.fields, entry.prior, entry.author_key_id),
        names,
    )


def test_create_many_writes_what_create_would(tmp_path: Path) -> None:
    clock = FakeClock()
    bulk = open_replica(tmp_path / "bulk", clock.reader())
    single = open_replica(tmp_path / "single", clock.reader())
    runs: dict[str, tuple[Store, str, list[str], list[str], list[Entry]]] = {}
    for name, store in (("bulk", bulk), ("single", single)):
        review_id = create_review(store)
        before = len(log_entries(store))
        with store.write() as tx:
            rows = [{**n, "review_id": review_id} for n in NOTES]
            activities = [
                {"review_id": review_id, "day": "2026-03-02", "kind": "meeting", "title": t}
                for t in ("Opening", "Feedback")
            ]
            if name == "bulk":
                notes = tx.create_many("evidence_note", rows)
                made = tx.create_many("activity", activities)
            else:
                notes = [tx.create("evidence_note", r) for r in rows]
                made = [tx.create("activity", a) for a in activities]
        runs[name] = (store, review_id, notes, made, log_entries(store)[before:])
        with store.read() as conn:
            assert verify_chain(conn, store.heads()).ok

    def names(run: tuple[Store, str, list[str], list[str], list[Entry]]) -> dict[str, str]:
        store, review_id, notes, made, _ = run
        out = {review_id: "<review>", store.device_id: "<device>"}
        out.update({n: f"<note {i}>" for i, n in enumerate(notes)})
        out.update({a: f"<activity {i}>" for i, a in enumerate(made)})
        return out

    shapes = {}
    for name, run in runs.items():
        store, review_id, notes, made, entries = run
        label = names(run)
        # One entry a record, in order, contiguous in the chain.
        assert [e.entity_id for e in entries] == [*notes, *made]
        assert [e.seq for e in entries] == list(
            range(entries[0].seq, entries[0].seq + len(entries))
        )
        ref = {(e.device_id, e.seq): i for i, e in enumerate(entries)}
        got = state(store, {"evidence_note", "activity"}, set(notes) | set(made))
        shapes[name] = {
            "entries": [entry_shape(e, label) for e in entries],
            "rows": relabel({k: got[k] for k in ("evidence_note", "activity")}, label),
            # Each field version names the entry (by its place in the run) that set it.
            "versions": sorted(
                (relabel(entity, label), relabel(entity_id, label), field, ref[(device, seq)])
                for entity, entity_id, field, _hlc, device, seq in got["field_version"]
            ),
            "search": relabel(got["search"], label),
        }
    assert shapes["bulk"] == shapes["single"]
    # Not vacuous: the deleted note is in the table but not in the index.
    assert len(shapes["bulk"]["search"]) == len(NOTES) - 4
    assert any("lodz" in body for *_, body in shapes["bulk"]["search"])


def test_a_bundles_new_records_take_the_batch_and_land_as_the_sender_made_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    lead = open_replica(tmp_path / "lead", clock.reader())
    reviewer = open_replica(tmp_path / "reviewer", clock.reader())
    review_id = demo.create_demo(lead)
    # Some entries that are not creations take the ordinary path among the batch.
    first, second = (n.id for n in evidence.list_notes(lead, review_id, limit=2))
    evidence.update_note(lead, first, text="Reworded after the catch-up")
    evidence.delete_note(lead, second)
    evidence.add_note(lead, review_id, "Late note about Łódź", strand_codes=["C2"])

    batched: list[str] = []
    real_add = Batch.add

    def counting_add(self: Batch, entry: Entry) -> None:
        batched.append(entry.entity)
        real_add(self, entry)

    monkeypatch.setattr(Batch, "add", counting_add)
    out = snapshot(lead, review_id)
    entities = {e.entity for e in out.entries} & set(TABLES)
    # The default framework was already here (imported on both): it is not new.
    already = {r[1] for r in state(reviewer, entities)["field_version"]}
    report = deliver(out, reviewer)
    assert not report.held

    sent = {e.entity_id for e in out.entries} - already
    # Not vacuous: most records came through the batch, of many kinds.
    assert len(batched) > 0.9 * len(out.entries)
    assert {"evidence_note", "note_strand", "finding", "finding_note", "activity"} <= set(batched)

    made_here = state(reviewer, entities, sent)
    assert made_here == state(lead, entities, sent)
    assert len(made_here["search"]) == 64  # 65 notes, one deleted
    theirs = {(e.device_id, e.seq): e.to_row() for e in log_entries(lead)}
    mine = {(e.device_id, e.seq): e.to_row() for e in log_entries(reviewer)}
    assert all(mine[(e.device_id, e.seq)] == theirs[(e.device_id, e.seq)] for e in out.entries)

    # And replaying the whole log through apply_entry changes nothing.
    with reviewer.write() as tx:
        rules.rebuild(tx.conn)
    assert state(reviewer, entities, sent) == made_here
