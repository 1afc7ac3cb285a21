"""The change log: every mutation is one hash-chained entry per record, atomically with
the change itself; tampering is caught; the tables can be rebuilt from the log alone."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.ids import join_id
from app.models import ENTITIES, cipher
from app.models.database import DB_NAME
from app.paths import resource_path
from app.services import changelog, evidence, frameworks, reviews, search
from app.services.changelog import GENESIS, Entry, HybridClock, hlc_pack, hlc_unpack
from app.services.errors import NotFoundError
from app.services.store import ChangeSet, Store
from app.sync import rules
from tests import raw_db
from tests.services.conftest import ReviewMaker, current_row, log_entries

# --- checking what a mutation appended --------------------------------------------------


def appended(store: Store, before: list[Entry], changes: ChangeSet) -> list[Entry]:
    """Check every property the log promises for the entries added since ``before``,
    and return them."""
    after = log_entries(store)
    assert after[: len(before)] == before, "earlier entries must never be rewritten"
    new = after[len(before) :]
    assert new, "the mutation appended no entry"
    assert changes.entries == new, "the returned ChangeSet must be exactly what was logged"
    records = [(e.entity, e.entity_id) for e in new]
    assert len(set(records)) == len(records), "one entry per changed record"

    previous = before[-1] if before else None
    for entry in new:
        assert entry.device_id == store.device_id
        assert entry.seq == (previous.seq + 1 if previous else 1)
        if previous is not None:
            assert entry.hlc > previous.hlc
            assert hlc_unpack(entry.hlc) > hlc_unpack(previous.hlc)
        assert entry.prev_hash == (previous.hash if previous else GENESIS)
        assert entry.hash == entry.compute_hash()
        assert entry.author_key_id
        assert entry.author_key_id == store.author_key_id

        row = current_row(store, entry.entity, entry.entity_id)
        assert row is not None, f"{entry.entity} {entry.entity_id} has no row"
        if entry.op == "delete":
            assert entry.fields == {}
            assert row["deleted"] is True
            touched = {"deleted"}
        else:
            assert entry.op == "upsert"
            assert entry.fields, "an upsert entry names the fields it set"
            assert {k: row[k] for k in entry.fields} == entry.fields
            touched = set(entry.fields)

        assert set(entry.prior) == touched
        earlier = after[: after.index(entry)]
        for name in touched:
            setters = [
                e
                for e in earlier
                if (e.entity, e.entity_id) == (entry.entity, entry.entity_id)
                and name in (["deleted"] if e.op == "delete" else e.fields)
            ]
            expected = setters[-1].ref if setters else None
            assert entry.prior[name] == expected, f"prior of {entry.entity}.{name}"
        previous = entry

    assert store.heads() == {store.device_id: (new[-1].seq, new[-1].hash)}
    return new


def kinds(entries: list[Entry]) -> list[tuple[str, str]]:
    return sorted((e.entity, e.op) for e in entries)


def strand_id(store: Store, code: str) -> str:
    version = frameworks.ensure_default(store)
    return frameworks.strands_by_code(store, version)[code].id


SMALL_FRAMEWORK: dict[str, Any] = {
    "format": "peerview-framework",
    "format_version": 1,
    "name": "Riverside cluster reading review",
    "version": "1",
    "areas": [{"code": "R", "title": "Reading"}],
    "strands": [
        {
            "code": "R1",
            "area": "R",
            "title": "Early reading and phonics",
            "prompts": ["Are the books pupils read matched to the sounds they know?"],
        }
    ],
}


# --- every service mutation is logged ---------------------------------------------------


def test_first_entries_of_a_new_installation_start_the_chain(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        result = frameworks.import_file(
            store, resource_path("frameworks", frameworks.DEFAULT_FRAMEWORK)
        )
        new = appended(store, [], result.changes)
    assert new[0].seq == 1
    assert new[0].prev_hash == GENESIS
    assert kinds(new) == [("framework", "upsert"), ("framework_version", "upsert")]


def test_framework_import_logs_the_framework_and_its_version(store: Store) -> None:
    before = log_entries(store)
    result = frameworks.import_bytes(store, json.dumps(SMALL_FRAMEWORK).encode())
    new = appended(store, before, result.changes)
    assert kinds(new) == [("framework", "upsert"), ("framework_version", "upsert")]
    version = next(e for e in new if e.entity == "framework_version")
    assert version.entity_id == result.version_id
    assert version.fields["content_hash"] == result.content_hash
    assert all(v is None for e in new for v in e.prior.values())


def test_creating_a_school_and_review_logs_each_record(store: Store) -> None:
    version = frameworks.ensure_default(store)
    before = log_entries(store)
    with store.write() as tx:
        school = reviews.create_school(tx, "Ysgol Gymraeg Ŵyn", None, town="Bangor")
    new = appended(store, before, tx.changes)
    assert [(e.entity, e.entity_id) for e in new] == [("school", school)]
    assert new[0].fields["name"] == "Ysgol Gymraeg Ŵyn"

    before = log_entries(store)
    with store.write() as tx:
        review = reviews.create_review(
            tx,
            host_school_id=school,
            framework_version_id=version,
            title="Autumn review",
            start_date="2026-10-05",
            end_date="2026-10-06",
            enquiry_questions=["How well does phonics catch-up work?", "  ", "Is reading daily?"],
        )
    new = appended(store, before, tx.changes)
    assert kinds(new) == [
        ("enquiry_question", "upsert"),
        ("enquiry_question", "upsert"),
        ("review", "upsert"),
    ]
    assert new[0].entity_id == review
    assert {e.fields["review_id"] for e in new[1:]} == {review}

    before = log_entries(store)
    changes = reviews.set_status(store, review, "visit")
    new = appended(store, before, changes)
    assert [(e.entity, e.fields) for e in new] == [("review", {"status": "visit"})]
    assert new[0].prior["status"] == next(e for e in before if e.entity_id == review).ref


def test_adding_a_note_logs_the_note_and_each_tag(store: Store, review_id: str) -> None:
    before = log_entries(store)
    result = evidence.add_note(
        store, review_id, "Pupils in Łódź class read fluently", strand_codes=["L1", "c1"]
    )
    new = appended(store, before, result.changes)
    assert kinds(new) == [
        ("evidence_note", "upsert"),
        ("note_strand", "upsert"),
        ("note_strand", "upsert"),
    ]
    assert new[0].entity_id == result.note_id
    assert new[0].fields["text"] == "Pupils in Łódź class read fluently"
    assert {e.entity_id for e in new[1:]} == {
        join_id("note_strand", result.note_id, strand_id(store, code)) for code in ("L1", "C1")
    }


def test_editing_a_note_logs_only_changed_fields_naming_their_prior_version(
    store: Store, review_id: str
) -> None:
    note = evidence.add_note(store, review_id, "First draft", subject="Maths").note_id
    created = log_entries(store)[-1]
    before = log_entries(store)
    changes = evidence.update_note(store, note, text="Second draft", subject="Maths")
    new = appended(store, before, changes)
    assert [(e.entity, e.entity_id, e.fields) for e in new] == [
        ("evidence_note", note, {"text": "Second draft"})
    ]
    assert new[0].prior == {"text": created.ref}

    before = log_entries(store)
    changes = evidence.update_note(store, note, text="Third draft", emerging="Try pairs")
    new = appended(store, before, changes)
    # text was last set by the edit above; no entry has ever set emerging
    assert new[0].prior == {"text": before[-1].ref, "emerging": None}


def test_setting_strands_logs_adds_removes_and_revivals(store: Store, review_id: str) -> None:
    note = evidence.add_note(store, review_id, "Book look", strand_codes=["L1", "C1"]).note_id
    tag = {
        code: join_id("note_strand", note, strand_id(store, code)) for code in ("L1", "C1", "B1")
    }

    before = log_entries(store)
    new = appended(store, before, evidence.set_strands(store, note, ["C1", "B1"]))
    assert sorted((e.entity_id, e.op) for e in new) == sorted(
        [(tag["B1"], "upsert"), (tag["L1"], "delete")]
    )
    removal = next(e for e in new if e.op == "delete")

    before = log_entries(store)
    new = appended(store, before, evidence.set_strands(store, note, ["L1", "C1", "B1"]))
    # Re-tagging revives the same row: only "deleted" changes, after the removal above.
    assert [(e.entity_id, e.fields, e.prior) for e in new] == [
        (tag["L1"], {"deleted": False}, {"deleted": removal.ref})
    ]


def test_linking_notes_logs_the_link(store: Store, review_id: str) -> None:
    a = evidence.add_note(store, review_id, "Pupils explain their reasoning").note_id
    b = evidence.add_note(store, review_id, "Book look shows reasoning too").note_id
    before = log_entries(store)
    new = appended(store, before, evidence.link_notes(store, a, b, "corroborates"))
    assert [(e.entity, e.entity_id) for e in new] == [("note_link", join_id("note_link", a, b))]
    assert new[0].fields == {
        "from_note_id": a,
        "to_note_id": b,
        "kind": "corroborates",
        "deleted": False,
    }

    before = log_entries(store)
    new = appended(store, before, evidence.link_notes(store, a, b, "contradicts"))
    assert [(e.fields, e.prior) for e in new] == [
        ({"kind": "contradicts"}, {"kind": before[-1].ref})
    ]


def test_deleting_and_restoring_a_note_logs_a_tombstone_and_its_lifting(
    store: Store, review_id: str
) -> None:
    note = evidence.add_note(store, review_id, "Observed a calm start").note_id
    created = log_entries(store)[-1]

    before = log_entries(store)
    new = appended(store, before, evidence.delete_note(store, note))
    assert [(e.entity, e.entity_id, e.op, e.prior) for e in new] == [
        ("evidence_note", note, "delete", {"deleted": created.ref})
    ]
    row = current_row(store, "evidence_note", note)
    assert row is not None and row["text"] == "Observed a calm start", "a delete is a tombstone"

    before = log_entries(store)
    new = appended(store, before, evidence.restore_note(store, note))
    assert [(e.op, e.fields, e.prior) for e in new] == [
        ("upsert", {"deleted": False}, {"deleted": before[-1].ref})
    ]
    assert [n.id for n in evidence.list_notes(store, review_id)] == [note]


# --- atomicity and no-ops ---------------------------------------------------------------


def test_a_transaction_that_fails_half_way_leaves_no_row_and_no_entry(store: Store) -> None:
    before = log_entries(store)
    heads = store.heads()
    made: list[str] = []
    with pytest.raises(RuntimeError, match="power cut"), store.write() as tx:
        made.append(tx.create("school", {"name": "Half-made school"}))
        made.append(tx.create("partnership", {"name": "Half-made partnership"}))
        raise RuntimeError("power cut")

    assert current_row(store, "school", made[0]) is None
    assert current_row(store, "partnership", made[1]) is None
    assert log_entries(store) == before
    assert store.heads() == heads
    with store.read() as conn:
        assert changelog.verify_chain(conn, store.heads()).ok
        assert (
            conn.execute(
                text("SELECT count(*) FROM field_version WHERE entity_id IN (:a, :b)"),
                {"a": made[0], "b": made[1]},
            ).scalar()
            == 0
        )

    # The chain carries on from where it was, with no gap.
    with store.write() as tx:
        tx.create("school", {"name": "Whole school"})
    appended(store, before, tx.changes)


def test_a_service_that_fails_half_way_writes_nothing(store: Store, review_id: str) -> None:
    before = log_entries(store)
    # The note and its strand tags are made before the unknown question is found.
    with pytest.raises(NotFoundError):
        evidence.add_note(
            store,
            review_id,
            "Half-written note about Łódź",
            strand_codes=["L1"],
            question_ids=["no-such-question"],
        )
    assert log_entries(store) == before
    assert evidence.list_notes(store, review_id) == []
    assert search.search_notes(store, review_id, "lodz") == []
    with store.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM note_strand")).scalar() == 0
        assert changelog.verify_chain(conn, store.heads()).ok


def test_a_no_op_change_writes_no_entry(store: Store, review_id: str) -> None:
    note = evidence.add_note(store, review_id, "Same", strand_codes=["L1"]).note_id
    before = log_entries(store)
    heads = store.heads()

    with store.write() as tx:
        assert tx.upsert("evidence_note", note, {"text": "Same", "deleted": False}) is None
        assert tx.delete("evidence_note", "no-such-note") is None
    assert not tx.changes
    assert not evidence.update_note(store, note, text="Same")
    assert not evidence.set_strands(store, note, ["l1"])
    assert not evidence.restore_note(store, note)
    assert log_entries(store) == before
    assert store.heads() == heads


# --- tamper evidence --------------------------------------------------------------------


def build_history(store: Store, review_id: str) -> None:
    a = evidence.add_note(store, review_id, "Pupils in Łódź read", strand_codes=["L1"]).note_id
    b = evidence.add_note(store, review_id, "Ŵyn and friends used phonics").note_id
    evidence.update_note(store, a, text="Pupils in Łódź read aloud")
    evidence.link_notes(store, a, b, "corroborates")
    evidence.delete_note(store, b)


Tamper = Callable[[cipher.Connection, list[Entry]], int | None]


def edit_fields(conn: cipher.Connection, entries: list[Entry]) -> int:
    target = next(e for e in entries if e.entity == "evidence_note" and "text" in e.fields)
    fields = {**target.fields, "text": "Something the reviewer never wrote"}
    conn.execute(
        "UPDATE change_log SET fields = ? WHERE seq = ?",
        (changelog.canonical_json(fields), target.seq),
    )
    return target.seq


def edit_and_rehash(conn: cipher.Connection, entries: list[Entry]) -> int:
    """A tamperer who also recomputes the edited entry's own hash: the next link breaks."""
    target = next(e for e in entries if e.entity == "evidence_note" and "text" in e.fields)
    forged = Entry(**{**target.__dict__, "fields": {**target.fields, "text": "Forged"}})
    forged = Entry(**{**forged.__dict__, "hash": forged.compute_hash()})
    conn.execute(
        "UPDATE change_log SET fields = ?, hash = ? WHERE seq = ?",
        (changelog.canonical_json(forged.fields), forged.hash, target.seq),
    )
    return target.seq + 1


