"""A review team for bundle tests: stores with real identities that trust each other."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.services.identity import PublicCard
from app.services.store import Store
from app.sync.keys import IdentityKeyRing
from tests.identity_helpers import cheap_kdf, exchange_cards, make_identity  # noqa: F401
from tests.sync.helpers import FakeClock, create_review, join_team, open_replica


@dataclass
class Member:
    store: Store
    card: PublicCard
    folder: Path

    @property
    def keys(self) -> IdentityKeyRing:
        return IdentityKeyRing(self.store)


@dataclass
class Team:
    lead: Member
    reviewer: Member
    outsider: Member  # has an identity, trusts the others, is trusted by nobody
    review_id: str


@pytest.fixture
def team(tmp_path: Path, cheap_kdf: None) -> Iterator[Team]:  # noqa: F811
    clock = FakeClock()
    members = []
    for name, role in (
        ("Siân Pritchard", "dsl"),
        ("Łukasz Nowak", "reviewer"),
        ("Eve Stranger", "reviewer"),
    ):
        folder = tmp_path / name.split()[0]
        store = open_replica(folder, clock.reader())
        members.append(Member(store, make_identity(store, name, role=role), folder))
    lead, reviewer, outsider = members
    exchange_cards(lead.store, reviewer.store)
    # The outsider trusts both (so can encrypt to them); neither trusts the outsider.
    from tests.sync.bundle_tools import trust_one_way

    trust_one_way(outsider.store, lead.store)
    trust_one_way(outsider.store, reviewer.store)
    review = create_review(lead.store)
    join_team(lead.store, review, reviewer.store)
    yield Team(lead, reviewer, outsider, review)
    for m in members:
        m.store.close()
