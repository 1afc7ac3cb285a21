"""Authors named as people: the history never says "this device (01a2352e)"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.services import signoff
from app.services.authors import NO_IDENTITY, Authors
from app.services.cards import readable_fingerprint
from app.services.store import Store
from tests.identity_helpers import cheap_kdf, exchange_cards, make_identity  # noqa: F401

_ID_LIKE = re.compile(r"device|[0-9a-f]{8}")


def test_history_before_an_identity_says_you(store: Store, review_id: str) -> None:
    signoff.advance(store, review_id, "visit")
    (event,) = signoff.history(store, review_id)[-1:]
    assert event.author == "you"
    assert not _ID_LIKE.search(event.author)


@pytest.mark.usefixtures("cheap_kdf")
def test_entries_before_and_after_the_identity_carry_the_persons_name(
    store: Store, review_id: str
) -> None:
    signoff.advance(store, review_id, "visit")  # written as this device, no identity yet
    make_identity(store, "Siân Pritchard")
    signoff.advance(store, review_id, "draft")
    authors = {e.author for e in signoff.history(store, review_id)}
    assert authors == {"Siân Pritchard"}


@pytest.mark.usefixtures("cheap_kdf")
def test_others_are_named_when_trusted_and_described_when_not(store: Store, tmp_path: Path) -> None:
    make_identity(store, "Siân Pritchard")
    other = Store.open(tmp_path / "other")
    try:
        card = make_identity(other, "سارة القحطاني")
        exchange_cards(store, other)
        their_device = f"device:{other.device_id}"
    finally:
        other.close()
    names = Authors(store)
    assert names.name(card.key_id) == "سارة القحطاني"
    stranger = "ab" * 32
    described = names.name(stranger)
    assert described == (
        f"someone not in your trusted list (fingerprint {readable_fingerprint(stranger)})"
    )
    assert stranger[:8] not in described
    assert names.name(their_device) == NO_IDENTITY
    assert not _ID_LIKE.search(names.name(their_device))
    assert names.name(None) == "someone unknown"
