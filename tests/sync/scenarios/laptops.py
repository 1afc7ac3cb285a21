"""A team of real laptops for the scenario suite: each a data folder with a real store and
identity, every pair trusting each other, exchanging real bundle files."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app.models import EvidenceNote, SyncConflict, table
from app.services import evidence
from app.services.changelog import canonical_json
from app.services.identity import PublicCard
from app.services.store import Store
from app.sync import bundle_format as fmt
from app.sync.exporter import export_bundle
from app.sync.importer import ImportReport, import_bundle
from app.sync.keys import IdentityKeyRing
from tests.identity_helpers import exchange_cards, make_identity
from tests.sync.bundle_tools import remake
from tests.sync.helpers import FakeClock, create_review, join_team, open_replica


@dataclass
class Laptop:
    name: str
    folder: Path
    store: Store
    card: PublicCard
    # note id -> the last text typed here for it (an author's own edit supersedes theirs)
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def typed(self) -> set[str]:
        return set(self.notes.values())

    @property
    def keys(self) -> IdentityKeyRing:
        return IdentityKeyRing(self.store)

    def add_note(self, review_id: str, text: str) -> str:
        note_id = evidence.add_note(self.store, review_id, text).note_id
        self.notes[note_id] = text
        return note_id

    def edit_note(self, note_id: str, text: str) -> None:
        evidence.update_note(self.store, note_id, text=text)
        self.notes[note_id] = text


@dataclass
class Team:
    root: Path
    clock: FakeClock
    laptops: list[Laptop]
    review_id: str
    _bundles: itertools.count = field(default_factory=itertools.count)

    @property
    def lead(self) -> Laptop:
        return self.laptops[0]

    def send(self, src: Laptop, dst: Laptop, *, full: bool = False) -> Path:
        path = self.root / "outbox" / f"{next(self._bundles):03d}-{src.name}.pvbundle"
        path.parent.mkdir(exist_ok=True)
        export_bundle(src.store, self.review_id, path, to=[dst.card.fingerprint], full=full)
        return path

    def deliver(self, src: Laptop, dst: Laptop, *, full: bool = False) -> ImportReport:
        return import_bundle(dst.store, self.send(src, dst, full=full))

    def everyone_to_everyone(self, rounds: int = 2, *, full: bool = False) -> None:
        for _ in range(rounds):
            for src in self.laptops:
                for dst in self.laptops:
                    if src.card.key_id != dst.card.key_id:
                        self.deliver(src, dst, full=full)

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.store.close()


def make_team(root: Path, names: list[str], skews: dict[str, int] | None = None) -> Team:
    """``skews``: a laptop's clock error in milliseconds (its wall clock is outside the
    project, so the test sets it)."""
    clock = FakeClock()
    laptops = []
    for i, name in enumerate(names):
        folder = root / name
        store = open_replica(folder, clock.reader((skews or {}).get(name, 0)))
        role = "lead_reviewer" if i == 0 else "reviewer"
        laptops.append(Laptop(name, folder, store, make_identity(store, name, role=role)))
    for a, b in itertools.combinations(laptops, 2):
        exchange_cards(a.store, b.store)
    review = create_review(laptops[0].store)
    # Only team members write on a review (decision 0030): the lead puts the others on it.
    join_team(laptops[0].store, review, laptops[0].store, role="lead_reviewer")
    join_team(laptops[0].store, review, *(laptop.store for laptop in laptops[1:]))
    team = Team(root, clock, laptops, review)
    for other in laptops[1:]:
        team.deliver(team.lead, other)
    return team


def note_texts(store: Store) -> set[str]:
    notes = table(EvidenceNote)
    with store.read() as conn:
        return set(conn.execute(select(notes.c.text).where(notes.c.deleted.is_(False))).scalars())


def conflict_texts(store: Store) -> set[str]:
    """Texts kept as the losing side of a visible conflict: every entry a conflict names."""
    from app.models import ChangeLogEntry

    log, conflicts = table(ChangeLogEntry), table(SyncConflict)
    out: set[str] = set()
    with store.read() as conn:
        for (refs,) in conn.execute(select(conflicts.c.refs)):
            for ref in json.loads(refs):
                device, seq = ref.rsplit(":", 1)
                row = conn.execute(
                    select(log.c.fields).where(log.c.device_id == device, log.c.seq == int(seq))
                ).first()
                if row is not None:
                    text = json.loads(row.fields).get("text")
                    if text is not None:
                        out.add(text)
    return out


def on_lead(team: Team) -> set[str]:
    return note_texts(team.lead.store) | conflict_texts(team.lead.store)


def tree_digest(root: Path, skip: Path | None = None) -> dict[str, str]:
    """Every file under ``root`` (outside ``skip``) by content: nothing outside a data
    folder may change."""
    out = {}
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = Path(dirpath) / name
            if skip is not None and skip in path.parents:
                continue
            out[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def reforge(
    honest: Path, out: Path, to: Laptop, signer: Laptop, edit: Callable[[list[dict]], None]
) -> Path:
    """What a compromised but trusted laptop can send: a real bundle for ``to`` whose
    entry lines ``edit`` changes, with the manifest made to match and signed again with
    ``signer``'s own identity key."""
    me = to.keys.local()
    carried: dict[str, bytes] = {}

    def lines_of(members: dict[str, bytes]) -> list[dict]:
        return [json.loads(x) for x in members[fmt.ENTRIES].splitlines() if x.strip()]

    def change(members: dict[str, bytes]) -> None:
        lines = lines_of(members)
        edit(lines)
        members[fmt.ENTRIES] = ("\n".join(canonical_json(x) for x in lines) + "\n").encode()
        carried.update(members)

    def match(manifest: dict) -> None:
        data = carried[fmt.ENTRIES]
        for item in manifest["files"]:
            if item["name"] == fmt.ENTRIES:
                item.update(size=len(data), sha256=fmt.sha256(data))
        lines = lines_of(carried)
        manifest["counts"]["entries"] = sum(1 for x in lines if x["kind"] == "entry")
        for device in manifest["ranges"]:
            manifest["ranges"][device][1] = max(x["seq"] for x in lines if x["device_id"] == device)

    return remake(
        honest,
        out,
        me.age_identity,
        me.age_recipient,
        sign_with=signer.keys.local().ed25519_private,
        mutate_members=change,
        mutate_manifest=match,
    )


