"""Property tests of the merge rules: random edit histories on three laptops (a lead and
two reviewers, each with an identity), bundles exchanged in random orders with duplicates
and stale copies, both as what a bundle carries (partial ones too, to exercise holding)
and as real signed, encrypted files. The histories include restores from backups, data
folders copied to a fourth computer (forks), and the lead revoking a reviewer.

Shown for every history: all replicas end with the same review digest; importing any
bundle again changes nothing; no edit is silently lost (each edit is the value shown, was
overwritten by someone who had seen it, or is in a recorded conflict); and a revoked
reviewer's entries after the cut-off are refused on every laptop, each naming why, while
those before it stay.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import tempfile
from pathlib import Path

import keyring
import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.bench.sync import EphemeralKeys, ephemeral_person
from app.models import ChangeLogEntry, FieldVersion, Revocation, SyncConflict, SyncDenied, table
from app.models.database import DB_NAME
from app.services import changelog, evidence, passphrase, revocations
from app.services.authority import AuthorityError
from app.services.cards import readable_fingerprint
from app.services.changelog import Entry
from app.sync.causality import Causality, entries_for, touched
from app.sync.digest import review_digest
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle
from app.sync.outgoing import Outgoing
from tests.identity_helpers import cheap_kdf, make_identity  # noqa: F401
from tests.sync.helpers import (
    FakeClock,
    create_review,
    deliver,
    dump,
    join_team,
    open_replica,
    snapshot,
)

TEXTS = st.sampled_from(["Pupils read aloud.", "Łódź", "ŵ ŷ", "tiếng Việt", "", "x" * 50])
# Laptops 0-2 are the lead and two reviewers; laptop 3 exists once a data folder has been
# copied to a fourth computer. A step naming a laptop that does not exist yet takes the
# number modulo the laptops there are.
REPLICA = st.integers(0, 3)
STEP = st.one_of(
    st.tuples(st.just("add"), REPLICA, TEXTS),
    st.tuples(st.just("edit"), REPLICA, st.integers(0, 1), TEXTS),
    st.tuples(st.just("edit"), REPLICA, st.integers(0, 20), TEXTS),
    st.tuples(st.just("delete"), REPLICA, st.integers(0, 20)),
    st.tuples(st.just("tag"), REPLICA, st.integers(0, 20), st.sampled_from(["C1", "C2", "L1"])),
    st.tuples(st.just("pack"), REPLICA, st.booleans()),
    st.tuples(st.just("deliver"), st.integers(0, 50), REPLICA),
    st.tuples(st.just("sync"), REPLICA, REPLICA),
    # A real bundle file: what ``who``'s peers have not acknowledged, signed and
    # encrypted to all three, opened by any one of them (perhaps not the one it was for).
    st.tuples(st.just("file"), REPLICA, REPLICA, st.booleans()),
    # A laptop's database copied aside, and later put back (restored from that backup):
    # it must start a new chain and take back what it lost from its peers.
    st.tuples(st.just("backup"), REPLICA),
    st.tuples(st.just("restore"), REPLICA),
    # A laptop's data folder copied to another computer (laptop 3; a later copy replaces
    # it): two laptops of one person start from one chain, and the copy must start a
    # new chain before it writes (decision 0029).
    st.tuples(st.just("fork"), REPLICA),
    # The lead takes a reviewer off the team with ``--revoke`` (decision 0030).
    st.tuples(st.just("revoke"), st.integers(1, 2)),
)


def _live_notes(store, review_id: str) -> list[str]:
    return [n.id for n in evidence.list_notes(store, review_id)]


def _run(steps: list[tuple], folder: Path) -> None:
    clock = FakeClock()
    # Laptops whose clocks disagree: one runs 5 s behind, one 3 s ahead.
    skews = [0, -5000, 3000]
    stores = [open_replica(folder / f"r{i}", clock.reader(skew)) for i, skew in enumerate(skews)]
    # Whose laptop each is (laptop 3, once copied, is its source's person's).
    person_of = [0, 1, 2]
    backups: dict[int, Path] = {}
    try:
        for i, s in enumerate(stores):
            make_identity(s, f"Reviewer {i}", role="lead_reviewer" if i == 0 else "reviewer")
        review = create_review(stores[0])
        join_team(stores[0], review, *stores[1:])
        member_keys = [s.author_key_id for s in stores]
        # Notes every replica has from the start, so that edits often meet.
        for text in ("Shared note one.", "Shared note two."):
            evidence.add_note(stores[0], review, text)
        start = snapshot(stores[0], review)
        for s in stores[1:]:
            deliver(start, s)
        people = [ephemeral_person(f"Reviewer {i}") for i in range(3)]
        keys = [EphemeralKeys(p, [q for q in people if q is not p]) for p in people]
        files: list[Path] = []
        # person -> (their key, cut-offs, the entries by them the lead held when revoking)
        revoked: dict[int, tuple[str, dict[str, int], set[tuple[str, int]]]] = {}

        def send_file(src: int, full: bool) -> Path:
            path = folder / f"bundle-{len(files)}.pvbundle"
            me = people[person_of[src]]
            others = [p.card.key_id for p in people if p is not me]
            export_bundle(
                stores[src], review, path, to=others, full=full, keys=keys[person_of[src]]
            )
            files.append(path)
            return path

        def reopen(i: int) -> None:
            stores[i] = open_replica(folder / f"r{i}", clock.reader(skews[i]))

        bundles: list[Outgoing] = [start]
        # What each replica has received (bundle numbers, file paths): only those can be
        # received again. A restore takes a replica back to what it had at its backup.
        had: list[set[int | Path]] = [{0} for _ in stores]
        had_at_backup: dict[int, set[int | Path]] = {}
        for step in steps:
            kind = step[0]
            n = step[1] % len(stores) if kind not in ("deliver", "revoke") else 0
            who = stores[n]
            try:
                _local_step(step, who, review)
            except AuthorityError:
                # Only a revoked reviewer's laptop, once it holds the revocation, is
                # refused its own edits (nothing is written).
                assert person_of[n] in revoked, step
            if kind == "pack":
                # A partial bundle (only the newest part of each chain) tests holding.
                out = snapshot(who, review)
                if step[2]:
                    out = dataclasses.replace(
                        out,
                        entries=[e for e in out.entries if e.seq > 3],
                        stubs=[s for s in out.stubs if s.seq > 3],
                        ranges={},
                    )
                bundles.append(out)
            elif kind == "backup":
                had_at_backup[n] = set(had[n])
                backups[n] = Path(
                    shutil.copy(who.db.backup(), folder / f"backup-{n}-{len(bundles)}")
                )
            elif kind == "restore":
                if n not in backups:
                    continue
                who.close()
                data = folder / f"r{n}"
                for suffix in ("-wal", "-shm"):
                    (data / f"{DB_NAME}{suffix}").unlink(missing_ok=True)
                shutil.copy(backups[n], data / DB_NAME)
                reopen(n)
                had[n] = set(had_at_backup[n])
                # A revocation the lead made after that backup and never sent went with
                # it, as any unsent work does: nobody holds it, so it does not hold (the
                # lead would revoke again). One a laptop received comes back to the lead.
                for member in [m for m, (key, _, _) in revoked.items() if not _holds(stores, key)]:
                    del revoked[member]
            elif kind == "fork":
                if n == 3:
                    continue  # the copy copied again: nothing new
                # The whole data folder copied, as a person moving to a second computer
                # does (the store is closed first, as it would be to copy it).
                who.close()
                copy = folder / "r3"
                if len(stores) == 4:
                    stores[3].close()
                    shutil.rmtree(copy)
                shutil.copytree(folder / f"r{n}", copy)
                reopen(n)
                device = stores[n].device_id
                # The second computer's keyring (outside the project, so the test plays
                # it) has never heard of the chain while the copy opens and first writes.
                account = f"chain:{device}"
                kept = keyring.get_password(passphrase.KEYRING_SERVICE, account)
                if kept is not None:
                    keyring.delete_password(passphrase.KEYRING_SERVICE, account)
                if len(stores) == 4:
                    stores[3] = open_replica(copy, clock.reader(skews[n]))
                    person_of[3] = person_of[n]
                    had[3] = set(had[n])
                else:
                    stores.append(open_replica(copy, clock.reader(skews[n])))
                    skews.append(skews[n])
                    person_of.append(person_of[n])
                    had.append(set(had[n]))
                with stores[3].write():
                    pass  # its first write of the session, where the chain is checked
                if kept is not None:
                    keyring.set_password(passphrase.KEYRING_SERVICE, account, kept)
                assert stores[3].device_id != stores[n].device_id
                backups.pop(3, None)  # a backup of the earlier copy is another laptop's
            elif kind == "revoke":
                member = step[1]
                if member in revoked:
                    continue
                key = member_keys[member]
                revocations.revoke(stores[0], review, readable_fingerprint(key), "laptop lost")
                with stores[0].read() as conn:
                    rev = table(Revocation)
                    cut = json.loads(
                        conn.execute(select(rev.c.cutoffs).where(rev.c.key_id == key)).scalar_one()
                    )
                    log = table(ChangeLogEntry)
                    kept_refs = {
                        (r.device_id, r.seq)
                        for r in conn.execute(
                            select(log.c.device_id, log.c.seq).where(log.c.author_key_id == key)
                        )
                    }
                revoked[member] = (key, cut, kept_refs)
            elif kind == "file":
                dst = step[2] % len(stores)
                if person_of[dst] == person_of[n]:
                    continue  # a bundle is never encrypted to its sender's own key
                path = send_file(n, step[3])
                import_bundle(stores[dst], path, keys=keys[person_of[dst]])
                had[dst].add(path)
            elif kind == "sync":
                dst = step[2] % len(stores)
                bundles.append(snapshot(who, review))
                deliver(bundles[-1], stores[dst])
                had[dst].add(len(bundles) - 1)
            elif kind == "deliver":
                dst = step[2] % len(stores)
                deliver(bundles[step[1] % len(bundles)], stores[dst])
                had[dst].add(step[1] % len(bundles))
        # Everyone eventually gets everything (twice round, any order), half of it as
        # real bundle files.
        for round_ in range(2):
            for i, src in enumerate(stores):
                bundles.append(snapshot(src, review))
                path = send_file(i, full=True)
                for j, dst in enumerate(stores):
                    if dst is not src:
                        if (i + j + round_) % 2 and person_of[i] != person_of[j]:
                            import_bundle(dst, path, keys=keys[person_of[j]])
                            had[j].add(path)
                        else:
                            deliver(bundles[-1], dst)
                            had[j].add(len(bundles) - 1)
        digests = {review_digest(s, review) for s in stores}
        assert len(digests) == 1, digests
        for s in stores:
            with s.read() as conn:
                assert conn.execute(select(func.count()).select_from(table(SyncHeld))).scalar() == 0
            _no_edit_lost(s)
            # Every chain has one history: restored and copied laptops started new ones.
            with s.read() as conn:
                chains = changelog.verify_chain(conn, s.heads())
            assert chains.ok, chains.problems
        _revocations_hold(stores, revoked)
        # Receiving again any bundle a replica had, old or new, changes nothing at all (a
        # bundle file's import is recorded in the audit trail, and that is all). One it
        # never had may still bring entries of a chain that a restore abandoned.
        for i, s in enumerate(stores):
            before = dump(s)
            for n, b in enumerate(bundles):
                if n in had[i] and (n % 3 == 0 or n >= len(bundles) - 3):
                    report = deliver(b, s)
                    assert not report.changed
            for path in [f for f in files[::3] + files[-3:] if f in had[i]]:
                again = import_bundle(s, path, keys=keys[person_of[i]])
                assert again.added == again.updated == again.deleted == again.held == 0
            assert _content(dump(s)) == _content(before)
    finally:
        for s in stores:
            s.close()


def _local_step(step: tuple, who, review: str) -> None:
    """A person's own edit on their laptop."""
    kind = step[0]
    if kind == "add":
        evidence.add_note(who, review, step[2])
    elif kind in ("edit", "delete", "tag"):
        notes = _live_notes(who, review)
        if not notes:
            return
        note = notes[step[2] % len(notes)]
        if kind == "edit":
            evidence.update_note(who, note, text=step[3])
        elif kind == "delete":
            evidence.delete_note(who, note)
        else:
            evidence.set_strands(who, note, [step[3]])


