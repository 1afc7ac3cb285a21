"""Merge rules between replicas: held entries, conflicts, deletes, frameworks by hash."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.models import ChangeLogEntry, SyncHeld, table
from app.services import changelog, evidence, frameworks
from app.services.store import Store
from app.sync import history, merge, rules
from app.sync.conflicts import list_conflicts, resolve_conflict
from app.sync.digest import review_digest
from app.sync.merge import Stub, SyncRefused
from app.sync.outgoing import Outgoing
from tests.sync.helpers import (
    FakeClock,
    create_review,
    deliver,
    dump,
    join_team,
    open_replica,
    snapshot,
)


@pytest.fixture
def pair(tmp_path: Path):
    clock = FakeClock()
    a = open_replica(tmp_path / "a", clock.reader())
    b = open_replica(tmp_path / "b", clock.reader())
    review = create_review(a)
    join_team(a, review, b)
    evidence.add_note(a, review, "Pupils blended sounds to read new words.", strand_codes=["C2"])
    deliver(snapshot(a, review), b)
    yield a, b, review
    a.close()
    b.close()


def _count(store: Store, model: type) -> int:
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(table(model))).scalar() or 0)


def _note(store: Store, review: str):
    (note,) = evidence.list_notes(store, review)
    return note


def test_two_installations_share_the_default_framework_by_hash(pair) -> None:
    a, b, review = pair
    # Each laptop imported the shipped framework on its own; both name it by its hash.
    assert frameworks.list_frameworks(a) == frameworks.list_frameworks(b)
    assert review_digest(a, review) == review_digest(b, review)
    assert not list_conflicts(b)
    evidence.add_note(b, review, "Tagged on the second laptop.", strand_codes=["C2"])
    deliver(snapshot(b, review), a)
    assert review_digest(a, review) == review_digest(b, review)


def test_concurrent_edits_keep_both_texts_and_the_lead_chooses(pair) -> None:
    a, b, review = pair
    note = _note(a, review).id
    evidence.update_note(a, note, text="Most pupils blended accurately.")
    evidence.update_note(b, note, text="All but two pupils blended accurately.")
    deliver(snapshot(a, review), b)
    deliver(snapshot(b, review), a)
    assert review_digest(a, review) == review_digest(b, review)
    (conflict,) = list_conflicts(a, review)
    assert {v.value for v in conflict.versions} == {
        "Most pupils blended accurately.",
        "All but two pupils blended accurately.",
    }
    assert conflict.current in {v.value for v in conflict.versions}
    assert [c.id for c in list_conflicts(b, review)] == [conflict.id]
    loser = next(v for v in conflict.versions if v.value != conflict.current)
    resolve_conflict(a, conflict.id, choose=loser.ref)
    assert _note(a, review).text == loser.value
    assert list_conflicts(a, review) == []
    deliver(snapshot(a, review), b)
    assert _note(b, review).text == loser.value
    assert list_conflicts(b, review) == []  # the decision travelled
    assert review_digest(a, review) == review_digest(b, review)


def test_an_edit_concurrent_with_a_delete_wins_and_is_flagged(pair) -> None:
    a, b, review = pair
    note = _note(a, review).id
    evidence.delete_note(a, note)
    evidence.update_note(b, note, text="Added detail after the lesson.")
    deliver(snapshot(a, review), b)
    deliver(snapshot(b, review), a)
    for s in (a, b):
        assert _note(s, review).text == "Added detail after the lesson."
        (flag,) = list_conflicts(s, review)
        assert flag.kind == "edit_delete"
    resolve_conflict(a, flag.id, choose="delete")
    deliver(snapshot(a, review), b)
    for s in (a, b):
        assert evidence.list_notes(s, review) == []
        assert list_conflicts(s, review) == []


def test_a_delete_after_seeing_the_edit_is_a_plain_delete(pair) -> None:
    a, b, review = pair
    note = _note(a, review).id
    evidence.update_note(b, note, text="Edited first.")
    deliver(snapshot(b, review), a)
    evidence.delete_note(a, note)
    deliver(snapshot(a, review), b)
    assert evidence.list_notes(b, review) == []
    assert list_conflicts(b, review) == []


def test_entries_whose_predecessors_are_missing_are_held_then_applied(pair) -> None:
    a, b, review = pair
    first = evidence.add_note(a, review, "Second note.").note_id
    evidence.update_note(a, first, text="Second note, edited.")
    full = snapshot(a, review)
    tail = Outgoing([e for e in full.entries if e.entity_id == first and "text" in e.fields][-1:])
    before = review_digest(b, review)
    report = deliver(tail, b)
    assert next(reason for _, reason in report.held).startswith("waiting for entry")
    assert _count(b, SyncHeld) == 1 and review_digest(b, review) == before
    report = deliver(full, b)
    assert _count(b, SyncHeld) == 0
    assert review_digest(a, review) == review_digest(b, review)
    assert {n.text for n in evidence.list_notes(b, review)} >= {"Second note, edited."}


def test_an_entry_held_for_over_a_month_is_listed_apart_and_still_applies(
    pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, review = pair
    first = evidence.add_note(a, review, "Second note.").note_id
    evidence.update_note(a, first, text="Second note, edited.")
    full = snapshot(a, review)
    tail = Outgoing([e for e in full.entries if e.entity_id == first and "text" in e.fields][-1:])
    deliver(tail, b)
    ((waiting,),) = [history.held(b)]
    assert not waiting.stale
    # Five weeks on (the clock is outside the project): what it waits for has not come.
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=35)
    monkeypatch.setattr(merge, "wall_now", lambda: later.isoformat(timespec="seconds"))
    (waiting,) = history.held(b)
    assert waiting.stale and waiting.held_at < merge.stale_cutoff(merge.wall_now())
    # An import that brings nothing new leaves it where it is, unretried and unreported.
    report = deliver(Outgoing(full.entries[:1]), b)
    assert report.held == [] and _count(b, SyncHeld) == 1
    # One that brings what it waits for applies it as well: nothing was lost by waiting.
    report = deliver(Outgoing([e for e in full.entries if e not in tail.entries]), b)
    assert _count(b, SyncHeld) == 0
    assert "Second note, edited." in {n.text for n in evidence.list_notes(b, review)}
    assert review_digest(a, review) == review_digest(b, review)


def test_sync_status_names_entries_held_for_over_a_month(
    pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, review = pair
    note = evidence.add_note(a, review, "Waiting note.").note_id
    evidence.update_note(a, note, text="Waiting note, edited.")
    full = snapshot(a, review)
    deliver(Outgoing([e for e in full.entries if e.entity_id == note][-1:]), b)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=31)
    monkeypatch.setattr(merge, "wall_now", lambda: later.isoformat(timespec="seconds"))
    b.close()
    assert main(["--data-dir", str(tmp_path / "b"), "sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "1 held for over 30 days" in out and "peerview bundle export --full" in out
    assert re.search(r"held \S+:\d+ \(since \d+ \w+ \d{4}\): waiting for entry", out), out


def test_reimport_changes_nothing(pair) -> None:
    a, b, review = pair
    evidence.add_note(a, review, "Another note.")
    out = snapshot(a, review)
    deliver(out, b)
    before = dump(b)
    report = deliver(out, b)
    assert not report.changed and report.skipped == len(out.entries)
    assert dump(b) == before


def test_an_altered_entry_is_refused_and_nothing_written(pair) -> None:
    a, b, review = pair
    note = _note(a, review).id
    evidence.update_note(a, note, text="Honest text.")
    out = snapshot(a, review)
    bad = out.entries[-1]
    forged = type(bad)(**{**bad.__dict__, "fields": {"text": "Forged text."}})
    before = dump(b)
    with pytest.raises(SyncRefused, match="does not match its hash") as refused:
        deliver(Outgoing([*out.entries[:-1], forged]), b)
    assert dump(b) == before
    # The laptop is named by what this one knows of it and its id's random end: the
    # first characters of ids made in the same minute are the same for every laptop.
    message = str(refused.value)
    assert f"from a laptop with no certificate here (…{a.device_id[-6:]})" in message
    assert a.device_id[:8] not in message and "[laptop:" not in message


def test_rebuild_from_the_log_keeps_the_merge_rules(pair) -> None:
    a, b, review = pair
    note = _note(a, review).id
    evidence.delete_note(a, note)
    evidence.update_note(b, note, text="Kept by the concurrent edit.")
    deliver(snapshot(b, review), a)
    digest = review_digest(a, review)
    with a.write() as tx:
        rules.rebuild(tx.conn)
    assert review_digest(a, review) == digest
    with a.read() as conn:
        assert changelog.verify_chain(conn).ok
        assert conn.execute(select(func.count()).select_from(table(ChangeLogEntry))).scalar()


def test_entries_waiting_for_another_device_are_held_with_the_reason(tmp_path: Path) -> None:
    clock = FakeClock()
    a, b, c = (open_replica(tmp_path / n, clock.reader()) for n in "abc")
    try:
        review = create_review(a)
        join_team(a, review, b)
        note = evidence.add_note(a, review, "Made on A.").note_id
        deliver(snapshot(a, review), b)
        evidence.add_note(b, review, "Made on B, in A's review.")  # needs A's review
        evidence.update_note(b, note, text="Edited on B.")  # and after it in B's chain
        # C hears from B before A: only B's own chain.
        from_b = snapshot(b, review)
        only_b = Outgoing([e for e in from_b.entries if e.device_id == b.device_id])
        report = deliver(only_b, c)
        reasons = sorted(reason for _, reason in report.held)
        assert reasons[0].startswith("waiting for entry"), report.held
        assert reasons[1].startswith("waiting for the review"), report.held
        # Reasons are shown in the window: words, never a device id.
        assert not any(ref.split(":")[0][:8] in r for ref, r in report.held), report.held
        assert evidence.list_notes(c, review) == []
        # A's chain arrives: everything held applies, and C agrees with A and B.
        report = deliver(snapshot(a, review), c)
        assert report.held == [] and _count(c, SyncHeld) == 0
        deliver(snapshot(c, review), a)
        assert review_digest(a, review) == review_digest(b, review) == review_digest(c, review)
        assert {n.text for n in evidence.list_notes(c, review)} == {
            "Edited on B.",
            "Made on B, in A's review.",
        }
    finally:
        for s in (a, b, c):
            s.close()


def test_an_edit_whose_record_was_never_created_here_waits(tmp_path: Path) -> None:
    clock = FakeClock()
    a, b = (
        open_replica(tmp_path / "a", clock.reader()),
        open_replica(tmp_path / "b", clock.reader()),
    )
    try:
        review = create_review(a)
        deliver(snapshot(a, review), b)
        note = evidence.add_note(a, review, "New on A.").note_id
        evidence.update_note(a, note, emerging="A line of enquiry.")  # prior None: new field
        everything = snapshot(a, review)
        creating = next(
            e for e in everything.entries if e.entity_id == note and "review_id" in e.fields
        )
        # The creation arrives only as a stub (as for a recipient it was withheld from):
        # the edit after it must wait for the record, not apply to a row of defaults.
        stub = Stub(
            creating.device_id, creating.seq, creating.hash, creating.prev_hash, creating.hlc
        )
        rest = [e for e in everything.entries if e.ref != creating.ref]
        report = deliver(Outgoing(rest, [stub]), b)
        assert any("creates this evidence note" in r for _, r in report.held), report.held
        assert evidence.list_notes(b, review) == []
        report = deliver(everything, b)
        assert report.held == []
        (shown,) = evidence.list_notes(b, review)
        assert (shown.text, shown.emerging) == ("New on A.", "A line of enquiry.")
    finally:
        a.close()
        b.close()


def test_an_erasure_reaches_entries_still_waiting_for_their_predecessors(pair) -> None:
    """A purge drops the text from the entries held until their chain arrives, not only
    from the log: otherwise the held line keeps it on disk until it applies."""
    a, b, review = pair
    note = evidence.add_note(a, review, "First words.").note_id
    evidence.update_note(a, note, text="Quillon Marchbanks read aloud to the class.")
    full = snapshot(a, review)
    tail = Outgoing([e for e in full.entries if e.entity_id == note and "text" in e.fields][-1:])
    deliver(tail, b)
    assert _count(b, SyncHeld) == 1
    with b.write() as tx:
        erased = changelog.erase_fields(tx.conn, "evidence_note", [note], ["text"])
    assert erased.held == 1
    with b.read() as conn:
        bodies = [r.body for r in conn.execute(select(table(SyncHeld)))]
    assert bodies and not any("Quillon" in body for body in bodies)
    deliver(full, b)  # the held entry applies, its text dropped, its chain still whole
    assert _count(b, SyncHeld) == 0
    with b.read() as conn:
        assert changelog.verify_chain(conn).ok


def test_laptops_are_named_by_their_owners_in_sync_messages(tmp_path: Path) -> None:
    from app.sync.laptops import LaptopNames, mention
    from tests.identity_helpers import exchange_cards, make_identity

    clock = FakeClock()
    a, b = (open_replica(tmp_path / n, clock.reader()) for n in "ab")
    try:
        make_identity(a, "Łukasz Nowak", role="reviewer")
        make_identity(b, "Siân Pritchard", role="lead_reviewer")
        exchange_cards(a, b)
        review = create_review(b)
        join_team(b, review, a)
        deliver(snapshot(b, review), a)
        evidence.add_note(a, review, "Pupils read aloud.")
        deliver(snapshot(a, review), b)
        with b.read() as conn:
            names = LaptopNames(b, conn)
            text = names.fill(f"Entry 3 from {mention(a.device_id)}; {mention(b.device_id)}.")
        assert text == f"Entry 3 from Łukasz Nowak's laptop (…{a.device_id[-6:]}); this laptop."
    finally:
        a.close()
        b.close()