def copied_and_used_twice(tmp_path: Path) -> tuple[Team, Laptop, dict[str, str]]:
    """Amir's data folder copied on one computer and both copies used: the copy passes
    the chain check (its marker and the keyring agree), so one chain gets two histories.
    Both edit one shared note; only the second edits another."""
    team = make_team(tmp_path / "team", ["Siân", "Amir", "Bea"])
    lead, amir, _ = team.laptops
    shared = amir.add_note(team.review_id, "Amir: the shared note.")
    other = amir.add_note(team.review_id, "Amir: another shared note.")
    team.deliver(amir, lead)
    amir.store.close()
    copy_folder = tmp_path / "team" / "Amir-copy"
    shutil.copytree(amir.folder, copy_folder)
    amir.store = open_replica(amir.folder, team.clock.reader())
    copy = Laptop(
        "Amir-copy", copy_folder, Store.open(copy_folder, wall_clock=team.clock.reader()), amir.card
    )
    amir.add_note(team.review_id, "Amir: typed on the first copy.")
    amir.edit_note(shared, "Amir: the shared note, as the first copy left it.")
    copy.add_note(team.review_id, "Amir: typed on the second copy.")
    copy.edit_note(shared, "Amir: the shared note, as the second copy left it.")
    copy.edit_note(other, "Amir: another shared note, changed on the second copy only.")
    assert copy.store.device_id == amir.store.device_id  # one chain, two histories
    return team, copy, {"shared": shared, "other": other}