def _holds(stores, key: str) -> bool:
    """Whether any laptop holds the revocation of ``key``."""
    rev = table(Revocation)
    for s in stores:
        with s.read() as conn:
            if conn.execute(select(rev.c.key_id).where(rev.c.key_id == key)).first():
                return True
    return False


def _revocations_hold(stores, revoked) -> None:
    """Every laptop refuses the same entries, each with its reason; a revoked reviewer's
    entries on the review after the cut-off are refused everywhere (their notes are not
    there), and those the lead held when revoking all stay."""
    log, denied = table(ChangeLogEntry), table(SyncDenied)
    views = []
    for s in stores:
        with s.read() as conn:
            refused = {
                (r.device_id, r.seq): r
                for r in conn.execute(
                    select(denied.c.device_id, denied.c.seq, denied.c.reason, denied.c.body)
                )
            }
            held = {
                (r.device_id, r.seq): r
                for r in conn.execute(
                    select(
                        log.c.device_id,
                        log.c.seq,
                        log.c.author_key_id,
                        log.c.entity,
                        log.c.entity_id,
                    )
                )
            }
            notes = set(_live_notes(s, _review_of(conn)))
        views.append(set(refused))
        assert all(r.reason for r in refused.values())
        for key, cut, kept in revoked.values():
            # What the lead held of theirs when revoking stays, on every laptop.
            assert kept <= set(held), kept - set(held)
            for (device, seq), row in held.items():
                if row.author_key_id == key and row.entity != "sync_receipt":
                    assert seq <= cut.get(device, 0), f"{device}:{seq} after the cut-off"
            for (device, seq), row in refused.items():
                body = json.loads(row.body)
                if body.get("author_key_id") == key and seq > cut.get(device, 0):
                    # A tag on their own refused note is named by the refused note, the
                    # first reason found (either way it names why).
                    assert (
                        "was revoked" in row.reason
                        or "builds on a record whose creation was refused" in row.reason
                    ), row.reason
                    if body.get("entity") == "evidence_note":
                        assert body.get("entity_id") not in notes or _note_kept(held, body)
    assert all(v == views[0] for v in views), [sorted(v) for v in views]


