"""Five laptops with real identities, real data folders and real bundles: a lead and
four reviewers on one review of a partnership. A "compromised" laptop runs the same code
with the local role check switched off (what a modified Peerview would do): its entries
are well formed and signed, and only the receivers' rules stand in its way."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.services import authority, evidence, frameworks, reviews, team_keys
from app.services import partnership as record
from app.services.identity import PublicCard
from app.services.store import Store
from app.sync.digest import review_digest
from app.sync.exporter import export_bundle
from app.sync.importer import ImportReport, import_bundle
from tests.identity_helpers import cheap_kdf, exchange_cards, make_identity  # noqa: F401
from tests.sync.helpers import FakeClock, open_replica, partnership_review

PEOPLE = (
    ("lead", "Siân Pritchard", "lead_reviewer"),
    ("r1", "Łukasz Nowak", "reviewer"),
    ("r2", "Nguyễn Thị Lan", "reviewer"),
    ("r3", "Aled ap Dafydd", "reviewer"),
    ("host", "Grace Okafor", "headteacher"),
)


@dataclass
class Laptop:
    who: str
    name: str
    store: Store
    card: PublicCard
    folder: Path


@dataclass
class Partnership:
    laptops: dict[str, Laptop]
    review_id: str
    root: Path
    typed: dict[str, list[str]] = field(default_factory=dict)  # who -> texts they typed
    sent: int = 0

    def __getitem__(self, who: str) -> Laptop:
        return self.laptops[who]

    def note(self, who: str, text: str) -> str:
        self.typed.setdefault(who, []).append(text)
        return evidence.add_note(self[who].store, self.review_id, text).note_id

    def send(self, src: str, dst: str, *, full: bool = False) -> ImportReport:
        """A real bundle from one laptop to another, through a file."""
        self.sent += 1
        path = self.root / "bundles" / f"{self.sent:03d}-{src}-to-{dst}.pvbundle"
        path.parent.mkdir(exist_ok=True)
        export_bundle(
            self[src].store, self.review_id, path, to=[self[dst].card.fingerprint], full=full
        )
        return import_bundle(self[dst].store, path)

    def texts(self, who: str) -> set[str]:
        return {n.text for n in evidence.list_notes(self[who].store, self.review_id)}

    def digest(self, who: str) -> str:
        return review_digest(self[who].store, self.review_id)


@contextlib.contextmanager
def compromised() -> Iterator[None]:
    """Writes as a modified Peerview would: no local role check."""
    saved = authority.check_local
    authority.check_local = lambda _authority, _entries: None  # type: ignore[assignment]
    try:
        yield
    finally:
        authority.check_local = saved  # type: ignore[assignment]


def outside_snapshot(root: Path) -> dict[str, str]:
    """Every file under ``root`` outside the laptops' data folders, with its hash."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not any(p.name.startswith("laptop-") for p in path.parents):
            out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.fixture
def partnership(tmp_path: Path, cheap_kdf: None) -> Iterator[Partnership]:  # noqa: F811
    clock = FakeClock()
    laptops = {}
    for who, name, role in PEOPLE:
        folder = tmp_path / f"laptop-{who}"
        store = open_replica(folder, clock.reader())
        laptops[who] = Laptop(who, name, store, make_identity(store, name, role=role), folder)
    names = list(laptops)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            exchange_cards(laptops[a].store, laptops[b].store)
    lead = laptops["lead"].store
    version = frameworks.ensure_default(lead)
    with lead.write() as tx:
        group = reviews.create_partnership(tx, "Bro Dyfrdwy partnership")
        school = reviews.create_school(tx, "Ysgol y Bont", group, town="Wrecsam")
        review = reviews.create_review(
            tx,
            host_school_id=school,
            framework_version_id=version,
            title="Spring review",
            start_date="2026-03-02",
            end_date="2026-03-03",
            partnership_id=group,
        )
    for who, _, role in PEOPLE:
        team_keys.add(lead, review, laptops[who].card.fingerprint, role.replace("_", "-"))
    p = Partnership(laptops, review, tmp_path)
    for who in names[1:]:
        p.send("lead", who)
    yield p
    for laptop in laptops.values():
        laptop.store.close()


@dataclass
class SchoolLaptop:
    store: Store
    card: PublicCard


@pytest.fixture
def school_laptops(tmp_path: Path, cheap_kdf: None) -> Iterator[dict[str, SchoolLaptop]]:  # noqa: F811
    """Three schools' laptops of one partnership, each having checked the others' cards:
    its lead's, a host headteacher's (Ysgol y Bont) and a reviewer's (Ysgol Łódź)."""
    clock = FakeClock()
    out = {}
    for who, name, role, school in (
        ("lead", "Siân Pritchard", "partnership_lead", ""),
        ("bont", "Grace Okafor", "headteacher", "Ysgol y Bont"),
        ("lodz", "Łukasz Nowak", "reviewer", "Ysgol Łódź"),
    ):
        store = open_replica(tmp_path / f"laptop-{who}", clock.reader())
        out[who] = SchoolLaptop(store, make_identity(store, name, school=school, role=role))
    for a, b in (("lead", "bont"), ("lead", "lodz"), ("bont", "lodz")):
        exchange_cards(out[a].store, out[b].store)
    yield out
    for laptop in out.values():
        laptop.store.close()


def bont_review(lead: Store) -> tuple[str, str, str]:
    """On the lead's laptop: a partnership of Ysgol y Bont and Ysgol Łódź, and a review
    of Ysgol y Bont in it. Returns (partnership, Ysgol y Bont's school id, review)."""
    group, _ = record.create(lead, "Partneriaeth Dyfrdwy")
    record.add_school(lead, None, "Ysgol y Bont", "primary")
    record.add_school(lead, None, "Ysgol Łódź", "primary")
    with lead.read() as conn:
        bont_id, _ = record.resolve_school(conn, group, "Ysgol y Bont")
    return group, bont_id, partnership_review(lead, group, bont_id)
