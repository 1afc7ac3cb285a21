"""Public cards: exported signed, trusted after checking, and refused when damaged,
tampered with, too new or too large, with nothing written."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from app.services import datakey
from app.services.cards import load_card, make_certificate, same_fingerprint
from app.services.errors import PeerviewError
from app.services.identity import (
    export_card,
    find_trusted,
    trust_card_file,
    trusted_for_certificate,
    trusted_people,
    unlock,
)
from app.services.store import Store
from tests.identity_helpers import (
    cheap_kdf,  # noqa: F401 (a fixture, see pytestmark)
    dump_database,
    exchange_cards,
    make_identity,
)
from tests.raw_db import TEST_PASSPHRASE

pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    """A second installation (another reviewer's laptop)."""
    with Store.open(tmp_path / "other") as s:
        yield s


@pytest.fixture(scope="module")
def ben_card(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Ben's exported card text, made once: each damage test spoils a copy of it."""
    folder = tmp_path_factory.mktemp("ben")
    # Module-scoped, so before the autouse fixtures: the passphrase is given here.
    access = datakey.Access(passphrase=TEST_PASSPHRASE, use_keyring=False)
    with Store.open(folder / "data", access=access) as s:
        make_identity(s, "Ben")
        export_card(s, folder / "ben.json", ask=lambda _prompt: "correct horse")
    return (folder / "ben.json").read_text("utf-8")


def test_exchange_cards_makes_each_trust_the_other(store: Store, other: Store) -> None:
    ana = make_identity(store, "Siân Prŷs", school="Ysgol Bro Ŵyr", role="lead_reviewer")
    hong = make_identity(other, "Nguyễn Thị Hồng", school="Eastfield", role="headteacher")
    exchange_cards(store, other)
    theirs = find_trusted(store, hong.key_id)
    assert theirs is not None and theirs.card == hong and theirs.source == "card"
    assert not theirs.revoked
    mine = find_trusted(other, ana.key_id)
    assert mine is not None and mine.card == ana
    assert [p.source for p in trusted_people(store)] == ["self", "card"]
    # A PDF signature's certificate leads back to the person who made it.
    found = trusted_for_certificate(store, unlock(other).certificate)
    assert found is not None and found.card.name == "Nguyễn Thị Hồng"
    assert trusted_for_certificate(store, unlock(store).certificate).source == "self"  # type: ignore[union-attr]
    stranger = ec.generate_private_key(ec.SECP256R1())
    unknown = make_certificate(stranger, "Ana", "", "reviewer", dt.datetime.now(dt.UTC))
    assert trusted_for_certificate(store, unknown) is None
    # Trusting the same card again changes nothing.
    exchange_cards(store, other)
    assert len(trusted_people(store)) == 2


def test_a_card_file_is_signed_json_with_the_readable_fingerprint(
    store: Store, tmp_path: Path
) -> None:
    card = make_identity(store, "عائشہ", school="Al-Noor Academy")
    path = tmp_path / "card.json"
    export_card(store, path)
    doc = json.loads(path.read_text("utf-8"))
    assert doc["format"] == "peerview-card" and doc["version"] == 1
    assert doc["card"]["name"] == "عائشہ" and doc["card"]["fingerprint"] == card.fingerprint
    assert "PRIVATE" not in path.read_text("utf-8") and "AGE-SECRET" not in path.read_text("utf-8")
    assert load_card(path) == card
    assert same_fingerprint(card.fingerprint.replace(" ", "-"), card.key_id)
    assert not same_fingerprint("00000 00000 00000 00000 00000 00000", card.key_id)


def _tamper(doc: dict, what: str) -> None:  # type: ignore[type-arg]
    if what == "name":
        doc["card"]["name"] = "Mallory"
    elif what == "recipient":
        doc["card"]["x25519_recipient"] = str(pyrage.x25519.Identity.generate().to_public())
    elif what == "signature":
        doc["signature"] = doc["signature"][:-4] + "AAA="


@pytest.mark.parametrize(
    "damage, message",
    [
        ("truncate", "truncated or not JSON"),
        ("garble", "truncated or not JSON"),
        ("not a card", "is not a Peerview card"),
        ("newer", "update Peerview"),
        ("recipient", "does not match its contents"),
        ("signature", "does not match its contents"),
        ("name", "certificate names someone else"),
        ("key id", "key id does not match"),
        ("huge", "too large for a card"),
        ("missing", "Cannot read"),
    ],
)
def test_damaged_or_tampered_cards_are_refused_and_nothing_written(
    store: Store, ben_card: str, tmp_path: Path, data_dir: Path, damage: str, message: str
) -> None:
    make_identity(store, "Ana")
    path = tmp_path / "ben.json"
    path.write_text(ben_card, "utf-8")
    assert load_card(path).name == "Ben"
    text = ben_card
    doc = json.loads(text)
    if damage == "truncate":
        path.write_text(text[: len(text) // 2], "utf-8")
    elif damage == "garble":
        path.write_bytes(b"\xff\xfe" + path.read_bytes()[2:])
    elif damage == "not a card":
        path.write_text(json.dumps({"format": "something-else"}), "utf-8")
    elif damage == "newer":
        doc["version"] = 2
        path.write_text(json.dumps(doc), "utf-8")
    elif damage == "key id":
        doc["card"]["key_id"] = "0" * 64
        path.write_text(json.dumps(doc), "utf-8")
    elif damage == "huge":
        path.write_text(text + " " * 70_000, "utf-8")
    elif damage == "missing":
        path = tmp_path / "nothing-here.json"
    else:
        _tamper(doc, damage)
        path.write_text(json.dumps(doc), "utf-8")
    before = dump_database(data_dir)
    with pytest.raises(PeerviewError, match=message) as caught:
        trust_card_file(store, path)
    assert str(path) in str(caught.value)
    assert dump_database(data_dir) == before
    assert len(trusted_people(store)) == 1