def _note_kept(held, body) -> bool:
    """A note a refused entry edits stays when its creation was accepted."""
    return any(r.entity_id == body.get("entity_id") for r in held.values())


def _review_of(conn) -> str:
    from app.models import Review

    return conn.execute(select(table(Review).c.id)).scalar()


def _content(lines: list[str]) -> list[str]:
    return [line for line in lines if not line.startswith('INSERT INTO "sync_import"')]


def _no_edit_lost(store) -> None:
    log, fv, conflicts = table(ChangeLogEntry), table(FieldVersion), table(SyncConflict)
    with store.read() as conn:
        cause = Causality(conn)
        recorded: set[str] = set()
        for row in conn.execute(select(conflicts.c.refs)):
            recorded.update(__import__("json").loads(row.refs))
        notes = conn.execute(
            select(log.c.entity_id).where(log.c.entity == "evidence_note").distinct()
        ).scalars()
        for note_id in notes:
            entries = entries_for(conn, note_id)
            winner = {
                r.field: f"{r.device_id}:{r.seq}"
                for r in conn.execute(select(fv).where(fv.c.entity_id == note_id))
            }
            row = conn.execute(
                select(table(ChangeLogEntry).c.entity_id).where(log.c.entity_id == note_id)
            ).first()
            assert row is not None
            by_ref = {e.ref: e for e in entries}
            for e in entries:
                for name, value in touched(e).items():
                    if winner.get(name) == e.ref or e.ref in recorded:
                        continue
                    if touched(by_ref[winner[name]]).get(name) == value:
                        continue  # the same value won (two identical edits)
                    overwritten = any(
                        name in touched(x) and x.ref != e.ref and cause.sees(x, e.ref)
                        for x in entries
                    )
                    assert overwritten, f"edit {e.ref} of {name} was lost silently"
            _edits_beat_concurrent_deletes(conn, cause, entries)