def delete_middle(conn: cipher.Connection, entries: list[Entry]) -> int:
    seq = entries[len(entries) // 2].seq
    conn.execute("DELETE FROM change_log WHERE seq = ?", (seq,))
    return seq


def delete_last(conn: cipher.Connection, entries: list[Entry]) -> int:
    conn.execute("DELETE FROM change_log WHERE seq = ?", (entries[-1].seq,))
    return entries[-1].seq


def swap_two(conn: cipher.Connection, entries: list[Entry]) -> int:
    a, b = entries[3].seq, entries[4].seq
    conn.execute("UPDATE change_log SET seq = -1 WHERE seq = ?", (a,))
    conn.execute("UPDATE change_log SET seq = ? WHERE seq = ?", (a, b))
    conn.execute("UPDATE change_log SET seq = ? WHERE seq = -1", (b,))
    return a


def delete_all(conn: cipher.Connection, entries: list[Entry]) -> None:
    conn.execute("DELETE FROM change_log")


@pytest.fixture
def closed_history(data_dir: Path) -> list[Entry]:
    """A varied history written to disk, with the store closed again."""
    with Store.open(data_dir) as store:
        version = frameworks.ensure_default(store)
        with store.write() as tx:
            school = reviews.create_school(tx, "Ysgol", None)
            review = reviews.create_review(
                tx,
                host_school_id=school,
                framework_version_id=version,
                title="Review",
                start_date="2026-01-12",
                end_date="2026-01-13",
            )
        build_history(store, review)
        return log_entries(store)


def verify_on_disk(data_dir: Path) -> changelog.ChainReport:
    with Store.open(data_dir) as store, store.read() as conn:
        return changelog.verify_chain(conn, store.heads())


def test_an_untouched_chain_verifies(data_dir: Path, closed_history: list[Entry]) -> None:
    report = verify_on_disk(data_dir)
    assert report.ok, report.problems
    assert report.entries == len(closed_history)
    assert report.devices == 1


@pytest.mark.parametrize(
    "tamper",
    [edit_fields, edit_and_rehash, delete_middle, delete_last, swap_two, delete_all],
    ids=lambda f: f.__name__,
)
def test_verify_chain_catches_tampering(
    data_dir: Path, closed_history: list[Entry], tamper: Tamper
) -> None:
    conn = raw_db.connect(data_dir / DB_NAME)
    with conn:
        named = tamper(conn, closed_history)
    conn.close()

    report = verify_on_disk(data_dir)
    assert not report.ok
    device = "…" + closed_history[0].device_id[-6:]
    assert all(device in p for p in report.problems), report.problems
    if named is not None:
        assert any(re.search(rf"\bentry {named}\b", p) for p in report.problems), report.problems


# --- rebuild ----------------------------------------------------------------------------

DERIVED = ("framework_area", "framework_strand", "framework_prompt", "field_version")
QUERIES = ("lodz", "phon", "tieng viet", "الطلاب", "read", "calm", "wyn")


def snapshot(store: Store, review_ids: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with store.read() as conn:
        for table in (*ENTITIES, *DERIVED):
            rows = conn.execute(text(f"SELECT * FROM {table}")).all()
            out[table] = sorted((tuple(r) for r in rows), key=repr)
        out["search_index"] = sorted(
            conn.execute(
                text(
                    "SELECT s.note_id, s.review_id, f.body FROM note_search s "
                    "JOIN note_fts f ON f.rowid = s.rowid"
                )
            ).all(),
            key=repr,
        )
        out["search_rows"] = conn.execute(text("SELECT count(*) FROM note_search")).scalar()
    out["searches"] = {
        (review, q): sorted((h.note_id, h.marked()) for h in search.search_notes(store, review, q))
        for review in review_ids
        for q in QUERIES
    }
    return out


def test_rebuild_reproduces_every_table_from_the_log(
    store: Store, make_review: ReviewMaker
) -> None:
    first = make_review("Autumn", questions=("Is reading daily?",))
    second = make_review("Spring")
    frameworks.import_bytes(store, json.dumps(SMALL_FRAMEWORK).encode())
    reviews.set_status(store, first, "visit")
    with store.write() as tx:
        person = reviews.create_person(tx, "Siân Hughes", None, "reviewer")
        reviews.add_team_member(tx, first, person, "lead_reviewer")
        reviews.add_activity(
            tx,
            first,
            day="2026-03-02",
            start_time="09:00",
            end_time="09:30",
            kind="learning_walk",
            title="Learning walk, KS1",
            reviewer_ids=[person],
        )
    question = reviews.get_review(store, first).enquiry_questions[0][0]

    a = evidence.add_note(
        store, first, "Pupils in Łódź class read fluently", strand_codes=["L1", "C1"]
    ).note_id
    b = evidence.add_note(
        store, first, "Học sinh học tiếng Việt; phonics catch-up", question_ids=[question]
    ).note_id
    c = evidence.add_note(store, first, "الطلاب يقرؤون بصوت عال", emerging="Ŵyn helps").note_id
    d = evidence.add_note(store, second, "Calm start in Ŵyn class", strand_codes=["B1"]).note_id
    e = evidence.add_note(store, second, "To be deleted: phonics").note_id
    evidence.update_note(
        store, a, text="Pupils in Łódź class read aloud fluently", subject="Reading"
    )
    evidence.set_strands(store, a, ["C1", "P1"])
    evidence.set_strands(store, a, ["L1", "P1"])
    evidence.link_notes(store, a, b, "corroborates")
    evidence.link_notes(store, b, c, "contradicts")
    evidence.delete_note(store, c)
    evidence.restore_note(store, c)
    evidence.update_note(store, c, text="الطلاب يقرؤون")
    evidence.delete_note(store, e)
    evidence.update_note(store, d, class_group="Dosbarth Ŵyn")

    snap = snapshot(store, [first, second])
    # Not vacuous: tombstones, revived tags and several framework trees are present.
    with store.read() as conn:
        deleted = list(conn.execute(text("SELECT * FROM evidence_note")).keys()).index("deleted")
    assert any(r[deleted] for r in snap["evidence_note"]), "a deleted note"
    assert len(snap["note_strand"]) == 4 and len(snap["framework_version"]) == 2
    assert snap["searches"][(first, "lodz")] and snap["searches"][(second, "wyn")]
    log_before = log_entries(store)

    with store.write() as tx:
        replayed = rules.rebuild(tx.conn)

    assert replayed == len(log_before)
    assert log_entries(store) == log_before
    assert snapshot(store, [first, second]) == snap
    with store.read() as conn:
        assert changelog.verify_chain(conn, store.heads()).ok


# --- the hybrid logical clock -----------------------------------------------------------


def stepping(values: list[int]) -> Callable[[], int]:
    it = iter(values)
    return lambda: next(it)


def test_clock_keeps_order_when_the_wall_clock_steps_backwards() -> None:
    walls = [5_000, 5_000, 4_000, 3_000, 5_001, 5_001, 1, 9_000, 8_999]
    clock = HybridClock(None, stepping(walls))
    ticks = [clock.tick() for _ in walls]
    assert all(a < b for a, b in itertools.pairwise(ticks))
    assert all(hlc_unpack(a) < hlc_unpack(b) for a, b in itertools.pairwise(ticks))
    assert ticks[-1] > hlc_pack(9_000, 0)


def test_clock_resumes_from_its_stored_value() -> None:
    clock = HybridClock(hlc_pack(7_000, 3), lambda: 10)
    assert clock.tick() == hlc_pack(7_000, 4)


def test_clock_moves_past_a_remote_time_it_observes() -> None:
    clock = HybridClock(None, lambda: 1_000)
    clock.tick()
    remote = hlc_pack(9_000_000, 7)
    clock.observe(remote)
    assert clock.tick() > remote
    clock.observe(hlc_pack(10, 0))  # an older remote time does not move it back
    assert clock.tick() > remote


def test_clock_order_survives_a_long_stuck_wall_clock() -> None:
    # A laptop whose clock was reset to the past keeps counting on one millisecond:
    # the text form must still sort in time order, or conflicts resolve the wrong way.
    clock = HybridClock(None, lambda: 1_000)
    last = clock.tick()
    for _ in range(100_001):
        now = clock.tick()
        assert now > last, f"{now} sorts before {last}"
        last = now


def test_store_entries_stay_ordered_across_transactions_and_reopen(
    data_dir: Path,
) -> None:
    walls: Iterator[int] = iter(range(1_800_000_000_000, 0, -60_000))  # a minute back each call
    with Store.open(data_dir, wall_clock=lambda: next(walls)) as store:
        for i in range(4):
            with store.write() as tx:
                tx.create("partnership", {"name": f"Partnership {i}"})
                tx.create("school", {"name": f"School {i}"})
    # Reopened on a machine whose clock is a year further back still.
    with Store.open(data_dir, wall_clock=lambda: 1_750_000_000_000) as store:
        with store.write() as tx:
            tx.create("school", {"name": "After reopening"})
        entries = log_entries(store)
    assert len(entries) == 9
    assert all(a.hlc < b.hlc for a, b in itertools.pairwise(entries))
