"""Replicas for sync tests: stores in their own folders with a fake clock, and
in-process exchange of what a bundle would carry."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from sqlite3.dump import _iterdump
from typing import Any

from app.models.database import DB_NAME
from app.services import chainkeys, frameworks, reviews
from app.services.store import Store
from app.sync.merge import MergeReport, integrate
from app.sync.outgoing import Outgoing, collect
from tests import raw_db


class FakeClock:
    """Milliseconds that move on by one per reading; a skew makes one laptop's clock
    run behind (the clock is outside the project, so tests control it)."""

    def __init__(self, start: int = 1_790_000_000_000) -> None:
        self._ticks = itertools.count(start)

    def reader(self, skew_ms: int = 0) -> Callable[[], int]:
        return lambda: next(self._ticks) + skew_ms


def open_replica(folder: Path, clock: Callable[[], int]) -> Store:
    store = Store.open(folder, wall_clock=clock)
    frameworks.ensure_default(store)
    return store


def create_review(store: Store, title: str = "Spring review") -> str:
    version = frameworks.ensure_default(store)
    with store.write() as tx:
        school = reviews.create_school(tx, "Ysgol y Bont", None, town="Wrecsam")
        return reviews.create_review(
            tx,
            host_school_id=school,
            framework_version_id=version,
            title=title,
            start_date="2026-03-02",
            end_date="2026-03-03",
        )


def partnership_review(lead: Store, partnership_id: str, host_school_id: str) -> str:
    """Ysgol y Bont's spring review, made on the partnership lead's laptop."""
    version = frameworks.ensure_default(lead)
    with lead.write() as tx:
        return reviews.create_review(
            tx,
            host_school_id=host_school_id,
            framework_version_id=version,
            title="Ysgol y Bont, spring 2026",
            start_date="2026-03-16",
            end_date="2026-03-17",
            partnership_id=partnership_id,
        )


def join_team(lead: Store, review_id: str, *members: Store, role: str = "reviewer") -> None:
    """Put each member's laptop on the review's team, on the lead's laptop: only team
    members may write on a review (decision 0030)."""
    with lead.write() as tx:
        for member in members:
            person = reviews.create_person(
                tx, f"Member {member.device_id[-4:]}", None, role, member.author_key_id
            )
            reviews.add_team_member(tx, review_id, person, role)


@dataclass
class Carried(Outgoing):
    """What a bundle carries: the entries and runs, and the laptop certificates its
    manifest lists (a laptop learns a chain's certificate with the chain)."""

    certificates: list[dict[str, Any]] = field(default_factory=list)


def snapshot(store: Store, review_id: str, since: dict[str, int] | None = None) -> Carried:
    # What a bundle would carry has left the laptop, as an export records it.
    store.mark_chain()
    with store.read() as conn:
        out = collect(conn, review_id, since or {}, restricted=False)
        certificates = list(chainkeys.known_certificates(conn).values())
    return Carried(out.entries, out.stubs, out.ranges, certificates=certificates)


def deliver(out: Outgoing, store: Store) -> MergeReport:
    with store.write() as tx:
        if isinstance(out, Carried):
            chainkeys.remember(
                tx.conn, [c for c in out.certificates if chainkeys.check_certificate(c) is None]
            )
        return integrate(tx, out.entries, out.stubs)


def dump(store: Store) -> list[str]:
    """Every statement that would rebuild the database: byte-for-byte comparisons."""
    conn = raw_db.connect(store.db.path)
    try:
        return list(_iterdump(conn))
    finally:
        conn.close()


def db_dump(data_dir: Path) -> list[str]:
    conn = raw_db.connect(data_dir / DB_NAME)
    try:
        return list(_iterdump(conn))
    finally:
        conn.close()