def _current(conn, note_id: str, name: str):
    tbl = table(__import__("app.models", fromlist=["EvidenceNote"]).EvidenceNote)
    return conn.execute(select(tbl.c[name]).where(tbl.c.id == note_id)).scalar()


def _edits_beat_concurrent_deletes(conn, cause: Causality, entries: list[Entry]) -> None:
    deletes = [e for e in entries if e.op == "delete"]
    edits = [e for e in entries if e.op == "upsert" and "deleted" not in e.fields]
    for d in deletes:
        for e in edits:
            concurrent = not cause.sees(d, e.ref) and not cause.sees(e, d.ref)
            # Someone who had seen the edit deleted (or restored) the note afterwards.
            later = [x for x in entries if "deleted" in touched(x) and cause.sees(x, e.ref)]
            if concurrent and e.device_id != d.device_id and not later:
                assert _current(conn, e.entity_id, "deleted") is False, (
                    f"edit {e.ref} concurrent with delete {d.ref} must keep the note"
                )


from app.models import SyncHeld  # noqa: E402


@pytest.mark.slow  # twenty generated histories merged across replicas
@settings(
    max_examples=20,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(STEP, min_size=6, max_size=24))
# The lead revokes a reviewer, then restores a backup from before it, having sent it to
# nobody: the revocation went with the restore, and that reviewer's edits stand.
@example(
    steps=[
        ("file", 0, 1, True),
        ("add", 1, "tiếng Việt"),
        ("backup", 0),
        ("revoke", 2),
        ("edit", 2, 11, ""),
        ("restore", 0),
        ("delete", 0, 12),
        ("add", 1, "ŵ ŷ"),
        ("sync", 1, 0),
    ]
)
# A revoked reviewer and the lead tag one note with one strand, each making the same
# record; the reviewer's creation is refused once the revocation arrives, and the lead's
# tag stands on its own creation on every laptop, the reviewer's included.
@example(
    steps=[
        ("file", 0, 1, False), ("backup", 2), ("revoke", 2), ("edit", 0, 14, "tiếng Việt"),
        ("restore", 3), ("tag", 0, 6, "C1"), ("tag", 2, 1, "C2"), ("sync", 2, 2),
        ("deliver", 36, 0), ("tag", 3, 5, "C2"), ("tag", 1, 20, "L1"), ("edit", 0, 0, ""),
        ("add", 1, ""), ("edit", 0, 1, "Pupils read aloud."), ("tag", 2, 4, "C1"),
        ("pack", 3, False), ("fork", 1), ("fork", 0), ("delete", 2, 7), ("add", 3, "Łódź"),
        ("backup", 1), ("fork", 1), ("tag", 2, 7, "L1"), ("restore", 1),
    ]
)  # fmt: skip
# A reviewer tags a note a revoked reviewer wrote, before the revocation reaches them;
# once it does, the note goes and the tag that points at it goes with it.
@example(
    steps=[
        ("revoke", 2), ("add", 0, "Łódź"), ("edit", 1, 16, "Pupils read aloud."),
        ("delete", 3, 16), ("tag", 1, 5, "C1"), ("fork", 2), ("add", 2, "Łódź"),
        ("restore", 3), ("edit", 2, 1, "Pupils read aloud."), ("add", 2, "ŵ ŷ"),
        ("file", 2, 1, True), ("add", 3, "x" * 50), ("restore", 2), ("tag", 1, 3, "C2"),
    ]
)  # fmt: skip
def test_replicas_converge_and_nothing_is_lost(cheap_kdf, steps: list[tuple]) -> None:  # noqa: F811
    with tempfile.TemporaryDirectory() as tmp:
        _run(steps, Path(tmp))
